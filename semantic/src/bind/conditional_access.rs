//! `a?.b` and `a?[i]` (C# spec §12.8.8), and `typeof(T)` (§12.8.18).
//!
//! A conditional access evaluates `a` once into a temporary; when it is
//! null the whole expression is null (or does nothing, for a call
//! returning void), else the access runs with the temporary as its
//! receiver. A value-type result becomes `T?` (null when the receiver
//! is), and a `T?` receiver is tested with HasValue and accessed through
//! its value.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_conditional_access(&mut self, target: &ast::Expr<'_>, access: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let t = self.bind_expr(target);
        if t.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        let nullable_receiver = self.nullable_arg(t.ty).is_some();
        if !self.syms.is_reference_type(t.ty) && !nullable_receiver {
            let shown = self.syms.display(t.ty);
            if self.syms.is_type_param(t.ty) {
                self.error("CS8652", span, format!("?. on a value of type parameter '{shown}' without a class constraint is not supported by Sharp yet"));
            } else {
                self.error("CS0023", span, format!("Operator '?' cannot be applied to operand of type '{shown}'"));
            }
            return self.error_expr(span);
        }
        let bool_ty = self.special(SpecialType::Boolean);
        let object = self.special(SpecialType::Object);
        let (store, tmp) = self.store_in_temp(t, span);
        // A T? receiver: the access sees its value.
        let receiver = if nullable_receiver { self.value_or_default(tmp.clone(), span) } else { tmp.clone() };
        self.conditional_receivers.push(receiver);
        let a = self.bind_expr(access);
        self.conditional_receivers.pop();
        if a.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        let not_null = if nullable_receiver {
            self.has_value(tmp, span)
        } else {
            let null = self.expr(BoundExprKind::Const(ConstValue::Null), tmp.ty, span);
            self.expr(
                BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(tmp), right: Box::new(null) },
                bool_ty,
                span,
            )
        };
        let value = if self.syms.is_special(a.ty, SpecialType::Void) {
            // `a?.M();`: `tmp != null && (M(), true)`, used as a statement.
            let yes = self.expr(BoundExprKind::Const(ConstValue::Bool(true)), bool_ty, span);
            let call = self.expr(BoundExprKind::Sequence { side: vec![a], value: Box::new(yes) }, bool_ty, span);
            self.expr(BoundExprKind::LogicalAnd(Box::new(not_null), Box::new(call)), bool_ty, span)
        } else if self.syms.is_reference_type(a.ty) {
            let ty = a.ty;
            let none = self.expr(BoundExprKind::Const(ConstValue::Null), ty, span);
            self.expr(BoundExprKind::Conditional { cond: Box::new(not_null), then: Box::new(a), else_: Box::new(none) }, ty, span)
        } else if self.nullable_arg(a.ty).is_some() || self.syms.is_value_type(a.ty) {
            // A value: `T?`, null when the receiver is (§12.8.8).
            let ty = if self.nullable_arg(a.ty).is_some() { a.ty } else { self.make_nullable(a.ty).unwrap_or(Symbols::ERROR) };
            let some = if ty == a.ty { a } else { self.wrap_nullable(a, ty, span) };
            let none = self.expr(BoundExprKind::DefaultValue, ty, span);
            self.expr(BoundExprKind::Conditional { cond: Box::new(not_null), then: Box::new(some), else_: Box::new(none) }, ty, span)
        } else {
            let t = self.syms.display(a.ty);
            self.error("CS8652", span, format!("?. giving a value of type '{t}' is not supported by Sharp yet"));
            return self.error_expr(span);
        };
        let ty = value.ty;
        self.expr(BoundExprKind::Sequence { side: vec![store], value: Box::new(value) }, ty, span)
    }

    pub fn bind_conditional_receiver(&mut self, span: Span) -> BoundExpr {
        match self.conditional_receivers.last() {
            Some(r) => BoundExpr { span, ..r.clone() },
            None => self.error_expr(span),
        }
    }

    /// `typeof(T)`: `ldtoken T` and `Type.GetTypeFromHandle`.
    pub fn bind_typeof(&mut self, ty: &ast::TypeSyntax<'_>, span: Span) -> BoundExpr {
        // `typeof(List<>)`: the generic type itself, unbound (§12.8.18).
        let unbound = match &ty.kind {
            ast::TypeSyntaxKind::Named(parts) if parts.last().is_some_and(|p| !p.type_args.is_empty() && p.type_args.iter().all(|a| matches!(a.kind, ast::TypeSyntaxKind::Omitted))) => {
                let mangled = parts
                    .iter()
                    .map(|p| if p.type_args.is_empty() { p.name.text.to_string() } else { format!("{}`{}", p.name.text, p.type_args.len()) })
                    .collect::<Vec<_>>()
                    .join(".");
                match crate::declare::lookup_type_name(self.syms, self.scope, &mangled) {
                    Some(d) => Some(d),
                    None => {
                        self.error("CS0246", ty.span, format!("The type or namespace name '{mangled}' could not be found (are you missing a using directive or an assembly reference?)"));
                        return self.error_expr(span);
                    }
                }
            }
            _ => None,
        };
        let t = match unbound {
            Some(d) => self.syms.def_ty(d),
            None => crate::declare::resolve_type(self.syms, self.scope, ty, self.diags),
        };
        if t == Symbols::ERROR {
            return self.error_expr(span);
        }
        let Some(type_def) = self.syms.lookup_type("System.Type") else {
            self.error("CS0518", span, "Predefined type 'System.Type' is not defined or imported");
            return self.error_expr(span);
        };
        let from_handle = self.syms.def(type_def).methods.iter().copied().find(|&m| self.syms.method(m).name == "GetTypeFromHandle");
        let Some(from_handle) = from_handle else {
            self.error("CS0656", span, "Missing compiler required member 'System.Type.GetTypeFromHandle'");
            return self.error_expr(span);
        };
        let handle_ty = self.syms.method(from_handle).params.first().map(|p| p.ty).unwrap_or(Symbols::ERROR);
        let handle = match unbound {
            Some(d) => self.expr(BoundExprKind::OpenTypeToken(d), handle_ty, span),
            None => self.expr(BoundExprKind::TypeToken(t), handle_ty, span),
        };
        let ret = self.syms.method(from_handle).ret;
        self.expr(BoundExprKind::Call { method: from_handle, receiver: None, args: vec![handle] }, ret, span)
    }
}
