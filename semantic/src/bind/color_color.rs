//! The "Color Color" rule (§12.8.7.2): in `E.I`, a simple name `E` that names both a member
//! (field, property, local, parameter) and that member's type, also called `E`.

use parser::ast;
use parser::ast::ExprKind as E;

use super::Binder;
use super::expressions::Bound;
use crate::types::*;

impl Binder<'_> {
    /// `Color.Red` where `Color` names both a field (or property, local, parameter) and its
    /// type, also called `Color` (§12.8.7.2): a static member of the type is reached through
    /// the type (returned here), an instance member through the value.
    pub(super) fn color_color(&mut self, target: &Bound, syntax: &ast::Expr<'_>, member: &ast::Ident<'_>) -> Option<TyId> {
        let E::Name { name, type_args: [] } = &syntax.kind else { return None };
        let Bound::Value(v) = target else { return None };
        let d = crate::declare::lookup_type_name(self.syms, self.scope, name.text)?;
        let ty = self.syms.def_ty(d);
        // The value must be of that type; a value whose binding failed (an instance field
        // read from a static context) is looked up as a member of the enclosing types.
        let value_ty = if v.ty == Symbols::ERROR { self.member_type_named(name.text)? } else { v.ty };
        if value_ty != ty {
            return None;
        }
        let def = self.syms.def(d);
        let is_static = def.fields.iter().any(|&f| self.syms.field(f).name == member.text && self.syms.field(f).is_static)
            || def.properties.iter().any(|&p| self.syms.property(p).name == member.text && self.syms.property(p).is_static)
            || def.methods.iter().any(|&m| self.syms.method(m).name == member.text && self.syms.method(m).is_static);
        is_static.then_some(ty)
    }

    /// The type of the field or property `name` of the method's class or a base.
    fn member_type_named(&self, name: &str) -> Option<TyId> {
        let mut def = Some(self.syms.method(self.method).owner);
        while let Some(d) = def {
            let t = self.syms.def(d);
            if let Some(&f) = t.fields.iter().find(|&&f| self.syms.field(f).name == name) {
                return Some(self.syms.field(f).ty);
            }
            if let Some(&p) = t.properties.iter().find(|&&p| self.syms.property(p).name == name) {
                return Some(self.syms.property(p).ty);
            }
            def = t.base.and_then(|b| match self.syms.kind(b) {
                TyKind::Def(bd) => Some(bd),
                _ => None,
            });
        }
        None
    }
}
