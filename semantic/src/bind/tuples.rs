//! Tuples (C# 7, §8.3.11 and §12.7.4 of C# 7's spec): tuple literals,
//! their conversions, element names, `==`/`!=` and deconstructing
//! assignments.
//!
//! A tuple type is `System.ValueTuple<…>` (`Symbols::tuple_type`). A
//! literal is a `TupleLiteral`, the constructor call of its natural type;
//! converting it to another tuple type converts each element, so
//! `(long, object) t = (1, "a")` and `(int, string) u = (1, null)` hold.
//! A tuple value converts to another tuple type element by element too.
//! Element names live in `Symbols::tuple_names`, since they are not part
//! of the type: `t.x` is the field of the position the name was given.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    /// `(a, b)`, `(x: 1, y: 2)`: each element bound on its own; the names
    /// given (or inferred from `(p.X, y)`, C# 7.1) are noted for the type.
    pub fn bind_tuple_literal(&mut self, args: &[ast::Argument<'_>], span: Span) -> BoundExpr {
        let mut elements = Vec::new();
        let mut names = Vec::new();
        for a in args {
            if a.modifier != ast::ArgModifier::None || a.out_decl.is_some() {
                self.error("CS8652", a.span, "A ref or out argument in a tuple literal is not supported by Sharp yet");
                return self.error_expr(span);
            }
            if let ast::ExprKind::Declaration { .. } = a.expr.kind {
                self.error("CS8185", a.span, "A declaration is not allowed in this context.");
                return self.error_expr(span);
            }
            let e = self.bind_expr(a.expr);
            if e.ty == Symbols::ERROR {
                return e;
            }
            elements.push(e);
            names.push(match (a.name, &a.expr.kind) {
                (Some(n), _) => Some(n.text.to_string()),
                (None, ast::ExprKind::Name { name, .. } | ast::ExprKind::MemberAccess { name, .. }) => Some(name.text.to_string()),
                _ => None,
            });
        }
        let typed = elements.iter().all(|e| e.ty != Symbols::NULL && e.ty != Symbols::TARGET_TYPED);
        if !typed {
            return self.expr(BoundExprKind::TupleLiteral { ctor: None, elements }, Symbols::TARGET_TYPED, span);
        }
        let tys: Vec<TyId> = elements.iter().map(|e| e.ty).collect();
        let Some(ty) = self.syms.tuple_type(&tys) else {
            self.error("CS8179", span, "Predefined type 'System.ValueTuple' is not defined or imported");
            return self.error_expr(span);
        };
        self.syms.note_tuple_names(ty, names);
        self.tuple_new(ty, elements, span)
    }

    /// `new ValueTuple<…>(elements)` of tuple type `ty`; past the seventh
    /// element the rest are a tuple of their own in the eighth argument
    /// (`Rest`).
    fn tuple_new(&mut self, ty: TyId, mut elements: Vec<BoundExpr>, span: Span) -> BoundExpr {
        let TyKind::Def(d) = self.syms.kind(ty) else { return self.error_expr(span) };
        let args = self.syms.def(d).instance_of.as_ref().map(|(_, a)| a.clone()).unwrap_or_default();
        if args.len() == 8 && elements.len() > 7 {
            let rest = elements.split_off(7);
            let rest = self.tuple_new(args[7], rest, span);
            elements.push(rest);
        }
        let ctor = self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.is_ctor && !s.is_static && s.params.len() == args.len()
        });
        self.expr(BoundExprKind::TupleLiteral { ctor, elements }, ty, span)
    }

    /// Whether a tuple literal converts to `to`, element by element.
    pub(super) fn tuple_literal_convertible(&self, elements: &[BoundExpr], to: TyId) -> bool {
        let Some(targets) = self.tuple_elements(to) else { return false };
        targets.len() == elements.len() && elements.iter().zip(&targets).all(|(e, &t)| self.classify(e, t).is_some_and(|c| c.is_implicit()))
    }

    /// Whether a tuple of type `from` converts to tuple type `to`, element by element.
    pub(super) fn tuple_value_convertible(&self, from: TyId, to: TyId) -> bool {
        let (Some(a), Some(b)) = (self.tuple_elements(from), self.tuple_elements(to)) else { return false };
        a.len() == b.len()
            && a.iter().zip(&b).all(|(&x, &t)| {
                let placeholder = BoundExpr { kind: BoundExprKind::Local(LocalId(u32::MAX)), ty: x, span: Span::default() };
                self.classify(&placeholder, t).is_some_and(|c| c.is_implicit())
            })
    }

    /// A tuple literal converted to tuple type `to`.
    pub(super) fn convert_tuple_literal(&mut self, e: BoundExpr, to: TyId) -> BoundExpr {
        let span = e.span;
        let elements = literal_elements(&e);
        let targets = self.tuple_elements(to).unwrap_or_default();
        let elements: Vec<BoundExpr> = elements.into_iter().zip(targets).map(|(x, t)| self.convert_implicit(x, t)).collect();
        self.tuple_new(to, elements, span)
    }

    /// A tuple value converted to tuple type `to`: `(t = e, new To((T1)t.Item1, …))`.
    pub(super) fn convert_tuple_value(&mut self, e: BoundExpr, to: TyId) -> BoundExpr {
        let span = e.span;
        let targets = self.tuple_elements(to).unwrap_or_default();
        let (store, tmp) = self.store_in_temp(e, span);
        let elements: Vec<BoundExpr> = targets
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let x = self.tuple_element(tmp.clone(), i, span);
                self.convert_implicit(x, t)
            })
            .collect();
        let value = self.tuple_new(to, elements, span);
        self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(value) }, to, span)
    }

    /// `t.name` for an element name of `t`'s tuple type; None when the
    /// type is no tuple or has no such name.
    pub(super) fn tuple_member(&mut self, value: &BoundExpr, name: &ast::Ident<'_>, span: Span) -> Option<BoundExpr> {
        let count = self.tuple_elements(value.ty)?.len();
        let index = match self.syms.tuple_element_named(value.ty, name.text) {
            Ok(Some(i)) => i,
            Ok(None) => {
                // `Item8` and later reach through `Rest`.
                let n: usize = name.text.strip_prefix("Item")?.parse().ok()?;
                if n < 8 || n > count {
                    return None;
                }
                n - 1
            }
            Err(()) => {
                let shown = self.syms.display(value.ty);
                self.error("CS8652", name.span, format!("Tuple element name '{}' means different elements of '{shown}' in this program; Sharp does not track tuple names per declaration yet", name.text));
                return Some(self.error_expr(span));
            }
        };
        Some(self.tuple_element(value.clone(), index, span))
    }

    /// `a == b` / `a != b` on tuples (C# 7.3): the elements compared in
    /// order, each operand evaluated once; `!=` is true at the first
    /// difference.
    pub(super) fn tuple_equality(&mut self, op: BinOp, left: BoundExpr, right: BoundExpr, span: Span) -> Option<BoundExpr> {
        let n = match (self.tuple_elements(left.ty), self.tuple_elements(right.ty)) {
            (Some(a), Some(b)) if a.len() == b.len() => a.len(),
            _ => {
                let lit = |e: &BoundExpr| matches!(e.kind, BoundExprKind::TupleLiteral { .. });
                if !(lit(&left) || lit(&right)) {
                    return None;
                }
                let (l, r) = (self.syms.display(left.ty), self.syms.display(right.ty));
                self.error("CS8373", span, format!("Tuple types used as operands of an == or != operator must have matching cardinalities. But this operator has tuple types of cardinality {l} on the left and {r} on the right."));
                return Some(self.error_expr(span));
            }
        };
        let bool_ty = self.special(SpecialType::Boolean);
        let (ls, l) = self.store_in_temp(left, span);
        let (rs, r) = self.store_in_temp(right, span);
        let mut result: Option<BoundExpr> = None;
        for i in 0..n {
            let a = self.tuple_element(l.clone(), i, span);
            let b = self.tuple_element(r.clone(), i, span);
            let cmp = self.bind_binary_values(op, a, b, span);
            if cmp.ty == Symbols::ERROR {
                return Some(cmp);
            }
            result = Some(match result {
                None => cmp,
                Some(acc) if op == BinOp::Eq => self.expr(BoundExprKind::LogicalAnd(Box::new(acc), Box::new(cmp)), bool_ty, span),
                Some(acc) => self.expr(BoundExprKind::LogicalOr(Box::new(acc), Box::new(cmp)), bool_ty, span),
            });
        }
        let value = result?;
        Some(self.expr(BoundExprKind::Sequence { side: vec![ls, rs], value: Box::new(value) }, bool_ty, span))
    }

    /// `(a, b) = e`, `(x, (y, z)) = e`, `var (a, b) = e`, `(int a, var b) = e`
    /// (§12.21.2 of C# 7's spec): `e` is evaluated and deconstructed, then
    /// its elements are assigned left to right, converted to each
    /// variable's type (a declared variable takes the element's type).
    pub fn bind_deconstruction(&mut self, target: &ast::Expr<'_>, value: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let v = self.bind_expr(value);
        if v.ty == Symbols::ERROR {
            return v;
        }
        // A literal on the right is a tuple of its natural type: all of it
        // is evaluated before any assignment (`(a, b) = (b, a)` swaps).
        let v = if v.ty == Symbols::TARGET_TYPED { self.natural_tuple(v) } else { v };
        if v.ty == Symbols::ERROR {
            return v;
        }
        let mut side = Vec::new();
        let (store, tmp) = self.store_in_temp(v, span);
        side.push(store);
        self.deconstruct_into(target, tmp, &mut side, span);
        let last = side.pop().unwrap_or_else(|| self.error_expr(span));
        let ty = last.ty;
        self.expr(BoundExprKind::Sequence { side, value: Box::new(last) }, ty, span)
    }

    /// A tuple literal with untyped elements where nothing gives it a
    /// type: an error, as in Roslyn.
    fn natural_tuple(&mut self, e: BoundExpr) -> BoundExpr {
        self.error("CS8131", e.span, "Deconstruct assignment requires an expression with a type on the right-hand-side.");
        self.error_expr(e.span)
    }

    /// The parts of a deconstruction's left side: `var (a, b)` and a tuple
    /// of targets, each a declaration, a nested deconstruction or a
    /// variable; the assignments are pushed to `side`.
    pub(super) fn deconstruct_into(&mut self, target: &ast::Expr<'_>, value: BoundExpr, side: &mut Vec<BoundExpr>, span: Span) {
        self.deconstruct_parts(target, value, side, span, false);
    }

    /// `deconstruct_into`, where `declaring` says that an enclosing
    /// `var (…)` declares the names of this tuple (`var ((a, b), c)`).
    fn deconstruct_parts(&mut self, target: &ast::Expr<'_>, value: BoundExpr, side: &mut Vec<BoundExpr>, span: Span, declaring: bool) {
        let void = self.special(SpecialType::Void);
        let (parts, declare_all): (Vec<&ast::Expr<'_>>, bool) = match &target.kind {
            ast::ExprKind::Tuple(args) => (args.iter().map(|a| a.expr).collect(), declaring),
            ast::ExprKind::Invocation { callee, args } if is_var(callee) => (args.iter().map(|a| a.expr).collect(), true),
            _ => {
                self.error("CS8652", target.span, "This deconstruction is not supported by Sharp yet");
                return;
            }
        };
        let Some((steps, elements)) = self.deconstruct_elements(value, parts.len(), target.span) else { return };
        side.extend(steps);
        for (part, element) in parts.into_iter().zip(elements) {
            match &part.kind {
                ast::ExprKind::Tuple(_) => self.deconstruct_parts(part, element, side, span, declare_all),
                ast::ExprKind::Invocation { callee, .. } if is_var(callee) => self.deconstruct_parts(part, element, side, span, true),
                ast::ExprKind::Name { name, type_args: [] } if declare_all => {
                    if name.text == "_" {
                        continue; // a discard: the element is already computed
                    }
                    let ty = element.ty;
                    let id = self.declare_local(name, ty);
                    let local = self.local_ref(id, ty, name.span);
                    side.push(self.expr(BoundExprKind::Assign { target: Box::new(local), value: Box::new(element) }, void, span));
                }
                ast::ExprKind::Declaration { ty, name } => {
                    let declared = match ty.kind {
                        ast::TypeSyntaxKind::Named([p]) if p.name.text == "var" && p.type_args.is_empty() => element.ty,
                        _ => crate::declare::resolve_type(self.syms, self.scope, ty, self.diags),
                    };
                    if declared == Symbols::ERROR {
                        continue;
                    }
                    if name.text == "_" {
                        continue;
                    }
                    let value = self.convert_implicit(element, declared);
                    let id = self.declare_local(name, declared);
                    let local = self.local_ref(id, declared, name.span);
                    side.push(self.expr(BoundExprKind::Assign { target: Box::new(local), value: Box::new(value) }, void, span));
                }
                ast::ExprKind::Name { name, type_args: [] } if name.text == "_" && self.lookup_local("_").is_none() => {}
                _ => {
                    let t = self.bind_expr(part);
                    if t.ty == Symbols::ERROR {
                        continue;
                    }
                    side.push(self.assign_bound(t, element, span));
                }
            }
        }
    }
}

/// A tuple literal's elements, in order: past the seventh, a typed
/// literal holds the rest as a literal of their own (`tuple_new`), which
/// this flattens back, as `tuple_elements` flattens its type.
pub(super) fn literal_elements(e: &BoundExpr) -> Vec<BoundExpr> {
    let BoundExprKind::TupleLiteral { ctor, elements } = &e.kind else { return Vec::new() };
    match (ctor, elements.as_slice()) {
        (Some(_), [first @ .., rest]) if elements.len() == 8 && matches!(rest.kind, BoundExprKind::TupleLiteral { .. }) => {
            let mut all = first.to_vec();
            all.extend(literal_elements(rest));
            all
        }
        _ => elements.clone(),
    }
}

/// Whether a callee is the contextual `var` of `var (a, b) = …`.
pub(super) fn is_var(callee: &ast::Expr<'_>) -> bool {
    matches!(callee.kind, ast::ExprKind::Name { name, type_args: [] } if name.text == "var")
}
