//! Nullable value types (C# spec §8.3.12): `T?` is `System.Nullable<T>`,
//! and the language adds conversions (§10.2.6, §10.3.4), lifted operators
//! (§12.4.8) and `??` on it. Everything here is lowered to calls of
//! Nullable<T>'s members (`HasValue`, `GetValueOrDefault()`, its
//! constructor) over temporaries, as Roslyn lowers it, so the emitter and
//! the VM see only ordinary calls; what the runtime adds is boxing (a
//! `T?` without a value boxes to null).

use lexer::Span;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    /// `T` of `T?`, None for any other type.
    pub fn nullable_arg(&self, ty: TyId) -> Option<TyId> {
        let TyKind::Def(d) = self.syms.kind(ty) else { return None };
        let (g, args) = self.syms.def(d).instance_of.as_ref()?;
        (self.syms.def(*g).full_name() == "System.Nullable`1" && args.len() == 1).then(|| args[0])
    }

    /// `T?` for a value type `T`.
    pub fn make_nullable(&mut self, t: TyId) -> Option<TyId> {
        let n = self.syms.lookup_type("System.Nullable`1")?;
        Some(self.syms.instantiate(n, &[t]))
    }

    /// A member of `T?` by name with `params` parameters.
    fn nullable_member(&self, ty: TyId, name: &str, params: usize) -> Option<MethodId> {
        let TyKind::Def(d) = self.syms.kind(ty) else { return None };
        self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.name == name && s.params.len() == params && !s.is_static
        })
    }

    fn nullable_call(&mut self, receiver: BoundExpr, name: &str, span: Span) -> BoundExpr {
        match self.nullable_member(receiver.ty, name, 0) {
            Some(m) => {
                let ret = self.syms.method(m).ret;
                self.expr(BoundExprKind::Call { method: m, receiver: Some(Box::new(receiver)), args: Vec::new() }, ret, span)
            }
            None => {
                self.error("CS0656", span, format!("Missing compiler required member 'System.Nullable`1.{name}'"));
                self.error_expr(span)
            }
        }
    }

    /// `e.HasValue`.
    pub fn has_value(&mut self, e: BoundExpr, span: Span) -> BoundExpr {
        self.nullable_call(e, "get_HasValue", span)
    }

    /// `e.GetValueOrDefault()`: the value, where a test already showed
    /// there is one (it does not throw, unlike `Value`).
    pub fn value_or_default(&mut self, e: BoundExpr, span: Span) -> BoundExpr {
        self.nullable_call(e, "GetValueOrDefault", span)
    }

    /// `new T?(v)`.
    pub fn wrap_nullable(&mut self, v: BoundExpr, to: TyId, span: Span) -> BoundExpr {
        let ctor = match self.syms.kind(to) {
            TyKind::Def(d) => self.syms.def(d).methods.iter().copied().find(|&m| self.syms.method(m).is_ctor && self.syms.method(m).params.len() == 1),
            _ => None,
        };
        let Some(ctor) = ctor else {
            self.error("CS0656", span, "Missing compiler required member 'System.Nullable`1..ctor'");
            return self.error_expr(span);
        };
        let t = self.syms.method(ctor).params[0].ty;
        let v = self.convert_implicit(v, t);
        self.expr(BoundExprKind::NewObject { ctor, args: vec![v] }, to, span)
    }

    /// A nullable conversion (§10.2.6, §10.3.4) from `e` to `to`, where
    /// one of the two is nullable: None when there is none.
    /// Only standard conversions underneath when `user` is false (the
    /// operands of a user-defined conversion, §10.5.3).
    pub(super) fn nullable_conversion(&self, e: &BoundExpr, to: TyId, user: bool) -> Option<NullableConversion> {
        let (from_arg, to_arg) = (self.nullable_arg(e.ty), self.nullable_arg(to));
        let probe = |ty: TyId| BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty, span: e.span };
        match (from_arg, to_arg) {
            // null → T?
            (None, Some(_)) if e.ty == Symbols::NULL => Some(NullableConversion::Null { implicit: true }),
            // S → T? (wrapping, after a standard conversion of S to T).
            (None, Some(t)) => {
                // A user-defined conversion to T may be followed by the
                // wrapping into T? (§10.6.1).
                let c = self.classify_with(e, t, user)?;
                Some(NullableConversion::Wrap { implicit: c.is_implicit() })
            }
            // S? → T (always explicit: it throws without a value), when S
            // converts to T.
            (Some(s), None) => {
                self.classify_with(&probe(s), to, user)?;
                (!self.syms.is_reference_type(to)).then_some(NullableConversion::Unwrap { implicit: false })
            }
            // S? → T? (lifted).
            (Some(s), Some(t)) => {
                let c = self.classify_with(&probe(s), t, user)?;
                Some(NullableConversion::Lift { implicit: c.is_implicit() })
            }
            (None, None) => None,
        }
    }

    /// Carries out a nullable conversion.
    pub(super) fn apply_nullable_conversion(&mut self, e: BoundExpr, to: TyId, c: NullableConversion) -> BoundExpr {
        let span = e.span;
        match c {
            NullableConversion::Null { .. } => self.expr(BoundExprKind::DefaultValue, to, span),
            NullableConversion::Wrap { .. } => {
                let t = self.nullable_arg(to).unwrap_or(Symbols::ERROR);
                let v = self.convert_explicit(e, t, span);
                self.wrap_nullable(v, to, span)
            }
            NullableConversion::Unwrap { .. } => {
                // `(T)s` reads `Value`, which throws without one.
                let v = self.nullable_call(e, "get_Value", span);
                self.convert_explicit(v, to, span)
            }
            NullableConversion::Lift { .. } => {
                // s.HasValue ? new T?((T)s.GetValueOrDefault()) : default(T?)
                let (store, tmp) = self.store_in_temp(e, span);
                let has = self.has_value(tmp.clone(), span);
                let v = self.value_or_default(tmp, span);
                let t = self.nullable_arg(to).unwrap_or(Symbols::ERROR);
                let v = self.convert_explicit(v, t, span);
                let some = self.wrap_nullable(v, to, span);
                let none = self.expr(BoundExprKind::DefaultValue, to, span);
                let pick = self.expr(BoundExprKind::Conditional { cond: Box::new(has), then: Box::new(some), else_: Box::new(none) }, to, span);
                self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(pick) }, to, span)
            }
        }
    }

    /// A lifted binary operator (§12.4.8): None when neither operand is
    /// nullable. Arithmetic and bitwise operators give `R?`, null when an
    /// operand is; `<`, `>`, `<=`, `>=` are false then; `==` and `!=`
    /// compare "no value" as a value; `&` and `|` on `bool?` are the
    /// three-valued logic of §12.13.5.
    pub(super) fn bind_lifted_binary(&mut self, op: BinOp, left: BoundExpr, right: BoundExpr, span: Span) -> Option<BoundExpr> {
        let (la, ra) = (self.nullable_arg(left.ty), self.nullable_arg(right.ty));
        let null_left = left.ty == Symbols::NULL;
        let null_right = right.ty == Symbols::NULL;
        if la.is_none() && ra.is_none() {
            return None;
        }
        // Only operators on value types lift: `"x" + n` is concatenation.
        let lifts = |t: TyId, arg: Option<TyId>| arg.is_some() || t == Symbols::NULL || self.syms.is_value_type(t);
        if !lifts(left.ty, la) || !lifts(right.ty, ra) {
            return None;
        }
        if (null_left && la.is_none() && ra.is_some()) || (null_right && ra.is_none() && la.is_some()) {
            // `x == null`, `x != null`: HasValue.
            let x = if null_right { left } else { right };
            return Some(match op {
                BinOp::Eq | BinOp::Ne => {
                    let has = self.has_value(x, span);
                    if op == BinOp::Eq { self.not(has, span) } else { has }
                }
                _ => {
                    // Any other operator with null: the lifted result is null
                    // (or false for comparisons), after evaluating x.
                    let bool_ty = self.special(SpecialType::Boolean);
                    let f = self.expr(BoundExprKind::Const(ConstValue::Bool(false)), bool_ty, span);
                    self.expr(BoundExprKind::Sequence { side: vec![x], value: Box::new(f) }, bool_ty, span)
                }
            });
        }
        let bool_ty = self.special(SpecialType::Boolean);
        // Each operand is read more than once: into a temporary, unless it
        // is a constant, which must stay one (`e != 0` on an enum `E?`
        // compares with the enum's zero, which only a literal converts to).
        let mut side = Vec::new();
        let mut once = |b: &mut Self, e: BoundExpr| {
            if e.constant().is_some() {
                return e;
            }
            let (store, tmp) = b.store_in_temp(e, span);
            side.push(store);
            tmp
        };
        let tl = once(self, left);
        let tr = once(self, right);
        let value = |b: &mut Self, t: &BoundExpr| if b.nullable_arg(t.ty).is_some() { b.value_or_default(t.clone(), span) } else { t.clone() };
        let (lv, rv) = (value(self, &tl), value(self, &tr));
        let is_bool = |b: &Self, t: Option<TyId>| t.is_some_and(|t| b.syms.is_special(t, SpecialType::Boolean));
        let inner = self.bind_binary_values(op, lv, rv, span);
        if inner.ty == Symbols::ERROR {
            return Some(inner);
        }
        let has = |b: &mut Self, t: &BoundExpr| if b.nullable_arg(t.ty).is_some() { Some(b.has_value(t.clone(), span)) } else { None };
        let (hl, hr) = (has(self, &tl), has(self, &tr));
        let both = match (hl.clone(), hr.clone()) {
            (Some(a), Some(b)) => self.expr(BoundExprKind::LogicalAnd(Box::new(a), Box::new(b)), bool_ty, span),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => self.expr(BoundExprKind::Const(ConstValue::Bool(true)), bool_ty, span),
        };
        let result = match op {
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => self.expr(BoundExprKind::LogicalAnd(Box::new(both), Box::new(inner)), bool_ty, span),
            BinOp::Eq | BinOp::Ne => {
                // Equal when both lack a value, or both have equal values.
                let eq = match (hl, hr) {
                    (Some(a), Some(b)) => {
                        let same = self.expr(
                            BoundExprKind::Binary { op: BinOp::Eq, operand_ty: bool_ty, checked: false, left: Box::new(a.clone()), right: Box::new(b) },
                            bool_ty,
                            span,
                        );
                        let no_value = self.not(a, span);
                        let inner_eq = if op == BinOp::Eq { inner } else { self.not(inner, span) };
                        let either = self.expr(BoundExprKind::LogicalOr(Box::new(no_value), Box::new(inner_eq)), bool_ty, span);
                        self.expr(BoundExprKind::LogicalAnd(Box::new(same), Box::new(either)), bool_ty, span)
                    }
                    _ => {
                        let inner_eq = if op == BinOp::Eq { inner } else { self.not(inner, span) };
                        self.expr(BoundExprKind::LogicalAnd(Box::new(both), Box::new(inner_eq)), bool_ty, span)
                    }
                };
                if op == BinOp::Eq { eq } else { self.not(eq, span) }
            }
            BinOp::And | BinOp::Or if is_bool(self, la.or(ra)) && self.syms.is_special(inner.ty, SpecialType::Boolean) => {
                return Some(self.three_valued(op, side, tl, tr, span));
            }
            _ => {
                let Some(result_ty) = self.make_nullable(inner.ty) else { return Some(self.error_expr(span)) };
                let some = self.wrap_nullable(inner, result_ty, span);
                let none = self.expr(BoundExprKind::DefaultValue, result_ty, span);
                self.expr(BoundExprKind::Conditional { cond: Box::new(both), then: Box::new(some), else_: Box::new(none) }, result_ty, span)
            }
        };
        let ty = result.ty;
        Some(self.expr(BoundExprKind::Sequence { side, value: Box::new(result) }, ty, span))
    }

    /// `bool?` `&` and `|` (§12.13.5): false & null is false, true | null
    /// is true, otherwise null when either is null.
    fn three_valued(&mut self, op: BinOp, side: Vec<BoundExpr>, tl: BoundExpr, tr: BoundExpr, span: Span) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        let Some(nb) = self.make_nullable(bool_ty) else { return self.error_expr(span) };
        let as_nullable = |b: &mut Self, t: BoundExpr| if b.nullable_arg(t.ty).is_some() { t } else { b.wrap_nullable(t, nb, span) };
        let (l, r) = (as_nullable(self, tl), as_nullable(self, tr));
        // The deciding value: false for &, true for |.
        let decides = op == BinOp::Or;
        let is_decisive = |b: &mut Self, x: BoundExpr| {
            let has = b.has_value(x.clone(), span);
            let v = b.value_or_default(x, span);
            let v = if decides { v } else { b.not(v, span) };
            b.expr(BoundExprKind::LogicalAnd(Box::new(has), Box::new(v)), bool_ty, span)
        };
        let ld = is_decisive(self, l.clone());
        let rd = is_decisive(self, r.clone());
        let either = self.expr(BoundExprKind::LogicalOr(Box::new(ld), Box::new(rd)), bool_ty, span);
        let decided = self.expr(BoundExprKind::Const(ConstValue::Bool(decides)), bool_ty, span);
        let decided = self.wrap_nullable(decided, nb, span);
        let hl = self.has_value(l.clone(), span);
        let hr = self.has_value(r.clone(), span);
        let both = self.expr(BoundExprKind::LogicalAnd(Box::new(hl), Box::new(hr)), bool_ty, span);
        let other = self.expr(BoundExprKind::Const(ConstValue::Bool(!decides)), bool_ty, span);
        let other = self.wrap_nullable(other, nb, span);
        let none = self.expr(BoundExprKind::DefaultValue, nb, span);
        let rest = self.expr(BoundExprKind::Conditional { cond: Box::new(both), then: Box::new(other), else_: Box::new(none) }, nb, span);
        let pick = self.expr(BoundExprKind::Conditional { cond: Box::new(either), then: Box::new(decided), else_: Box::new(rest) }, nb, span);
        self.expr(BoundExprKind::Sequence { side, value: Box::new(pick) }, nb, span)
    }

    /// A lifted unary operator: `-x`, `+x`, `~x`, `!x` on `T?`.
    pub(super) fn bind_lifted_unary(&mut self, op: parser::ast::UnaryOp, e: BoundExpr, span: Span) -> BoundExpr {
        let (store, tmp) = self.store_in_temp(e, span);
        let has = self.has_value(tmp.clone(), span);
        let v = self.value_or_default(tmp, span);
        let inner = self.bind_unary_bound(op, v, span);
        if inner.ty == Symbols::ERROR {
            return inner;
        }
        let Some(ty) = self.make_nullable(inner.ty) else { return self.error_expr(span) };
        let some = self.wrap_nullable(inner, ty, span);
        let none = self.expr(BoundExprKind::DefaultValue, ty, span);
        let pick = self.expr(BoundExprKind::Conditional { cond: Box::new(has), then: Box::new(some), else_: Box::new(none) }, ty, span);
        self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(pick) }, ty, span)
    }

    /// `a ?? b` with `a` of type `T?` (§12.15): `a`'s value, else `b`;
    /// the type is `T` when `b` converts to it, else `b`'s (or `T?`).
    pub(super) fn bind_nullable_coalesce(&mut self, left: BoundExpr, right: BoundExpr, span: Span) -> BoundExpr {
        let t = self.nullable_arg(left.ty).unwrap_or(Symbols::ERROR);
        let (store, tmp) = self.store_in_temp(left, span);
        let has = self.has_value(tmp.clone(), span);
        let (ty, value) = if self.classify(&right, t).is_some_and(|c| c.is_implicit()) && self.nullable_arg(right.ty).is_none() {
            (t, self.value_or_default(tmp, span))
        } else {
            let ty = if self.classify(&right, tmp.ty).is_some_and(|c| c.is_implicit()) { tmp.ty } else { right.ty };
            let v = self.convert_implicit(tmp, ty);
            (ty, v)
        };
        let right = self.convert_implicit(right, ty);
        let pick = self.expr(BoundExprKind::Conditional { cond: Box::new(has), then: Box::new(value), else_: Box::new(right) }, ty, span);
        self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(pick) }, ty, span)
    }

    pub(super) fn not(&mut self, e: BoundExpr, span: Span) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        self.expr(BoundExprKind::Unary { op: UnOp::Not, checked: false, operand: Box::new(e) }, bool_ty, span)
    }
}

/// The conversions §10.2.6 and §10.3.4 add for nullable types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NullableConversion {
    /// `null` to `T?`.
    Null { implicit: bool },
    /// `S` to `T?`.
    Wrap { implicit: bool },
    /// `S?` to `T`, through `Value`.
    Unwrap { implicit: bool },
    /// `S?` to `T?`.
    Lift { implicit: bool },
}

impl NullableConversion {
    pub fn is_implicit(self) -> bool {
        match self {
            NullableConversion::Null { implicit } | NullableConversion::Wrap { implicit } | NullableConversion::Unwrap { implicit } | NullableConversion::Lift { implicit } => implicit,
        }
    }
}
