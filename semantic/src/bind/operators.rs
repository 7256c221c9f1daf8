//! Operators (C# spec §12.10–12.14, §12.21): the predefined operators,
//! numeric promotion, string concatenation, compound assignment and
//! constant folding.

use lexer::Span;
use parser::ast;

use super::overloads::BoundArg;
use super::Binder;
use super::conversions::is_numeric;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

fn bin_op(op: ast::BinaryOp) -> Option<BinOp> {
    use ast::BinaryOp as A;
    Some(match op {
        A::Add => BinOp::Add,
        A::Sub => BinOp::Sub,
        A::Mul => BinOp::Mul,
        A::Div => BinOp::Div,
        A::Rem => BinOp::Rem,
        A::Shl => BinOp::Shl,
        A::Shr => BinOp::Shr,
        A::Lt => BinOp::Lt,
        A::Gt => BinOp::Gt,
        A::Le => BinOp::Le,
        A::Ge => BinOp::Ge,
        A::Eq => BinOp::Eq,
        A::Ne => BinOp::Ne,
        A::BitAnd => BinOp::And,
        A::BitOr => BinOp::Or,
        A::BitXor => BinOp::Xor,
        A::And | A::Or | A::Coalesce => return None,
    })
}

/// Binary numeric promotion (§12.4.7.3); None when no predefined
/// operator applies (e.g. `ulong + int`).
fn promote(
    l: SpecialType,
    r: SpecialType,
    l_const: Option<&ConstValue>,
    r_const: Option<&ConstValue>,
) -> Option<SpecialType> {
    use SpecialType::*;
    if !is_numeric(l) || !is_numeric(r) {
        return None;
    }
    let non_negative = |c: Option<&ConstValue>| c.and_then(|c| c.as_i64()).is_some_and(|v| v >= 0);
    let signed = |t: SpecialType| matches!(t, SByte | Int16 | Int32 | Int64);
    // decimal mixes with the integral types only: `1.5 + 1m` is CS0019.
    if l == Decimal || r == Decimal {
        return (!matches!(l, Single | Double) && !matches!(r, Single | Double)).then_some(Decimal);
    }
    Some(if l == Double || r == Double {
        Double
    } else if l == Single || r == Single {
        Single
    } else if l == UInt64 || r == UInt64 {
        // A non-negative constant converts to ulong, so it does not block.
        let other = if l == UInt64 {
            (r, r_const)
        } else {
            (l, l_const)
        };
        if signed(other.0) && !non_negative(other.1) {
            return None;
        }
        UInt64
    } else if l == Int64 || r == Int64 {
        Int64
    } else if l == UInt32 || r == UInt32 {
        let other = if l == UInt32 {
            (r, r_const)
        } else {
            (l, l_const)
        };
        if matches!(other.0, SByte | Int16 | Int32) && !non_negative(other.1) {
            Int64
        } else {
            UInt32
        }
    } else {
        Int32
    })
}

/// Unary numeric promotion (§12.4.7.2): small integers become int.
fn promote_unary(t: SpecialType) -> SpecialType {
    use SpecialType::*;
    match t {
        SByte | Byte | Int16 | UInt16 | Char => Int32,
        other => other,
    }
}

impl Binder<'_> {
    pub fn bind_binary(
        &mut self,
        op: ast::BinaryOp,
        l: &ast::Expr<'_>,
        r: &ast::Expr<'_>,
        span: Span,
    ) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        if matches!(op, ast::BinaryOp::And | ast::BinaryOp::Or) {
            let left = self.bind_expr(l);
            let left = self.convert_implicit(left, bool_ty);
            let right = self.bind_expr(r);
            let right = self.convert_implicit(right, bool_ty);
            if let (Some(ConstValue::Bool(a)), Some(ConstValue::Bool(b))) =
                (left.constant(), right.constant())
            {
                let v = if op == ast::BinaryOp::And {
                    *a && *b
                } else {
                    *a || *b
                };
                return self.expr(BoundExprKind::Const(ConstValue::Bool(v)), bool_ty, span);
            }
            let kind = if op == ast::BinaryOp::And {
                BoundExprKind::LogicalAnd(Box::new(left), Box::new(right))
            } else {
                BoundExprKind::LogicalOr(Box::new(left), Box::new(right))
            };
            return self.expr(kind, bool_ty, span);
        }
        let left = self.bind_expr(l);
        let right = self.bind_expr(r);
        if op == ast::BinaryOp::Coalesce {
            return self.bind_coalesce(left, right, span);
        }
        let Some(op) = bin_op(op) else {
            return self.error_expr(span);
        };
        self.bind_binary_values(op, left, right, span)
    }

    /// `a ?? b` (§12.15) on references: `a` unless it is null, else `b`.
    /// The type is `a`'s when `b` converts to it, else `b`'s.
    fn bind_coalesce(&mut self, left: BoundExpr, right: BoundExpr, span: Span) -> BoundExpr {
        if left.ty == Symbols::ERROR || right.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        if self.nullable_arg(left.ty).is_some() {
            return self.bind_nullable_coalesce(left, right, span);
        }
        if !self.syms.is_reference_type(left.ty) || left.ty == Symbols::NULL {
            let t = self.syms.display(left.ty);
            self.error("CS0019", span, format!("Operator '??' cannot be applied to operands of type '{t}' and '{}'", self.syms.display(right.ty)));
            return self.error_expr(span);
        }
        let ty = if self.classify(&right, left.ty).is_some_and(|c| c.is_implicit()) { left.ty } else { right.ty };
        let right = self.convert_implicit(right, ty);
        if ty == left.ty || self.syms.is_reference_type(ty) && self.classify(&left, ty).is_some_and(|c| !matches!(c, super::conversions::Conversion::UserDefined(..))) {
            // A reference conversion keeps null as null: test after it.
            let left = self.convert_implicit(left, ty);
            return self.expr(BoundExprKind::Coalesce(Box::new(left), Box::new(right)), ty, span);
        }
        // `a` converts to `b`'s type only through a user-defined or boxing
        // conversion, which must not see null: `t = a; t != null ? (B)t : b`
        // (§12.15), so the conversion runs once, and only on a non-null `a`.
        let bool_ty = self.special(SpecialType::Boolean);
        let object = self.special(SpecialType::Object);
        let (store, tmp) = self.store_in_temp(left, span);
        let null = self.expr(BoundExprKind::Const(crate::constant::ConstValue::Null), tmp.ty, span);
        let not_null = self.expr(
            BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(tmp.clone()), right: Box::new(null) },
            bool_ty,
            span,
        );
        let converted = self.convert_implicit(tmp, ty);
        let pick = self.expr(BoundExprKind::Conditional { cond: Box::new(not_null), then: Box::new(converted), else_: Box::new(right) }, ty, span);
        self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(pick) }, ty, span)
    }

    /// Binds `left op right` once both operands are bound; shared with
    /// compound assignment.
    pub fn bind_binary_values(
        &mut self,
        op: BinOp,
        left: BoundExpr,
        right: BoundExpr,
        span: Span,
    ) -> BoundExpr {
        if left.ty == Symbols::ERROR || right.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        // `x == default`, `x != new()`: the literal takes the other operand's
        // type; `default` only in an equality (C# 7.1: `default + 1` is CS8310).
        let equality = matches!(op, BinOp::Eq | BinOp::Ne);
        let untyped = |e: &BoundExpr| matches!(e.kind, BoundExprKind::DefaultLiteral | BoundExprKind::UnboundNew(_));
        if !equality && [&left, &right].into_iter().any(|e| matches!(e.kind, BoundExprKind::DefaultLiteral)) {
            self.error("CS8310", span, format!("Operator '{}' cannot be applied to operand 'default'", op.symbol()));
            return self.error_expr(span);
        }
        let (left, right) = match (untyped(&left), untyped(&right)) {
            (true, false) if right.ty != Symbols::TARGET_TYPED && right.ty != Symbols::NULL => {
                let ty = right.ty;
                (self.convert_implicit(left, ty), right)
            }
            (false, true) if left.ty != Symbols::TARGET_TYPED && left.ty != Symbols::NULL => {
                let ty = left.ty;
                (left, self.convert_implicit(right, ty))
            }
            (true, _) | (_, true) => {
                let shown = if untyped(&left) { &left } else { &right };
                let what = if matches!(shown.kind, BoundExprKind::DefaultLiteral) { "default" } else { "new()" };
                self.error("CS8310", span, format!("Operator '{}' cannot be applied to operand '{what}'", op.symbol()));
                return self.error_expr(span);
            }
            _ => (left, right),
        };
        if matches!(op, BinOp::Eq | BinOp::Ne)
            && let Some(e) = self.tuple_equality(op, left.clone(), right.clone(), span)
        {
            return e;
        }
        let (left, right) = if matches!(op, BinOp::Add | BinOp::Sub) {
            match self.delegate_arith(op == BinOp::Add, left, right, span) {
                Ok(combined) => return combined,
                Err(operands) => *operands,
            }
        } else {
            (left, right)
        };
        if let Some(call) = self.user_operator(op.metadata_name(), vec![left.clone(), right.clone()], span) {
            return call;
        }
        if (self.nullable_arg(left.ty).is_some() || self.nullable_arg(right.ty).is_some())
            && let Some(lifted) = self.bind_lifted_binary(op, left.clone(), right.clone(), span)
        {
            return lifted;
        }
        // A value type against `null` (`1 == null`): the lifted operator,
        // with the value as a T? (§12.12.10; csc warns CS0472).
        let value_vs_null = |v: &BoundExpr, n: &BoundExpr| n.ty == Symbols::NULL && self.syms.is_value_type(v.ty) && !self.syms.is_type_param(v.ty);
        if (value_vs_null(&left, &right) || value_vs_null(&right, &left))
            && let Some(t) = self.make_nullable(if left.ty == Symbols::NULL { right.ty } else { left.ty })
        {
            let (l, r) = if left.ty == Symbols::NULL { (left, self.convert_implicit(right, t)) } else { (self.convert_implicit(left, t), right) };
            return self.bind_binary_values(op, l, r, span);
        }
        if self.syms.is_enum(left.ty) || self.syms.is_enum(right.ty) {
            if let Some(e) = self.bind_enum_binary(op, &left, &right, span) {
                return e;
            }
        }
        let string = self.special(SpecialType::String);
        let bool_ty = self.special(SpecialType::Boolean);
        if op == BinOp::Add && (left.ty == string || right.ty == string) {
            return self.bind_concat(left, right, span);
        }
        let (ls, rs) = (
            self.syms.special_of(left.ty),
            self.syms.special_of(right.ty),
        );
        let operand = match op {
            BinOp::Shl | BinOp::Shr => ls
                .filter(|&s| is_numeric(s))
                .map(promote_unary)
                .filter(|s| s.is_integral()),
            _ => match (ls, rs) {
                (Some(SpecialType::Boolean), Some(SpecialType::Boolean))
                    if matches!(
                        op,
                        BinOp::And | BinOp::Or | BinOp::Xor | BinOp::Eq | BinOp::Ne
                    ) =>
                {
                    Some(SpecialType::Boolean)
                }
                (Some(a), Some(b)) => promote(a, b, left.constant(), right.constant()),
                _ => None,
            },
        };
        let operand = operand.filter(|s| match op {
            BinOp::And | BinOp::Or | BinOp::Xor => s.is_integral() || *s == SpecialType::Boolean,
            _ => true,
        });
        let Some(operand) = operand else {
            // A type parameter's value against null (§12.12.7): false for
            // a value type, compared as a boxed reference otherwise.
            let param_vs_null = |a: &BoundExpr, b: &BoundExpr| self.syms.is_type_param(a.ty) && !self.syms.is_value_type(a.ty) && b.ty == Symbols::NULL;
            if matches!(op, BinOp::Eq | BinOp::Ne) && (param_vs_null(&left, &right) || param_vs_null(&right, &left)) {
                let object = self.special(SpecialType::Object);
                let (l, r) = (self.convert_implicit(left, object), self.convert_implicit(right, object));
                return self.expr(
                    BoundExprKind::Binary { op, operand_ty: object, checked: false, left: Box::new(l), right: Box::new(r) },
                    bool_ty,
                    span,
                );
            }
            // Reference equality on two reference types (§12.12.7).
            if matches!(op, BinOp::Eq | BinOp::Ne)
                && self.syms.is_reference_type(left.ty)
                && self.syms.is_reference_type(right.ty)
            {
                if let Some(call) = self.user_equality(op, &left, &right, span) {
                    return call;
                }
                if let Some(call) = self.string_equality(op, &left, &right, span) {
                    return call;
                }
                let object = self.special(SpecialType::Object);
                // A type parameter's value is compared boxed.
                let (left, right) = if self.syms.is_type_param(left.ty) || self.syms.is_type_param(right.ty) {
                    (self.convert_implicit(left, object), self.convert_implicit(right, object))
                } else {
                    (left, right)
                };
                return self.expr(
                    BoundExprKind::Binary {
                        op,
                        operand_ty: object,
                        checked: false,
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    bool_ty,
                    span,
                );
            }
            // A user-defined implicit conversion of one operand to the
            // other's numeric type brings a predefined operator into play
            // (`celsius + 1.5` through `implicit operator double`).
            if let Some((l, r)) = self.convert_for_predefined(&left, &right) {
                return self.bind_binary_values(op, l, r, span);
            }
            let (a, b) = (self.syms.display(left.ty), self.syms.display(right.ty));
            self.error(
                "CS0019",
                span,
                format!(
                    "Operator '{}' cannot be applied to operands of type '{a}' and '{b}'",
                    op.symbol()
                ),
            );
            return self.error_expr(span);
        };
        let operand_ty = self.special(operand);
        let (left, right) = if matches!(op, BinOp::Shl | BinOp::Shr) {
            let int = self.special(SpecialType::Int32);
            (
                self.convert_implicit(left, operand_ty),
                self.convert_implicit(right, int),
            )
        } else {
            (
                self.convert_implicit(left, operand_ty),
                self.convert_implicit(right, operand_ty),
            )
        };
        if operand == SpecialType::Decimal {
            return self.decimal_binary(op, left, right, span);
        }
        let result_ty = if op.is_comparison() {
            bool_ty
        } else {
            operand_ty
        };
        if let (Some(a), Some(b)) = (left.constant(), right.constant())
            && let Some(v) = self.fold_binary(op, a, b, span)
        {
            return self.expr(BoundExprKind::Const(v), result_ty, span);
        }
        let checked = self.checked;
        self.expr(
            BoundExprKind::Binary {
                op,
                operand_ty,
                checked,
                left: Box::new(left),
                right: Box::new(right),
            },
            result_ty,
            span,
        )
    }

    /// A user-defined operator (§12.4.5): the `op_…` methods of the
    /// operands' types and their bases, chosen by overload resolution.
    /// None when there is none or none applies (then the predefined
    /// operators are tried, and their failure is what gets reported).
    pub fn user_operator(&mut self, name: &str, operands: Vec<BoundExpr>, span: Span) -> Option<BoundExpr> {
        let mut candidates: Vec<MethodId> = Vec::new();
        for e in &operands {
            // The operators of `S` serve `S?` too (those taking `S?`, and
            // those lifted over it).
            let ty = self.nullable_arg(e.ty).unwrap_or(e.ty);
            let mut current = match self.syms.kind(ty) {
                // decimal's operators are predefined (§12.4.7), folded and
                // lowered in `decimals.rs`, even while compiling System.Decimal.
                TyKind::Def(d) if self.syms.def(d).special == Some(SpecialType::Decimal) => None,
                TyKind::Def(d) if self.syms.def(d).special.is_none() || self.syms.def(d).origin == Origin::Source => Some(d),
                _ => None,
            };
            while let Some(d) = current {
                for &m in &self.syms.def(d).methods {
                    let s = self.syms.method(m);
                    if s.name == name && s.is_static && s.params.len() == operands.len() && !candidates.contains(&m) {
                        candidates.push(m);
                    }
                }
                current = self.syms.def(d).base.and_then(|b| match self.syms.kind(b) {
                    TyKind::Def(x) => Some(x),
                    _ => None,
                });
            }
        }
        if candidates.is_empty() {
            return None;
        }
        // Try quietly: if nothing applies, the predefined operators may.
        let mark = self.diags.len();
        let args = operands.into_iter().map(BoundArg::plain).collect();
        match self.resolve_overload(&candidates, args, span, name) {
            Some((m, args)) => {
                let ret = self.syms.method(m).ret;
                Some(self.expr(BoundExprKind::Call { method: m, receiver: None, args }, ret, span))
            }
            None => {
                self.diags.truncate(mark);
                None
            }
        }
    }

    /// The target of an assignment that reads it and then writes it as
    /// two expressions (`x = x op y`), with what it is made of evaluated
    /// once: the receiver of a field, an array and its indices go into
    /// temporaries (pushed to `side`), so `a[i()]++` calls `i` once
    /// (§12.21.4: "x is evaluated only once"). A struct receiver stays a
    /// variable, its own parts made stable the same way.
    pub(super) fn stable_target(&mut self, target: BoundExpr, side: &mut Vec<BoundExpr>) -> BoundExpr {
        let BoundExpr { kind, ty, span } = target;
        let kind = match kind {
            BoundExprKind::Field { receiver: Some(r), field } => {
                let r = if self.syms.is_value_type(r.ty) { self.stable_target(*r, side) } else { self.spill(*r, side) };
                BoundExprKind::Field { receiver: Some(Box::new(r)), field }
            }
            BoundExprKind::ArrayElement { array, index } => {
                let array = self.spill(*array, side);
                let index = self.spill(*index, side);
                BoundExprKind::ArrayElement { array: Box::new(array), index: Box::new(index) }
            }
            BoundExprKind::MdElement { array, indices } => {
                let array = self.spill(*array, side);
                let indices = indices.into_iter().map(|i| self.spill(i, side)).collect();
                BoundExprKind::MdElement { array: Box::new(array), indices }
            }
            kind => kind,
        };
        BoundExpr { kind, ty, span }
    }

    /// `e` in a temporary (its store pushed to `side`), unless reading it
    /// again has no effect and gives the same value.
    fn spill(&mut self, e: BoundExpr, side: &mut Vec<BoundExpr>) -> BoundExpr {
        if matches!(e.kind, BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::This | BoundExprKind::BaseRef | BoundExprKind::Const(_)) {
            return e;
        }
        let span = e.span;
        let (store, tmp) = self.store_in_temp(e, span);
        side.push(store);
        tmp
    }

    /// `side` evaluated first, then `value`.
    fn after(&mut self, side: Vec<BoundExpr>, value: BoundExpr) -> BoundExpr {
        if side.is_empty() {
            return value;
        }
        let (ty, span) = (value.ty, value.span);
        self.expr(BoundExprKind::Sequence { side, value: Box::new(value) }, ty, span)
    }

    /// `x op= y` / `x++` as `x = x op y` when no single IL operation does
    /// it (enums, user-defined operators, nullable values): the target's
    /// parts are made stable first; a postfix result keeps the old value
    /// in a temporary.
    fn bind_general_compound(
        &mut self,
        op: BinOp,
        target: BoundExpr,
        value: BoundExpr,
        postfix: bool,
        increment: bool,
        span: Span,
    ) -> BoundExpr {
        let mut parts = Vec::new();
        let target = self.stable_target(target, &mut parts);
        let compound = self.bind_general_compound_of(op, target, value, postfix, increment, span);
        if compound.ty == Symbols::ERROR {
            return compound;
        }
        self.after(parts, compound)
    }

    /// The assignment of [`Self::bind_general_compound`], its target's
    /// parts already in temporaries.
    fn bind_general_compound_of(
        &mut self,
        op: BinOp,
        target: BoundExpr,
        value: BoundExpr,
        postfix: bool,
        increment: bool,
        span: Span,
    ) -> BoundExpr {
        let ty = target.ty;
        // x op= y is x = (T)(x op y) when y converts to T implicitly
        // (§12.21.4), as ++ and -- always are.
        let narrow = increment || self.classify(&value, ty).is_some_and(|c| c.is_implicit());
        let void = self.special(SpecialType::Void);
        let mut side = Vec::new();
        let operand = if postfix {
            let (store, old) = self.store_in_temp(target.clone(), span);
            side.push(store);
            old
        } else {
            target.clone()
        };
        let user = if increment {
            let name = if op == BinOp::Add { "op_Increment" } else { "op_Decrement" };
            self.user_operator(name, vec![operand.clone()], span)
        } else {
            None
        };
        let combined = match user {
            Some(call) => call,
            None => self.bind_binary_values(op, operand.clone(), value, span),
        };
        if combined.ty == Symbols::ERROR {
            return combined;
        }
        if narrow && !increment && self.classify(&combined, ty).is_none() && self.syms.special_of(ty).is_none() {
            // (MyByte)(b + 5) needs int -> byte, then byte -> MyByte: an
            // explicit conversion before a user-defined one (§10.5.5).
            self.error("CS8652", span, "A compound assignment narrowing through a user-defined conversion is not supported by Sharp yet");
            return self.error_expr(span);
        }
        let new_value = if narrow { self.convert_explicit(combined, ty, span) } else { self.convert_implicit(combined, ty) };
        let assign = self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(new_value) }, ty, span);
        if !postfix {
            return assign;
        }
        side.push(BoundExpr { ty: void, ..assign });
        self.expr(BoundExprKind::Sequence { side, value: Box::new(operand) }, ty, span)
    }

    /// The predefined operators on enums (§12.10.x, §12.12.6, §12.13.3):
    /// comparisons and `& | ^` between values of one enum, `E + n`,
    /// `n + E`, `E - n` (an E) and `E - E` (the underlying type). They
    /// work on the underlying values; None when no enum operator applies.
    fn bind_enum_binary(&mut self, op: BinOp, left: &BoundExpr, right: &BoundExpr, span: Span) -> Option<BoundExpr> {
        let (lt, rt) = (left.ty, right.ty);
        let enum_ty = if self.syms.is_enum(lt) { lt } else { rt };
        let u = self.syms.underlying(enum_ty);
        // An operand of the enum type, or one that converts to it (the
        // constant 0), or to the underlying type when `n` is wanted.
        let as_enum = |b: &Self, e: &BoundExpr| e.ty == enum_ty || (b.classify(e, enum_ty).is_some_and(|c| c.is_implicit()));
        let as_underlying = |b: &Self, e: &BoundExpr| !b.syms.is_enum(e.ty) && b.classify(e, u).is_some_and(|c| c.is_implicit());
        let result_ty = match op {
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge if as_enum(self, left) && as_enum(self, right) => {
                self.special(SpecialType::Boolean)
            }
            BinOp::And | BinOp::Or | BinOp::Xor if as_enum(self, left) && as_enum(self, right) => enum_ty,
            BinOp::Add if (lt == enum_ty && as_underlying(self, right)) || (rt == enum_ty && as_underlying(self, left)) => enum_ty,
            BinOp::Sub if lt == enum_ty && rt == enum_ty => u,
            BinOp::Sub if lt == enum_ty && as_underlying(self, right) => enum_ty,
            _ => return None,
        };
        // Reinterpret both sides as the underlying type (no code), apply
        // the integer operator, and see the result as the enum again.
        let to_u = |b: &mut Self, e: &BoundExpr| {
            let e = if b.syms.is_enum(e.ty) { e.clone() } else { b.convert_implicit(e.clone(), u) };
            match e.constant() {
                Some(c) => b.expr(BoundExprKind::Const(c.clone()), u, e.span),
                None => b.expr(BoundExprKind::AsType(Box::new(e.clone())), u, e.span),
            }
        };
        let (l, r) = (to_u(self, left), to_u(self, right));
        let value = self.bind_binary_values(op, l, r, span);
        if value.ty == Symbols::ERROR || value.ty == result_ty {
            return Some(value);
        }
        // The integer result (int after promotion) narrows back to the
        // enum's underlying width, then is seen as the enum.
        let narrowed = if value.ty != u && !op.is_comparison() {
            let v = self.convert_explicit(value, u, span);
            if let Some(c) = v.constant() {
                return Some(self.expr(BoundExprKind::Const(c.clone()), result_ty, span));
            }
            v
        } else {
            value
        };
        if let Some(c) = narrowed.constant() {
            return Some(self.expr(BoundExprKind::Const(c.clone()), result_ty, span));
        }
        Some(self.expr(BoundExprKind::AsType(Box::new(narrowed)), result_ty, span))
    }

    /// `==`/`!=` declared by the operand type (`op_Equality`), as for
    /// System.String.
    fn user_equality(
        &mut self,
        op: BinOp,
        left: &BoundExpr,
        right: &BoundExpr,
        span: Span,
    ) -> Option<BoundExpr> {
        let TyKind::Def(d) = self.syms.kind(left.ty) else {
            return None;
        };
        let name = if op == BinOp::Eq {
            "op_Equality"
        } else {
            "op_Inequality"
        };
        let candidates: Vec<MethodId> = self
            .syms
            .def(d)
            .methods
            .iter()
            .copied()
            .filter(|&m| self.syms.method(m).name == name)
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let (m, args) =
            self.resolve_overload(&candidates, vec![BoundArg::plain(left.clone()), BoundArg::plain(right.clone())], span, name)?;
        let ret = self.syms.method(m).ret;
        Some(self.expr(
            BoundExprKind::Call {
                method: m,
                receiver: None,
                args,
            },
            ret,
            span,
        ))
    }

    /// When exactly one operand is of a user type with an implicit
    /// conversion to the other's primitive type, both as that type.
    fn convert_for_predefined(&mut self, left: &BoundExpr, right: &BoundExpr) -> Option<(BoundExpr, BoundExpr)> {
        use super::conversions::Conversion;
        let primitive = |b: &Self, t: TyId| b.syms.special_of(t).is_some_and(super::conversions::is_numeric) || b.syms.is_special(t, SpecialType::Boolean);
        let user = |b: &Self, e: &BoundExpr, to: TyId| matches!(b.classify(e, to), Some(Conversion::UserDefined(_, true)));
        if primitive(self, right.ty) && !primitive(self, left.ty) && user(self, left, right.ty) {
            let l = self.convert_implicit(left.clone(), right.ty);
            return Some((l, right.clone()));
        }
        if primitive(self, left.ty) && !primitive(self, right.ty) && user(self, right, left.ty) {
            let r = self.convert_implicit(right.clone(), left.ty);
            return Some((left.clone(), r));
        }
        None
    }

    /// The predefined `==`/`!=` on strings (§12.12.8) compares contents;
    /// it is carried out by the core library's
    /// `String.Equals(string, string)`.
    fn string_equality(&mut self, op: BinOp, left: &BoundExpr, right: &BoundExpr, span: Span) -> Option<BoundExpr> {
        let string = self.special(SpecialType::String);
        let stringish = |t: TyId| t == string || t == Symbols::NULL;
        if !(stringish(left.ty) && stringish(right.ty)) || (left.ty != string && right.ty != string) {
            return None;
        }
        let def = self.syms.special_def(SpecialType::String)?;
        let equals = self.syms.def(def).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.name == "Equals" && s.is_static && s.params.len() == 2 && s.params.iter().all(|p| p.ty == string)
        })?;
        let bool_ty = self.special(SpecialType::Boolean);
        let args = vec![BoundExpr { ty: string, ..left.clone() }, BoundExpr { ty: string, ..right.clone() }];
        let call = self.expr(BoundExprKind::Call { method: equals, receiver: None, args }, bool_ty, span);
        Some(if op == BinOp::Ne {
            self.expr(BoundExprKind::Unary { op: UnOp::Not, checked: false, operand: Box::new(call) }, bool_ty, span)
        } else {
            call
        })
    }

    /// String concatenation (§12.10.5): every operand becomes a string
    /// (value types through their ToString), flattened so `a + b + c` is
    /// one call. Constant strings fold.
    fn bind_concat(&mut self, left: BoundExpr, right: BoundExpr, span: Span) -> BoundExpr {
        let string = self.special(SpecialType::String);
        let mut parts = Vec::new();
        for e in [left, right] {
            match e.kind {
                BoundExprKind::StringConcat(inner) => parts.extend(inner),
                _ => {
                    let s = self.stringify_operand(e);
                    parts.push(s);
                }
            }
        }
        // Fold adjacent constants ("a" + "b" is the constant "ab").
        let mut folded: Vec<BoundExpr> = Vec::new();
        for p in parts {
            if let (Some(last), BoundExprKind::Const(ConstValue::String(b))) =
                (folded.last_mut(), &p.kind)
                && let BoundExprKind::Const(ConstValue::String(a)) = &mut last.kind
            {
                a.extend_from_slice(b);
                last.span = Span {
                    end: p.span.end,
                    ..last.span
                };
                continue;
            }
            folded.push(p);
        }
        if folded.len() == 1 {
            let mut only = folded.pop().unwrap_or_else(|| self.error_expr(span));
            only.span = span;
            return only;
        }
        self.expr(BoundExprKind::StringConcat(folded), string, span)
    }

    fn stringify_operand(&mut self, e: BoundExpr) -> BoundExpr {
        let string = self.special(SpecialType::String);
        if e.ty == string || e.ty == Symbols::NULL {
            return BoundExpr { ty: string, ..e };
        }
        // Constants of primitive types fold to their text where .NET's
        // formatting is unambiguous (integers and bools).
        if let Some(c) = e.constant() {
            let text = match c {
                ConstValue::Bool(b) => Some(if *b {
                    "True".to_string()
                } else {
                    "False".to_string()
                }),
                ConstValue::I4(v) if self.syms.is_special(e.ty, SpecialType::Int32) => {
                    Some(v.to_string())
                }
                ConstValue::I8(v) => Some(v.to_string()),
                ConstValue::U4(v) => Some(v.to_string()),
                ConstValue::U8(v) => Some(v.to_string()),
                _ => None,
            };
            if let Some(t) = text {
                return self.expr(
                    BoundExprKind::Const(ConstValue::String(t.encode_utf16().collect())),
                    string,
                    e.span,
                );
            }
        }
        // A reference of another type: `String.Concat(object)`, which gives
        // "" for null and the object's ToString() otherwise (§12.10.5).
        if !self.syms.is_value_type(e.ty) {
            let object = self.special(SpecialType::Object);
            let concat = self.syms.special_def(SpecialType::String).and_then(|d| {
                self.syms.def(d).methods.iter().copied().find(|&m| {
                    let s = self.syms.method(m);
                    s.name == "Concat" && s.is_static && s.params.len() == 1 && s.params[0].ty == object
                })
            });
            if let Some(m) = concat {
                let span = e.span;
                let arg = self.convert_implicit(e, object);
                return self.expr(BoundExprKind::Call { method: m, receiver: None, args: vec![arg] }, string, span);
            }
        }
        let TyKind::Def(d) = self.syms.kind(e.ty) else {
            let t = self.syms.display(e.ty);
            self.error(
                "CS0019",
                e.span,
                format!("Operator '+' cannot be applied to operands of type 'string' and '{t}'"),
            );
            return self.error_expr(e.span);
        };
        // Its own ToString, or the one it inherits (an enum's from
        // System.Enum, a struct's from ValueType/Object), called on the
        // boxed value.
        let to_string = match self.lookup_member(d, "ToString") {
            Some(super::lookup::Member::Methods(ms)) => ms.into_iter().find(|&m| {
                let m = self.syms.method(m);
                m.params.is_empty() && !m.is_static
            }),
            _ => None,
        };
        match to_string {
            Some(m) => {
                let span = e.span;
                let owner_ty = self.syms.def_ty(self.syms.method(m).owner);
                let receiver = if self.syms.is_value_type(e.ty) && !self.syms.is_value_type(owner_ty) {
                    self.convert_implicit(e, owner_ty)
                } else {
                    e
                };
                self.expr(BoundExprKind::Call { method: m, receiver: Some(Box::new(receiver)), args: Vec::new() }, string, span)
            }
            None => {
                let t = self.syms.display(e.ty);
                self.error(
                    "CS0019",
                    e.span,
                    format!(
                        "Operator '+' cannot be applied to operands of type 'string' and '{t}'"
                    ),
                );
                self.error_expr(e.span)
            }
        }
    }

    pub fn bind_unary(
        &mut self,
        op: ast::UnaryOp,
        operand: &ast::Expr<'_>,
        span: Span,
    ) -> BoundExpr {
        // `-2147483648` and `-9223372036854775808` are the only way to
        // write the minimum values (§6.4.5.3).
        if op == ast::UnaryOp::Minus
            && let ast::ExprKind::Literal(ast::Literal::Int {
                value,
                suffix: ast::IntSuffix::None,
            }) = &operand.kind
        {
            if *value == 2147483648 {
                let int = self.special(SpecialType::Int32);
                return self.expr(BoundExprKind::Const(ConstValue::I4(i32::MIN)), int, span);
            }
            if *value == 9223372036854775808 {
                let long = self.special(SpecialType::Int64);
                return self.expr(BoundExprKind::Const(ConstValue::I8(i64::MIN)), long, span);
            }
        }
        let e = self.bind_expr(operand);
        self.bind_unary_bound(op, e, span)
    }

    /// A unary operator on a bound operand (lifted over `T?`, §12.4.8).
    pub(super) fn bind_unary_bound(&mut self, op: ast::UnaryOp, e: BoundExpr, span: Span) -> BoundExpr {
        if e.ty == Symbols::ERROR {
            return e;
        }
        let user_name = match op {
            ast::UnaryOp::Minus => "op_UnaryNegation",
            ast::UnaryOp::Plus => "op_UnaryPlus",
            ast::UnaryOp::Not => "op_LogicalNot",
            ast::UnaryOp::BitNot => "op_OnesComplement",
        };
        if let Some(call) = self.user_operator(user_name, vec![e.clone()], span) {
            return call;
        }
        if self.nullable_arg(e.ty).is_some() {
            return self.bind_lifted_unary(op, e, span);
        }
        // `~e` on an enum complements the underlying value (§12.9.5).
        if op == ast::UnaryOp::BitNot && self.syms.is_enum(e.ty) {
            let (enum_ty, u) = (e.ty, self.syms.underlying(e.ty));
            let inner = match e.constant() {
                Some(c) => self.expr(BoundExprKind::Const(c.clone()), u, span),
                None => self.expr(BoundExprKind::AsType(Box::new(e)), u, span),
            };
            let inner_ast_free = self.bind_unary_value(UnOp::BitNot, inner, span);
            let narrowed = self.convert_explicit(inner_ast_free, u, span);
            if let Some(c) = narrowed.constant() {
                return self.expr(BoundExprKind::Const(c.clone()), enum_ty, span);
            }
            return self.expr(BoundExprKind::AsType(Box::new(narrowed)), enum_ty, span);
        }
        let sp = self.syms.special_of(e.ty);
        let bad = |b: &mut Self, sym: &str, e: &BoundExpr| {
            let t = b.syms.display(e.ty);
            b.error(
                "CS0023",
                span,
                format!("Operator '{sym}' cannot be applied to operand of type '{t}'"),
            );
            b.error_expr(span)
        };
        match op {
            ast::UnaryOp::Not => {
                if sp != Some(SpecialType::Boolean) {
                    return bad(self, "!", &e);
                }
                if let Some(ConstValue::Bool(b)) = e.constant() {
                    let ty = e.ty;
                    return self.expr(BoundExprKind::Const(ConstValue::Bool(!b)), ty, span);
                }
                let ty = e.ty;
                self.expr(
                    BoundExprKind::Unary {
                        op: UnOp::Not,
                        checked: false,
                        operand: Box::new(e),
                    },
                    ty,
                    span,
                )
            }
            ast::UnaryOp::Plus | ast::UnaryOp::Minus | ast::UnaryOp::BitNot => {
                let sym = match op {
                    ast::UnaryOp::Plus => "+",
                    ast::UnaryOp::Minus => "-",
                    _ => "~",
                };
                let Some(s) = sp.filter(|&s| is_numeric(s)) else {
                    return bad(self, sym, &e);
                };
                let mut target = promote_unary(s);
                if op == ast::UnaryOp::Minus && target == SpecialType::UInt32 {
                    target = SpecialType::Int64; // -uint is long (§12.9.3)
                }
                if op == ast::UnaryOp::Minus && target == SpecialType::UInt64 {
                    return bad(self, sym, &e);
                }
                if op == ast::UnaryOp::BitNot && !target.is_integral() {
                    return bad(self, sym, &e);
                }
                let ty = self.special(target);
                let e = self.convert_implicit(e, ty);
                if op == ast::UnaryOp::Plus {
                    return BoundExpr { span, ..e };
                }
                if target == SpecialType::Decimal {
                    return self.decimal_negate(e, span);
                }
                let un = if op == ast::UnaryOp::Minus {
                    UnOp::Neg
                } else {
                    UnOp::BitNot
                };
                if let Some(c) = e.constant() {
                    let zero_or_ones = match (un, c) {
                        (UnOp::Neg, ConstValue::I4(_)) => ConstValue::I4(0),
                        (UnOp::Neg, ConstValue::I8(_)) => ConstValue::I8(0),
                        (UnOp::Neg, ConstValue::R8(_)) => ConstValue::R8(-0.0),
                        (UnOp::Neg, ConstValue::R4(_)) => ConstValue::R4(-0.0),
                        (UnOp::BitNot, ConstValue::I4(_)) => ConstValue::I4(-1),
                        (UnOp::BitNot, ConstValue::U4(_)) => ConstValue::U4(u32::MAX),
                        (UnOp::BitNot, ConstValue::I8(_)) => ConstValue::I8(-1),
                        (UnOp::BitNot, ConstValue::U8(_)) => ConstValue::U8(u64::MAX),
                        _ => ConstValue::Null,
                    };
                    let folded = match un {
                        UnOp::Neg => self.fold_binary(BinOp::Sub, &zero_or_ones, c, span),
                        _ => self.fold_binary(BinOp::Xor, &zero_or_ones, c, span),
                    };
                    if let Some(v) = folded {
                        return self.expr(BoundExprKind::Const(v), ty, span);
                    }
                }
                // Only integer negation can overflow; a float's is `neg` (0 - 0.0 is +0.0).
                let checked = self.checked && un == UnOp::Neg && target.is_integral();
                self.expr(
                    BoundExprKind::Unary {
                        op: un,
                        checked,
                        operand: Box::new(e),
                    },
                    ty,
                    span,
                )
            }
        }
    }

    /// `~`/`-` on an already bound integer operand (promoted to int).
    fn bind_unary_value(&mut self, op: UnOp, e: BoundExpr, span: Span) -> BoundExpr {
        let target = self.syms.special_of(e.ty).map(promote_unary).unwrap_or(SpecialType::Int32);
        let ty = self.special(target);
        let e = self.convert_implicit(e, ty);
        if let Some(c) = e.constant() {
            let ones = match c {
                ConstValue::I8(_) => ConstValue::I8(-1),
                ConstValue::U8(_) => ConstValue::U8(u64::MAX),
                ConstValue::U4(_) => ConstValue::U4(u32::MAX),
                _ => ConstValue::I4(-1),
            };
            if let Some(v) = self.fold_binary(BinOp::Xor, &ones, &c.clone(), span) {
                return self.expr(BoundExprKind::Const(v), ty, span);
            }
        }
        self.expr(BoundExprKind::Unary { op, checked: false, operand: Box::new(e) }, ty, span)
    }

    /// `x op= y` (§12.21.4) and `++`/`--` (§12.9.6): the target is read,
    /// combined and written back, with the narrowing cast C# inserts when
    /// the operator's result type is wider than the target's.
    pub fn bind_compound(
        &mut self,
        op: BinOp,
        target: BoundExpr,
        value: BoundExpr,
        postfix: bool,
        increment: bool,
        span: Span,
    ) -> BoundExpr {
        if target.ty == Symbols::ERROR || value.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        let target_ty = target.ty;
        // `d += M`, `d -= h` on a delegate: d = (D)Delegate.Combine(d, …), d's parts evaluated once.
        if !increment && matches!(op, BinOp::Add | BinOp::Sub) && self.is_delegate(target_ty) {
            let mut parts = Vec::new();
            let stable = self.stable_target(target, &mut parts);
            let combined = match self.delegate_arith(op == BinOp::Add, stable.clone(), value, span) {
                Ok(c) => c,
                Err(_) => return self.error_expr(span),
            };
            let assign = self.expr(BoundExprKind::Assign { target: Box::new(stable), value: Box::new(combined) }, target_ty, span);
            return self.after(parts, assign);
        }
        // A user-defined operator: x = op(x, y), x's parts evaluated once.
        if !increment {
            let mark = self.locals.len();
            let mut parts = Vec::new();
            let stable = self.stable_target(target.clone(), &mut parts);
            if let Some(call) = self.user_operator(op.metadata_name(), vec![stable.clone(), value.clone()], span) {
                let value = self.convert_implicit(call, target_ty);
                let assign = self.expr(BoundExprKind::Assign { target: Box::new(stable), value: Box::new(value) }, target_ty, span);
                return self.after(parts, assign);
            }
            // No such operator: the temporaries were never used.
            self.locals.truncate(mark);
        }
        // `x op= y` may narrow back to x's type only when y itself
        // converts implicitly to it (§12.21.4); ++ and -- always may.
        let value_fits = increment || self.classify(&value, target_ty).is_some_and(|c| c.is_implicit());
        // Enums (e += 1, e++) and user-defined ++/--: x = op(x), with the
        // old value kept for a postfix use.
        // So does a target of a struct or class type that reaches the
        // operator only through user-defined conversions (`MyByte b; b += 5`):
        // ilgen converts a compound target's value with built-in
        // conversions only.
        // decimal has no IL operations: `d += x` is `d = d + x` through its operator methods.
        let builtin = self.syms.special_of(target_ty).is_some_and(|s| {
            (super::conversions::is_numeric(s) && s != SpecialType::Decimal) || matches!(s, SpecialType::Char | SpecialType::Boolean | SpecialType::String)
        });
        if self.syms.is_enum(target_ty) || (increment && !self.syms.special_of(target_ty).is_some_and(super::conversions::is_numeric)) || !builtin {
            return self.bind_general_compound(op, target, value, postfix, increment, span);
        }
        let placeholder = BoundExpr {
            kind: BoundExprKind::Local(LocalId(u32::MAX)),
            ty: target_ty,
            span: target.span,
        };
        let combined = self.bind_binary_values(op, placeholder, value, span);
        if combined.ty == Symbols::ERROR {
            return combined;
        }
        let BoundExprKind::Binary {
            op,
            operand_ty,
            right,
            ..
        } = combined.kind
        else {
            // String `+=`: rebuild as an assignment of a concatenation.
            // The target's parts are evaluated once (`a[i++] += s` reads and writes one element).
            if let BoundExprKind::StringConcat(mut parts) = combined.kind {
                let mut side = Vec::new();
                let target = self.stable_target(target, &mut side);
                parts[0] = target.clone();
                let concat = self.expr(BoundExprKind::StringConcat(parts), target_ty, span);
                let assign = self.expr(
                    BoundExprKind::Assign {
                        target: Box::new(target),
                        value: Box::new(concat),
                    },
                    target_ty,
                    span,
                );
                return self.after(side, assign);
            }
            self.error(
                "CS8652",
                span,
                "This compound assignment is not supported by Sharp yet",
            );
            return self.error_expr(span);
        };
        let narrow = combined.ty != target_ty;
        if narrow {
            // Allowed only when the right operand converts implicitly to
            // the target type, or the operator is a shift (§12.21.4).
            let fits = matches!(op, BinOp::Shl | BinOp::Shr) || value_fits;
            let explicit = self
                .classify(
                    &BoundExpr {
                        ty: combined.ty,
                        ..(*right).clone()
                    },
                    target_ty,
                )
                .is_some();
            if !fits || !explicit {
                let (from, to) = (self.syms.display(combined.ty), self.syms.display(target_ty));
                self.error("CS0266", span, format!("Cannot implicitly convert type '{from}' to '{to}'. An explicit conversion exists (are you missing a cast?)"));
                return self.error_expr(span);
            }
        }
        self.expr(
            BoundExprKind::CompoundAssign {
                op,
                operand_ty,
                target: Box::new(target),
                value: right,
                narrow,
                postfix,
                checked: self.checked,
            },
            target_ty,
            span,
        )
    }

    /// Folds an operator on two constants. Integer overflow is CS0220
    /// unless in an `unchecked` context; division by zero is CS0020.
    pub fn fold_binary(
        &mut self,
        op: BinOp,
        a: &ConstValue,
        b: &ConstValue,
        span: Span,
    ) -> Option<ConstValue> {
        use ConstValue as C;
        macro_rules! int_fold {
            ($x:expr, $y:expr, $ctor:path, $t:ty, $ut:ty) => {{
                let (x, y): ($t, $t) = ($x, $y);
                if matches!(op, BinOp::Div | BinOp::Rem) && y == 0 {
                    self.error("CS0020", span, "Division by constant zero");
                    return None;
                }
                let checked = match op {
                    BinOp::Add => x.checked_add(y),
                    BinOp::Sub => x.checked_sub(y),
                    BinOp::Mul => x.checked_mul(y),
                    BinOp::Div => x.checked_div(y),
                    BinOp::Rem => x.checked_rem(y),
                    _ => Some(<$t>::default()),
                };
                if checked.is_none() && !self.in_unchecked {
                    self.error(
                        "CS0220",
                        span,
                        "The operation overflows at compile time in checked mode",
                    );
                }
                let bits = <$t>::BITS;
                Some(match op {
                    BinOp::Add => $ctor(x.wrapping_add(y)),
                    BinOp::Sub => $ctor(x.wrapping_sub(y)),
                    BinOp::Mul => $ctor(x.wrapping_mul(y)),
                    BinOp::Div => $ctor(x.wrapping_div(y)),
                    BinOp::Rem => $ctor(x.wrapping_rem(y)),
                    BinOp::And => $ctor(x & y),
                    BinOp::Or => $ctor(x | y),
                    BinOp::Xor => $ctor(x ^ y),
                    BinOp::Eq => C::Bool(x == y),
                    BinOp::Ne => C::Bool(x != y),
                    BinOp::Lt => C::Bool(x < y),
                    BinOp::Le => C::Bool(x <= y),
                    BinOp::Gt => C::Bool(x > y),
                    BinOp::Ge => C::Bool(x >= y),
                    // The shift count is masked to the operand width, as
                    // the runtime does (§12.11).
                    BinOp::Shl | BinOp::Shr => {
                        let _ = bits;
                        return None; // folded above
                    }
                })
            }};
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            // The count is masked to the operand width (§12.11).
            let n = b.as_i64()? as u32;
            return Some(match (a, op) {
                (C::I4(x), BinOp::Shl) => C::I4(x.wrapping_shl(n & 31)),
                (C::I4(x), _) => C::I4(x >> (n & 31)),
                (C::U4(x), BinOp::Shl) => C::U4(x.wrapping_shl(n & 31)),
                (C::U4(x), _) => C::U4(x >> (n & 31)),
                (C::I8(x), BinOp::Shl) => C::I8(x.wrapping_shl(n & 63)),
                (C::I8(x), _) => C::I8(x >> (n & 63)),
                (C::U8(x), BinOp::Shl) => C::U8(x.wrapping_shl(n & 63)),
                (C::U8(x), _) => C::U8(x >> (n & 63)),
                _ => return None,
            });
        }
        match (a, b) {
            (C::I4(x), C::I4(y)) => int_fold!(*x, *y, C::I4, i32, u32),
            (C::U4(x), C::U4(y)) => int_fold!(*x, *y, C::U4, u32, u32),
            (C::I8(x), C::I8(y)) => int_fold!(*x, *y, C::I8, i64, u64),
            (C::U8(x), C::U8(y)) => int_fold!(*x, *y, C::U8, u64, u64),
            (C::R8(x), C::R8(y)) => Some(fold_float(op, *x, *y, C::R8)),
            (C::R4(x), C::R4(y)) => Some(fold_float(op, *x, *y, C::R4)),
            (C::Decimal(x), C::Decimal(y)) => match super::decimals::fold_decimal(op, *x, *y) {
                Ok(v) => Some(v),
                Err(code) => {
                    let msg = if code == "CS0020" { "Division by constant zero" } else { "Evaluation of the decimal constant expression failed" };
                    self.error(code, span, msg);
                    None
                }
            },
            (C::Bool(x), C::Bool(y)) => Some(match op {
                BinOp::And => C::Bool(*x & *y),
                BinOp::Or => C::Bool(*x | *y),
                BinOp::Xor | BinOp::Ne => C::Bool(*x ^ *y),
                BinOp::Eq => C::Bool(*x == *y),
                _ => return None,
            }),
            _ => None,
        }
    }
}

/// IEEE arithmetic on constants, exactly as the runtime would compute it
/// (`%` is fmod; division by zero gives an infinity or NaN, not an error).
fn fold_float<T>(op: BinOp, x: T, y: T, ctor: fn(T) -> ConstValue) -> ConstValue
where
    T: Copy
        + PartialOrd
        + std::ops::Add<Output = T>
        + std::ops::Sub<Output = T>
        + std::ops::Mul<Output = T>
        + std::ops::Div<Output = T>
        + std::ops::Rem<Output = T>,
{
    match op {
        BinOp::Add => ctor(x + y),
        BinOp::Sub => ctor(x - y),
        BinOp::Mul => ctor(x * y),
        BinOp::Div => ctor(x / y),
        BinOp::Rem => ctor(x % y),
        BinOp::Eq => ConstValue::Bool(x == y),
        BinOp::Ne => ConstValue::Bool(x != y),
        BinOp::Lt => ConstValue::Bool(x < y),
        BinOp::Le => ConstValue::Bool(x <= y),
        BinOp::Gt => ConstValue::Bool(x > y),
        BinOp::Ge => ConstValue::Bool(x >= y),
        // No bitwise or shift operators exist on floats.
        BinOp::And | BinOp::Or | BinOp::Xor | BinOp::Shl | BinOp::Shr => ConstValue::Null,
    }
}
