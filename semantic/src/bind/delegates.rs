//! Delegates (C# spec §20): the conversion of a method group to a delegate
//! type (§10.8), invoking a delegate value, and the delegate operators
//! `+`, `-` (§12.10.5, §12.11.5), which are `Delegate.Combine` and
//! `Delegate.Remove` calls cast back to the operands' type.
//!
//! A method group is kept as a `MethodGroup` expression of the target-typed
//! pseudo-type until a conversion gives it a delegate type; it then becomes
//! `NewDelegate`, which is emitted as `ldftn` (or `dup; ldvirtftn` for a
//! virtual method) and `newobj D::.ctor(object, native int)` (ECMA-335
//! II.14.6.1).

use lexer::Span;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    /// Whether `ty` is a delegate type: a class derived from System.MulticastDelegate
    /// (§20.1; MulticastDelegate itself is not one).
    pub fn is_delegate(&self, ty: TyId) -> bool {
        let TyKind::Def(d) = self.syms.kind(ty) else { return false };
        let Some(base) = self.syms.def(d).base else { return false };
        matches!(self.syms.kind(base), TyKind::Def(b) if self.syms.def(b).full_name() == "System.MulticastDelegate")
    }

    /// The `Invoke` method of a delegate type, substituted for a constructed one.
    pub fn delegate_invoke(&self, ty: TyId) -> Option<MethodId> {
        if !self.is_delegate(ty) {
            return None;
        }
        let TyKind::Def(d) = self.syms.kind(ty) else { return None };
        self.syms.def(d).methods.iter().copied().find(|&m| self.syms.method(m).name == "Invoke")
    }

    /// A method group as an expression, waiting for a delegate type.
    pub fn method_group(&self, receiver: Option<BoundExpr>, methods: Vec<MethodId>, name: String, type_args: Vec<TyId>, extension: bool, span: Span) -> BoundExpr {
        BoundExpr {
            kind: BoundExprKind::MethodGroup { receiver: receiver.map(Box::new), methods, type_args, name, extension },
            ty: Symbols::TARGET_TYPED,
            span,
        }
    }

    /// The methods of a group compatible with delegate type `d` (§10.8, §20.4): the same
    /// number of parameters with the same `ref`/`out` kinds, each of D's parameter types
    /// converting to the method's by identity or an implicit reference conversion, and the
    /// method's return type converting so to D's. Generic methods take the explicit type
    /// arguments, or those D's parameter types give them.
    pub fn compatible_methods(&self, group: &BoundExpr, d: TyId) -> Vec<MethodId> {
        let BoundExprKind::MethodGroup { methods, type_args, extension, .. } = &group.kind else { return Vec::new() };
        let Some(invoke) = self.delegate_invoke(d) else { return Vec::new() };
        let inv = self.syms.method(invoke);
        let skip = usize::from(*extension);
        methods
            .iter()
            .copied()
            .filter(|&m| {
                let ms = self.syms.method(m);
                // A generic method is instantiated by the conversion (`instantiate_group`);
                // until then only its arity is compared.
                if !ms.type_params.is_empty() {
                    return (type_args.is_empty() || ms.type_params.len() == type_args.len()) && ms.params.len() == inv.params.len() + skip;
                }
                ms.params.len() == inv.params.len() + skip
                    && ms.params[skip..].iter().zip(&inv.params).all(|(mp, dp)| {
                        mp.kind == dp.kind && (mp.ty == dp.ty || (mp.kind == ParamKind::Value && self.reference_convertible(dp.ty, mp.ty)))
                    })
                    && (ms.ret == inv.ret || self.reference_convertible(ms.ret, inv.ret))
            })
            .collect()
    }

    /// Replaces the generic methods of a group by their instances for delegate type `d`: with
    /// the written type arguments, or those D's parameter types infer (§12.6.3 with D's
    /// parameter types as the arguments); a method that cannot be instantiated drops out.
    fn instantiate_group(&mut self, group: &mut BoundExpr, d: TyId) {
        let BoundExprKind::MethodGroup { receiver, methods, type_args, extension, .. } = &mut group.kind else { return };
        if methods.iter().all(|&m| self.syms.method(m).type_params.is_empty()) {
            return;
        }
        let Some(invoke) = self.delegate_invoke(d) else { return };
        let mut arg_types: Vec<TyId> = Vec::new();
        if *extension && let Some(r) = receiver {
            arg_types.push(r.ty);
        }
        arg_types.extend(self.syms.method(invoke).params.iter().map(|p| p.ty));
        let span = group.span;
        let args: Vec<super::overloads::BoundArg> = arg_types
            .iter()
            .map(|&t| super::overloads::BoundArg::plain(BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: t, span }))
            .collect();
        let (list, written) = (methods.clone(), type_args.clone());
        let mut out = Vec::new();
        for m in list {
            let arity = self.syms.method(m).type_params.len();
            if arity == 0 {
                out.push(m);
                continue;
            }
            let inferred = if written.is_empty() { self.infer_type_args(m, &args) } else { (written.len() == arity).then(|| written.clone()) };
            if let Some(targs) = inferred {
                out.push(self.syms.instantiate_method(m, &targs));
            }
        }
        if let BoundExprKind::MethodGroup { methods, .. } = &mut group.kind {
            *methods = out;
        }
    }

    /// An identity or implicit reference conversion from `from` to `to` (what delegate
    /// compatibility allows, §20.4).
    fn reference_convertible(&self, from: TyId, to: TyId) -> bool {
        if from == to {
            return true;
        }
        if !self.syms.is_reference_type(from) {
            return false;
        }
        let probe = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: from, span: Span::default() };
        matches!(
            self.classify(&probe, to),
            Some(super::conversions::Conversion::Identity | super::conversions::Conversion::ImplicitReference)
        )
    }

    /// Converts a method group to delegate type `d`, or reports CS0123 (no method matches) or
    /// CS0121 (no single best one).
    pub fn convert_method_group(&mut self, mut group: BoundExpr, d: TyId) -> BoundExpr {
        let span = group.span;
        self.instantiate_group(&mut group, d);
        let candidates = self.compatible_methods(&group, d);
        let BoundExprKind::MethodGroup { receiver, name, extension, .. } = group.kind else {
            return self.error_expr(span);
        };
        // Among compatible methods the one whose parameters are exactly D's wins.
        let invoke = self.delegate_invoke(d);
        let exact: Vec<MethodId> = candidates
            .iter()
            .copied()
            .filter(|&m| {
                let skip = usize::from(extension);
                invoke.is_some_and(|i| {
                    self.syms.method(m).params[skip..].iter().zip(&self.syms.method(i).params).all(|(a, b)| a.ty == b.ty)
                })
            })
            .collect();
        let chosen = match (candidates.len(), exact.len()) {
            (1, _) => candidates[0],
            (_, 1) => exact[0],
            (0, _) => {
                let dn = self.syms.display(d);
                self.error("CS0123", span, format!("No overload for '{name}' matches delegate '{dn}'"));
                return self.error_expr(span);
            }
            _ => {
                let (a, b) = (self.syms.method_display(candidates[0]), self.syms.method_display(candidates[1]));
                self.error("CS0121", span, format!("The call is ambiguous between the following methods or properties: '{a}' and '{b}'"));
                return self.error_expr(span);
            }
        };
        let m = self.syms.method(chosen).clone();
        let receiver = match receiver {
            _ if m.is_static && !extension => None,
            Some(r) if extension && !self.syms.is_reference_type(r.ty) => {
                let t = self.syms.display(r.ty);
                self.error("CS1113", span, format!("Extension method '{}' defined on value type '{t}' cannot be used to create delegates", self.syms.method_display(chosen)));
                return self.error_expr(span);
            }
            Some(r) => Some(Box::new(self.box_receiver(*r))),
            None if m.is_static => None,
            None => {
                self.error("CS0120", span, format!("An object reference is required for the non-static field, method, or property '{}'", self.syms.method_display(chosen)));
                return self.error_expr(span);
            }
        };
        // `base.M` is called as written; any other virtual method is looked up on the receiver.
        let through_base = receiver.as_ref().is_some_and(|r| matches!(r.kind, BoundExprKind::BaseRef));
        let virtual_call = m.is_virtual && !m.is_static && !through_base && !matches!(self.syms.def(m.owner).kind, TypeDefKind::Struct | TypeDefKind::Enum);
        BoundExpr { kind: BoundExprKind::NewDelegate { receiver, method: chosen, virtual_call }, ty: d, span }
    }

    /// Whether a target-typed expression converts to `to`: a method group or
    /// anonymous function (§10.7, §10.8), `new()` or `default`.
    pub fn target_typed_convertible(&self, e: &BoundExpr, to: TyId) -> bool {
        match &e.kind {
            BoundExprKind::MethodGroup { .. } => !self.compatible_methods(e, to).is_empty(),
            BoundExprKind::UnboundLambda(id) => self.lambda_convertible(*id, to),
            BoundExprKind::UnboundNew(_) => self.new_convertible(to),
            BoundExprKind::DefaultLiteral => true,
            BoundExprKind::UnconvertedSwitch { arms, .. } => arms.iter().all(|(_, r)| self.classify(r, to).is_some_and(|c| c.is_implicit())),
            BoundExprKind::TupleLiteral { elements, .. } => self.tuple_literal_convertible(elements, to),
            _ => false,
        }
    }

    /// Converts a target-typed expression to `to`, reporting why it cannot be.
    pub fn convert_target_typed(&mut self, e: BoundExpr, to: TyId) -> BoundExpr {
        let span = e.span;
        match &e.kind {
            BoundExprKind::UnboundNew(id) => {
                let id = *id;
                self.convert_new(id, to, span)
            }
            BoundExprKind::DefaultLiteral => self.default_value(to, span),
            BoundExprKind::UnconvertedSwitch { .. } => {
                let BoundExprKind::UnconvertedSwitch { side, arms, .. } = e.kind else { unreachable!() };
                self.switch_chain(side, arms, to, span)
            }
            BoundExprKind::TupleLiteral { elements, .. } if self.tuple_literal_convertible(elements, to) => self.convert_tuple_literal(e, to),
            BoundExprKind::TupleLiteral { .. } => {
                let t = self.syms.display(to);
                self.error("CS0029", span, format!("Cannot implicitly convert tuple literal to '{t}'"));
                self.error_expr(span)
            }
            BoundExprKind::MethodGroup { name, .. } if !self.is_delegate(to) => {
                let t = self.syms.display(to);
                self.error("CS0428", span, format!("Cannot convert method group '{name}' to non-delegate type '{t}'. Did you intend to invoke the method?"));
                self.error_expr(span)
            }
            BoundExprKind::MethodGroup { .. } => self.convert_method_group(e, to),
            BoundExprKind::UnboundLambda(id) => {
                let id = *id;
                self.convert_lambda(id, to, span)
            }
            _ => self.error_expr(span),
        }
    }

    /// `new D(M)`, `new D(x => …)`, `new D(d)` (§12.8.17.6): one argument, a method group,
    /// an anonymous function or a delegate value (whose `Invoke` the new delegate calls).
    pub fn bind_new_delegate(&mut self, d: TyId, args: Vec<super::overloads::BoundArg>, span: Span) -> BoundExpr {
        let [arg] = <[_; 1]>::try_from(args).unwrap_or_else(|a: Vec<_>| {
            let dummy = a.into_iter().next().map(|a| a.expr);
            [super::overloads::BoundArg::plain(dummy.unwrap_or(BoundExpr { kind: BoundExprKind::Const(crate::constant::ConstValue::Null), ty: Symbols::ERROR, span }))]
        });
        if arg.expr.ty == Symbols::ERROR {
            self.error("CS0149", span, "Method name expected");
            return self.error_expr(span);
        }
        if arg.expr.ty == Symbols::TARGET_TYPED {
            return self.convert_target_typed(arg.expr, d);
        }
        if self.is_delegate(arg.expr.ty) {
            let Some(invoke) = self.delegate_invoke(arg.expr.ty) else { return self.error_expr(span) };
            let group = self.method_group(Some(arg.expr), vec![invoke], "Invoke".into(), Vec::new(), false, span);
            return self.convert_method_group(group, d);
        }
        self.error("CS0149", span, "Method name expected");
        self.error_expr(span)
    }

    /// A value-type receiver is boxed: the delegate holds an object.
    fn box_receiver(&mut self, r: BoundExpr) -> BoundExpr {
        if self.syms.is_reference_type(r.ty) || r.ty == Symbols::ERROR {
            return r;
        }
        let object = self.special(SpecialType::Object);
        let span = r.span;
        BoundExpr { kind: BoundExprKind::Box(Box::new(r)), ty: object, span }
    }

    /// `d(args)`: a call of the delegate type's `Invoke` (§12.8.10.4).
    pub fn invoke_delegate(&mut self, target: BoundExpr, args: Vec<super::overloads::BoundArg>, span: Span) -> BoundExpr {
        let Some(invoke) = self.delegate_invoke(target.ty) else { return self.error_expr(span) };
        let name = self.syms.display(target.ty);
        let Some((method, args)) = self.resolve_overload(&[invoke], args, span, &name) else {
            return self.error_expr(span);
        };
        let ret = self.syms.method(method).ret;
        self.expr(BoundExprKind::Call { method, receiver: Some(Box::new(target)), args }, ret, span)
    }

    /// `obj.E += h` / `obj.E -= h` on an event of another type: its add or remove method.
    pub fn bind_event_assign(&mut self, target: BoundExpr, op: parser::ast::BinaryOp, value: BoundExpr, span: Span) -> BoundExpr {
        let BoundExprKind::EventAccess { receiver, event } = target.kind else { return self.error_expr(span) };
        let e = self.syms.event(event).clone();
        // On an instance of a generic type: the instance's accessors, of its event type.
        let (add, remove, ty) = match receiver.as_ref().map(|r| self.syms.kind(r.ty)) {
            Some(TyKind::Def(inst)) if self.syms.def(inst).instance_of.is_some() => {
                let find = |b: &Self, m: MethodId| {
                    b.syms.def(inst).methods.iter().copied().find(|&x| b.syms.method(x).generic.as_ref().is_some_and(|g| g.of == m)).unwrap_or(m)
                };
                let s = self.syms.instance_subst(inst);
                let ty = self.syms.subst(e.ty, &s);
                (find(self, e.add), find(self, e.remove), ty)
            }
            _ => (e.add, e.remove, e.ty),
        };
        let e = EventSym { add, remove, ty, ..e };
        let method = match op {
            parser::ast::BinaryOp::Add => e.add,
            parser::ast::BinaryOp::Sub => e.remove,
            _ => {
                let owner = self.syms.def(e.owner).name.clone();
                self.error("CS0070", span, format!("The event '{}' can only appear on the left hand side of += or -= (except when used from within the type '{owner}')", e.name));
                return self.error_expr(span);
            }
        };
        let value = self.convert_implicit(value, e.ty);
        let void = self.special(SpecialType::Void);
        self.expr(BoundExprKind::Call { method, receiver, args: vec![value] }, void, span)
    }

    /// A field-like event's `add`/`remove` body: the field combined with, or without, `value`.
    pub fn bind_event_accessor(&mut self, field: FieldId, add: bool, span: Span) -> Vec<BoundStmt> {
        let ty = self.syms.field(field).ty;
        let receiver = if self.syms.field(field).is_static { None } else { Some(Box::new(self.this_ref(span))) };
        let target = self.expr(BoundExprKind::Field { receiver, field }, ty, span);
        let arg = if self.sym().is_static { 0 } else { 1 };
        let value = self.expr(BoundExprKind::Param(arg), ty, span);
        let Ok(combined) = self.delegate_arith(add, target.clone(), value, span) else { return Vec::new() };
        let void = self.special(SpecialType::Void);
        vec![BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(combined) }, void, span))]
    }

    /// `a + b` and `a - b` on a delegate type (§12.10.5, §12.11.5): `Delegate.Combine` or
    /// `Delegate.Remove`, cast back to the type. None: the operands are not delegates.
    pub fn delegate_arith(&mut self, add: bool, left: BoundExpr, right: BoundExpr, span: Span) -> Result<BoundExpr, Box<(BoundExpr, BoundExpr)>> {
        let d = if self.is_delegate(left.ty) {
            left.ty
        } else if self.is_delegate(right.ty) {
            right.ty
        } else {
            return Err(Box::new((left, right)));
        };
        let left = self.convert_implicit(left, d);
        let right = self.convert_implicit(right, d);
        let Some(delegate) = self.syms.lookup_type("System.Delegate") else { return Ok(self.error_expr(span)) };
        let name = if add { "Combine" } else { "Remove" };
        let method = self.syms.def(delegate).methods.iter().copied().find(|&m| {
            let ms = self.syms.method(m);
            ms.name == name && ms.params.len() == 2
        });
        let Some(method) = method else { return Ok(self.error_expr(span)) };
        let delegate_ty = self.syms.def_ty(delegate);
        let as_delegate = |e: BoundExpr| {
            let span = e.span;
            BoundExpr { kind: BoundExprKind::AsType(Box::new(e)), ty: delegate_ty, span }
        };
        let call = self.expr(BoundExprKind::Call { method, receiver: None, args: vec![as_delegate(left), as_delegate(right)] }, delegate_ty, span);
        Ok(BoundExpr { kind: BoundExprKind::CastClass(Box::new(call)), ty: d, span })
    }
}
