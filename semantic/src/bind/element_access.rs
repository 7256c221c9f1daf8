//! Element access (§12.8.11): array elements, indexers (with set-only
//! ones as assignment targets), and compound assignment through a property
//! or indexer, lowered to get and set calls over temporaries.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub(super) fn bind_element_access(&mut self, target: &ast::Expr<'_>, args: &[ast::Argument<'_>], span: Span) -> BoundExpr {
        if let [arg] = args
            && matches!(arg.expr.kind, ast::ExprKind::FromEnd(_) | ast::ExprKind::Range { .. })
        {
            return self.bind_index_or_range(target, arg.expr, span);
        }
        // Only the element itself may be a set-only indexer's target; the
        // receiver and the indices are read.
        let assigning = std::mem::replace(&mut self.binding_assign_target, false);
        let array = self.bind_expr(target);
        let args = self.bind_args(args);
        self.binding_assign_target = assigning;
        if array.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        // `x[i]` with `i` a System.Index or `x[r]` with a System.Range
        // value, on a type without an indexer of its own for them.
        if let [arg] = args.as_slice()
            && arg.name.is_none()
            && arg.kind == ParamKind::Value
            && !self.has_indexer_for(array.ty, arg.expr.ty)
            && let Some(v) = self.bind_index_value_access(array.clone(), arg.expr.clone(), span)
        {
            return v;
        }
        match self.syms.kind(array.ty) {
            TyKind::Array(elem, rank) if args.len() == rank as usize => {
                let mut indices: Vec<BoundExpr> = args.into_iter().map(|a| self.array_index(a.expr)).collect();
                let kind = if rank == 1 {
                    BoundExprKind::ArrayElement { array: Box::new(array), index: Box::new(indices.remove(0)) }
                } else {
                    // A multi-dimensional array's Get/Set/Address take
                    // `int`s: a wider index is narrowed with a check.
                    let int = self.special(SpecialType::Int32);
                    for index in &mut indices {
                        if index.ty != int && index.ty != Symbols::ERROR {
                            let wide = std::mem::replace(index, self.error_expr(span));
                            let span = wide.span;
                            *index = self.expr(BoundExprKind::Convert { operand: Box::new(wide), checked: true }, int, span);
                        }
                    }
                    BoundExprKind::MdElement { array: Box::new(array), indices }
                };
                self.expr(kind, elem, span)
            }
            TyKind::Array(_, rank) => {
                self.error("CS0022", span, format!("Wrong number of indices inside []; expected {rank}"));
                self.error_expr(span)
            }
            _ => self.bind_indexer(array, args, span),
        }
    }

    /// Whether `ty` (or a base class) declares an indexer whose one
    /// parameter has type `arg`.
    fn has_indexer_for(&self, ty: TyId, arg: TyId) -> bool {
        let mut current = match self.syms.kind(ty) {
            TyKind::Def(d) => Some(d),
            _ => None,
        };
        while let Some(d) = current {
            let found = self.syms.def(d).properties.iter().any(|&p| {
                let p = self.syms.property(p);
                p.is_indexer && p.getter.is_some_and(|g| matches!(self.syms.method(g).params.as_slice(), [only] if only.ty == arg))
            });
            if found {
                return true;
            }
            current = self.syms.def(d).base.and_then(|b| match self.syms.kind(b) {
                TyKind::Def(b) => Some(b),
                _ => None,
            });
        }
        false
    }

    /// An array index converted to the first of `int`, `uint`, `long` and
    /// `ulong` it converts to implicitly (C# spec §12.8.12.2): `byte`,
    /// `short` and `char` promote to `int`; a `long` stays 64-bit, so a
    /// large value fails the bounds check rather than wrapping.
    pub(super) fn array_index(&mut self, index: BoundExpr) -> BoundExpr {
        let candidates = [SpecialType::Int32, SpecialType::UInt32, SpecialType::Int64, SpecialType::UInt64];
        for sp in candidates {
            let ty = self.special(sp);
            if self.classify(&index, ty).is_some_and(|c| c.is_implicit()) {
                return self.convert_implicit(index, ty);
            }
        }
        let int = self.special(SpecialType::Int32);
        self.convert_implicit(index, int)
    }

    /// `x[args]` on a type with indexers: a call of the best getter.
    pub fn bind_indexer(&mut self, receiver: BoundExpr, args: Vec<super::overloads::BoundArg>, span: Span) -> BoundExpr {
        let mut getters = Vec::new();
        // The type and its base classes, then (for an interface or a type
        // parameter) the interfaces it has.
        let mut types = Vec::new();
        let mut current = match self.syms.kind(receiver.ty) {
            TyKind::Def(d) => Some(d),
            _ => None,
        };
        while let Some(d) = current {
            types.push(d);
            current = self.syms.def(d).base.and_then(|b| match self.syms.kind(b) {
                TyKind::Def(d) => Some(d),
                _ => None,
            });
        }
        if let TyKind::Def(d) = self.syms.kind(receiver.ty)
            && matches!(self.syms.def(d).kind, TypeDefKind::Interface | TypeDefKind::TypeParam)
        {
            let mut all = Vec::new();
            crate::declare::all_interfaces(self.syms, receiver.ty, &mut all);
            types.extend(all.into_iter().filter_map(|i| match self.syms.kind(i) {
                TyKind::Def(d) => Some(d),
                _ => None,
            }));
        }
        let mut set_only = Vec::new();
        for d in types {
            // An indexer hides a base type's of the same signature; two of one type stay
            // (`this[T]` and `this[object]` in `B<object>`: overload resolution prefers the
            // one declared more specific).
            let from_derived = getters.len();
            for &p in &self.syms.def(d).properties {
                let prop = self.syms.property(p);
                // An explicit implementation (`IList.this[]`, getter `IList.get_Item`) is
                // reachable only through its interface.
                if let (true, Some(g)) = (prop.is_indexer, prop.getter)
                    && !self.syms.method(g).name.contains('.')
                    && !getters[..from_derived].iter().any(|&o| self.same_signature(o, g))
                {
                    getters.push(g);
                }
                if let (true, None, Some(st)) = (prop.is_indexer, prop.getter, prop.setter)
                    && !self.syms.method(st).name.contains('.')
                {
                    set_only.push(st);
                }
            }
        }
        if getters.is_empty() && !set_only.is_empty() {
            return self.bind_set_only_indexer(receiver, &set_only, args, span);
        }
        if getters.is_empty() {
            let ty = self.syms.display(receiver.ty);
            self.error("CS0021", span, format!("Cannot apply indexing with [] to an expression of type '{ty}'"));
            return self.error_expr(span);
        }
        let Some((getter, args)) = self.resolve_overload(&getters, args, span, "this[]") else {
            return self.error_expr(span);
        };
        let ret = self.syms.method(getter).ret;
        self.expr(BoundExprKind::Call { method: getter, receiver: Some(Box::new(receiver)), args }, ret, span)
    }

    /// `x[args]` where the indexers have only setters: as an assignment's
    /// target, the best setter stands in (with the index arguments only),
    /// and bind_assign calls it with the value; anywhere else CS0154.
    pub(super) fn bind_set_only_indexer(&mut self, receiver: BoundExpr, setters: &[MethodId], mut args: Vec<super::overloads::BoundArg>, span: Span) -> BoundExpr {
        if !self.binding_assign_target {
            let params = &self.syms.method(setters[0]).params;
            let index: Vec<String> = params[..params.len().saturating_sub(1)].iter().map(|p| self.syms.display(p.ty)).collect();
            let shown = format!("{}.this[{}]", self.syms.display(receiver.ty), index.join(", "));
            self.error("CS0154", span, format!("The property or indexer '{shown}' cannot be used in this context because it lacks the get accessor"));
            return self.error_expr(span);
        }
        // The value's place in the setter's parameters: a `throw` expression
        // converts to any type, so it fits every candidate's value type.
        let object = self.special(SpecialType::Object);
        let null = self.expr(BoundExprKind::Const(crate::constant::ConstValue::Null), object, span);
        let value = self.expr(BoundExprKind::ThrowExpr(Box::new(null)), object, span);
        args.push(super::overloads::BoundArg::plain(value));
        let Some((setter, mut bound)) = self.resolve_overload(setters, args, span, "this[]") else {
            return self.error_expr(span);
        };
        bound.pop();
        let ty = self.syms.method(setter).params.last().map_or(Symbols::ERROR, |p| p.ty);
        self.expr(BoundExprKind::Call { method: setter, receiver: Some(Box::new(receiver)), args: bound }, ty, span)
    }

    /// The property (or indexer) that an accessor call `e` reads, if it
    /// is one: a property used as the target of an assignment.
    pub fn property_of(&self, e: &BoundExpr) -> Option<PropertyId> {
        let BoundExprKind::Call { method, .. } = &e.kind else { return None };
        let m = self.syms.method(*method);
        if !m.is_accessor {
            return None;
        }
        self.syms.def(m.owner).properties.iter().copied().find(|&p| {
            let prop = self.syms.property(p);
            prop.getter == Some(*method) || (prop.getter.is_none() && prop.setter == Some(*method))
        })
    }

    /// `p op= v`, `p++`, `--p` on a property or indexer `p` (§12.21.4):
    /// the receiver and index arguments are evaluated once (into
    /// temporaries when they could have effects), then `set(get() op v)`.
    /// The expression's value is the new value, or the old one for a
    /// postfix increment.
    #[allow(clippy::too_many_arguments)]
    pub fn bind_property_compound(
        &mut self,
        prop: PropertyId,
        getter_call: BoundExpr,
        op: BinOp,
        value: BoundExpr,
        postfix: bool,
        increment: bool,
        span: Span,
    ) -> BoundExpr {
        let p = self.syms.property(prop).clone();
        let Some(setter) = p.setter else {
            let owner = self.syms.def(p.owner).full_name();
            self.error("CS0200", getter_call.span, format!("Property or indexer '{owner}.{}' cannot be assigned to -- it is read only", p.name));
            return self.error_expr(span);
        };
        let BoundExprKind::Call { method: getter, receiver, args } = getter_call.kind else { return self.error_expr(span) };
        let void = self.special(SpecialType::Void);
        let mut side = Vec::new();
        let (receiver, args) = self.stable_accessor_operands(receiver, args, &mut side);
        let get = self.expr(BoundExprKind::Call { method: getter, receiver: receiver.clone(), args: args.clone() }, p.ty, span);
        let hidden = |b: &mut Self| {
            b.locals.push(LocalSym { name: String::new(), ty: p.ty, span });
            b.expr(BoundExprKind::Local(LocalId(b.locals.len() as u32 - 1)), p.ty, span)
        };
        let (operand, old) = if postfix {
            let old = hidden(self);
            side.push(self.expr(BoundExprKind::Assign { target: Box::new(old.clone()), value: Box::new(get) }, void, span));
            (old.clone(), Some(old))
        } else {
            (get, None)
        };
        let combined = match self.user_operator(op.metadata_name(), vec![operand.clone(), value.clone()], span) {
            Some(call) => call,
            None => self.bind_binary_values(op, operand, value, span),
        };
        if combined.ty == Symbols::ERROR {
            return combined;
        }
        let new_value = if increment || combined.ty == p.ty {
            self.convert_explicit(combined, p.ty, span)
        } else {
            self.convert_implicit(combined, p.ty)
        };
        let result = hidden(self);
        side.push(self.expr(BoundExprKind::Assign { target: Box::new(result.clone()), value: Box::new(new_value) }, void, span));
        let mut set_args = args;
        set_args.push(result.clone());
        side.push(self.expr(BoundExprKind::Call { method: setter, receiver, args: set_args }, void, span));
        let value = old.unwrap_or(result);
        self.expr(BoundExprKind::Sequence { side, value: Box::new(value) }, p.ty, span)
    }

    /// An accessor call's receiver and index arguments, each in a
    /// temporary (its store pushed to `side`) when reading it again could
    /// have effects, so that a getter and a setter see the same operands.
    pub(super) fn stable_accessor_operands(
        &mut self,
        receiver: Option<Box<BoundExpr>>,
        args: Vec<BoundExpr>,
        side: &mut Vec<BoundExpr>,
    ) -> (Option<Box<BoundExpr>>, Vec<BoundExpr>) {
        let void = self.special(SpecialType::Void);
        let mut spill = |b: &mut Self, e: BoundExpr| -> BoundExpr {
            if matches!(e.kind, BoundExprKind::Const(_) | BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::This) {
                return e;
            }
            // A struct receiver stays in place so the setter mutates it.
            if b.syms.is_value_type(e.ty) && e.is_variable() {
                return e;
            }
            let span = e.span;
            b.locals.push(LocalSym { name: String::new(), ty: e.ty, span });
            let tmp = b.expr(BoundExprKind::Local(LocalId(b.locals.len() as u32 - 1)), e.ty, span);
            side.push(b.expr(BoundExprKind::Assign { target: Box::new(tmp.clone()), value: Box::new(e) }, void, span));
            tmp
        };
        let receiver = receiver.map(|r| Box::new(spill(self, *r)));
        let args = args.into_iter().map(|a| spill(self, a)).collect();
        (receiver, args)
    }
}
