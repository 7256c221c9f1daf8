//! Destructors (C# spec §15.13 "Finalizers"): `~A() { body }` declares
//! no new member of its own. It is `protected override void Finalize()`,
//! the override of `System.Object.Finalize` that the runtime calls once an
//! object is unreachable, and its body runs the written one and then, in a
//! `finally`, the base class's `Finalize` (bound in `bind/destructor.rs`).
//! That is what csc and mcs emit: MethodDef flags `family hidebysig
//! virtual` — no `newslot`, it takes over Object's vtable slot.
//!
//! Because the method is an ordinary override, the rules around it are
//! about keeping users from writing it any other way: overriding Finalize
//! by hand is CS0249, calling it is CS0245/CS0250 (in the binder).

use lexer::Diagnostic;
use parser::ast;
use parser::ast::Modifiers;

use super::{BodyDecl, BodySource, Decls, TypeScope};
use crate::types::*;

/// The runtime's name for a destructor (ECMA-335 I.8.9.6.7: "Finalize").
const FINALIZE: &str = "Finalize";

/// Enters `~Name()` of the type in `scope` as its `Finalize` override.
pub(super) fn declare_destructor<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    scope_index: usize,
    scope: &TypeScope,
    d: &'a ast::DestructorDecl<'a>,
    diags: &mut Vec<Diagnostic>,
) {
    let def = scope.def;
    let owner = syms.def(def).plain_name().to_string();
    let at = d.name.span;
    // §15.13: only classes have destructors; a struct is never finalized
    // (it is not an object of its own), an interface has no bodies.
    if syms.def(def).kind != TypeDefKind::Class {
        diags.push(Diagnostic::error("CS0575", at, "Only class types can contain destructors"));
        return;
    }
    // §15.2.2.4: a static class has no instances to finalize.
    if syms.def(def).is_static {
        diags.push(Diagnostic::error("CS0711", at, format!("'{owner}': static classes cannot contain destructors")));
        return;
    }
    // The name is not looked up: it must spell the enclosing class. The
    // member is still declared so that its body is checked too.
    if d.name.text != owner {
        diags.push(Diagnostic::error("CS0574", at, "Name of destructor must match name of type"));
    }
    // §15.13: `extern` and `unsafe` are the only modifiers; accessibility
    // is fixed (protected, as Object.Finalize is).
    for &(flag, word) in &Modifiers::NAMES {
        if d.modifiers.has(flag) && flag != Modifiers::EXTERN && flag != Modifiers::UNSAFE {
            diags.push(Diagnostic::error("CS0106", at, format!("The modifier '{word}' is not valid for this item")));
        }
    }
    for (flag, word) in [(Modifiers::EXTERN, "extern"), (Modifiers::UNSAFE, "unsafe")] {
        if d.modifiers.has(flag) {
            diags.push(Diagnostic::error("CS8652", at, format!("{word} destructors are not supported by Sharp yet")));
        }
    }
    if d.body.is_none() && !d.modifiers.has(Modifiers::EXTERN) {
        diags.push(Diagnostic::error(
            "CS0501",
            at,
            format!("'{owner}.~{owner}()' must declare a body because it is not marked abstract, extern, or partial"),
        ));
    }
    // The override needs the method it overrides: found by name in the
    // core library, never assumed. A core library without it is broken,
    // which Roslyn reports as a missing compiler-required member.
    let object_finalize = syms
        .special_def(SpecialType::Object)
        .and_then(|o| syms.def(o).methods.iter().copied().find(|&m| is_finalizer(syms, m)));
    if object_finalize.is_none() {
        diags.push(Diagnostic::error(
            "CS0656",
            at,
            "Missing compiler required member 'System.Object.Finalize'",
        ).with_note("the referenced core library's System.Object has no `protected virtual void Finalize()`"));
        return;
    }
    if syms.def(def).methods.iter().any(|&m| is_same_finalize(syms.method(m))) {
        diags.push(Diagnostic::error(
            "CS0111",
            at,
            format!("Type '{owner}' already defines a member called '~{owner}' with the same parameter types"),
        ));
        return;
    }
    let void = syms.special_ty(SpecialType::Void);
    let id = syms.add_method(MethodSym {
        name: FINALIZE.into(),
        owner: def,
        origin: Origin::Source,
        params: Vec::new(),
        ret: void,
        is_static: false,
        is_ctor: false,
        is_extern: false,
        is_abstract: false,
        is_virtual: true,
        is_override: true,
        is_final: false,
        is_extension: false,
        is_accessor: false,
        impl_options: 0,
        type_params: Vec::new(),
        generic: None,
        access: Accessibility::Protected,
    });
    if !d.attributes.is_empty() {
        decls.attributes.push((crate::bound::AttrTarget::Method(id), d.attributes, scope_index));
    }
    decls.method_spans.insert(id, at);
    if d.body.is_some() {
        decls.bodies.push(BodyDecl { method: id, source: BodySource::Destructor(d), scope: scope_index, name_span: at });
    }
}

/// CS0249: `protected override void Finalize()` written by hand. The
/// destructor is the only way to override it (§15.13), so that the base
/// class's Finalize is always chained in a `finally`.
pub(super) fn check_finalize_override(m: &ast::MethodDecl<'_>, diags: &mut Vec<Diagnostic>) {
    let returns_void = matches!(m.return_type.kind, ast::TypeSyntaxKind::Predefined(ast::PredefinedType::Void));
    if m.modifiers.has(Modifiers::OVERRIDE)
        && m.name.text == FINALIZE
        && m.params.is_empty()
        && m.type_params.is_empty()
        && m.explicit_interface.is_none()
        && returns_void
    {
        diags.push(Diagnostic::error(
            "CS0249",
            m.name.span,
            "Do not override object.Finalize. Instead, provide a destructor.",
        ).with_note("write `~ClassName() { … }`: it overrides Finalize and calls the base class's one in a finally block"));
    }
}

/// A method that is `Finalize` as the runtime knows it: Object's own
/// (`protected virtual void Finalize()`) or an override of it, such as a
/// destructor. Calling one directly is CS0245/CS0250.
pub fn is_finalizer(syms: &Symbols, id: MethodId) -> bool {
    let m = syms.method(id);
    let is_object = syms.special_def(SpecialType::Object) == Some(m.owner);
    is_same_finalize(m) && m.is_virtual && (m.is_override || is_object)
}

fn is_same_finalize(m: &MethodSym) -> bool {
    m.name == FINALIZE && m.params.is_empty() && !m.is_static
}

/// The `Finalize` a destructor of `def` chains to: the nearest base
/// class's (a base destructor, or in the end System.Object's). None when
/// the chain is broken by a base that failed to resolve (reported there).
pub fn base_finalize(syms: &Symbols, def: DefId) -> Option<MethodId> {
    let mut current = syms.def(def).base;
    while let Some(t) = current {
        let TyKind::Def(d) = syms.kind(t) else { return None };
        if let Some(m) = syms.def(d).methods.iter().copied().find(|&m| is_finalizer(syms, m)) {
            return Some(m);
        }
        current = syms.def(d).base;
    }
    None
}
