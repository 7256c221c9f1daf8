//! Members entered into their type: fields, methods, constructors
//! (written, and the ones C# supplies), enum members and parameter lists,
//! with the checks made member by member (duplicate names, modifiers).

use rustc_hash::FxHashMap as HashMap;

use lexer::{Diagnostic, Span};
use parser::ast;
use parser::ast::Modifiers;

use crate::bound::AttrTarget;
use crate::types::*;

use super::operators::declare_operator;
use super::properties::{PropertyLike, declare_property};
use super::{BodyDecl, BodySource, Decls, PendingType, TypeScope, access_of, destructor, events, generics, modifier_name, resolve_type};

pub(super) fn declare_members<'a>(
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
    if syms.def(def).kind == TypeDefKind::Enum {
        // An enum's storage is the instance field `value__` of the
        // underlying type (ECMA-335 II.14.3), members or none.
        let underlying = syms.def(def).enum_underlying.unwrap_or(Symbols::ERROR);
        syms.add_field(FieldSym::source("value__", def, underlying, false, Accessibility::Public));
    }
    let is_delegate = p.decl.kind == ast::TypeKind::Delegate;
    if is_delegate {
        declare_delegate_constructor(syms, def);
    }
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
                    check_duplicate_member(syms, &mut decls.member_names, def, d.name.text, false, d.name.span, diags);
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
                        generic_of: None,
                    });
                    decls.field_spans.insert(id, d.name.span);
                    if !f.attributes.is_empty() {
                        decls.attributes.push((AttrTarget::Field(id), f.attributes, p.scope));
                    }
                    if is_const {
                        match d.init {
                            Some(init) => {
                                decls.const_inits.push((id, init, p.scope));
                                // A decimal has no metadata constant: the static
                                // constructor stores it (`bind/decimals.rs`).
                                if syms.is_special(ty, SpecialType::Decimal) {
                                    decls.field_inits.entry(def).or_default().push((id, init));
                                }
                            }
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
                check_duplicate_member(syms, &mut decls.member_names, def, m.name.text, true, m.name.span, diags);
                destructor::check_finalize_override(m, diags);
                // A struct's methods cannot be virtual, abstract or
                // protected (CS0106): structs are sealed.
                if syms.def(def).kind == TypeDefKind::Struct {
                    if let Some(bad) = [Modifiers::VIRTUAL, Modifiers::ABSTRACT, Modifiers::PROTECTED].into_iter().find(|&b| m.modifiers.has(b)) {
                        diags.push(Diagnostic::error("CS0106", m.name.span, format!("The modifier '{}' is not valid for this item", modifier_name(bad))));
                    }
                }
                // A generic method's parameters are in scope in its
                // signature and body: it gets a scope of its own.
                let (scope, body_scope, method_params) = if m.type_params.is_empty() {
                    generics::reject_constraints(m.constraints, diags);
                    (scope.clone(), p.scope, Vec::new())
                } else {
                    let tps = generics::declare_type_params(syms, m.type_params, &[], ParamOwner::Method(MethodId(u32::MAX)), 0, diags);
                    let mut s = scope.clone();
                    s.method_type_params = tps.clone();
                    generics::declare_constraints(syms, &s, &tps, m.constraints, diags);
                    decls.scopes.push(s.clone());
                    (s, decls.scopes.len() - 1, tps)
                };
                // An override's or explicit implementation's type parameters
                // get their constraints from the method it overrides, later
                // (checks::inherit_method_constraints): its signature is not
                // checked against constraints it does not have yet.
                let inherits = !method_params.is_empty() && (m.modifiers.has(Modifiers::OVERRIDE) || m.explicit_interface.is_some());
                let checks_were_on = syms.generics_ready();
                if inherits {
                    syms.defer_constraint_checks(true);
                }
                let ret = resolve_type(syms, &scope, m.return_type, diags);
                let params = declare_params(syms, &scope, m.params, diags);
                if inherits && checks_were_on {
                    syms.defer_constraint_checks(false);
                }
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
                if m.body.is_none() && !is_extern && !is_abstract && !is_delegate {
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
                    // An interface's instance method with a body is a
                    // default implementation (C# 8): virtual, not abstract.
                    is_virtual: is_abstract
                        || is_delegate
                        || (is_interface && !is_static && !m.modifiers.has(Modifiers::SEALED) && !m.modifiers.has(Modifiers::PRIVATE))
                        || explicit.is_some()
                        || m.modifiers.has(Modifiers::VIRTUAL)
                        || m.modifiers.has(Modifiers::OVERRIDE),
                    is_override: m.modifiers.has(Modifiers::OVERRIDE),
                    is_final: m.modifiers.has(Modifiers::SEALED) || explicit.is_some(),
                    is_extension: false,
                    is_accessor: false,
                    impl_options: if is_delegate { RUNTIME_IMPLEMENTED } else { 0 },
                    type_params: method_params.clone(),
                    generic: None,
                    access: if explicit.is_some() { Accessibility::Private } else { access_of(&m.modifiers, member_default) },
                });
                for &tp in &method_params {
                    if let Some(info) = syms.def_mut(tp).param.as_mut() {
                        info.owner = ParamOwner::Method(id);
                    }
                }
                if let Some(t) = explicit {
                    decls.explicit_impls.push((id, t, m.name.text.to_string(), m.name.span));
                }
                check_duplicate_method(syms, &mut decls.member_names, id, m.name.span, diags);
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
                    decls.attributes.push((AttrTarget::Method(id), m.attributes, body_scope));
                }
                decls.method_spans.insert(id, m.name.span);
                record_defaults(decls, id, m.params, body_scope);
                if m.body.is_some() {
                    decls.bodies.push(BodyDecl {
                        method: id,
                        source: BodySource::Method(m),
                        scope: body_scope,
                        name_span: m.name.span,
                    });
                }
            }
            ast::MemberDecl::Constructor(c) => {
                let is_static = c.modifiers.has(Modifiers::STATIC);
                if c.name.text != syms.def(def).plain_name() {
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
                    type_params: Vec::new(),
                    generic: None,
                    access: if is_static {
                        Accessibility::Private
                    } else {
                        access_of(&c.modifiers, member_default)
                    },
                });
                record_defaults(decls, id, c.params, p.scope);
                if !c.attributes.is_empty() {
                    decls.attributes.push((AttrTarget::Method(id), c.attributes, p.scope));
                }
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
                // Each member is a literal static field of the enum type.
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
                    generic_of: None,
                });
                if !e.attributes.is_empty() {
                    decls.attributes.push((AttrTarget::Field(id), e.attributes, p.scope));
                }
                let previous = decls.enum_members.iter().rev().find(|m| syms.field(m.0).owner == def).map(|m| m.0);
                decls.enum_members.push((id, e.value, previous, p.scope));
            }
            ast::MemberDecl::Event(e) => events::declare_event(syms, decls, p.scope, &scope, e, member_default, diags),
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
/// MethodImplAttributes `Runtime` (ECMA-335 II.23.1.10): the runtime
/// supplies the body, as it does for a delegate's constructor and `Invoke`.
pub const RUNTIME_IMPLEMENTED: u16 = 0x0003;

/// A delegate type's constructor `.ctor(object target, IntPtr method)`
/// (ECMA-335 II.14.6.1), whose body the runtime supplies.
fn declare_delegate_constructor(syms: &mut Symbols, def: DefId) {
    let object = syms.special_ty(SpecialType::Object);
    let intptr = syms.special_ty(SpecialType::IntPtr);
    let void = syms.special_ty(SpecialType::Void);
    let params = vec![ParamSym::new("object", object, ParamKind::Value), ParamSym::new("method", intptr, ParamKind::Value)];
    syms.add_method(MethodSym {
        is_ctor: true,
        impl_options: RUNTIME_IMPLEMENTED,
        access: Accessibility::Public,
        ..MethodSym::source(".ctor", def, params, void, false)
    });
}

pub(super) fn synthesize_constructors(syms: &mut Symbols, decls: &mut Decls<'_>) {
    let void = syms.special_ty(SpecialType::Void);
    let mut types: Vec<(DefId, Span)> = decls.type_spans.iter().map(|(&d, &s)| (d, s)).collect();
    types.sort_by_key(|t| t.0);
    for (def, span) in types {
        let Some(scope) = decls.scopes.iter().position(|s| s.def == def) else { continue };
        let t = syms.def(def).clone();
        let has_ctor = t.methods.iter().any(|&m| syms.method(m).name == ".ctor");
        let has_cctor = t.methods.iter().any(|&m| syms.method(m).name == ".cctor");
        let mut add = |syms: &mut Symbols, name: &str, is_static: bool, access: Accessibility, source: BodySource<'static>| {
            let id = syms.add_method(MethodSym { is_ctor: !is_static, access, ..MethodSym::source(name, def, Vec::new(), void, is_static) });
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

/// A method's parameter defaults and parameter attributes, bound later.
pub(super) fn record_defaults<'a>(decls: &mut Decls<'a>, method: MethodId, params: &'a [ast::Param<'a>], scope: usize) {
    for (i, p) in params.iter().enumerate() {
        if let Some(d) = p.default {
            decls.param_defaults.push((method, i, d, scope));
        }
        if !p.attributes.is_empty() {
            decls.attributes.push((AttrTarget::Param(method, i as u16), p.attributes, scope));
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

/// The members of each type by name, indexed as they are declared: the duplicate checks
/// below then look at the members of one name, not at every member (a type of 20,000 methods
/// made them quadratic). Members are only ever appended to a type, so each refresh indexes
/// those added since the last.
#[derive(Default)]
pub struct MemberNames {
    /// How many fields, methods and properties of each type are indexed.
    indexed: HashMap<DefId, (usize, usize, usize)>,
    by_name: HashMap<(DefId, String), Vec<Member>>,
}

#[derive(Clone, Copy)]
enum Member {
    Field,
    Method(MethodId),
    Property(PropertyId),
}

impl MemberNames {
    /// The members of `def` named `name`, after indexing those declared since last time.
    fn get(&mut self, syms: &Symbols, def: DefId, name: &str) -> &[Member] {
        let t = syms.def(def);
        let done = self.indexed.entry(def).or_default();
        for &f in &t.fields[done.0..] {
            self.by_name.entry((def, syms.field(f).name.clone())).or_default().push(Member::Field);
        }
        for &m in &t.methods[done.1..] {
            self.by_name.entry((def, syms.method(m).name.clone())).or_default().push(Member::Method(m));
        }
        for &p in &t.properties[done.2..] {
            self.by_name.entry((def, syms.property(p).name.clone())).or_default().push(Member::Property(p));
        }
        *done = (t.fields.len(), t.methods.len(), t.properties.len());
        self.by_name.get(&(def, name.to_string())).map_or(&[], Vec::as_slice)
    }
}

/// CS0102: a name used by two members of one type, other than method
/// overloads (§15.3).
pub(super) fn check_duplicate_member(
    syms: &Symbols,
    names: &mut MemberNames,
    def: DefId,
    name: &str,
    is_method: bool,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) {
    let clash = names.get(syms, def, name).iter().any(|m| match *m {
        Member::Field => true,
        Member::Property(p) => !syms.property(p).is_indexer,
        Member::Method(m) => !is_method && !syms.method(m).is_accessor,
    });
    if clash {
        let t = syms.def(def);
        diags.push(Diagnostic::error("CS0102", span, format!("The type '{}' already contains a definition for '{name}'", t.name)));
    }
}

fn scope_span(decls: &Decls<'_>, def: DefId) -> Option<Span> {
    decls.type_spans.get(&def).copied()
}

/// CS0111: two methods of one type with the same name and parameter types.
pub(super) fn check_duplicate_method(syms: &Symbols, names: &mut MemberNames, id: MethodId, span: Span, diags: &mut Vec<Diagnostic>) {
    let m = syms.method(id);
    let dup = names.get(syms, m.owner, &m.name).iter().any(|o| match *o {
        // Methods differing in generic arity are different (`M()` and
        // `M<T>()`); generic ones match by position (`M<T>(T)`, `M<U>(U)`).
        Member::Method(o) => o != id && syms.same_params(o, id),
        _ => false,
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
