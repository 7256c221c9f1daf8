//! Patterns (C# 9 spec §11) in `is`, `switch` statements and switch
//! expressions: type and declaration patterns, `var` and the discard `_`,
//! constants (`null`, literals, named constants), relational patterns,
//! `and`/`or`/`not`, and property patterns `T { P: p } n`.
//!
//! The tested value is evaluated once (into a temporary when it could
//! have effects); a pattern becomes a boolean expression over it, which
//! assigns the pattern's variables as it succeeds. A value of a nullable
//! type is tested for a value first and then matched unwrapped.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::expressions::Bound;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_is_pattern(&mut self, expr: &ast::Expr<'_>, pattern: &ast::Pattern<'_>, span: Span) -> BoundExpr {
        let v = self.bind_expr(expr);
        if v.ty == Symbols::ERROR {
            return v;
        }
        let (side, value) = self.evaluate_once(v, span);
        let test = self.pattern(value, pattern);
        self.with_side(side, test, span)
    }

    pub(super) fn with_side(&mut self, side: Vec<BoundExpr>, test: BoundExpr, span: Span) -> BoundExpr {
        if side.is_empty() || test.ty == Symbols::ERROR {
            return test;
        }
        let ty = test.ty;
        self.expr(BoundExprKind::Sequence { side, value: Box::new(test) }, ty, span)
    }

    /// A value that can be read more than once: variables and constants
    /// as they are, anything else through a temporary.
    pub(super) fn evaluate_once(&mut self, v: BoundExpr, span: Span) -> (Vec<BoundExpr>, BoundExpr) {
        if matches!(v.kind, BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::Const(_) | BoundExprKind::This) {
            return (Vec::new(), v);
        }
        let (store, tmp) = self.store_in_temp(v, span);
        (vec![store], tmp)
    }

    fn bool_const(&mut self, b: bool, span: Span) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        self.expr(BoundExprKind::Const(ConstValue::Bool(b)), bool_ty, span)
    }

    /// Whether a pattern matches every value of its input on its own:
    /// `_`, `var x`, or a type the input always has (for exhaustiveness).
    pub(super) fn is_irrefutable(&self, p: &ast::Pattern<'_>) -> bool {
        match &p.kind {
            ast::PatternKind::Type { ty, name, .. } => {
                let word = match ty.kind {
                    ast::TypeSyntaxKind::Named([part]) if part.type_args.is_empty() => part.name.text,
                    _ => "",
                };
                (word == "_" && name.is_none()) || (word == "var" && name.is_some())
            }
            ast::PatternKind::Or(a, b) => self.is_irrefutable(a) || self.is_irrefutable(b),
            ast::PatternKind::And(a, b) => self.is_irrefutable(a) && self.is_irrefutable(b),
            _ => false,
        }
    }

    pub(super) fn pattern(&mut self, value: BoundExpr, p: &ast::Pattern<'_>) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        let span = p.span;
        // `_` and `var x` match anything, null included.
        if let ast::PatternKind::Type { ty, name, .. } = &p.kind {
            let word = match ty.kind {
                ast::TypeSyntaxKind::Named([part]) if part.type_args.is_empty() => part.name.text,
                _ => "",
            };
            if word == "_" && name.is_none() && self.quiet_type(ty).is_none() {
                return self.bool_const(true, span);
            }
            if word == "var" && self.quiet_type(ty).is_none() {
                let Some(n) = name else { return self.bool_const(true, span) };
                let id = self.declare_local(n, value.ty);
                let local = self.local_ref(id, value.ty, n.span);
                let void = self.special(SpecialType::Void);
                let store = self.expr(BoundExprKind::Assign { target: Box::new(local), value: Box::new(value) }, void, span);
                let yes = self.bool_const(true, span);
                return self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(yes) }, bool_ty, span);
            }
        }
        match &p.kind {
            ast::PatternKind::Not(inner) => {
                let t = self.pattern(value, inner);
                if t.ty == Symbols::ERROR {
                    return t;
                }
                self.expr(BoundExprKind::Unary { op: UnOp::Not, checked: false, operand: Box::new(t) }, bool_ty, span)
            }
            ast::PatternKind::And(a, b) | ast::PatternKind::Or(a, b) => {
                let left = self.pattern(value.clone(), a);
                let right = self.pattern(value, b);
                if left.ty == Symbols::ERROR || right.ty == Symbols::ERROR {
                    return self.error_expr(span);
                }
                let kind = if matches!(p.kind, ast::PatternKind::And(..)) {
                    BoundExprKind::LogicalAnd(Box::new(left), Box::new(right))
                } else {
                    BoundExprKind::LogicalOr(Box::new(left), Box::new(right))
                };
                self.expr(kind, bool_ty, span)
            }
            ast::PatternKind::Null => {
                if let Some(_t) = self.nullable_arg(value.ty) {
                    let has = self.has_value(value, span);
                    return self.not(has, span);
                }
                if !self.syms.is_reference_type(value.ty) && !self.syms.is_type_param(value.ty) {
                    let t = self.syms.display(value.ty);
                    self.error("CS0037", span, format!("Cannot convert null to '{t}' because it is a non-nullable value type"));
                    return self.error_expr(span);
                }
                let object = self.special(SpecialType::Object);
                let value = if self.syms.is_type_param(value.ty) { self.convert_implicit(value, object) } else { value };
                let null = self.expr(BoundExprKind::Const(ConstValue::Null), value.ty, span);
                // Reference comparison: a user == does not apply.
                self.expr(BoundExprKind::Binary { op: BinOp::Eq, operand_ty: object, checked: false, left: Box::new(value), right: Box::new(null) }, bool_ty, span)
            }
            ast::PatternKind::Constant(c) => {
                let c = self.bind_expr(c);
                self.constant_test(value, c, BinOp::Eq, span)
            }
            ast::PatternKind::Relational { op, value: c } => {
                let c = self.bind_expr(c);
                let op = match op {
                    ast::BinaryOp::Lt => BinOp::Lt,
                    ast::BinaryOp::Le => BinOp::Le,
                    ast::BinaryOp::Gt => BinOp::Gt,
                    _ => BinOp::Ge,
                };
                self.constant_test(value, c, op, span)
            }
            ast::PatternKind::Type { ty, name, constant } => {
                // A bare dotted name is a type if it names one, else a constant.
                if name.is_none()
                    && let Some(c) = constant
                    && self.quiet_type(ty).is_none()
                {
                    let c = self.bind_expr(c);
                    return self.constant_test(value, c, BinOp::Eq, span);
                }
                let t = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
                if t == Symbols::ERROR {
                    return self.error_expr(span);
                }
                let target = name.as_ref().map(|n| {
                    let id = self.declare_local(n, t);
                    self.local_ref(id, t, n.span)
                });
                self.narrow(value, t, target, span).0
            }
            ast::PatternKind::Recursive { ty, positional, properties, name } => {
                self.recursive_pattern(value, *ty, *positional, *properties, name.as_ref(), span)
            }
        }
    }

    /// The type a type syntax names, without reporting anything when it
    /// names none (`_`, `var`, or a constant).
    pub(super) fn quiet_type(&mut self, ty: &ast::TypeSyntax<'_>) -> Option<TyId> {
        let mut scratch = Vec::new();
        let t = crate::declare::resolve_type(self.syms, self.scope, ty, &mut scratch);
        (t != Symbols::ERROR && scratch.is_empty()).then_some(t)
    }

    /// `value op c` for a constant `c` (a constant pattern with `==`, a
    /// relational pattern otherwise). An input of a reference type or a
    /// nullable type is first tested for the constant's type.
    fn constant_test(&mut self, value: BoundExpr, c: BoundExpr, op: BinOp, span: Span) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        if c.ty == Symbols::ERROR || value.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        if c.constant().is_none() {
            self.error("CS0150", c.span, "A constant value is expected");
            return self.error_expr(span);
        }
        if c.ty == Symbols::NULL {
            let null = ast::Pattern { kind: ast::PatternKind::Null, span };
            return self.pattern(value, &null);
        }
        if let Some(inner) = self.nullable_arg(value.ty) {
            // `int? x is 5`: x has a value and it is 5.
            let has = self.has_value(value.clone(), span);
            let unwrapped = self.value_or_default(value, span);
            debug_assert_eq!(unwrapped.ty, inner);
            let test = self.constant_test(unwrapped, c, op, span);
            if test.ty == Symbols::ERROR {
                return test;
            }
            return self.expr(BoundExprKind::LogicalAnd(Box::new(has), Box::new(test)), bool_ty, span);
        }
        let by_type = (self.syms.is_reference_type(value.ty) && !self.syms.is_special(value.ty, SpecialType::String)) || self.syms.is_type_param(value.ty);
        if by_type {
            // `o is 5`: o is an int and (int)o == 5.
            let ty = c.ty;
            let (is_type, narrowed) = self.narrow_to_temp(value, ty, span);
            let compare = self.bind_binary_values(op, narrowed, c, span);
            if compare.ty == Symbols::ERROR {
                return compare;
            }
            return self.expr(BoundExprKind::LogicalAnd(Box::new(is_type), Box::new(compare)), bool_ty, span);
        }
        if self.classify(&c, value.ty).is_none_or(|k| !k.is_implicit()) {
            let (from, to) = (self.syms.display(c.ty), self.syms.display(value.ty));
            self.error("CS8121", c.span, format!("An expression of type '{to}' cannot be handled by a pattern of type '{from}'."));
            return self.error_expr(span);
        }
        let c = self.convert_implicit(c, value.ty);
        self.bind_binary_values(op, value, c, span)
    }

    /// `value is T` with the value kept as a `T` in a new temporary: the
    /// test, and the temporary (assigned when the test succeeds).
    fn narrow_to_temp(&mut self, value: BoundExpr, t: TyId, span: Span) -> (BoundExpr, BoundExpr) {
        self.locals.push(LocalSym { name: String::new(), ty: t, span });
        let tmp = self.expr(BoundExprKind::Local(LocalId(self.locals.len() as u32 - 1)), t, span);
        self.narrow(value, t, Some(tmp.clone()), span)
    }

    /// `value is T`, assigning the value as a `T` to `target` when given:
    /// for a reference type `T` the `isinst` result, for a value type the
    /// unboxed value. Returns the test and what to read the value from
    /// afterwards (the target, or the value itself when no test is needed).
    fn narrow(&mut self, value: BoundExpr, t: TyId, target: Option<BoundExpr>, span: Span) -> (BoundExpr, BoundExpr) {
        let bool_ty = self.special(SpecialType::Boolean);
        let object = self.special(SpecialType::Object);
        let void = self.special(SpecialType::Void);
        // The input's own type (or a base of a class input): only null fails.
        let statically_known = value.ty == t
            || (self.syms.is_reference_type(value.ty) && !self.syms.is_type_param(value.ty) && self.classify(&value, t).is_some_and(|c| matches!(c, super::conversions::Conversion::Identity | super::conversions::Conversion::ImplicitReference)));
        if statically_known && !self.syms.is_reference_type(value.ty) {
            // A struct input always has its own type.
            let Some(target) = target else { return (self.bool_const(true, span), value) };
            let store = self.expr(BoundExprKind::Assign { target: Box::new(target.clone()), value: Box::new(value) }, void, span);
            let yes = self.bool_const(true, span);
            return (self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(yes) }, bool_ty, span), target);
        }
        if self.nullable_arg(value.ty) == Some(t) {
            // `int? x is int n`: x has a value, which n takes.
            let has = self.has_value(value.clone(), span);
            let unwrapped = self.value_or_default(value, span);
            let Some(target) = target else { return (has, unwrapped) };
            let store = self.expr(BoundExprKind::Assign { target: Box::new(target.clone()), value: Box::new(unwrapped) }, void, span);
            let yes = self.bool_const(true, span);
            let then = self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(yes) }, bool_ty, span);
            return (self.expr(BoundExprKind::LogicalAnd(Box::new(has), Box::new(then)), bool_ty, span), target);
        }
        let boxed = if self.syms.is_value_type(value.ty) || self.syms.is_type_param(value.ty) { self.convert_implicit(value.clone(), object) } else { value.clone() };
        if self.syms.is_reference_type(t) {
            let isinst = if statically_known { self.convert_implicit(value.clone(), t) } else { self.expr(BoundExprKind::IsInst(Box::new(boxed)), t, span) };
            let (tested, read) = match target {
                Some(target) => (self.expr(BoundExprKind::Assign { target: Box::new(target.clone()), value: Box::new(isinst) }, t, span), target),
                None => (isinst, value),
            };
            let seen = self.expr(BoundExprKind::AsType(Box::new(tested)), object, span);
            let null = self.expr(BoundExprKind::Const(ConstValue::Null), object, span);
            let test = self.expr(BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(seen), right: Box::new(null) }, bool_ty, span);
            return (test, read);
        }
        // value is int n: (value is int) && (n = (int)value, true)
        let isinst = self.expr(BoundExprKind::IsInst(Box::new(boxed.clone())), t, span);
        let seen = self.expr(BoundExprKind::AsType(Box::new(isinst)), object, span);
        let null = self.expr(BoundExprKind::Const(ConstValue::Null), object, span);
        let test = self.expr(BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(seen), right: Box::new(null) }, bool_ty, span);
        let Some(target) = target else { return (test, value) };
        let unboxed = self.expr(BoundExprKind::Unbox(Box::new(boxed)), t, span);
        let store = self.expr(BoundExprKind::Assign { target: Box::new(target.clone()), value: Box::new(unboxed) }, void, span);
        let yes = self.bool_const(true, span);
        let then = self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(yes) }, bool_ty, span);
        (self.expr(BoundExprKind::LogicalAnd(Box::new(test), Box::new(then)), bool_ty, span), target)
    }

    /// `T(p, q) { P: r } n`: the value is narrowed to `T` (or tested for
    /// null), then each subpattern is matched against the member or
    /// element it names.
    fn recursive_pattern(
        &mut self,
        value: BoundExpr,
        ty: Option<&ast::TypeSyntax<'_>>,
        positional: Option<&[ast::Subpattern<'_>]>,
        properties: Option<&[ast::Subpattern<'_>]>,
        name: Option<&ast::Ident<'_>>,
        span: Span,
    ) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        let t = match ty {
            Some(ty) => crate::declare::resolve_type(self.syms, self.scope, ty, self.diags),
            None => self.nullable_arg(value.ty).unwrap_or(value.ty),
        };
        if t == Symbols::ERROR || value.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        let target = match name {
            Some(n) => {
                let id = self.declare_local(n, t);
                Some(self.local_ref(id, t, n.span))
            }
            None => None,
        };
        let (mut test, narrowed) = match target {
            Some(target) => self.narrow(value, t, Some(target), span),
            None if value.ty == t && !self.syms.is_reference_type(t) => (self.bool_const(true, span), value),
            None if value.ty == t && matches!(value.kind, BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::This) => {
                let (test, _) = self.narrow(value.clone(), t, None, span);
                (test, value)
            }
            None => self.narrow_to_temp(value, t, span),
        };
        let mut parts = Vec::new();
        if let Some(subs) = positional {
            match self.positional_parts(narrowed.clone(), subs, span) {
                Some(p) => parts.extend(p),
                None => return self.error_expr(span),
            }
        }
        for sub in properties.unwrap_or(&[]) {
            let Some(member) = sub.name else {
                self.error("CS8503", sub.pattern.span, "A property subpattern requires a reference to the property or field to be matched, e.g. '{ Name: value }'");
                return self.error_expr(span);
            };
            let access = self.bind_member_access(Bound::Value(narrowed.clone()), &member, &[], member.span);
            let member_value = match access {
                Bound::Value(v) if v.ty != Symbols::ERROR => v,
                Bound::Value(v) => return v,
                _ => {
                    self.error("CS0154", member.span, format!("The property or indexer '{}' cannot be used in this context", member.text));
                    return self.error_expr(span);
                }
            };
            let (side, member_value) = self.evaluate_once(member_value, sub.pattern.span);
            let sub_test = self.pattern(member_value, sub.pattern);
            parts.push(self.with_side(side, sub_test, sub.pattern.span));
        }
        for part in parts {
            if part.ty == Symbols::ERROR {
                return part;
            }
            test = self.expr(BoundExprKind::LogicalAnd(Box::new(test), Box::new(part)), bool_ty, span);
        }
        test
    }

    /// The tests of `(p, q)` against the value's elements: a tuple's
    /// fields, or the `out` parameters of its `Deconstruct` method.
    fn positional_parts(&mut self, value: BoundExpr, subs: &[ast::Subpattern<'_>], span: Span) -> Option<Vec<BoundExpr>> {
        let elements = self.deconstruct_elements(value, subs.len(), span)?;
        let mut tests = Vec::new();
        let (side, values) = elements;
        for (sub, v) in subs.iter().zip(values) {
            tests.push(self.pattern(v, sub.pattern));
        }
        if !side.is_empty() {
            let yes = self.bool_const(true, span);
            let bool_ty = self.special(SpecialType::Boolean);
            tests.insert(0, self.expr(BoundExprKind::Sequence { side, value: Box::new(yes) }, bool_ty, span));
        }
        Some(tests)
    }
}
