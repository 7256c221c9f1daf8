//! Overload resolution (C# spec §12.6.4): applicable candidates, then the
//! better function member by the better-conversion rules.

use lexer::Span;

use super::Binder;
use super::conversions::Conversion;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    /// Picks the method of `candidates` that `args` call, and converts the
    /// arguments to its parameter types. Reports CS1501, CS1503 or CS0121
    /// and returns None when there is no single best method.
    pub fn resolve_overload(
        &mut self,
        candidates: &[MethodId],
        args: Vec<BoundExpr>,
        span: Span,
        name: &str,
    ) -> Option<(MethodId, Vec<BoundExpr>)> {
        let has_error_arg = args.iter().any(|a| a.ty == Symbols::ERROR);
        let applicable: Vec<MethodId> = candidates
            .iter()
            .copied()
            .filter(|&m| {
                let params = &self.syms.method(m).params;
                params.len() == args.len()
                    && params.iter().zip(&args).all(|(p, a)| {
                        p.kind == ParamKind::Value
                            && self.classify(a, p.ty).is_some_and(|c| c.is_implicit())
                    })
            })
            .collect();
        if applicable.is_empty() {
            if has_error_arg {
                return None;
            }
            let same_count: Vec<MethodId> = candidates
                .iter()
                .copied()
                .filter(|&m| self.syms.method(m).params.len() == args.len())
                .collect();
            match same_count.first() {
                None => {
                    self.error(
                        "CS1501",
                        span,
                        format!(
                            "No overload for method '{name}' takes {} arguments",
                            args.len()
                        ),
                    );
                }
                Some(&m) => {
                    let params = self.syms.method(m).params.clone();
                    for (i, (p, a)) in params.iter().zip(&args).enumerate() {
                        if !self.classify(a, p.ty).is_some_and(|c| c.is_implicit()) {
                            let (from, to) = (self.syms.display(a.ty), self.syms.display(p.ty));
                            self.error(
                                "CS1503",
                                a.span,
                                format!(
                                    "Argument {}: cannot convert from '{from}' to '{to}'",
                                    i + 1
                                ),
                            );
                            break;
                        }
                    }
                }
            }
            return None;
        }
        let mut best = applicable[0];
        for &m in &applicable[1..] {
            if self.better_function(m, best, &args) {
                best = m;
            }
        }
        // The winner must beat every other applicable candidate.
        if let Some(&rival) = applicable
            .iter()
            .find(|&&m| m != best && !self.better_function(best, m, &args))
        {
            if !has_error_arg {
                let (a, b) = (
                    self.syms.method_display(best),
                    self.syms.method_display(rival),
                );
                self.error("CS0121", span, format!("The call is ambiguous between the following methods or properties: '{a}' and '{b}'"));
            }
            return None;
        }
        let params: Vec<TyId> = self.syms.method(best).params.iter().map(|p| p.ty).collect();
        let args = args
            .into_iter()
            .zip(params)
            .map(|(a, p)| self.convert_implicit(a, p))
            .collect();
        Some((best, args))
    }

    /// §12.6.4.3: `m1` is better than `m2` when no argument converts
    /// worse to it and at least one converts better.
    fn better_function(&self, m1: MethodId, m2: MethodId, args: &[BoundExpr]) -> bool {
        let p1 = &self.syms.method(m1).params;
        let p2 = &self.syms.method(m2).params;
        let mut better = false;
        for ((a, x), y) in args.iter().zip(p1).zip(p2) {
            match self.better_conversion(a, x.ty, y.ty) {
                Some(true) => better = true,
                Some(false) => return false,
                None => {}
            }
        }
        better
    }

    /// §12.6.4.5: Some(true) when converting `e` to `t1` is better than to
    /// `t2`, Some(false) when worse, None when neither.
    fn better_conversion(&self, e: &BoundExpr, t1: TyId, t2: TyId) -> Option<bool> {
        if t1 == t2 {
            return None;
        }
        if e.ty == t1 {
            return Some(true);
        }
        if e.ty == t2 {
            return Some(false);
        }
        let probe = |from: TyId, to: TyId| {
            let fake = BoundExpr {
                kind: BoundExprKind::Local(LocalId(0)),
                ty: from,
                span: e.span,
            };
            matches!(self.classify(&fake, to), Some(c) if c.is_implicit() && c != Conversion::ImplicitConstant)
        };
        let (a, b) = (probe(t1, t2), probe(t2, t1));
        if a && !b {
            return Some(true);
        }
        if b && !a {
            return Some(false);
        }
        // A signed integral target beats an unsigned one (§12.6.4.7).
        use SpecialType::*;
        let signed_beats = |s: Option<SpecialType>, u: Option<SpecialType>| {
            matches!(
                (s, u),
                (Some(SByte), Some(Byte | UInt16 | UInt32 | UInt64))
                    | (Some(Int16), Some(UInt16 | UInt32 | UInt64))
                    | (Some(Int32), Some(UInt32 | UInt64))
                    | (Some(Int64), Some(UInt64))
            )
        };
        let (s1, s2) = (self.syms.special_of(t1), self.syms.special_of(t2));
        if signed_beats(s1, s2) {
            return Some(true);
        }
        if signed_beats(s2, s1) {
            return Some(false);
        }
        None
    }
}
