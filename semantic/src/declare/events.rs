//! Events (§15.8): each is a pair of methods, `add_E` and `remove_E`,
//! taking the delegate; a field-like event (`event D E;`) also has a hidden
//! field of its name, which its accessors combine into and remove from
//! (`Delegate.Combine`/`Remove`), and which the declaring type's own code
//! uses as a field. Outside that type an event is only the left side of
//! `+=` or `-=`.

use lexer::Diagnostic;
use parser::ast;
use parser::ast::Modifiers;

use crate::bound::AttrTarget;
use crate::types::*;

use super::{BodyDecl, BodySource, Decls, TypeScope, access_of, resolve_type};

pub(super) fn declare_event<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    scope_index: usize,
    scope: &TypeScope,
    e: &'a ast::EventDecl<'a>,
    member_default: Accessibility,
    diags: &mut Vec<Diagnostic>,
) {
    let def = scope.def;
    let ty = resolve_type(syms, scope, e.ty, diags);
    let is_interface = syms.def(def).kind == TypeDefKind::Interface;
    let is_static = e.modifiers.has(Modifiers::STATIC);
    let is_abstract = e.modifiers.has(Modifiers::ABSTRACT) || is_interface;
    if ty != Symbols::ERROR && !is_delegate(syms, ty) {
        let span = e.declarators.first().map_or(e.span, |d| d.name.span);
        diags.push(Diagnostic::error("CS0066", span, format!("'{}.{}': event must be of a delegate type", syms.def(def).name, e.declarators.first().map_or("", |d| d.name.text))));
        return;
    }
    let access = access_of(&e.modifiers, member_default);
    let void = syms.special_ty(SpecialType::Void);
    for d in e.declarators {
        let name = d.name.text;
        if syms.event_named(def, name).is_some() || syms.def(def).fields.iter().any(|&f| syms.field(f).name == name) {
            diags.push(Diagnostic::error("CS0102", d.name.span, format!("The type '{}' already contains a definition for '{name}'", syms.def(def).name)));
            continue;
        }
        // The hidden field of a field-like event, named as the event.
        let backing = (e.accessors.is_none() && !is_abstract).then(|| {
            syms.add_field(FieldSym::source(name, def, ty, is_static, Accessibility::Private))
        });
        if let (Some(f), Some(init)) = (backing, d.init) {
            decls.field_inits.entry(def).or_default().push((f, init));
        }
        let accessor = |syms: &mut Symbols, decls: &mut Decls<'a>, add: bool, source: Option<BodySource<'a>>| {
            let prefix = if add { "add_" } else { "remove_" };
            let params = vec![ParamSym::new("value", ty, ParamKind::Value)];
            let id = syms.add_method(MethodSym {
                is_accessor: true,
                is_abstract,
                is_virtual: is_abstract || e.modifiers.has(Modifiers::VIRTUAL) || e.modifiers.has(Modifiers::OVERRIDE),
                is_override: e.modifiers.has(Modifiers::OVERRIDE),
                access,
                ..MethodSym::source(format!("{prefix}{name}"), def, params, void, is_static)
            });
            if let Some(source) = source {
                decls.bodies.push(BodyDecl { method: id, source, scope: scope_index, name_span: d.name.span });
            }
            id
        };
        let (add, remove) = match (e.accessors, backing) {
            (Some(accs), _) => {
                let find = |k: ast::AccessorKind| accs.iter().find(|a| a.kind == k);
                for a in accs.iter().filter(|a| !matches!(a.kind, ast::AccessorKind::Add | ast::AccessorKind::Remove)) {
                    diags.push(Diagnostic::error("CS1055", a.span, "An add or remove accessor expected"));
                }
                let (Some(a), Some(r)) = (find(ast::AccessorKind::Add), find(ast::AccessorKind::Remove)) else {
                    diags.push(Diagnostic::error("CS0065", d.name.span, format!("'{}.{name}': event property must have both add and remove accessors", syms.def(def).name)));
                    continue;
                };
                let (add, remove) = (
                    accessor(syms, decls, true, a.body.map(|_| BodySource::Accessor(a))),
                    accessor(syms, decls, false, r.body.map(|_| BodySource::Accessor(r))),
                );
                for (id, acc) in [(add, a), (remove, r)] {
                    if !acc.attributes.is_empty() {
                        decls.attributes.push((AttrTarget::Method(id), acc.attributes, scope_index));
                    }
                }
                (add, remove)
            }
            (None, Some(f)) => (
                accessor(syms, decls, true, Some(BodySource::EventAccessor(f, true))),
                accessor(syms, decls, false, Some(BodySource::EventAccessor(f, false))),
            ),
            (None, None) => (accessor(syms, decls, true, None), accessor(syms, decls, false, None)),
        };
        syms.events.push(EventSym { name: name.to_string(), owner: def, ty, add, remove, backing, is_static });
        if !e.attributes.is_empty() {
            decls.attributes.push((AttrTarget::Event(EventId(syms.events.len() as u32 - 1)), e.attributes, scope_index));
        }
    }
}

/// Whether `ty` derives from System.MulticastDelegate.
fn is_delegate(syms: &Symbols, ty: TyId) -> bool {
    let TyKind::Def(d) = syms.kind(ty) else { return false };
    let Some(base) = syms.def(d).base else { return false };
    matches!(syms.kind(base), TyKind::Def(b) if syms.def(b).full_name() == "System.MulticastDelegate")
}
