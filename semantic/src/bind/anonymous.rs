//! `new { Name = e, x.Count }` (§12.8.17.7): a new instance of the
//! anonymous type declared for these member names (`declare/anonymous.rs`),
//! instantiated with the members' types.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub(super) fn bind_anonymous_object(&mut self, members: &[ast::AnonymousMember<'_>], span: Span) -> BoundExpr {
        let mut values = Vec::new();
        for m in members {
            let v = self.bind_expr(m.value);
            if v.ty == Symbols::ERROR {
                return self.error_expr(span);
            }
            let untyped = v.ty == Symbols::NULL || v.ty == Symbols::TARGET_TYPED || self.syms.is_special(v.ty, SpecialType::Void);
            if untyped {
                let shown = if v.ty == Symbols::NULL { "<null>".to_string() } else { self.syms.display(v.ty) };
                self.error("CS0828", m.value.span, format!("Cannot assign '{shown}' to anonymous type property"));
                return self.error_expr(span);
            }
            values.push(v);
        }
        let key = crate::declare::shape_key(members.iter().map(|m| m.name.text));
        let def = self.syms.anonymous_types.get(&key).cloned().and_then(|name| self.syms.lookup_type(&name));
        let Some(def) = def else { return self.error_expr(span) };
        let tys: Vec<TyId> = values.iter().map(|v| v.ty).collect();
        let ty = if tys.is_empty() { self.syms.def_ty(def) } else { self.syms.instantiate(def, &tys) };
        let TyKind::Def(d) = self.syms.kind(ty) else { return self.error_expr(span) };
        let ctor = self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.is_ctor && !s.is_static && s.params.len() == values.len()
        });
        let Some(ctor) = ctor else { return self.error_expr(span) };
        self.expr(BoundExprKind::NewObject { ctor, args: values }, ty, span)
    }
}
