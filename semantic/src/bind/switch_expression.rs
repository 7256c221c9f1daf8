//! Switch expressions (C# 8): `value switch { pattern when guard => result, … }`.
//!
//! The arms are tested in order over the value, evaluated once; the
//! expression is a chain of conditionals ending in a throw of
//! `InvalidOperationException`. (Roslyn throws its subclass
//! `SwitchExpressionException` where the target framework has it, but no
//! one assembly reference finds that type on both reference runtimes:
//! Mono keeps it in mscorlib, .NET Core 3.1 forwards it only from
//! System.Runtime.Extensions. Roslyn itself falls back to
//! `InvalidOperationException` without it, and `catch
//! (InvalidOperationException)` catches either.) Its type is the best common type of the arms'
//! results (§12.6.3.15). A switch that does not handle every input gets
//! warning CS8509 (`exhaustiveness.rs` decides).

use lexer::{Diagnostic, Span};
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_switch_expression(&mut self, expr: &ast::Expr<'_>, arms: &[ast::SwitchArm<'_>], span: Span) -> BoundExpr {
        let v = self.bind_expr(expr);
        if v.ty == Symbols::ERROR {
            return v;
        }
        if arms.is_empty() {
            self.error("CS8506", span, "No best type was found for the switch expression.");
            return self.error_expr(span);
        }
        let (side, value) = self.evaluate_once(v, span);
        let bool_ty = self.special(SpecialType::Boolean);
        let mut bound = Vec::new();
        for arm in arms {
            self.scopes.push();
            let mut test = self.pattern(value.clone(), arm.pattern);
            if let Some(g) = arm.guard {
                let g = self.bind_condition(g);
                test = self.expr(BoundExprKind::LogicalAnd(Box::new(test), Box::new(g)), bool_ty, arm.span);
            }
            let result = self.bind_expr(arm.value);
            self.scopes.pop();
            bound.push((test, result));
        }
        if bound.iter().any(|(t, r)| t.ty == Symbols::ERROR || r.ty == Symbols::ERROR) {
            return self.error_expr(span);
        }
        if !self.switch_is_exhaustive(value.ty, arms) {
            self.diags.push(Diagnostic::warning(
                "CS8509",
                span,
                "The switch expression does not handle all possible values of its input type (it is not exhaustive).",
            ));
        }
        match self.best_common_type(bound.iter().map(|(_, r)| r)) {
            Some(ty) => self.switch_chain(side, bound, ty, span),
            // No natural type (`b switch { true => 1, _ => null }`): the
            // switch takes the type it is converted to (C# 8).
            None => self.expr(BoundExprKind::UnconvertedSwitch { side, arms: bound, conditional: false }, Symbols::TARGET_TYPED, span),
        }
    }

    /// The arms as conditionals over their tests, each result converted
    /// to `ty`, ending in the throw for an unmatched value.
    pub(super) fn switch_chain(&mut self, side: Vec<BoundExpr>, mut arms: Vec<(BoundExpr, BoundExpr)>, ty: TyId, span: Span) -> BoundExpr {
        // A last arm that always matches ends the chain: no throw after it.
        let always = arms.last().is_some_and(|(test, _)| matches!(test.constant(), Some(crate::constant::ConstValue::Bool(true))));
        let mut chain = match arms.pop() {
            Some((_, result)) if always => self.convert_implicit(result, ty),
            Some(arm) => {
                arms.push(arm);
                self.unmatched_throw(ty, span)
            }
            None => self.unmatched_throw(ty, span),
        };
        for (test, result) in arms.into_iter().rev() {
            let result = self.convert_implicit(result, ty);
            chain = self.expr(BoundExprKind::Conditional { cond: Box::new(test), then: Box::new(result), else_: Box::new(chain) }, ty, span);
        }
        self.with_side(side, chain, span)
    }

    /// The type every result converts to implicitly, taken from the
    /// results' own types (`null`, throw expressions and target-typed
    /// results have none to offer).
    pub(super) fn best_common_type<'e>(&mut self, results: impl Iterator<Item = &'e BoundExpr> + Clone) -> Option<TyId> {
        let candidates: Vec<TyId> = results
            .clone()
            .filter(|r| r.ty != Symbols::NULL && r.ty != Symbols::TARGET_TYPED && !matches!(r.kind, BoundExprKind::ThrowExpr(_)))
            .map(|r| r.ty)
            .collect();
        candidates.iter().copied().find(|&c| results.clone().all(|r| r.ty == c || self.classify(r, c).is_some_and(|k| k.is_implicit())))
    }

    /// `throw new InvalidOperationException()`, typed as the switch's result.
    fn unmatched_throw(&mut self, ty: TyId, span: Span) -> BoundExpr {
        let exception = self.syms.lookup_type("System.InvalidOperationException");
        let ctor = exception.and_then(|d| {
            self.syms.def(d).methods.iter().copied().find(|&m| {
                let s = self.syms.method(m);
                s.is_ctor && !s.is_static && s.params.is_empty()
            })
        });
        let (Some(d), Some(ctor)) = (exception, ctor) else {
            self.error("CS0656", span, "Missing compiler required member 'System.InvalidOperationException..ctor'");
            return self.error_expr(span);
        };
        let ex_ty = self.syms.def_ty(d);
        let new = self.expr(BoundExprKind::NewObject { ctor, args: Vec::new() }, ex_ty, span);
        self.expr(BoundExprKind::ThrowExpr(Box::new(new)), ty, span)
    }
}
