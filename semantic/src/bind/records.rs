//! What records and init-only properties (C# 9) ask of expressions:
//! `e with { X = 1 }`, and the rule that an `init` accessor runs only
//! while an object is being initialized.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::lookup::Member;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    /// `e with { … }`: `e.<Clone>$()`, cast back to e's type (a derived
    /// record's clone returns the root record), then the initializer's
    /// assignments on the copy, as an object initializer makes them.
    pub(super) fn bind_with(&mut self, receiver: &ast::Expr<'_>, inits: &[&ast::Expr<'_>], span: Span) -> BoundExpr {
        let value = self.bind_expr(receiver);
        if value.ty == Symbols::ERROR {
            return value;
        }
        let ty = value.ty;
        let clone = match self.syms.kind(ty) {
            TyKind::Def(d) => match self.lookup_member(d, "<Clone>$") {
                Some(Member::Methods(ms)) => ms.into_iter().find(|&m| self.syms.method(m).params.is_empty() && !self.syms.method(m).is_static),
                _ => None,
            },
            _ => None,
        };
        let Some(clone) = clone else {
            let shown = self.syms.display(ty);
            self.error("CS8858", receiver.span, format!("The receiver type '{shown}' is not a valid record type."));
            return self.error_expr(span);
        };
        let ret = self.syms.method(clone).ret;
        let copy = self.expr(BoundExprKind::Call { method: clone, receiver: Some(Box::new(value)), args: Vec::new() }, ret, span);
        let copy = if ret == ty { copy } else { self.expr(BoundExprKind::CastClass(Box::new(copy)), ty, span) };
        self.bind_object_initializer(copy, inits, span)
    }

    /// CS8852 unless `setter`, an `init` accessor, is called from an
    /// object initializer or `with` (`initializing`), or on `this` or
    /// `base` in a constructor or `init` accessor of the property's type.
    pub(super) fn check_init_only(&mut self, setter: MethodId, receiver: Option<&BoundExpr>, initializing: bool, span: Span) -> bool {
        if initializing || !self.syms.is_init_only(setter) {
            return true;
        }
        let here = self.sym();
        let constructing = (here.is_ctor && !here.is_static) || self.syms.is_init_only(self.method);
        let on_this = receiver.is_some_and(|r| matches!(r.kind, BoundExprKind::This | BoundExprKind::BaseRef));
        if constructing && on_this {
            return true;
        }
        let owner = self.syms.method(setter).owner;
        let name = self.syms.method(setter).name.trim_start_matches("set_").to_string();
        let owner_ty = self.syms.def_ty(owner);
        let owner = self.syms.display(owner_ty);
        self.error(
            "CS8852",
            span,
            format!("Init-only property or indexer '{owner}.{name}' can only be assigned in an object initializer, or on 'this' or 'base' in an instance constructor or an 'init' accessor."),
        );
        false
    }
}
