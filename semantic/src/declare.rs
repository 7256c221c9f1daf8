//! Declaration: the first pass over the source. It enters every type and
//! member into `Symbols` (with resolved signatures) so that bodies, bound
//! next, can refer to anything declared anywhere in the compilation.
//!
//! By construct: `types` (type declarations and their bases), `names`
//! (type names), `members`, `properties`, `operators`, `destructor`, and
//! `checks` (the whole-program checks run once all is declared).

use rustc_hash::FxHashMap as HashMap;

use lexer::{Diagnostic, Span};
use parser::ast;
use parser::ast::Modifiers;

use crate::OutputKind;
use crate::types::*;
use crate::bound::AttrTarget;

mod anonymous;
mod checks;
mod destructor;
mod events;
mod generics;
mod members;
mod names;
mod operators;
mod properties;
mod records;
mod synth;
mod types;
pub use anonymous::{anonymous_types_unit, shape_key};
pub use checks::{all_interfaces, overridden_method};
pub use destructor::{base_finalize, is_finalizer};
pub(crate) use generics::copy_type_param;
pub use members::declare_params;
pub use names::{alias_type, implied_type_args, lookup_type_name, predefined_special, qualified, resolve_type};
pub use operators::operator_name;
use checks::{check_abstract_implemented, check_interface_implementations, check_overrides, find_entry_point};
use members::{declare_members, synthesize_constructors};
use operators::check_operator_pairs;
use types::{collect_types, declare_top_level, resolve_base};

/// Where names are looked up from inside a type: its namespace (and the
/// enclosing ones) and the `using` directives in force.
#[derive(Clone, Debug)]
pub struct TypeScope {
    pub def: DefId,
    pub namespace: String,
    pub usings: Vec<Using>,
    /// A generic method's type parameters, found before the type's.
    pub method_type_params: Vec<DefId>,
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
    /// `using IntBox = Box<int>;`: a name for a constructed type, resolved
    /// once every type is declared (`Symbols::type_aliases`, keyed by the
    /// directive's span).
    AliasType(String, Span),
}

pub fn using_of(u: &ast::UsingDirective<'_>) -> Using {
    let target = qualified(&u.name);
    match (&u.alias, u.is_static) {
        (Some(a), _) if u.alias_type.is_some() => Using::AliasType(a.text.to_string(), u.span),
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
    /// A field-like event's add (true) or remove accessor over its field.
    EventAccessor(FieldId, bool),
}

pub struct BodyDecl<'a> {
    pub method: MethodId,
    pub source: BodySource<'a>,
    pub scope: usize,
    /// Where "not all code paths return a value" is reported.
    pub name_span: Span,
}

pub struct Decls<'a> {
    /// Each type's members by name, for the duplicate-member checks.
    pub member_names: members::MemberNames,
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
    /// Where each source field is named, for diagnostics about the field itself.
    pub field_spans: HashMap<FieldId, Span>,
    /// Types declared `partial`: further parts add to them.
    pub partial: Vec<DefId>,
    /// User-defined operators: (type, method, declaration span).
    pub operators: Vec<(DefId, MethodId, Span)>,
    /// Custom attributes to bind and emit: (the declaration they are written on, which
    /// a section's explicit target may redirect (`bind/attributes.rs`), the
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
    /// The copy constructors written for records (`declare/records.rs`),
    /// which run no field initializers.
    pub record_copy_constructors: Vec<&'a ast::ConstructorDecl<'a>>,
    /// Records' primary constructors, the only ones that run the
    /// positional properties' initializers (`record_positional_inits`).
    pub record_primary_constructors: Vec<&'a ast::ConstructorDecl<'a>>,
    pub record_positional_inits: Vec<&'a ast::Expr<'a>>,
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
    synthesized: &'a bumpalo::Bump,
    kind: OutputKind,
    diags: &mut Vec<Diagnostic>,
) -> Decls<'a> {
    let mut decls = Decls {
        member_names: Default::default(),
        scopes: Vec::new(),
        bodies: Vec::new(),
        field_inits: HashMap::default(),
        top_level: Vec::new(),
        const_inits: Vec::new(),
        param_defaults: Vec::new(),
        type_spans: HashMap::default(),
        field_spans: HashMap::default(),
        enum_members: Vec::new(),
        attributes: Vec::new(),
        operators: Vec::new(),
        partial: Vec::new(),
        method_spans: HashMap::default(),
        explicit_impls: Vec::new(),
        entry_point: None,
        record_copy_constructors: Vec::new(),
        record_primary_constructors: Vec::new(),
        record_positional_inits: Vec::new(),
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
    // `[assembly: X]` and `[module: X]` are bound with their file's usings, in no type.
    for unit in units.iter().filter(|u| !u.attributes.is_empty()) {
        let usings = unit.usings.iter().map(using_of).collect();
        decls.scopes.push(TypeScope { def: DefId(u32::MAX), namespace: String::new(), usings, method_type_params: Vec::new() });
        decls.attributes.push((AttrTarget::Assembly, unit.attributes, decls.scopes.len() - 1));
    }
    // Aliases of constructed types, now that every type has a name (each
    // is resolved with the usings of its own place).
    for unit in units {
        resolve_alias_types(syms, unit.usings, unit.members, "", &[], diags);
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
    let classes: Vec<(DefId, lexer::Span)> = pending.iter().map(|p| (decls.scopes[p.scope].def, p.decl.name.span)).collect();
    checks::break_base_cycles(syms, &classes, diags);
    for p in &pending {
        types::resolve_type_constraints(syms, &decls, p, diags);
    }
    syms.advance_generics(crate::generics::GenericStage::HeadersReady);
    records::expand_records(syms, &mut decls, &mut pending, synthesized, diags);
    for p in &pending {
        declare_members(syms, &mut decls, p, diags);
    }
    synthesize_constructors(syms, &mut decls);
    syms.advance_generics(crate::generics::GenericStage::MembersReady);
    check_overrides(syms, &decls, diags);
    checks::inherit_method_constraints(syms, &decls);
    check_operator_pairs(syms, &decls, diags);
    check_interface_implementations(syms, &decls, diags);
    checks::check_unifying_interfaces(syms, &decls, diags);
    check_abstract_implemented(syms, &decls, diags);
    if kind == OutputKind::Exe {
        find_entry_point(syms, &mut decls, diags);
    }
    decls
}

fn resolve_alias_types<'a>(
    syms: &mut Symbols,
    usings: &'a [ast::UsingDirective<'a>],
    members: &'a [ast::NamespaceMember<'a>],
    namespace: &str,
    outer: &[Using],
    diags: &mut Vec<Diagnostic>,
) {
    let mut here = outer.to_vec();
    here.extend(usings.iter().map(using_of));
    for u in usings {
        if let Some(t) = u.alias_type {
            // An alias's target is resolved without the aliases beside it
            // (§14.5.2); the usings of enclosing namespaces apply.
            let scope = TypeScope { def: DefId(u32::MAX), namespace: namespace.to_string(), usings: outer.to_vec(), method_type_params: Vec::new() };
            let ty = resolve_type(syms, &scope, t, diags);
            syms.type_aliases.insert(u.span, ty);
        }
    }
    for m in members {
        if let ast::NamespaceMember::Namespace(ns) = m {
            let name = qualified(&ns.name);
            let full = if namespace.is_empty() { name } else { format!("{namespace}.{name}") };
            resolve_alias_types(syms, ns.usings, ns.members, &full, &here, diags);
        }
    }
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
