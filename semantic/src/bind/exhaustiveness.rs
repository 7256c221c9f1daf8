//! Whether a switch expression's arms match every value of its input
//! (C# 8 spec, "switch expression": CS8509 and the throwing fallback
//! otherwise). Not Roslyn's decision DAG but the cases programs write:
//!
//! - `_`, `var x`: everything;
//! - integral, char and bool inputs (nullable ones too): the constant and
//!   relational patterns' values, as intervals, cover the type's range
//!   (and null, a point past it);
//! - other inputs: null is matched (or cannot occur) and every other
//!   value is: by a type pattern of the input's type or a base of it, a
//!   recursive pattern whose subpatterns all match anything, or property
//!   patterns on one property whose patterns together cover its type.

use parser::ast;

use super::Binder;
use super::lookup::Member;
use crate::types::*;

impl Binder<'_> {
    /// Whether the arms without a guard match every value of `input`.
    pub(super) fn switch_is_exhaustive(&mut self, input: TyId, arms: &[ast::SwitchArm<'_>]) -> bool {
        let patterns: Vec<&ast::Pattern<'_>> = arms.iter().filter(|a| a.guard.is_none()).map(|a| a.pattern).collect();
        self.patterns_cover(&patterns, input, 0)
    }

    /// Whether `patterns` together match every value of `ty`.
    fn patterns_cover(&mut self, patterns: &[&ast::Pattern<'_>], ty: TyId, depth: u32) -> bool {
        if patterns.iter().any(|p| self.is_irrefutable(p)) {
            return true;
        }
        // Past a few levels of properties the answer is "not shown".
        if depth > 8 || ty == Symbols::ERROR {
            return false;
        }
        let (inner, nullable) = match self.nullable_arg(ty) {
            Some(arg) => (arg, true),
            None => (ty, false),
        };
        if let Some((min, max)) = self.integral_range(inner) {
            let null = nullable.then_some(max + 1);
            let top = null.unwrap_or(max);
            let mut covered = Ranges::default();
            for p in patterns {
                if let Some(r) = values_matched(p, min, max, null, top) {
                    covered = covered.union(&r);
                }
            }
            return covered.covers(min, top);
        }
        let null_covered = self.syms.is_value_type(ty) || patterns.iter().any(|p| matches_null(p));
        null_covered && self.non_null_covered(patterns, ty, depth)
    }

    /// Whether `patterns` match every value of `ty` but null.
    fn non_null_covered(&mut self, patterns: &[&ast::Pattern<'_>], ty: TyId, depth: u32) -> bool {
        if patterns.iter().any(|p| self.matches_all_non_null(p, ty)) {
            return true;
        }
        // `{ P: null }`, `{ P: { } }`: property patterns on one property
        // cover the input when their subpatterns cover the property.
        let mut by_property: Vec<(&str, Vec<&ast::Pattern<'_>>)> = Vec::new();
        for p in patterns {
            if let ast::PatternKind::Recursive { ty: None, positional: None, properties: Some([sub]), .. } = &p.kind
                && let Some(name) = sub.name
            {
                match by_property.iter_mut().find(|(n, _)| *n == name.text) {
                    Some((_, subs)) => subs.push(sub.pattern),
                    None => by_property.push((name.text, vec![sub.pattern])),
                }
            }
        }
        let TyKind::Def(d) = self.syms.kind(ty) else { return false };
        for (name, subs) in by_property {
            let property_ty = match self.lookup_member(d, name) {
                Some(Member::Property(p)) => self.syms.property(p).ty,
                Some(Member::Field(f)) => self.syms.field(f).ty,
                _ => continue,
            };
            if self.patterns_cover(&subs, property_ty, depth + 1) {
                return true;
            }
        }
        false
    }

    /// Whether `p` matches every non-null value of `ty`.
    fn matches_all_non_null(&mut self, p: &ast::Pattern<'_>, ty: TyId) -> bool {
        match &p.kind {
            ast::PatternKind::Type { ty: t, .. } => self.quiet_type(t).is_some_and(|t| self.is_base_or_same(ty, t)),
            ast::PatternKind::Recursive { ty: t, positional, properties, .. } => {
                let type_ok = match t {
                    Some(t) => self.quiet_type(t).is_some_and(|t| self.is_base_or_same(ty, t)),
                    None => true,
                };
                let all = |subs: &Option<&[ast::Subpattern<'_>]>, b: &Self| subs.unwrap_or(&[]).iter().all(|s| b.is_irrefutable(s.pattern));
                type_ok && all(positional, self) && all(properties, self)
            }
            ast::PatternKind::Or(a, b) => self.matches_all_non_null(a, ty) || self.matches_all_non_null(b, ty),
            _ => false,
        }
    }

    /// Whether every value of `ty` is a `target` (identity, or a base
    /// class or interface of it).
    fn is_base_or_same(&mut self, ty: TyId, target: TyId) -> bool {
        if ty == target || self.syms.is_special(target, SpecialType::Object) {
            return true;
        }
        let mut current = match self.syms.kind(ty) {
            TyKind::Def(d) => self.syms.def(d).base,
            _ => None,
        };
        while let Some(t) = current {
            if t == target {
                return true;
            }
            current = match self.syms.kind(t) {
                TyKind::Def(d) => self.syms.def(d).base,
                _ => None,
            };
        }
        let mut interfaces = Vec::new();
        crate::declare::all_interfaces(self.syms, ty, &mut interfaces);
        interfaces.contains(&target)
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

/// Whether `p` matches null: `null`, or an `or` with it.
fn matches_null(p: &ast::Pattern<'_>) -> bool {
    match &p.kind {
        ast::PatternKind::Null => true,
        ast::PatternKind::Or(a, b) => matches_null(a) || matches_null(b),
        _ => false,
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

/// The input values in `min..=max` (and `null`, the point past them, for
/// a nullable input) a pattern surely matches, when it is made of literal
/// constants, relational patterns and `and`/`or`/`not`. `top` is the
/// largest point of the domain.
fn values_matched(p: &ast::Pattern<'_>, min: i128, max: i128, null: Option<i128>, top: i128) -> Option<Ranges> {
    Some(match &p.kind {
        ast::PatternKind::Null => Ranges::of(null?, null?),
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
        ast::PatternKind::Or(a, b) => values_matched(a, min, max, null, top)?.union(&values_matched(b, min, max, null, top)?),
        ast::PatternKind::And(a, b) => {
            values_matched(a, min, max, null, top)?.intersect(&values_matched(b, min, max, null, top)?, min, top)
        }
        ast::PatternKind::Not(inner) => values_matched(inner, min, max, null, top)?.complement(min, top),
        _ => return None,
    })
}
