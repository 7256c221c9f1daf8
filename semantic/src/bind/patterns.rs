//! `is` with patterns (C# spec §12.12.12, §11): type patterns with or
//! without a declared variable, `null`, constants, and `not`.
//!
//! The tested value is evaluated once (into a temporary when it could
//! have effects); each pattern becomes a boolean expression over it.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    /// `e is T` / `e is T name`.
    pub fn bind_is_type(&mut self, expr: &ast::Expr<'_>, ty: &ast::TypeSyntax<'_>, name: Option<&ast::Ident<'_>>, span: Span) -> BoundExpr {
        let v = self.bind_expr(expr);
        if v.ty == Symbols::ERROR {
            return v;
        }
        let (side, value) = self.evaluate_once(v, span);
        let test = self.type_pattern(value, ty, name, span);
        self.with_side(side, test, span)
    }

    pub fn bind_is_pattern(&mut self, expr: &ast::Expr<'_>, pattern: &ast::Pattern<'_>, span: Span) -> BoundExpr {
        let v = self.bind_expr(expr);
        if v.ty == Symbols::ERROR {
            return v;
        }
        let (side, value) = self.evaluate_once(v, span);
        let test = self.pattern(value, pattern);
        self.with_side(side, test, span)
    }

    fn with_side(&mut self, side: Vec<BoundExpr>, test: BoundExpr, span: Span) -> BoundExpr {
        if side.is_empty() || test.ty == Symbols::ERROR {
            return test;
        }
        let ty = test.ty;
        self.expr(BoundExprKind::Sequence { side, value: Box::new(test) }, ty, span)
    }

    /// A value that can be read more than once: variables and constants
    /// as they are, anything else through a temporary.
    fn evaluate_once(&mut self, v: BoundExpr, span: Span) -> (Vec<BoundExpr>, BoundExpr) {
        if matches!(v.kind, BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::Const(_) | BoundExprKind::This) {
            return (Vec::new(), v);
        }
        let (store, tmp) = self.store_in_temp(v, span);
        (vec![store], tmp)
    }

    fn pattern(&mut self, value: BoundExpr, p: &ast::Pattern<'_>) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        match &p.kind {
            ast::PatternKind::Type { ty, name } => self.type_pattern(value, ty, name.as_ref(), p.span),
            ast::PatternKind::Not(inner) => {
                let t = self.pattern(value, inner);
                if t.ty == Symbols::ERROR {
                    return t;
                }
                self.expr(BoundExprKind::Unary { op: UnOp::Not, checked: false, operand: Box::new(t) }, bool_ty, p.span)
            }
            ast::PatternKind::Null => {
                if !self.syms.is_reference_type(value.ty) {
                    let t = self.syms.display(value.ty);
                    self.error("CS0037", p.span, format!("Cannot convert null to '{t}' because it is a non-nullable value type"));
                    return self.error_expr(p.span);
                }
                let object = self.special(SpecialType::Object);
                let null = self.expr(BoundExprKind::Const(ConstValue::Null), value.ty, p.span);
                // Reference comparison: a user == does not apply.
                self.expr(BoundExprKind::Binary { op: BinOp::Eq, operand_ty: object, checked: false, left: Box::new(value), right: Box::new(null) }, bool_ty, p.span)
            }
            ast::PatternKind::Constant(c) => {
                let c = self.bind_expr(c);
                if c.ty == Symbols::ERROR {
                    return c;
                }
                if c.constant().is_none() {
                    self.error("CS0150", c.span, "A constant value is expected");
                    return self.error_expr(p.span);
                }
                if self.syms.is_reference_type(value.ty) && !self.syms.is_special(value.ty, SpecialType::String) {
                    // `o is 5`: o is an int and (int)o == 5.
                    let (ty, span) = (c.ty, p.span);
                    let is_type = self.type_test(value.clone(), ty, span);
                    let unboxed = self.convert_explicit(value, ty, span);
                    let equal = self.bind_binary_values(BinOp::Eq, unboxed, c, span);
                    return self.expr(BoundExprKind::LogicalAnd(Box::new(is_type), Box::new(equal)), bool_ty, span);
                }
                let c = self.convert_implicit(c, value.ty);
                self.bind_binary_values(BinOp::Eq, value, c, p.span)
            }
        }
    }

    /// `value is T`: an `isinst` test (on the boxed value for a struct).
    fn type_test(&mut self, value: BoundExpr, t: TyId, span: Span) -> BoundExpr {
        let bool_ty = self.special(SpecialType::Boolean);
        let object = self.special(SpecialType::Object);
        let boxed = if self.syms.is_value_type(value.ty) || self.syms.is_type_param(value.ty) { self.convert_implicit(value, object) } else { value };
        let isinst = self.expr(BoundExprKind::IsInst(Box::new(boxed)), t, span);
        let seen = self.expr(BoundExprKind::AsType(Box::new(isinst)), object, span);
        let null = self.expr(BoundExprKind::Const(ConstValue::Null), object, span);
        self.expr(BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(seen), right: Box::new(null) }, bool_ty, span)
    }

    /// `value is T` and `value is T name`: for a reference type the name
    /// takes the `isinst` result; for a value type the unboxed value,
    /// assigned only when the test succeeds.
    fn type_pattern(&mut self, value: BoundExpr, ty: &ast::TypeSyntax<'_>, name: Option<&ast::Ident<'_>>, span: Span) -> BoundExpr {
        let t = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
        if t == Symbols::ERROR {
            return self.error_expr(span);
        }
        let bool_ty = self.special(SpecialType::Boolean);
        let object = self.special(SpecialType::Object);
        let Some(n) = name else { return self.type_test(value, t, span) };
        let id = self.declare_local(n, t);
        let local = self.local_ref(id, t, n.span);
        if self.syms.is_reference_type(t) {
            let boxed = if self.syms.is_value_type(value.ty) || self.syms.is_type_param(value.ty) { self.convert_implicit(value, object) } else { value };
            let isinst = self.expr(BoundExprKind::IsInst(Box::new(boxed)), t, span);
            let assigned = self.expr(BoundExprKind::Assign { target: Box::new(local), value: Box::new(isinst) }, t, span);
            let seen = self.expr(BoundExprKind::AsType(Box::new(assigned)), object, span);
            let null = self.expr(BoundExprKind::Const(ConstValue::Null), object, span);
            return self.expr(BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(seen), right: Box::new(null) }, bool_ty, span);
        }
        // value is int n: (value is int) && (n = (int)value, true)
        let test = self.type_test(value.clone(), t, span);
        let boxed = if self.syms.is_value_type(value.ty) || self.syms.is_type_param(value.ty) { self.convert_implicit(value, object) } else { value };
        let unboxed = self.expr(BoundExprKind::Unbox(Box::new(boxed)), t, span);
        let void = self.special(SpecialType::Void);
        let store = self.expr(BoundExprKind::Assign { target: Box::new(local), value: Box::new(unboxed) }, void, span);
        let yes = self.expr(BoundExprKind::Const(ConstValue::Bool(true)), bool_ty, span);
        let then = self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(yes) }, bool_ty, span);
        self.expr(BoundExprKind::LogicalAnd(Box::new(test), Box::new(then)), bool_ty, span)
    }
}
