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
//! warning CS8509: an arm with `_` or `var x`, or integral and boolean
//! constants and ranges that together cover the input type, make it
//! exhaustive.

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
            None => self.expr(BoundExprKind::UnconvertedSwitch { side, arms: bound }, Symbols::TARGET_TYPED, span),
        }
    }

    /// The arms as conditionals over their tests, each result converted
    /// to `ty`, ending in the throw for an unmatched value.
    pub(super) fn switch_chain(&mut self, side: Vec<BoundExpr>, arms: Vec<(BoundExpr, BoundExpr)>, ty: TyId, span: Span) -> BoundExpr {
        let mut chain = self.unmatched_throw(ty, span);
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

    /// Whether the arms without a guard match every value of `input`.
    fn switch_is_exhaustive(&self, input: TyId, arms: &[ast::SwitchArm<'_>]) -> bool {
        let unguarded = || arms.iter().filter(|a| a.guard.is_none()).map(|a| a.pattern);
        if unguarded().any(|p| self.is_irrefutable(p)) {
            return true;
        }
        let Some((min, max)) = self.integral_range(input) else { return false };
        let mut covered = Ranges::default();
        for p in unguarded() {
            match values_matched(p, min, max) {
                Some(r) => covered = covered.union(&r),
                None => continue,
            }
        }
        covered.covers(min, max)
    }

    /// The values of an integral, char or bool input, as a closed range.
    fn integral_range(&self, ty: TyId) -> Option<(i128, i128)> {
        use SpecialType as S;
        Some(match self.syms.special_of(ty)? {
            S::Boolean => (0, 1),
            S::SByte => (i8::MIN as i128, i8::MAX as i128),
            S::Byte => (0, u8::MAX as i128),
            S::Int16 => (i16::MIN as i128, i16::MAX as i128),
            S::UInt16 | S::Char => (0, u16::MAX as i128),
            S::Int32 => (i32::MIN as i128, i32::MAX as i128),
            S::UInt32 => (0, u32::MAX as i128),
            S::Int64 => (i64::MIN as i128, i64::MAX as i128),
            S::UInt64 => (0, u64::MAX as i128),
            _ => return None,
        })
    }
}

/// A set of integers as sorted, disjoint closed intervals.
#[derive(Clone, Default)]
struct Ranges(Vec<(i128, i128)>);

impl Ranges {
    fn of(lo: i128, hi: i128) -> Ranges {
        if lo > hi { Ranges::default() } else { Ranges(vec![(lo, hi)]) }
    }

    fn union(&self, other: &Ranges) -> Ranges {
        let mut all: Vec<(i128, i128)> = self.0.iter().chain(other.0.iter()).copied().collect();
        all.sort();
        let mut out: Vec<(i128, i128)> = Vec::new();
        for (lo, hi) in all {
            match out.last_mut() {
                Some(last) if lo <= last.1 + 1 => last.1 = last.1.max(hi),
                _ => out.push((lo, hi)),
            }
        }
        Ranges(out)
    }

    fn complement(&self, min: i128, max: i128) -> Ranges {
        let mut out = Vec::new();
        let mut next = min;
        for &(lo, hi) in &self.0 {
            if lo > next {
                out.push((next, lo - 1));
            }
            next = next.max(hi + 1);
        }
        if next <= max {
            out.push((next, max));
        }
        Ranges(out)
    }

    fn intersect(&self, other: &Ranges, min: i128, max: i128) -> Ranges {
        self.complement(min, max).union(&other.complement(min, max)).complement(min, max)
    }

    fn covers(&self, min: i128, max: i128) -> bool {
        self.complement(min, max).0.is_empty()
    }
}

/// The integer value of a literal constant pattern (`5`, `-1`, `'a'`,
/// `true`); None for anything else.
fn literal_value(e: &ast::Expr<'_>) -> Option<i128> {
    match &e.kind {
        ast::ExprKind::Literal(ast::Literal::Int { value, .. }) => Some(*value as i128),
        ast::ExprKind::Literal(ast::Literal::Char(c)) => Some(*c as i128),
        ast::ExprKind::Literal(ast::Literal::Bool(b)) => Some(*b as i128),
        ast::ExprKind::Unary { op: ast::UnaryOp::Minus, operand } => literal_value(operand).map(|v| -v),
        ast::ExprKind::Parenthesized(inner) => literal_value(inner),
        _ => None,
    }
}

/// The input values in `min..=max` a pattern surely matches, when it is
/// made of literal constants, relational patterns and `and`/`or`/`not`.
fn values_matched(p: &ast::Pattern<'_>, min: i128, max: i128) -> Option<Ranges> {
    Some(match &p.kind {
        ast::PatternKind::Constant(e) => {
            let v = literal_value(e)?;
            Ranges::of(v.max(min), v.min(max))
        }
        ast::PatternKind::Relational { op, value } => {
            let v = literal_value(value)?;
            match op {
                ast::BinaryOp::Lt => Ranges::of(min, v - 1),
                ast::BinaryOp::Le => Ranges::of(min, v),
                ast::BinaryOp::Gt => Ranges::of(v + 1, max),
                _ => Ranges::of(v, max),
            }
        }
        ast::PatternKind::Or(a, b) => values_matched(a, min, max)?.union(&values_matched(b, min, max)?),
        ast::PatternKind::And(a, b) => values_matched(a, min, max)?.intersect(&values_matched(b, min, max)?, min, max),
        ast::PatternKind::Not(inner) => values_matched(inner, min, max)?.complement(min, max),
        _ => return None,
    })
}
