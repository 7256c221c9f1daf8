//! Properties and indexers (§15.7, §15.9): their accessor methods, and
//! the hidden backing field of an auto-property.

use lexer::{Diagnostic, Span};
use parser::ast;
use parser::ast::Modifiers;

use crate::types::*;

use super::{BodyDecl, BodySource, Decls, TypeScope, access_of, declare_params, resolve_type};

/// What properties and indexers share: a typed member with get/set
/// accessors; an indexer also has parameters.
pub(super) struct PropertyLike<'a> {
    name: String,
    name_span: Span,
    modifiers: Modifiers,
    ty: &'a ast::TypeSyntax<'a>,
    params: &'a [ast::Param<'a>],
    accessors: &'a [ast::Accessor<'a>],
    expr_body: Option<&'a ast::Expr<'a>>,
    initializer: Option<&'a ast::Expr<'a>>,
    /// `IFoo` of an explicit interface implementation `int IFoo.X`.
    explicit: Option<&'a ast::TypeSyntax<'a>>,
    /// The property's own attributes (an indexer's `[IndexerName]` is read here and
    /// skipped by the binder).
    attributes: &'a [ast::Attribute<'a>],
}

impl<'a> PropertyLike<'a> {
    pub(super) fn property(p: &'a ast::PropertyDecl<'a>) -> Self {
        PropertyLike {
            name: p.name.text.to_string(),
            name_span: p.name.span,
            modifiers: p.modifiers,
            ty: p.ty,
            params: &[],
            accessors: p.accessors,
            expr_body: p.expr_body,
            initializer: p.initializer,
            explicit: p.explicit_interface,
            attributes: p.attributes,
        }
    }

    /// An indexer is the property `Item`, or the name its
    /// `[IndexerName("...")]` gives (recognised by name, as the compiler
    /// treats that attribute specially rather than emitting it).
    pub(super) fn indexer(i: &'a ast::IndexerDecl<'a>) -> Self {
        let name = i
            .attributes
            .iter()
            .find(|a| a.name.parts.last().is_some_and(|p| p.text == "IndexerName" || p.text == "IndexerNameAttribute"))
            .and_then(|a| a.args.first())
            .and_then(|arg| match &arg.expr.kind {
                ast::ExprKind::Literal(ast::Literal::String(s)) => Some(String::from_utf16_lossy(s)),
                _ => None,
            })
            .unwrap_or_else(|| "Item".to_string());
        PropertyLike {
            name,
            name_span: i.span,
            modifiers: i.modifiers,
            ty: i.ty,
            params: i.params,
            accessors: i.accessors,
            expr_body: i.expr_body,
            initializer: None,
            explicit: i.explicit_interface,
            attributes: i.attributes,
        }
    }
}

pub(super) fn declare_property<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    scope_index: usize,
    scope: &TypeScope,
    prop: PropertyLike<'a>,
    member_default: Accessibility,
    diags: &mut Vec<Diagnostic>,
) {
    let def = scope.def;
    // An explicit implementation (§18.6.2): private accessors named
    // `IFoo.get_X`, virtual and final, reachable only through IFoo.
    let explicit = prop.explicit.map(|t| resolve_type(syms, scope, t, diags)).filter(|&t| t != Symbols::ERROR);
    let prefix = explicit.map(|t| format!("{}.", syms.display(t))).unwrap_or_default();
    let mut prop = prop;
    let member_default = if explicit.is_some() { Accessibility::Private } else { member_default };
    let plain_name = prop.name.clone();
    prop.name = format!("{prefix}{}", prop.name);
    let ty = resolve_type(syms, scope, prop.ty, diags);
    let index_params = declare_params(syms, scope, prop.params, diags);
    let is_static = prop.modifiers.has(Modifiers::STATIC);
    let is_extern = prop.modifiers.has(Modifiers::EXTERN);
    let access = access_of(&prop.modifiers, member_default);
    let void = syms.special_ty(SpecialType::Void);
    let is_interface = syms.def(def).kind == TypeDefKind::Interface;
    // An interface's property with bodies is a default implementation
    // (C# 8): virtual, not abstract; a static one is neither.
    let has_bodies = prop.expr_body.is_some() || prop.accessors.iter().any(|a| a.body.is_some());
    let is_abstract = (is_interface && !has_bodies && !is_static) || prop.modifiers.has(Modifiers::ABSTRACT);
    let is_virtual = is_abstract
        || (is_interface && !is_static)
        || prop.modifiers.has(Modifiers::VIRTUAL)
        || prop.modifiers.has(Modifiers::OVERRIDE);
    // An auto-property: accessors without bodies, in a non-abstract,
    // non-extern property. Its value lives in a hidden backing field.
    let is_auto = prop.expr_body.is_none()
        && prop.params.is_empty()
        && !is_extern
        && !is_abstract
        && prop.accessors.iter().all(|a| a.body.is_none());
    let backing = is_auto.then(|| {
        syms.add_field(FieldSym {
            name: format!("<{}>k__BackingField", prop.name),
            owner: def,
            origin: Origin::Source,
            ty,
            is_static,
            is_readonly: !prop.accessors.iter().any(|a| a.kind == ast::AccessorKind::Set),
            is_const: false,
            constant: None,
            access: Accessibility::Private,
            generic_of: None,
        })
    });
    if let (Some(f), Some(init)) = (backing, prop.initializer) {
        decls.field_inits.entry(def).or_default().push((f, init));
    }
    let accessor = |syms: &mut Symbols, decls: &mut Decls<'a>, is_get: bool, source: Option<BodySource<'a>>, span: Span| {
        let mut params = index_params.clone();
        if !is_get {
            params.push(ParamSym::new("value", ty, ParamKind::Value));
        }
        let kind = if is_get { "get" } else { "set" };
        let id = syms.add_method(MethodSym {
            name: format!("{prefix}{kind}_{plain_name}"),
            owner: def,
            origin: Origin::Source,
            params,
            ret: if is_get { ty } else { void },
            is_static,
            is_ctor: false,
            is_extern,
            is_abstract,
            is_virtual: is_virtual || explicit.is_some(),
            is_override: prop.modifiers.has(Modifiers::OVERRIDE),
            is_final: explicit.is_some(),
            is_extension: false,
            is_accessor: true,
            impl_options: 0,
            type_params: Vec::new(),
            generic: None,
            access,
        });
        if let Some(source) = source {
            decls.bodies.push(BodyDecl { method: id, source, scope: scope_index, name_span: span });
        }
        if let Some(t) = explicit {
            decls.explicit_impls.push((id, t, format!("{kind}_{plain_name}"), span));
        }
        // An indexer's optional parameters are each accessor's (`c[1]`
        // and `c[1] = v` fill in the same defaults).
        super::members::record_defaults(decls, id, prop.params, scope_index);
        id
    };
    let (mut getter, mut setter) = (None, None);
    if let Some(e) = prop.expr_body {
        getter = Some(accessor(syms, decls, true, Some(BodySource::ExpressionProperty(e)), prop.name_span));
    }
    for a in prop.accessors {
        if matches!(a.kind, ast::AccessorKind::Add | ast::AccessorKind::Remove) {
            diags.push(Diagnostic::error("CS1014", a.span, "A get or set accessor expected"));
            continue;
        }
        let is_get = a.kind == ast::AccessorKind::Get;
        let source = match (a.body.is_some(), backing) {
            (true, _) => Some(BodySource::Accessor(a)),
            (false, Some(f)) => Some(if is_get { BodySource::AutoGet(f) } else { BodySource::AutoSet(f) }),
            (false, None) => None,
        };
        let id = accessor(syms, decls, is_get, source, a.span);
        if !a.attributes.is_empty() {
            decls.attributes.push((crate::bound::AttrTarget::Method(id), a.attributes, scope_index));
        }
        if a.kind == ast::AccessorKind::Init {
            syms.init_only.insert(id);
            if is_static {
                diags.push(Diagnostic::error("CS8856", a.span, "The 'init' accessor is not valid on static members"));
            }
        }
        if is_get {
            getter = Some(id)
        } else {
            setter = Some(id)
        }
    }
    let attributes = prop.attributes;
    let id = syms.add_property(PropertySym {
        name: prop.name,
        owner: def,
        origin: Origin::Source,
        ty,
        getter,
        setter,
        is_static,
        is_indexer: !prop.params.is_empty(),
        backing,
    });
    if !attributes.is_empty() {
        decls.attributes.push((crate::bound::AttrTarget::Property(id), attributes, scope_index));
    }
}
