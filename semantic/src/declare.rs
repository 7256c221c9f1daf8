//! Declaration: the first pass over the source. It enters every type and
//! member into `Symbols` (with resolved signatures) so that bodies, bound
//! next, can refer to anything declared anywhere in the compilation.

use std::collections::HashMap;

use lexer::{Diagnostic, Span};
use parser::ast;
use parser::ast::Modifiers;

use crate::OutputKind;
use crate::types::*;
use crate::bound::AttrTarget;

mod destructor;
mod operators;
pub use destructor::{base_finalize, is_finalizer};
pub use operators::operator_name;
use operators::{check_operator_pairs, declare_operator};

/// Where names are looked up from inside a type: its namespace (and the
/// enclosing ones) and the `using` directives in force.
#[derive(Clone, Debug)]
pub struct TypeScope {
    pub def: DefId,
    pub namespace: String,
    pub usings: Vec<Using>,
}

/// A `using` directive in force (§14.5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Using {
    /// `using System;`: the namespace's types by simple name.
    Namespace(String),
    /// `using IO = System.IO;`: a name for a namespace or type.
    Alias(String, String),
    /// `using static System.Math;`: the type's static members by name.
    Static(String),
}

pub fn using_of(u: &ast::UsingDirective<'_>) -> Using {
    let target = qualified(&u.name);
    match (&u.alias, u.is_static) {
        (Some(a), _) => Using::Alias(a.text.to_string(), target),
        (None, true) => Using::Static(target),
        (None, false) => Using::Namespace(target),
    }
}

/// What a method's body comes from.
#[derive(Clone, Copy)]
pub enum BodySource<'a> {
    Method(&'a ast::MethodDecl<'a>),
    Operator(&'a ast::OperatorDecl<'a>),
    Constructor(&'a ast::ConstructorDecl<'a>),
    /// `~A() { … }`: becomes `Finalize` (§15.13, see `declare/destructor.rs`).
    Destructor(&'a ast::DestructorDecl<'a>),
    /// The constructor C# supplies for a class that declares none.
    DefaultConstructor,
    /// The static constructor that runs static field initializers.
    StaticInitializer,
    Accessor(&'a ast::Accessor<'a>),
    /// `int X => expr;`
    ExpressionProperty(&'a ast::Expr<'a>),
    AutoGet(FieldId),
    AutoSet(FieldId),
    /// C# 9 top-level statements, gathered into a synthesized Main.
    TopLevel,
}

pub struct BodyDecl<'a> {
    pub method: MethodId,
    pub source: BodySource<'a>,
    pub scope: usize,
    /// Where "not all code paths return a value" is reported.
    pub name_span: Span,
}

pub struct Decls<'a> {
    pub scopes: Vec<TypeScope>,
    pub bodies: Vec<BodyDecl<'a>>,
    /// Field initializers of each type, run by its constructors (instance)
    /// or its static constructor (static), in declaration order.
    pub field_inits: HashMap<DefId, Vec<(FieldId, &'a ast::Expr<'a>)>>,
    pub top_level: Vec<&'a ast::Stmt<'a>>,
    /// Explicit interface implementations: (method, interface, the
    /// member's own name, span).
    pub explicit_impls: Vec<(MethodId, TyId, String, Span)>,
    /// Where each source method's name is (abstract ones have no body).
    pub method_spans: HashMap<MethodId, Span>,
    /// Types declared `partial`: further parts add to them.
    pub partial: Vec<DefId>,
    /// User-defined operators: (type, method, declaration span).
    pub operators: Vec<(DefId, MethodId, Span)>,
    /// Custom attributes to bind and emit: (what they are on, the
    /// attributes, the scope their names resolve in).
    pub attributes: Vec<(AttrTarget, &'a [ast::Attribute<'a>], usize)>,
    /// Enum members: (field, explicit value, the member before it, scope).
    /// Without a value a member is the previous one plus one (or 0).
    pub enum_members: Vec<(FieldId, Option<&'a ast::Expr<'a>>, Option<FieldId>, usize)>,
    /// Where each source type's name is, for diagnostics about the type.
    pub type_spans: HashMap<DefId, Span>,
    /// Optional parameters' default values, evaluated with the constants:
    /// (method, parameter index, expression, scope).
    pub param_defaults: Vec<(MethodId, usize, &'a ast::Expr<'a>, usize)>,
    /// `const` fields with their initializers and the scope they bind in.
    pub const_inits: Vec<(FieldId, &'a ast::Expr<'a>, usize)>,
    pub entry_point: Option<MethodId>,
}

struct PendingType<'a> {
    decl: &'a ast::TypeDecl<'a>,
    scope: usize,
}

fn access_of(m: &Modifiers, default: Accessibility) -> Accessibility {
    if m.has(Modifiers::PUBLIC) {
        Accessibility::Public
    } else if m.has(Modifiers::PROTECTED) && m.has(Modifiers::INTERNAL) {
        Accessibility::ProtectedInternal
    } else if m.has(Modifiers::PROTECTED) && m.has(Modifiers::PRIVATE) {
        Accessibility::PrivateProtected
    } else if m.has(Modifiers::PROTECTED) {
        Accessibility::Protected
    } else if m.has(Modifiers::INTERNAL) {
        Accessibility::Internal
    } else if m.has(Modifiers::PRIVATE) {
        Accessibility::Private
    } else {
        default
    }
}

pub fn declare<'a>(
    syms: &mut Symbols,
    units: &[&'a ast::CompilationUnit<'a>],
    kind: OutputKind,
    diags: &mut Vec<Diagnostic>,
) -> Decls<'a> {
    let mut decls = Decls {
        scopes: Vec::new(),
        bodies: Vec::new(),
        field_inits: HashMap::new(),
        top_level: Vec::new(),
        const_inits: Vec::new(),
        param_defaults: Vec::new(),
        type_spans: HashMap::new(),
        enum_members: Vec::new(),
        attributes: Vec::new(),
        operators: Vec::new(),
        partial: Vec::new(),
        method_spans: HashMap::new(),
        explicit_impls: Vec::new(),
        entry_point: None,
    };
    let mut pending = Vec::new();
    for unit in units {
        let usings: Vec<Using> = unit.usings.iter().map(using_of).collect();
        collect_types(
            syms,
            &mut decls,
            &mut pending,
            unit.members,
            "",
            &usings,
            diags,
        );
    }
    // Top-level statements become `Program.<Main>$` (C# 9, spec §7.1.1).
    if !decls.top_level.is_empty() {
        let usings: Vec<Using> = units
            .iter()
            .flat_map(|u| u.usings.iter().map(using_of))
            .collect();
        declare_top_level(syms, &mut decls, usings);
    }
    for p in &pending {
        resolve_base(syms, &decls, p, diags);
    }
    for p in &pending {
        declare_members(syms, &mut decls, p, diags);
    }
    synthesize_constructors(syms, &mut decls);
    check_overrides(syms, &decls, diags);
    check_operator_pairs(syms, &decls, diags);
    check_interface_implementations(syms, &decls, diags);
    check_abstract_implemented(syms, &decls, diags);
    if kind == OutputKind::Exe {
        find_entry_point(syms, &mut decls, diags);
    }
    decls
}

pub fn qualified(q: &ast::QualifiedName<'_>) -> String {
    q.parts.iter().map(|p| p.text).collect::<Vec<_>>().join(".")
}

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
    let full = if container.is_empty() { t.name.text.to_string() } else { format!("{container}.{}", t.name.text) };
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
                ast::TypeKind::Class => TypeDefKind::Class,
                ast::TypeKind::Struct => TypeDefKind::Struct,
                ast::TypeKind::Interface => TypeDefKind::Interface,
                ast::TypeKind::Enum => TypeDefKind::Enum,
            };
            // A nested type is private unless declared otherwise.
            let default_access = if enclosing.is_some() { Accessibility::Private } else { Accessibility::Internal };
            let special = if enclosing.is_none() { SpecialType::from_full_name(namespace, t.name.text) } else { None };
            let d = syms.add_def(TypeDef {
                name: t.name.text.to_string(),
                namespace: container.clone(),
                kind,
                origin: Origin::Source,
                base: None,
                special,
                access: access_of(m, default_access),
                is_static: m.has(Modifiers::STATIC) && kind == TypeDefKind::Class,
                is_sealed: m.has(Modifiers::SEALED) || m.has(Modifiers::STATIC) || kind == TypeDefKind::Struct,
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
            });
            if m.has(Modifiers::PARTIAL) {
                decls.partial.push(d);
            }
            decls.type_spans.insert(d, t.name.span);
            // Modifiers a type kind cannot have (CS0106).
            let bad = match kind {
                TypeDefKind::Struct | TypeDefKind::Enum => [Modifiers::ABSTRACT, Modifiers::SEALED, Modifiers::STATIC].into_iter().find(|&f| m.has(f)),
                TypeDefKind::Interface => [Modifiers::SEALED, Modifiers::STATIC].into_iter().find(|&f| m.has(f)),
                TypeDefKind::Class => None,
            };
            if let Some(f) = bad {
                diags.push(Diagnostic::error("CS0106", t.name.span, format!("The modifier '{}' is not valid for this item", modifier_name(f))));
            }
            d
        }
    };
    decls.scopes.push(TypeScope { def, namespace: namespace.to_string(), usings: usings.to_vec() });
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

fn collect_types<'a>(
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

fn declare_top_level(syms: &mut Symbols, decls: &mut Decls<'_>, usings: Vec<Using>) {
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
    });
    syms.def_mut(def).base = syms
        .special_def(SpecialType::Object)
        .map(|d| syms.def_ty(d));
    decls.scopes.push(TypeScope {
        def,
        namespace: String::new(),
        usings,
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
    let method = syms.add_method(MethodSym {
        name: "<Main>$".into(),
        owner: def,
        origin: Origin::Source,
        params: vec![ParamSym::new("args", args, ParamKind::Value)],
        ret,
        is_static: true,
        is_ctor: false,
        is_extern: false,
        is_abstract: false,
        is_virtual: false,
        is_override: false,
        is_final: false,
        is_extension: false,
        is_accessor: false,
        impl_options: 0,
        access: Accessibility::Private,
    });
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

fn resolve_base(
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
    syms.def_mut(def).interfaces = interfaces;
    // The core library's own roots have no base (System.Object) or
    // implicit ones that are themselves (ValueType's base is Object).
    let special = syms.def(def).special;
    let default = match kind {
        _ if special == Some(SpecialType::Object) => None,
        TypeDefKind::Class => syms.special_def(SpecialType::Object),
        TypeDefKind::Struct => syms.special_def(SpecialType::ValueType),
        TypeDefKind::Enum => syms.special_def(SpecialType::Enum),
        TypeDefKind::Interface => None,
    };
    let base = base.or_else(|| default.map(|d| syms.def_ty(d)));
    syms.def_mut(def).base = base;
}

/// Resolves a type as written in source, reporting CS0246 when no type
/// has the name.
pub fn resolve_type(
    syms: &mut Symbols,
    scope: &TypeScope,
    ty: &ast::TypeSyntax<'_>,
    diags: &mut Vec<Diagnostic>,
) -> TyId {
    match &ty.kind {
        ast::TypeSyntaxKind::Predefined(p) => {
            let sp = predefined_special(*p);
            match syms.special_def(sp) {
                Some(d) => syms.def_ty(d),
                None => {
                    diags.push(Diagnostic::error(
                        "CS0518",
                        ty.span,
                        format!("Predefined type 'System.{sp:?}' is not defined or imported"),
                    ));
                    Symbols::ERROR
                }
            }
        }
        ast::TypeSyntaxKind::Named(parts) => {
            if parts.iter().any(|p| !p.type_args.is_empty()) {
                diags.push(Diagnostic::error(
                    "CS8652",
                    ty.span,
                    "Generic types are not supported by Sharp yet",
                ));
                return Symbols::ERROR;
            }
            let name = parts
                .iter()
                .map(|p| p.name.text)
                .collect::<Vec<_>>()
                .join(".");
            match lookup_type_name(syms, scope, &name) {
                Some(d) => syms.def_ty(d),
                None => {
                    diags.push(Diagnostic::error(
                        "CS0246",
                        ty.span,
                        format!(
                            "The type or namespace name '{name}' could not be found (are you missing a using directive or an assembly reference?)"
                        ),
                    ));
                    Symbols::ERROR
                }
            }
        }
        ast::TypeSyntaxKind::Array { elem, rank } => {
            let e = resolve_type(syms, scope, elem, diags);
            if syms.is_error(e) {
                return e;
            }
            syms.array_of(e, *rank)
        }
        ast::TypeSyntaxKind::Nullable(_) => {
            diags.push(Diagnostic::error(
                "CS8652",
                ty.span,
                "Nullable value types are not supported by Sharp yet",
            ));
            Symbols::ERROR
        }
    }
}

pub fn predefined_special(p: ast::PredefinedType) -> SpecialType {
    use ast::PredefinedType as P;
    match p {
        P::Void => SpecialType::Void,
        P::Bool => SpecialType::Boolean,
        P::Byte => SpecialType::Byte,
        P::SByte => SpecialType::SByte,
        P::Short => SpecialType::Int16,
        P::UShort => SpecialType::UInt16,
        P::Int => SpecialType::Int32,
        P::UInt => SpecialType::UInt32,
        P::Long => SpecialType::Int64,
        P::ULong => SpecialType::UInt64,
        P::Char => SpecialType::Char,
        P::Float => SpecialType::Single,
        P::Double => SpecialType::Double,
        P::Decimal => SpecialType::Decimal,
        P::String => SpecialType::String,
        P::Object => SpecialType::Object,
    }
}

/// A type name as C# finds it (spec §7.6): the enclosing namespaces from
/// the innermost out, then the namespaces imported by `using`.
pub fn lookup_type_name(syms: &Symbols, scope: &TypeScope, name: &str) -> Option<DefId> {
    // Types nested in this type, its enclosing types and their bases.
    if syms.defs.len() > scope.def.0 as usize {
        let mut outer = Some(scope.def);
        while let Some(o) = outer {
            let mut current = Some(o);
            while let Some(c) = current {
                if let Some(d) = syms.nested_type(c, name) {
                    return Some(d);
                }
                current = syms.def(c).base.and_then(|b| match syms.kind(b) {
                    TyKind::Def(d) => Some(d),
                    _ => None,
                });
            }
            outer = syms.def(o).enclosing;
        }
    }
    let mut ns = scope.namespace.as_str();
    loop {
        let full = if ns.is_empty() {
            name.to_string()
        } else {
            format!("{ns}.{name}")
        };
        if let Some(d) = syms.lookup_type(&full) {
            return Some(d);
        }
        if ns.is_empty() {
            break;
        }
        ns = ns.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    }
    // An alias names a type directly, or a namespace as a prefix.
    let (first, rest) = match name.split_once('.') {
        Some((f, r)) => (f, Some(r)),
        None => (name, None),
    };
    for u in &scope.usings {
        if let Using::Alias(a, target) = u {
            if a == first {
                let full = match rest {
                    Some(r) => format!("{target}.{r}"),
                    None => target.clone(),
                };
                return syms.lookup_type(&full);
            }
        }
    }
    scope.usings.iter().find_map(|u| match u {
        Using::Namespace(ns) => syms.lookup_type(&format!("{ns}.{name}")),
        _ => None,
    })
}

fn declare_members<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    p: &PendingType<'a>,
    diags: &mut Vec<Diagnostic>,
) {
    let scope = decls.scopes[p.scope].clone();
    let def = scope.def;
    let type_static = syms.def(def).is_static;
    let is_interface = syms.def(def).kind == TypeDefKind::Interface;
    let member_default = if is_interface {
        Accessibility::Public
    } else {
        Accessibility::Private
    };
    let void = syms.special_ty(SpecialType::Void);
    for member in p.decl.members {
        match member {
            ast::MemberDecl::Field(f) => {
                let ty = resolve_type(syms, &scope, f.ty, diags);
                if let Some(bad) = [Modifiers::ABSTRACT, Modifiers::VIRTUAL, Modifiers::OVERRIDE].into_iter().find(|&b| f.modifiers.has(b)) {
                    let span = f.declarators.first().map(|d| d.name.span).unwrap_or(f.span);
                    diags.push(Diagnostic::error(
                        "CS0681",
                        span,
                        format!("The modifier '{}' is not valid on fields. Try using a property instead.", modifier_name(bad)),
                    ));
                }
                for d in f.declarators {
                    check_duplicate_member(syms, def, d.name.text, false, d.name.span, diags);
                }
                let is_const = f.modifiers.has(Modifiers::CONST);
                let is_static = f.modifiers.has(Modifiers::STATIC) || is_const;
                if type_static && !is_static {
                    diags.push(Diagnostic::error(
                        "CS0708",
                        f.declarators.first().map(|d| d.name.span).unwrap_or(f.span),
                        format!(
                            "'{}': cannot declare instance members in a static class",
                            syms.def(def).name
                        ),
                    ));
                }
                for d in f.declarators {
                    let id = syms.add_field(FieldSym {
                        name: d.name.text.to_string(),
                        owner: def,
                        origin: Origin::Source,
                        ty,
                        is_static,
                        is_readonly: f.modifiers.has(Modifiers::READONLY),
                        is_const,
                        constant: None,
                        access: access_of(&f.modifiers, member_default),
                    });
                    if !f.attributes.is_empty() {
                        decls.attributes.push((AttrTarget::Field(id), f.attributes, p.scope));
                    }
                    if is_const {
                        match d.init {
                            Some(init) => decls.const_inits.push((id, init, p.scope)),
                            None => diags.push(Diagnostic::error(
                                "CS0145",
                                d.name.span,
                                "A const field requires a value to be provided",
                            )),
                        }
                    } else if let Some(init) = d.init {
                        decls.field_inits.entry(def).or_default().push((id, init));
                    }
                }
            }
            ast::MemberDecl::Method(m) => {
                check_duplicate_member(syms, def, m.name.text, true, m.name.span, diags);
                destructor::check_finalize_override(m, diags);
                // A struct's methods cannot be virtual, abstract or
                // protected (CS0106): structs are sealed.
                if syms.def(def).kind == TypeDefKind::Struct {
                    if let Some(bad) = [Modifiers::VIRTUAL, Modifiers::ABSTRACT, Modifiers::PROTECTED].into_iter().find(|&b| m.modifiers.has(b)) {
                        diags.push(Diagnostic::error("CS0106", m.name.span, format!("The modifier '{}' is not valid for this item", modifier_name(bad))));
                    }
                }
                if !m.type_params.is_empty() {
                    diags.push(Diagnostic::error(
                        "CS8652",
                        m.name.span,
                        "Generic methods are not supported by Sharp yet",
                    ));
                    continue;
                }
                let ret = resolve_type(syms, &scope, m.return_type, diags);
                let params = declare_params(syms, &scope, m.params, diags);
                let is_static = m.modifiers.has(Modifiers::STATIC);
                if type_static && !is_static {
                    diags.push(Diagnostic::error(
                        "CS0708",
                        m.name.span,
                        format!(
                            "'{}': cannot declare instance members in a static class",
                            m.name.text
                        ),
                    ));
                }
                let is_extern = m.modifiers.has(Modifiers::EXTERN);
                let is_abstract =
                    m.modifiers.has(Modifiers::ABSTRACT) || (is_interface && m.body.is_none());
                if m.body.is_none() && !is_extern && !is_abstract {
                    diags.push(Diagnostic::error(
                        "CS0501",
                        m.name.span,
                        format!(
                            "'{}.{}()' must declare a body because it is not marked abstract, extern, or partial",
                            syms.def(def).name,
                            m.name.text
                        ),
                    ));
                }
                // An explicit interface implementation (§18.6.2) is a
                // private virtual final method named `IFoo.M`, reachable
                // only through the interface.
                let explicit = m.explicit_interface.map(|t| resolve_type(syms, &scope, t, diags));
                let name = match explicit {
                    Some(t) if t != Symbols::ERROR => format!("{}.{}", syms.display(t), m.name.text),
                    _ => m.name.text.to_string(),
                };
                let id = syms.add_method(MethodSym {
                    name,
                    owner: def,
                    origin: Origin::Source,
                    params,
                    ret,
                    is_static,
                    is_ctor: false,
                    is_extern,
                    is_abstract,
                    is_virtual: is_abstract
                        || explicit.is_some()
                        || m.modifiers.has(Modifiers::VIRTUAL)
                        || m.modifiers.has(Modifiers::OVERRIDE),
                    is_override: m.modifiers.has(Modifiers::OVERRIDE),
                    is_final: m.modifiers.has(Modifiers::SEALED) || explicit.is_some(),
                    is_extension: false,
                    is_accessor: false,
                    impl_options: 0,
                    access: if explicit.is_some() { Accessibility::Private } else { access_of(&m.modifiers, member_default) },
                });
                if let Some(t) = explicit {
                    decls.explicit_impls.push((id, t, m.name.text.to_string(), m.name.span));
                }
                check_duplicate_method(syms, id, m.name.span, diags);
                // `this` on the first parameter: an extension method, which
                // must be static in a static class (CS1105, CS1106).
                if m.params.first().is_some_and(|p| p.modifier == ast::ParamModifier::This) {
                    if !is_static {
                        diags.push(Diagnostic::error("CS1105", m.name.span, format!("Extension method must be static")));
                    } else if !type_static || syms.def(def).enclosing.is_some() {
                        diags.push(Diagnostic::error(
                            "CS1106",
                            scope_span(decls, def).unwrap_or(m.name.span),
                            format!("Extension method must be defined in a non-generic static class"),
                        ));
                    } else {
                        syms.methods[id.0 as usize].is_extension = true;
                    }
                }
                if !m.attributes.is_empty() {
                    decls.attributes.push((AttrTarget::Method(id), m.attributes, p.scope));
                }
                decls.method_spans.insert(id, m.name.span);
                record_defaults(decls, id, m.params, p.scope);
                if m.body.is_some() {
                    decls.bodies.push(BodyDecl {
                        method: id,
                        source: BodySource::Method(m),
                        scope: p.scope,
                        name_span: m.name.span,
                    });
                }
            }
            ast::MemberDecl::Constructor(c) => {
                let is_static = c.modifiers.has(Modifiers::STATIC);
                if c.name.text != syms.def(def).name {
                    diags.push(Diagnostic::error(
                        "CS1520",
                        c.name.span,
                        "Method must have a return type",
                    ));
                    continue;
                }
                if is_static {
                    syms.def_mut(def).has_explicit_cctor = true;
                }
                let params = declare_params(syms, &scope, c.params, diags);
                let id = syms.add_method(MethodSym {
                    name: if is_static {
                        ".cctor".into()
                    } else {
                        ".ctor".into()
                    },
                    owner: def,
                    origin: Origin::Source,
                    params,
                    ret: void,
                    is_static,
                    is_ctor: !is_static,
                    is_extern: c.modifiers.has(Modifiers::EXTERN),
                    is_abstract: false,
                    is_virtual: false,
                    is_override: false,
                    is_final: false,
                    is_extension: false,
                    is_accessor: false,
                    impl_options: 0,
                    access: if is_static {
                        Accessibility::Private
                    } else {
                        access_of(&c.modifiers, member_default)
                    },
                });
                record_defaults(decls, id, c.params, p.scope);
                decls.bodies.push(BodyDecl {
                    method: id,
                    source: BodySource::Constructor(c),
                    scope: p.scope,
                    name_span: c.name.span,
                });
            }
            ast::MemberDecl::Property(prop) => {
                declare_property(syms, decls, p.scope, &scope, PropertyLike::property(prop), member_default, diags)
            }
            ast::MemberDecl::Operator(op) => declare_operator(syms, decls, p.scope, &scope, op, diags),
            ast::MemberDecl::Destructor(d) => destructor::declare_destructor(syms, decls, p.scope, &scope, d, diags),
            ast::MemberDecl::Indexer(ix) => {
                declare_property(syms, decls, p.scope, &scope, PropertyLike::indexer(ix), member_default, diags)
            }
            ast::MemberDecl::NestedType(_) => {} // declared with their enclosing type
            ast::MemberDecl::EnumMember(e) => {
                // An enum's storage is the instance field `value__` of the
                // underlying type (ECMA-335 II.14.3); each member is a
                // literal static field of the enum type.
                let underlying = syms.def(def).enum_underlying.unwrap_or(Symbols::ERROR);
                if !syms.def(def).fields.iter().any(|&f| syms.field(f).name == "value__") {
                    syms.add_field(FieldSym {
                        name: "value__".into(),
                        owner: def,
                        origin: Origin::Source,
                        ty: underlying,
                        is_static: false,
                        is_readonly: false,
                        is_const: false,
                        constant: None,
                        access: Accessibility::Public,
                    });
                }
                if syms.def(def).fields.iter().any(|&f| syms.field(f).name == e.name.text) {
                    diags.push(Diagnostic::error(
                        "CS0102",
                        e.name.span,
                        format!("The type '{}' already contains a definition for '{}'", syms.def(def).name, e.name.text),
                    ));
                    continue;
                }
                let enum_ty = syms.def_ty(def);
                let id = syms.add_field(FieldSym {
                    name: e.name.text.to_string(),
                    owner: def,
                    origin: Origin::Source,
                    ty: enum_ty,
                    is_static: true,
                    is_readonly: false,
                    is_const: true,
                    constant: None,
                    access: Accessibility::Public,
                });
                let previous = decls.enum_members.iter().rev().find(|m| syms.field(m.0).owner == def).map(|m| m.0);
                decls.enum_members.push((id, e.value, previous, p.scope));
            }
            ast::MemberDecl::Error(_) => {}
            #[allow(unreachable_patterns)]
            _ => {}
        }
    }
}

/// The constructors C# supplies: a public parameterless one for a class
/// that declares none (§15.11.5; protected when abstract), and a static
/// one when static field initializers exist and no static constructor
/// was written. Run once per type, after all its partial parts.
fn synthesize_constructors(syms: &mut Symbols, decls: &mut Decls<'_>) {
    let void = syms.special_ty(SpecialType::Void);
    let mut types: Vec<(DefId, Span)> = decls.type_spans.iter().map(|(&d, &s)| (d, s)).collect();
    types.sort_by_key(|t| t.0);
    for (def, span) in types {
        let Some(scope) = decls.scopes.iter().position(|s| s.def == def) else { continue };
        let t = syms.def(def).clone();
        let has_ctor = t.methods.iter().any(|&m| syms.method(m).name == ".ctor");
        let has_cctor = t.methods.iter().any(|&m| syms.method(m).name == ".cctor");
        let mut add = |syms: &mut Symbols, name: &str, is_static: bool, access: Accessibility, source: BodySource<'static>| {
            let id = syms.add_method(MethodSym {
                name: name.into(),
                owner: def,
                origin: Origin::Source,
                params: Vec::new(),
                ret: void,
                is_static,
                is_ctor: !is_static,
                is_extern: false,
                is_abstract: false,
                is_virtual: false,
                is_override: false,
                is_final: false,
                is_extension: false,
                is_accessor: false,
                impl_options: 0,
                access,
            });
            decls.bodies.push(BodyDecl { method: id, source, scope, name_span: span });
        };
        if t.kind == TypeDefKind::Class && !t.is_static && !has_ctor {
            let access = if t.is_abstract { Accessibility::Protected } else { Accessibility::Public };
            add(syms, ".ctor", false, access, BodySource::DefaultConstructor);
        }
        let static_inits = decls.field_inits.get(&def).is_some_and(|v| v.iter().any(|(f, _)| syms.field(*f).is_static));
        if static_inits && !has_cctor {
            add(syms, ".cctor", true, Accessibility::Private, BodySource::StaticInitializer);
        }
    }
}

/// What properties and indexers share: a typed member with get/set
/// accessors; an indexer also has parameters.
struct PropertyLike<'a> {
    name: String,
    name_span: Span,
    modifiers: Modifiers,
    ty: &'a ast::TypeSyntax<'a>,
    params: &'a [ast::Param<'a>],
    accessors: &'a [ast::Accessor<'a>],
    expr_body: Option<&'a ast::Expr<'a>>,
    initializer: Option<&'a ast::Expr<'a>>,
}

impl<'a> PropertyLike<'a> {
    fn property(p: &'a ast::PropertyDecl<'a>) -> Self {
        PropertyLike {
            name: p.name.text.to_string(),
            name_span: p.name.span,
            modifiers: p.modifiers,
            ty: p.ty,
            params: &[],
            accessors: p.accessors,
            expr_body: p.expr_body,
            initializer: p.initializer,
        }
    }

    /// An indexer is the property `Item`, or the name its
    /// `[IndexerName("...")]` gives (recognised by name, as the compiler
    /// treats that attribute specially rather than emitting it).
    fn indexer(i: &'a ast::IndexerDecl<'a>) -> Self {
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
        }
    }
}

fn declare_property<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    scope_index: usize,
    scope: &TypeScope,
    prop: PropertyLike<'a>,
    member_default: Accessibility,
    diags: &mut Vec<Diagnostic>,
) {
    let def = scope.def;
    let ty = resolve_type(syms, scope, prop.ty, diags);
    let index_params = declare_params(syms, scope, prop.params, diags);
    let is_static = prop.modifiers.has(Modifiers::STATIC);
    let is_extern = prop.modifiers.has(Modifiers::EXTERN);
    let access = access_of(&prop.modifiers, member_default);
    let void = syms.special_ty(SpecialType::Void);
    let is_interface = syms.def(def).kind == TypeDefKind::Interface;
    let is_abstract = is_interface || prop.modifiers.has(Modifiers::ABSTRACT);
    let is_virtual = is_abstract || prop.modifiers.has(Modifiers::VIRTUAL) || prop.modifiers.has(Modifiers::OVERRIDE);
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
        let id = syms.add_method(MethodSym {
            name: format!("{}_{}", if is_get { "get" } else { "set" }, prop.name),
            owner: def,
            origin: Origin::Source,
            params,
            ret: if is_get { ty } else { void },
            is_static,
            is_ctor: false,
            is_extern,
            is_abstract,
            is_virtual,
            is_override: prop.modifiers.has(Modifiers::OVERRIDE),
            is_final: false,
            is_extension: false,
            is_accessor: true,
            impl_options: 0,
            access,
        });
        if let Some(source) = source {
            decls.bodies.push(BodyDecl { method: id, source, scope: scope_index, name_span: span });
        }
        id
    };
    let (mut getter, mut setter) = (None, None);
    if let Some(e) = prop.expr_body {
        getter = Some(accessor(syms, decls, true, Some(BodySource::ExpressionProperty(e)), prop.name_span));
    }
    for a in prop.accessors {
        let is_get = a.kind == ast::AccessorKind::Get;
        let source = match (a.body.is_some(), backing) {
            (true, _) => Some(BodySource::Accessor(a)),
            (false, Some(f)) => Some(if is_get { BodySource::AutoGet(f) } else { BodySource::AutoSet(f) }),
            (false, None) => None,
        };
        let id = accessor(syms, decls, is_get, source, a.span);
        if is_get {
            getter = Some(id)
        } else {
            setter = Some(id)
        }
    }
    syms.add_property(PropertySym {
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
}

fn record_defaults<'a>(decls: &mut Decls<'a>, method: MethodId, params: &'a [ast::Param<'a>], scope: usize) {
    for (i, p) in params.iter().enumerate() {
        if let Some(d) = p.default {
            decls.param_defaults.push((method, i, d, scope));
        }
    }
}

pub fn declare_params(
    syms: &mut Symbols,
    scope: &TypeScope,
    params: &[ast::Param<'_>],
    diags: &mut Vec<Diagnostic>,
) -> Vec<ParamSym> {
    let mut out: Vec<ParamSym> = Vec::new();
    for p in params {
        let ty = resolve_type(syms, scope, p.ty, diags);
        if out.iter().any(|q| q.name == p.name.text) {
            diags.push(Diagnostic::error(
                "CS0100",
                p.name.span,
                format!("The parameter name '{}' is a duplicate", p.name.text),
            ));
        }
        let kind = match p.modifier {
            ast::ParamModifier::None | ast::ParamModifier::Params => ParamKind::Value,
            ast::ParamModifier::Ref => ParamKind::Ref,
            ast::ParamModifier::Out => ParamKind::Out,
            ast::ParamModifier::This => ParamKind::Value,
            ast::ParamModifier::In => {
                diags.push(Diagnostic::error("CS8652", p.span, "in parameters are not supported by Sharp yet"));
                ParamKind::Value
            }
        };
        let is_params = p.modifier == ast::ParamModifier::Params;
        if is_params && !matches!(syms.kind(ty), TyKind::Array(_, 1)) && ty != Symbols::ERROR {
            diags.push(Diagnostic::error("CS0225", p.span, "The params parameter must be a single dimensional array"));
        }
        if is_params && out.len() + 1 != params.len() {
            diags.push(Diagnostic::error("CS0231", p.span, "A params parameter must be the last parameter in a parameter list"));
        }
        // Required parameters may not follow optional ones (CS1737).
        if p.default.is_none() && !is_params && out.iter().any(|q| q.has_default) {
            diags.push(Diagnostic::error(
                "CS1737",
                p.span,
                "Optional parameters must appear after all required parameters",
            ));
        }
        let mut sym = ParamSym::new(p.name.text, ty, kind);
        sym.has_default = p.default.is_some();
        sym.is_params = is_params;
        out.push(sym);
    }
    out
}

fn modifier_name(flag: u32) -> &'static str {
    match flag {
        Modifiers::ABSTRACT => "abstract",
        Modifiers::SEALED => "sealed",
        Modifiers::STATIC => "static",
        Modifiers::VIRTUAL => "virtual",
        Modifiers::OVERRIDE => "override",
        Modifiers::PROTECTED => "protected",
        _ => "?",
    }
}

/// CS0102: a name used by two members of one type, other than method
/// overloads (§15.3).
fn check_duplicate_member(syms: &Symbols, def: DefId, name: &str, is_method: bool, span: Span, diags: &mut Vec<Diagnostic>) {
    let t = syms.def(def);
    let clash = t.fields.iter().any(|&f| syms.field(f).name == name)
        || t.properties.iter().any(|&p| syms.property(p).name == name && !syms.property(p).is_indexer)
        || (!is_method && t.methods.iter().any(|&m| syms.method(m).name == name && !syms.method(m).is_accessor));
    if clash {
        diags.push(Diagnostic::error("CS0102", span, format!("The type '{}' already contains a definition for '{name}'", t.name)));
    }
}

fn scope_span(decls: &Decls<'_>, def: DefId) -> Option<Span> {
    decls.type_spans.get(&def).copied()
}

/// An interface and every interface it inherits, each once.
pub fn all_interfaces(syms: &Symbols, ty: TyId, out: &mut Vec<TyId>) {
    let TyKind::Def(d) = syms.kind(ty) else { return };
    for &i in &syms.def(d).interfaces {
        if !out.contains(&i) {
            out.push(i);
            all_interfaces(syms, i, out);
        }
    }
}

/// CS0535: every method of every implemented interface needs a public
/// instance method of the same name and signature in the class or a
/// base class (§18.6.5). A non-virtual one becomes `virtual final`, as
/// the runtime requires of an implementation (ECMA-335 II.12.2).
fn check_interface_implementations(syms: &mut Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    // Explicit implementations name their interface method: the one of
    // that name and signature in the interface (CS0539 when none).
    let mut explicit: Vec<(MethodId, MethodId)> = Vec::new();
    for (m, iface, name, span) in &decls.explicit_impls {
        let TyKind::Def(i) = syms.kind(*iface) else { continue };
        let sym = syms.method(*m).clone();
        let target = syms.def(i).methods.iter().copied().find(|&im| {
            let s = syms.method(im);
            &s.name == name && s.params.len() == sym.params.len() && s.params.iter().zip(&sym.params).all(|(a, b)| a.ty == b.ty && a.kind == b.kind)
        });
        match target {
            Some(t) => explicit.push((t, *m)),
            None => diags.push(Diagnostic::error(
                "CS0539",
                *span,
                format!("'{}' in explicit interface declaration is not found among members of the interface that can be implemented", syms.method_display(*m)),
            )),
        }
    }
    for (&d, &span) in &decls.type_spans {
        if !matches!(syms.def(d).kind, TypeDefKind::Class | TypeDefKind::Struct) {
            continue;
        }
        let mut ifaces = Vec::new();
        let me = syms.def_ty(d);
        all_interfaces(syms, me, &mut ifaces);
        for iface in ifaces {
            let TyKind::Def(i) = syms.kind(iface) else { continue };
            for &im in &syms.def(i).methods.clone() {
                if syms.method(im).is_static {
                    continue;
                }
                let own = explicit.iter().find(|(i, m)| *i == im && syms.method(*m).owner == d).map(|(_, m)| *m);
                if let Some(m) = own {
                    syms.method_impls.push((d, m, im));
                    continue;
                }
                match find_implementation(syms, d, im) {
                    Some(m) => {
                        let sym = &mut syms.methods[m.0 as usize];
                        if !sym.is_virtual {
                            sym.is_virtual = true;
                            sym.is_final = true;
                        }
                    }
                    None => diags.push(Diagnostic::error(
                        "CS0535",
                        span,
                        format!("'{}' does not implement interface member '{}'", syms.def(d).full_name(), syms.method_display(im)),
                    )),
                }
            }
        }
    }
}

fn find_implementation(syms: &Symbols, class: DefId, iface_method: MethodId) -> Option<MethodId> {
    let want = syms.method(iface_method);
    let mut current = Some(class);
    while let Some(c) = current {
        let found = syms.def(c).methods.iter().copied().find(|&m| {
            let s = syms.method(m);
            s.name == want.name
                && !s.is_static
                && s.access == Accessibility::Public
                && s.ret == want.ret
                && s.params.len() == want.params.len()
                && s.params.iter().zip(&want.params).all(|(a, b)| a.ty == b.ty && a.kind == b.kind)
        });
        if found.is_some() {
            return found;
        }
        current = syms.def(c).base.and_then(|b| match syms.kind(b) {
            TyKind::Def(d) => Some(d),
            _ => None,
        });
    }
    None
}

/// CS0534: a concrete class must override every abstract method it
/// inherits; CS0513: only an abstract class may declare one.
fn check_abstract_implemented(syms: &Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    for (&d, &span) in &decls.type_spans {
        let def = syms.def(d);
        if def.kind != TypeDefKind::Class {
            continue;
        }
        if !def.is_abstract {
            for &m in &def.methods {
                if syms.method(m).is_abstract {
                    let span = decls.method_spans.get(&m).copied().unwrap_or(span);
                    diags.push(Diagnostic::error(
                        "CS0513",
                        span,
                        format!("'{}' is abstract but it is contained in non-abstract type '{}'", syms.method_display(m), def.full_name()),
                    ));
                }
            }
        }
        if def.is_abstract {
            continue;
        }
        // Walk up: an abstract method counts as implemented when a class
        // between it and `d` overrides it.
        let mut overridden: Vec<MethodId> = Vec::new();
        // The type's own abstract members were reported as CS0513.
        overridden.extend(def.methods.iter().copied().filter(|&m| syms.method(m).is_abstract));
        let mut current = Some(d);
        while let Some(c) = current {
            for &m in &syms.def(c).methods {
                let s = syms.method(m);
                if s.is_abstract && !overridden.iter().any(|&o| same_sig(syms, o, m)) {
                    diags.push(Diagnostic::error(
                        "CS0534",
                        span,
                        format!("'{}' does not implement inherited abstract member '{}'", def.full_name(), syms.method_display(m)),
                    ));
                }
                if s.is_override {
                    overridden.push(m);
                }
            }
            current = syms.def(c).base.and_then(|b| match syms.kind(b) {
                TyKind::Def(x) => Some(x),
                _ => None,
            });
        }
    }
}

fn same_sig(syms: &Symbols, a: MethodId, b: MethodId) -> bool {
    let (a, b) = (syms.method(a), syms.method(b));
    a.name == b.name && a.params.len() == b.params.len() && a.params.iter().zip(&b.params).all(|(x, y)| x.ty == y.ty && x.kind == y.kind)
}

/// Every `override` must find a virtual method with the same name and
/// parameter types in a base class (CS0115), and may not override a
/// non-virtual one (CS0506).
fn check_overrides(syms: &Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    for b in &decls.bodies {
        let m = syms.method(b.method);
        if !m.is_override {
            continue;
        }
        match overridden_method(syms, b.method) {
            Some(base) if syms.method(base).is_virtual => {}
            Some(base) => diags.push(Diagnostic::error(
                "CS0506",
                b.name_span,
                format!(
                    "'{}': cannot override inherited member '{}' because it is not marked virtual, abstract, or override",
                    syms.method_display(b.method),
                    syms.method_display(base)
                ),
            )),
            None => diags.push(Diagnostic::error(
                "CS0115",
                b.name_span,
                format!("'{}': no suitable method found to override", syms.method_display(b.method)),
            )),
        }
    }
}

/// The nearest base-class method `m` overrides: same name, same
/// parameter types.
pub fn overridden_method(syms: &Symbols, m: MethodId) -> Option<MethodId> {
    let sym = syms.method(m);
    let mut current = syms.def(sym.owner).base;
    while let Some(t) = current {
        let TyKind::Def(d) = syms.kind(t) else { return None };
        let found = syms.def(d).methods.iter().copied().find(|&o| {
            let other = syms.method(o);
            other.name == sym.name
                && other.params.len() == sym.params.len()
                && other.params.iter().zip(&sym.params).all(|(a, b)| a.ty == b.ty && a.kind == b.kind)
        });
        if found.is_some() {
            return found;
        }
        current = syms.def(d).base;
    }
    None
}

/// CS0111: two methods of one type with the same name and parameter types.
fn check_duplicate_method(syms: &Symbols, id: MethodId, span: Span, diags: &mut Vec<Diagnostic>) {
    let m = syms.method(id);
    let dup = syms.def(m.owner).methods.iter().any(|&o| {
        o != id && {
            let other = syms.method(o);
            other.name == m.name
                && other.params.len() == m.params.len()
                && other
                    .params
                    .iter()
                    .zip(&m.params)
                    .all(|(a, b)| a.ty == b.ty)
        }
    });
    if dup {
        let owner = syms.def(m.owner).name.clone();
        diags.push(Diagnostic::error(
            "CS0111",
            span,
            format!(
                "Type '{owner}' already defines a member called '{}' with the same parameter types",
                m.name
            ),
        ));
    }
}

/// The entry point: a static `Main` returning void or int, taking nothing
/// or `string[]` (spec §7.1).
fn find_entry_point(syms: &mut Symbols, decls: &mut Decls<'_>, diags: &mut Vec<Diagnostic>) {
    let string = syms.special_ty(SpecialType::String);
    let args = syms.array_of(string, 1);
    let int = syms.special_ty(SpecialType::Int32);
    let void = syms.special_ty(SpecialType::Void);
    let mut found: Vec<(MethodId, Span)> = Vec::new();
    for b in &decls.bodies {
        let m = syms.method(b.method);
        if m.name == "Main" && m.origin == Origin::Source && m.is_static {
            let params_ok = m.params.is_empty() || (m.params.len() == 1 && m.params[0].ty == args);
            if params_ok && (m.ret == int || m.ret == void) {
                found.push((b.method, b.name_span));
            }
        }
    }
    if let Some(top) = decls.entry_point {
        if let Some((_, span)) = found.first() {
            diags.push(Diagnostic::warning(
                "CS7022",
                *span,
                "The entry point of the program is global code; ignoring 'Main()' entry point.",
            ));
        }
        decls.entry_point = Some(top);
        return;
    }
    match found.len() {
        0 => diags.push(Diagnostic::error(
            "CS5001",
            Span::default(),
            "Program does not contain a static 'Main' method suitable for an entry point",
        )),
        1 => decls.entry_point = Some(found[0].0),
        _ => {
            for (_, span) in &found {
                diags.push(Diagnostic::error(
                    "CS0017",
                    *span,
                    "Program has more than one entry point defined.",
                ));
            }
        }
    }
}
