//! `a ??= b` (C# 8, §12.21.5 of the C# 8 spec): `b` is evaluated and
//! assigned only when `a` is null, and the expression's value is `a`'s
//! final value. `a` is a variable, a property or an indexer; its parts
//! are evaluated once.

use lexer::Span;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_coalesce_assign(&mut self, target: BoundExpr, value: BoundExpr, span: Span) -> BoundExpr {
        if target.ty == Symbols::ERROR || value.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        let a = target.ty;
        let underlying = self.nullable_arg(a);
        if underlying.is_none() && !self.syms.is_reference_type(a) {
            let (l, r) = (self.syms.display(a), self.syms.display(value.ty));
            self.error("CS0019", span, format!("Operator '??=' cannot be applied to operands of type '{l}' and '{r}'"));
            return self.error_expr(span);
        }
        let mut side = Vec::new();
        let Some((read, write)) = self.read_and_write(target, &mut side, span) else {
            return self.error_expr(span);
        };
        let result = match underlying {
            // `int? a; a ??= 5` has type int: the value assigned is kept
            // in a temporary of the underlying type and is the result.
            Some(t) if self.classify(&value, t).is_some_and(|c| c.is_implicit()) => {
                let value = self.convert_implicit(value, t);
                let (store, tmp) = self.store_in_temp(value, span);
                let wrapped = self.wrap_nullable(tmp.clone(), a, span);
                let assign = write(self, wrapped);
                let seq = self.expr(BoundExprKind::Sequence { side: vec![store, assign], value: Box::new(tmp) }, t, span);
                self.bind_nullable_coalesce(read, seq, span)
            }
            _ => {
                let value = self.convert_implicit(value, a);
                let assign = write(self, value);
                if underlying.is_some() {
                    self.bind_nullable_coalesce(read, assign, span)
                } else {
                    self.expr(BoundExprKind::Coalesce(Box::new(read), Box::new(assign)), a, span)
                }
            }
        };
        if side.is_empty() {
            return result;
        }
        let ty = result.ty;
        self.expr(BoundExprKind::Sequence { side, value: Box::new(result) }, ty, span)
    }

    /// The target read and a maker of the assignment of a new value to it,
    /// whose value is the value assigned; the target's parts go into
    /// temporaries stored by `side`.
    #[allow(clippy::type_complexity)]
    fn read_and_write(
        &mut self,
        target: BoundExpr,
        side: &mut Vec<BoundExpr>,
        span: Span,
    ) -> Option<(BoundExpr, Box<dyn Fn(&mut Self, BoundExpr) -> BoundExpr>)> {
        let ty = target.ty;
        if let Some(prop) = self.property_of(&target) {
            let p = self.syms.property(prop).clone();
            let Some(setter) = p.setter else {
                let owner = self.syms.def(p.owner).full_name();
                self.error("CS0200", target.span, format!("Property or indexer '{owner}.{}' cannot be assigned to -- it is read only", p.name));
                return None;
            };
            let BoundExprKind::Call { method: getter, receiver, args } = target.kind else { return None };
            let (receiver, args) = self.stable_accessor_operands(receiver, args, side);
            let read = self.expr(BoundExprKind::Call { method: getter, receiver: receiver.clone(), args: args.clone() }, ty, span);
            let write = move |b: &mut Self, v: BoundExpr| {
                let (store, tmp) = b.store_in_temp(v, span);
                let mut set_args = args.clone();
                set_args.push(tmp.clone());
                let void = b.special(SpecialType::Void);
                let set = b.expr(BoundExprKind::Call { method: setter, receiver: receiver.clone(), args: set_args }, void, span);
                b.expr(BoundExprKind::Sequence { side: vec![store, set], value: Box::new(tmp) }, ty, span)
            };
            return Some((read, Box::new(write)));
        }
        let target = self.require_variable(target, "CS0131");
        if target.ty == Symbols::ERROR {
            return None;
        }
        let stable = self.stable_target(target, side);
        let read = stable.clone();
        let write = move |b: &mut Self, v: BoundExpr| b.expr(BoundExprKind::Assign { target: Box::new(stable.clone()), value: Box::new(v) }, ty, span);
        Some((read, Box::new(write)))
    }
}
