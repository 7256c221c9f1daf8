//! Entering type declarations: namespaces and the `using` directives in
//! force in each, nested and `partial` types (each gets its `TypeScope`),
//! the `Program` class of top-level statements, and each type's base
//! class, interfaces or enum underlying type.

use lexer::Diagnostic;
use parser::ast;
use parser::ast::Modifiers;

use crate::bound::AttrTarget;
use crate::types::*;

use super::generics;
use super::{BodyDecl, BodySource, Decls, PendingType, TypeScope, Using, access_of, modifier_name, qualified, resolve_type, using_of};

/// Enters one type declaration (and, recursively, the types nested in
/// it). A second `partial` part of a type adds to the first one's
/// symbol; two non-partial types of one name are CS0101.
#[allow(clippy::too_many_arguments)]
fn declare_type<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    pending: &mut Vec<PendingType<'a>>,
    t: &'a ast::TypeDecl<'a>,
    namespace: &str,
    usings: &[Using],
    enclosing: Option<DefId>,
    diags: &mut Vec<Diagnostic>,
) {
    // A nested type's C# container is its enclosing type: `Ns.Outer` is
    // the "namespace" by which `Ns.Outer.Inner` is found.
    let container = match enclosing {
        Some(e) => syms.def(e).full_name(),
        None => namespace.to_string(),
    };
    // A generic type's metadata name carries its arity: ``List`1``.
    let name = if t.type_params.is_empty() { t.name.text.to_string() } else { format!("{}`{}", t.name.text, t.type_params.len()) };
    let full = if container.is_empty() { name.clone() } else { format!("{container}.{name}") };
    let m = &t.modifiers;
    let existing = syms.lookup_type(&full).filter(|&d| syms.def(d).origin == Origin::Source);
    let def = match existing {
        Some(d) if m.has(Modifiers::PARTIAL) && decls.partial.contains(&d) => d,
        Some(_) => {
            let (code, what) = match enclosing {
                Some(_) => ("CS0102", format!("The type '{container}' already contains a definition for '{}'", t.name.text)),
                None => ("CS0101", format!("The namespace '{container}' already contains a definition for '{}'", t.name.text)),
            };
            diags.push(Diagnostic::error(code, t.name.span, what));
            return;
        }
        None => {
            let kind = match t.kind {
                ast::TypeKind::Class | ast::TypeKind::Delegate => TypeDefKind::Class,
                ast::TypeKind::Struct => TypeDefKind::Struct,
                ast::TypeKind::Interface => TypeDefKind::Interface,
                ast::TypeKind::Enum => TypeDefKind::Enum,
            };
            // A nested type is private unless declared otherwise.
            let default_access = if enclosing.is_some() { Accessibility::Private } else { Accessibility::Internal };
            let special = if enclosing.is_none() { SpecialType::from_full_name(namespace, t.name.text) } else { None };
            let d = syms.add_def(TypeDef {
                name: name.clone(),
                namespace: container.clone(),
                kind,
                origin: Origin::Source,
                base: None,
                special,
                access: access_of(m, default_access),
                is_static: m.has(Modifiers::STATIC) && kind == TypeDefKind::Class,
                is_sealed: m.has(Modifiers::SEALED)
                    || m.has(Modifiers::STATIC)
                    || kind == TypeDefKind::Struct
                    || t.kind == ast::TypeKind::Delegate,
                // (abstract/static on a struct or enum is CS0106, below,
                // and otherwise ignored.)
                is_abstract: ((m.has(Modifiers::ABSTRACT) || m.has(Modifiers::STATIC)) && kind == TypeDefKind::Class)
                    || kind == TypeDefKind::Interface,
                fields: Vec::new(),
                methods: Vec::new(),
                properties: Vec::new(),
                interfaces: Vec::new(),
                enum_underlying: None,
                enclosing,
                has_explicit_cctor: false,
                type_params: Vec::new(),
                instance_of: None,
                param: None,
            });
            if m.has(Modifiers::PARTIAL) {
                decls.partial.push(d);
            }
            // A nested type repeats its enclosing types' parameters.
            let inherited: Vec<DefId> = enclosing.map(|e| syms.def(e).type_params.clone()).unwrap_or_default();
            let mut params: Vec<DefId> = inherited.iter().map(|&p| generics::copy_type_param(syms, p, d)).collect();
            let own = generics::declare_type_params(syms, t.type_params, t.variance, ParamOwner::Type(d), params.len() as u32, diags);
            if kind != TypeDefKind::Interface && t.kind != ast::TypeKind::Delegate {
                if let Some((i, _)) = t.variance.iter().enumerate().find(|(_, v)| **v != ast::Variance::None) {
                    diags.push(Diagnostic::error("CS1960", t.type_params[i].span, "Invalid variance modifier. Only interface and delegate type parameters can be specified as variant."));
                }
            }
            params.extend(own);
            syms.def_mut(d).type_params = params;
            decls.type_spans.insert(d, t.name.span);
            // Modifiers a type kind cannot have (CS0106).
            let bad = match kind {
                TypeDefKind::Struct | TypeDefKind::Enum => [Modifiers::ABSTRACT, Modifiers::SEALED, Modifiers::STATIC].into_iter().find(|&f| m.has(f)),
                TypeDefKind::Interface => [Modifiers::SEALED, Modifiers::STATIC].into_iter().find(|&f| m.has(f)),
                TypeDefKind::Class | TypeDefKind::TypeParam => None,
            };
            if let Some(f) = bad {
                diags.push(Diagnostic::error("CS0106", t.name.span, format!("The modifier '{}' is not valid for this item", modifier_name(f))));
            }
            d
        }
    };
    decls.scopes.push(TypeScope { def, namespace: namespace.to_string(), usings: usings.to_vec(), method_type_params: Vec::new() });
    let scope = decls.scopes.len() - 1;
    if !t.attributes.is_empty() {
        decls.attributes.push((AttrTarget::Type(def), t.attributes, scope));
    }
    pending.push(PendingType { decl: t, scope });
    for member in t.members {
        if let ast::MemberDecl::NestedType(inner) = member {
            declare_type(syms, decls, pending, inner, namespace, usings, Some(def), diags);
        }
    }
}

pub(super) fn collect_types<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    pending: &mut Vec<PendingType<'a>>,
    members: &'a [ast::NamespaceMember<'a>],
    namespace: &str,
    usings: &[Using],
    diags: &mut Vec<Diagnostic>,
) {
    for member in members {
        match member {
            ast::NamespaceMember::Namespace(ns) => {
                let name = qualified(&ns.name);
                let full = if namespace.is_empty() {
                    name
                } else {
                    format!("{namespace}.{name}")
                };
                let mut inner = usings.to_vec();
                inner.extend(ns.usings.iter().map(using_of));
                collect_types(syms, decls, pending, ns.members, &full, &inner, diags);
            }
            ast::NamespaceMember::Type(t) => declare_type(syms, decls, pending, t, namespace, usings, None, diags),
            ast::NamespaceMember::Statement(s) => decls.top_level.push(s),
        }
    }
}

pub(super) fn declare_top_level(syms: &mut Symbols, decls: &mut Decls<'_>, usings: Vec<Using>) {
    let def = syms.add_def(TypeDef {
        name: "Program".into(),
        namespace: String::new(),
        kind: TypeDefKind::Class,
        origin: Origin::Source,
        base: None,
        special: None,
        access: Accessibility::Internal,
        is_static: true,
        is_sealed: true,
        is_abstract: true,
        fields: Vec::new(),
        methods: Vec::new(),
        properties: Vec::new(),
        interfaces: Vec::new(),
        enum_underlying: None,
        enclosing: None,
        has_explicit_cctor: false,
        type_params: Vec::new(),
        instance_of: None,
        param: None,
    });
    syms.def_mut(def).base = syms
        .special_def(SpecialType::Object)
        .map(|d| syms.def_ty(d));
    decls.scopes.push(TypeScope {
        def,
        namespace: String::new(),
        usings,
        method_type_params: Vec::new(),
    });
    let string = syms.special_ty(SpecialType::String);
    let args = syms.array_of(string, 1);
    // The return type is int when some top-level `return` has a value;
    // the binder checks the returns against it.
    let returns_value = decls.top_level.iter().any(|s| stmt_returns_value(s));
    let ret = syms.special_ty(if returns_value {
        SpecialType::Int32
    } else {
        SpecialType::Void
    });
    let params = vec![ParamSym::new("args", args, ParamKind::Value)];
    let method = syms.add_method(MethodSym::source("<Main>$", def, params, ret, true));
    let span = decls.top_level[0].span;
    decls.bodies.push(BodyDecl {
        method,
        source: BodySource::TopLevel,
        scope: decls.scopes.len() - 1,
        name_span: span,
    });
    decls.entry_point = Some(method);
}

/// Whether a top-level statement list contains `return expr;` (not inside
/// a local function).
fn stmt_returns_value(s: &ast::Stmt<'_>) -> bool {
    use ast::StmtKind as K;
    match &s.kind {
        K::Return(Some(_)) => true,
        K::Block(b) => b.stmts.iter().any(stmt_returns_value),
        K::If { then, else_, .. } => {
            stmt_returns_value(then) || else_.is_some_and(|e| stmt_returns_value(e))
        }
        K::While { body, .. }
        | K::DoWhile { body, .. }
        | K::For { body, .. }
        | K::Foreach { body, .. } => stmt_returns_value(body),
        K::Labeled { stmt, .. } => stmt_returns_value(stmt),
        _ => false,
    }
}

pub(super) fn resolve_base(
    syms: &mut Symbols,
    decls: &Decls<'_>,
    p: &PendingType<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    let scope = &decls.scopes[p.scope];
    let def = scope.def;
    let kind = syms.def(def).kind;
    let mut base = None;
    let mut interfaces = Vec::new();
    if kind == TypeDefKind::Enum {
        // `enum E : byte`: the base list names the underlying type.
        let mut underlying = syms.special_ty(SpecialType::Int32);
        if let Some(b) = p.decl.bases.first() {
            let ty = resolve_type(syms, scope, b, diags);
            match syms.special_of(ty) {
                Some(sp) if sp.is_integral() && sp != SpecialType::Char => underlying = ty,
                _ if ty == Symbols::ERROR => {}
                _ => diags.push(Diagnostic::error("CS1008", b.span, "Type byte, sbyte, short, ushort, int, uint, long, or ulong expected")),
            }
        }
        let def_mut = syms.def_mut(def);
        def_mut.enum_underlying = Some(underlying);
        def_mut.is_sealed = true;
        let base = syms.special_def(SpecialType::Enum).map(|d| syms.def_ty(d));
        syms.def_mut(def).base = base;
        return;
    }
    if p.decl.kind == ast::TypeKind::Delegate {
        // §20.1: every delegate type derives from System.MulticastDelegate.
        let base = syms.lookup_type("System.MulticastDelegate").map(|d| syms.def_ty(d));
        syms.def_mut(def).base = base;
        return;
    }
    for (i, b) in p.decl.bases.iter().enumerate() {
        let ty = resolve_type(syms, scope, b, diags);
        let TyKind::Def(d) = syms.kind(ty) else { continue };
        let (bkind, sealed, is_static, name) =
            (syms.def(d).kind, syms.def(d).is_sealed, syms.def(d).is_static, syms.display(ty));
        let me = syms.def(def).name.clone();
        match bkind {
            TypeDefKind::Interface => interfaces.push(ty),
            TypeDefKind::Class if i == 0 && kind == TypeDefKind::Class => {
                // Reported, but kept as the base so the members it
                // provides do not cause further errors.
                if is_static {
                    diags.push(Diagnostic::error("CS0709", b.span, format!("'{me}': cannot derive from static class '{name}'")));
                } else if sealed {
                    diags.push(Diagnostic::error("CS0509", b.span, format!("'{me}': cannot derive from sealed type '{name}'")));
                }
                base = Some(ty);
            }
            TypeDefKind::Class if kind == TypeDefKind::Class => diags.push(Diagnostic::error(
                "CS1721",
                b.span,
                format!("Class '{me}' cannot have multiple base classes: '{}' and '{name}'", base.map(|t| syms.display(t)).unwrap_or_default()),
            )),
            _ => diags.push(Diagnostic::error("CS0527", b.span, format!("Type '{name}' in interface list is not an interface"))),
        }
    }
    // The parts of a partial type add to each other's interface list.
    for i in interfaces {
        if !syms.def(def).interfaces.contains(&i) {
            syms.def_mut(def).interfaces.push(i);
        }
    }
    // The core library's own roots have no base (System.Object) or
    // implicit ones that are themselves (ValueType's base is Object).
    let special = syms.def(def).special;
    let default = match kind {
        _ if special == Some(SpecialType::Object) => None,
        TypeDefKind::Class => syms.special_def(SpecialType::Object),
        TypeDefKind::Struct => syms.special_def(SpecialType::ValueType),
        TypeDefKind::Enum => syms.special_def(SpecialType::Enum),
        TypeDefKind::Interface | TypeDefKind::TypeParam => None,
    };
    // A part that names no base class keeps the one another part named.
    let base = base.or(syms.def(def).base).or_else(|| default.map(|d| syms.def_ty(d)));
    syms.def_mut(def).base = base;
}

/// The `where` clauses of a type declaration, once every type's base is
/// known (a constraint may name any type).
pub(super) fn resolve_type_constraints(syms: &mut Symbols, decls: &Decls<'_>, p: &PendingType<'_>, diags: &mut Vec<Diagnostic>) {
    let scope = &decls.scopes[p.scope];
    let params = syms.def(scope.def).type_params.clone();
    if p.decl.type_params.is_empty() {
        generics::reject_constraints(p.decl.constraints, diags);
    }
    if params.is_empty() {
        return;
    }
    // The core library may declare a generic type before System.Object:
    // a parameter's default base is given now that every type exists.
    let object = syms.special_ty(SpecialType::Object);
    for &p in &params {
        if syms.def(p).base.is_none_or(|b| b == Symbols::ERROR) {
            syms.def_mut(p).base = Some(object);
        }
    }
    let inherited = params.len() - p.decl.type_params.len();
    if let Some(outer) = syms.def(scope.def).enclosing {
        // The copies of the enclosing type's parameters get its
        // constraints, written in terms of the copies.
        let originals = syms.def(outer).type_params.clone();
        let s = crate::generics::Subst::new(&originals, &params[..inherited].iter().map(|&p| syms.def_ty(p)).collect::<Vec<_>>());
        for (&o, &c) in originals.iter().zip(&params[..inherited]) {
            let od = syms.def(o).clone();
            let base = od.base.map(|b| syms.subst(b, &s));
            let interfaces: Vec<TyId> = od.interfaces.iter().map(|&i| syms.subst(i, &s)).collect();
            let mut info = od.param.clone();
            if let Some(info) = info.as_mut() {
                info.bounds = info.bounds.iter().map(|&b| syms.subst(b, &s)).collect();
                info.owner = ParamOwner::Type(scope.def);
            }
            let cd = syms.def_mut(c);
            cd.base = base;
            cd.interfaces = interfaces;
            cd.param = info;
        }
    }
    if !p.decl.type_params.is_empty() {
        generics::declare_constraints(syms, scope, &params[inherited..], p.decl.constraints, diags);
    }
}
