//! Records (C# 9, "Records" in the C# 9 feature specification): a record
//! is a class whose value-like members the compiler writes. Once every
//! base is resolved (a record's base must be `object` or a record), each
//! record's declaration gets the members the specification lists, as
//! syntax (`synth.rs`), and is then declared and bound like any class:
//!
//! - for each positional parameter without a member of its name, a
//!   `public T X { get; init; } = X;` property, and the primary
//!   constructor `public R(T X, …) : base(args)`, whose parameters are in
//!   scope for the initializers;
//! - `EqualityContract` (`typeof(R)`), `Equals(R)` comparing the
//!   contracts and then every instance field with
//!   `EqualityComparer<F>.Default`, `Equals(object)`, `GetHashCode`
//!   combining the same, and `==`/`!=`;
//! - `PrintMembers(StringBuilder)` (public fields and properties, as
//!   `X = 1, Y = 2`) and `ToString()` printing `R { X = 1, Y = 2 }`;
//! - the copy constructor `R(R original)` and `<Clone>$()`, which a `with`
//!   expression calls; `Deconstruct` for the positional parameters.
//!
//! A member the user declares takes the place of the synthesized one. A
//! derived record overrides the virtual ones and calls the base's; as
//! .NET Core 3.1 has no covariant returns, its `<Clone>$` returns the
//! root record's type, as Roslyn's does for such runtimes.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use bumpalo::Bump;
use lexer::Diagnostic;
use parser::ast::{self, BinaryOp, MemberDecl, Modifiers, ParamModifier, PredefinedType, TypeDecl, TypeSyntax};

use super::synth::Synth;
use super::{Decls, PendingType};
use crate::types::*;

/// The parameter of the copy constructor the compiler writes.
const COPY_PARAMETER: &str = "original";

/// An instance field the record's equality compares: its name (an
/// auto-property's is its backing field) and type.
struct ValueField<'a> {
    name: String,
    ty: &'a TypeSyntax<'a>,
}

/// What a record's members are made from.
struct Shape<'a> {
    decl: &'a TypeDecl<'a>,
    head: &'a ast::RecordHead<'a>,
    /// The base record's type as written, when the base is a record.
    base: Option<&'a TypeSyntax<'a>>,
    /// The first record of the chain of bases: what `<Clone>$` returns.
    root: TyId,
    fields: Vec<ValueField<'a>>,
    /// Public instance fields and readable properties, in declaration order.
    printed: Vec<String>,
    /// Positional parameters that became synthesized properties.
    positional: Vec<&'a ast::Param<'a>>,
    /// Whether every positional parameter has a member to read it back
    /// from (`Deconstruct` is written only then).
    deconstructable: bool,
}

pub(super) fn expand_records<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    pending: &mut [PendingType<'a>],
    arena: &'a Bump,
    diags: &mut Vec<Diagnostic>,
) {
    let record_defs: HashSet<DefId> =
        pending.iter().filter(|p| p.decl.record.is_some()).map(|p| decls.scopes[p.scope].def).collect();
    syms.records.extend(record_defs.iter().copied());
    let record_decls = whole_records(decls, pending, arena);
    let object = syms.special_ty(SpecialType::Object);
    for i in 0..pending.len() {
        let p = &pending[i];
        let def = decls.scopes[p.scope].def;
        let base = syms.def(def).base;
        let base_def = base.and_then(|b| match syms.kind(b) {
            TyKind::Def(d) => Some(syms.generic_def(d)),
            _ => None,
        });
        let base_is_record = base_def.is_some_and(|d| record_defs.contains(&d));
        if p.decl.record.is_none() {
            if base_is_record {
                let span = p.decl.bases.first().map(|b| b.span).unwrap_or(p.decl.name.span);
                diags.push(Diagnostic::error("CS8865", span, "Only records may inherit from records."));
            }
            continue;
        }
        // A partial record is expanded once, in its main part, from all of
        // its parts' members.
        let Some(&(main, whole)) = record_decls.get(&def) else { continue };
        if main != i {
            continue;
        }
        let Some(head) = whole.record else { continue };
        if !base_is_record && base.is_some_and(|b| b != object) {
            let span = whole.bases.first().map(|b| b.span).unwrap_or(p.decl.name.span);
            // Its members are still written, as a root record's, so the
            // record's uses are not reported again.
            diags.push(Diagnostic::error("CS8864", span, "Records may only inherit from object or another record"));
        }
        if head.base_args.is_some() && head.params.is_none() {
            diags.push(Diagnostic::error("CS8861", head.keyword, "Unexpected argument list."));
            continue;
        }
        // The root of the chain of records, seen from this one.
        let mut root = syms.def_ty(def);
        while let TyKind::Def(d) = syms.kind(root)
            && let Some(b) = syms.def(d).base
            && let TyKind::Def(bd) = syms.kind(b)
            && record_defs.contains(&syms.generic_def(bd))
        {
            root = b;
        }
        // A positional parameter named like a member of a base record
        // uses that member (C# 9: no new property hides it).
        let mut inherited = HashSet::default();
        let mut ancestor = base_def.filter(|_| base_is_record);
        while let Some(a) = ancestor {
            if let Some(&(_, d)) = record_decls.get(&a) {
                inherited.extend(member_names(d));
                inherited.extend(d.record.and_then(|h| h.params).unwrap_or(&[]).iter().map(|p| p.name.text));
            }
            ancestor = syms.def(a).base.and_then(|b| match syms.kind(b) {
                TyKind::Def(d) => Some(syms.generic_def(d)),
                _ => None,
            });
        }
        let shape = shape_of(whole, head, base_is_record.then(|| whole.bases[0]), root, &inherited);
        check_user_members(&shape, diags);
        let mut shape = shape;
        shape.deconstructable = check_positional_members(syms, &decls.scopes[pending[i].scope], whole, head, diags);
        let s = Synth { arena, span: whole.name.span };
        let mut members: Vec<MemberDecl<'a>> = Vec::new();
        synthesize(syms, &s, &shape, &mut members);
        for m in &members {
            match m {
                // The copy constructor is never public; the primary one is.
                MemberDecl::Constructor(c) if !c.modifiers.has(Modifiers::PUBLIC) && c.params.len() == 1 && c.params[0].name.text == COPY_PARAMETER => {
                    decls.record_copy_constructors.push(c)
                }
                MemberDecl::Constructor(c) if head.params.is_some() && c.modifiers.has(Modifiers::PUBLIC) => decls.record_primary_constructors.push(c),
                MemberDecl::Property(p) if p.accessors.iter().any(|a| a.kind == ast::AccessorKind::Init) => {
                    decls.record_positional_inits.extend(p.initializer)
                }
                _ => {}
            }
        }
        members.extend_from_slice(pending[i].decl.members);
        let expanded = TypeDecl { members: s.slice(&members), ..*pending[i].decl };
        pending[i].decl = arena.alloc(expanded);
    }
}

/// Each record's main part (the one with the parameter list, else the
/// first) and the whole declaration: for a partial record, one made of
/// every part's members, modifiers and bases.
fn whole_records<'a>(decls: &Decls<'a>, pending: &[PendingType<'a>], arena: &'a Bump) -> HashMap<DefId, (usize, &'a TypeDecl<'a>)> {
    let mut parts: HashMap<DefId, Vec<usize>> = HashMap::default();
    for (i, p) in pending.iter().enumerate() {
        if p.decl.record.is_some() {
            parts.entry(decls.scopes[p.scope].def).or_default().push(i);
        }
    }
    parts
        .into_iter()
        .map(|(def, indices)| {
            let main = indices
                .iter()
                .copied()
                .find(|&i| pending[i].decl.record.is_some_and(|h| h.params.is_some()))
                .unwrap_or(indices[0]);
            if indices.len() == 1 {
                return (def, (main, pending[main].decl));
            }
            let mut whole = *pending[main].decl;
            let members: Vec<MemberDecl<'a>> = indices.iter().flat_map(|&i| pending[i].decl.members.iter().copied()).collect();
            whole.members = arena.alloc_slice_copy(&members);
            whole.modifiers.flags = indices.iter().fold(0, |f, &i| f | pending[i].decl.modifiers.flags);
            if let Some(&i) = indices.iter().find(|&&i| !pending[i].decl.bases.is_empty()) {
                whole.bases = pending[i].decl.bases;
            }
            (def, (main, &*arena.alloc(whole)))
        })
        .collect()
}

/// The record's instance fields, printed members and positional
/// properties, read from its declaration.
fn shape_of<'a>(
    decl: &'a TypeDecl<'a>,
    head: &'a ast::RecordHead<'a>,
    base: Option<&'a TypeSyntax<'a>>,
    root: TyId,
    inherited: &HashSet<&str>,
) -> Shape<'a> {
    let own = member_names(decl);
    let declared = |name: &str| own.contains(name) || inherited.contains(name);
    let mut shape = Shape { decl, head, base, root, fields: Vec::new(), printed: Vec::new(), positional: Vec::new(), deconstructable: true };
    for p in head.params.unwrap_or(&[]) {
        if !declared(p.name.text) {
            shape.positional.push(p);
            shape.fields.push(ValueField { name: format!("<{}>k__BackingField", p.name.text), ty: p.ty });
            shape.printed.push(p.name.text.to_string());
        }
    }
    for m in decl.members {
        match m {
            MemberDecl::Field(f) if !f.modifiers.has(Modifiers::STATIC) && !f.modifiers.has(Modifiers::CONST) => {
                for d in f.declarators {
                    shape.fields.push(ValueField { name: d.name.text.to_string(), ty: f.ty });
                    if f.modifiers.has(Modifiers::PUBLIC) {
                        shape.printed.push(d.name.text.to_string());
                    }
                }
            }
            MemberDecl::Property(p) if !p.modifiers.has(Modifiers::STATIC) && p.explicit_interface.is_none() => {
                let auto = p.expr_body.is_none()
                    && !p.modifiers.has(Modifiers::ABSTRACT)
                    && p.accessors.iter().all(|a| a.body.is_none());
                if auto {
                    shape.fields.push(ValueField { name: format!("<{}>k__BackingField", p.name.text), ty: p.ty });
                }
                let readable = p.expr_body.is_some() || p.accessors.iter().any(|a| a.kind == ast::AccessorKind::Get);
                if p.modifiers.has(Modifiers::PUBLIC) && readable && !p.modifiers.has(Modifiers::OVERRIDE) {
                    shape.printed.push(p.name.text.to_string());
                }
            }
            _ => {}
        }
    }
    shape
}

/// The properties and fields a record declares in its body.
fn member_names<'a>(decl: &TypeDecl<'a>) -> HashSet<&'a str> {
    let mut names = HashSet::default();
    for m in decl.members {
        match m {
            MemberDecl::Property(p) => {
                names.insert(p.name.text);
            }
            MemberDecl::Field(f) => names.extend(f.declarators.iter().map(|d| d.name.text)),
            _ => {}
        }
    }
    names
}

/// Whether the user declared a method `name` with `params` parameters,
/// or for none a property `name`.
fn user_declares(shape: &Shape<'_>, name: &str, params: usize) -> bool {
    shape.decl.members.iter().any(|m| match m {
        MemberDecl::Method(m) => m.name.text == name && m.params.len() == params && m.explicit_interface.is_none(),
        MemberDecl::Property(p) => p.name.text == name && params == 0,
        _ => false,
    })
}

/// Whether the user wrote `Equals(R other)` (any one-parameter Equals
/// but `Equals(object)`).
fn user_declares_typed_equals(shape: &Shape<'_>) -> bool {
    shape.decl.members.iter().any(|m| {
        matches!(m, MemberDecl::Method(m) if m.name.text == "Equals"
            && m.params.len() == 1
            && !matches!(m.params[0].ty.kind, ast::TypeSyntaxKind::Predefined(PredefinedType::Object)))
    })
}

fn user_declares_copy_constructor(shape: &Shape<'_>) -> bool {
    shape.decl.members.iter().any(|m| matches!(m, MemberDecl::Constructor(c) if is_copy_constructor(shape.decl, c)))
}

/// `R(R original)`: a constructor whose one parameter is the record.
fn is_copy_constructor(decl: &TypeDecl<'_>, c: &ast::ConstructorDecl<'_>) -> bool {
    c.params.len() == 1 && names_record(decl, c.params[0].ty)
}

fn names_record(decl: &TypeDecl<'_>, ty: &TypeSyntax<'_>) -> bool {
    matches!(ty.kind, ast::TypeSyntaxKind::Named(parts) if parts.last().is_some_and(|p| p.name.text == decl.name.text))
}

/// A positional parameter whose name the record's own property or field
/// takes must match it: readable, an instance member, the same type
/// (CS8866).
fn check_positional_members(
    syms: &mut Symbols,
    scope: &super::TypeScope,
    decl: &TypeDecl<'_>,
    head: &ast::RecordHead<'_>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let mut ok = true;
    for param in head.params.unwrap_or(&[]) {
        let member = decl.members.iter().find_map(|m| match m {
            MemberDecl::Property(p) if p.name.text == param.name.text => {
                let readable = p.expr_body.is_some() || p.accessors.iter().any(|a| a.kind == ast::AccessorKind::Get);
                Some((p.ty, readable && !p.modifiers.has(Modifiers::STATIC)))
            }
            MemberDecl::Field(f) if f.declarators.iter().any(|d| d.name.text == param.name.text) => Some((f.ty, !f.modifiers.has(Modifiers::STATIC))),
            _ => None,
        });
        let Some((member_ty, usable)) = member else { continue };
        let mut scratch = Vec::new();
        let param_ty = super::resolve_type(syms, scope, param.ty, &mut scratch);
        let member_ty = super::resolve_type(syms, scope, member_ty, &mut scratch);
        if !scratch.is_empty() || (usable && param_ty == member_ty) {
            continue;
        }
        ok = false;
        let shown = syms.display(param_ty);
        diags.push(Diagnostic::error(
            "CS8866",
            param.name.span,
            format!(
                "Record member '{}.{}' must be a readable instance property or field of type '{shown}' to match positional parameter '{}'.",
                decl.name.text, param.name.text, param.name.text
            ),
        ));
    }
    ok
}

/// What the C# 9 records specification asks of the members a record's
/// author writes in place of the synthesized ones.
fn check_user_members(shape: &Shape<'_>, diags: &mut Vec<Diagnostic>) {
    let decl = shape.decl;
    let record = decl.name.text;
    let sealed = decl.modifiers.has(Modifiers::SEALED);
    let overridable = |m: Modifiers| m.has(Modifiers::VIRTUAL) || m.has(Modifiers::OVERRIDE) || m.has(Modifiers::ABSTRACT);
    for m in decl.members {
        let (name, span) = match m {
            MemberDecl::Method(m) => (m.name.text, m.name.span),
            MemberDecl::Property(p) => (p.name.text, p.name.span),
            MemberDecl::Field(f) => match f.declarators.first() {
                Some(d) => (d.name.text, d.name.span),
                None => continue,
            },
            MemberDecl::Constructor(c) => (c.name.text, c.name.span),
            _ => continue,
        };
        if name == "Clone" {
            diags.push(Diagnostic::error("CS8859", span, "Members named 'Clone' are disallowed in records."));
        }
        match m {
            MemberDecl::Method(m) if m.name.text == "ToString" && m.params.is_empty() && !m.modifiers.has(Modifiers::OVERRIDE) => {
                diags.push(Diagnostic::error("CS8869", span, format!("'{record}.ToString()' does not override expected method from 'object'.")));
            }
            MemberDecl::Method(m)
                if m.name.text == "Equals" && m.params.len() == 1 && names_record(decl, m.params[0].ty) && !sealed && !overridable(m.modifiers) =>
            {
                diags.push(Diagnostic::error(
                    "CS8872",
                    span,
                    format!("'{record}.Equals({record})' must allow overriding because the containing record is not sealed."),
                ));
            }
            MemberDecl::Property(p) if p.name.text == "EqualityContract" && !sealed && !overridable(p.modifiers) => {
                diags.push(Diagnostic::error(
                    "CS8872",
                    span,
                    format!("'{record}.EqualityContract' must allow overriding because the containing record is not sealed."),
                ));
            }
            MemberDecl::Constructor(c) if !c.modifiers.has(Modifiers::STATIC) && is_copy_constructor(decl, c) => {
                let visible = c.modifiers.has(Modifiers::PUBLIC) || c.modifiers.has(Modifiers::PROTECTED);
                if !sealed && !visible {
                    diags.push(Diagnostic::error(
                        "CS8878",
                        span,
                        format!("A copy constructor '{record}.{record}({record})' must be public or protected because the record is not sealed."),
                    ));
                }
            }
            MemberDecl::Constructor(c) if !c.modifiers.has(Modifiers::STATIC) && shape.head.params.is_some() => {
                let chains = c.initializer.is_some_and(|i| i.kind == ast::ConstructorInitializerKind::This);
                if !chains {
                    diags.push(Diagnostic::error(
                        "CS8862",
                        span,
                        "A constructor declared in a record with parameter list must have 'this' constructor initializer.",
                    ));
                }
            }
            _ => {}
        }
    }
}

fn synthesize<'a>(syms: &mut Symbols, s: &Synth<'a>, shape: &Shape<'a>, out: &mut Vec<MemberDecl<'a>>) {
    let decl = shape.decl;
    let me = s.self_type(decl);
    let bool_ty = s.predefined(PredefinedType::Bool);
    let object_ty = s.predefined(PredefinedType::Object);
    let type_ty = s.ty("System.Type", &[]);
    let builder_ty = s.ty("System.Text.StringBuilder", &[]);
    let sealed = decl.modifiers.has(Modifiers::SEALED);
    let is_abstract = decl.modifiers.has(Modifiers::ABSTRACT);
    let derived = shape.base.is_some();
    // Members a derived record overrides: virtual at the root, private
    // and non-virtual in a sealed root.
    let overridable = |access: u32| match (derived, sealed) {
        (true, _) => access | Modifiers::OVERRIDE,
        (false, true) => Modifiers::PRIVATE,
        (false, false) => access | Modifiers::VIRTUAL,
    };
    let comparer = |ty: &'a TypeSyntax<'a>| s.member(s.path("System.Collections.Generic.EqualityComparer", &[ty]), "Default");

    // Positional properties and the primary constructor.
    for p in &shape.positional {
        out.push(s.init_property(p.ty, p.name, s.name(p.name.text)));
    }
    if let Some(params) = shape.head.params {
        let base_args = shape.head.base_args.or(derived.then_some(&[][..]));
        out.push(s.constructor(Modifiers::PUBLIC, decl.name, params, base_args, s.block(&[])));
    } else if !decl.members.iter().any(|m| matches!(m, MemberDecl::Constructor(c) if !c.modifiers.has(Modifiers::STATIC))) {
        // The constructor C# supplies for a class without one: the copy
        // constructor below must not take its place.
        let access = if is_abstract { Modifiers::PROTECTED } else { Modifiers::PUBLIC };
        out.push(s.constructor(access, decl.name, &[], None, s.block(&[])));
    }

    if !user_declares(shape, "EqualityContract", 0) {
        out.push(s.expression_property(overridable(Modifiers::PROTECTED), type_ty, "EqualityContract", s.typeof_(me)));
    }

    // Equals(R other): the same object, or the same contract (the base's
    // Equals checks it) and equal fields.
    let other = s.name("other");
    if !user_declares_typed_equals(shape) {
        let mut same = match shape.base {
            Some(b) => s.call(s.member(s.base(), "Equals"), &[s.cast(b, other)]),
            None => s.binary(
                BinaryOp::And,
                s.binary(BinaryOp::Ne, s.as_object(other), s.null()),
                s.binary(BinaryOp::Eq, s.member(s.this(), "EqualityContract"), s.member(other, "EqualityContract")),
            ),
        };
        for f in &shape.fields {
            let eq = s.call(s.member(comparer(f.ty), "Equals"), &[s.member(s.this(), &f.name), s.member(other, &f.name)]);
            same = s.binary(BinaryOp::And, same, eq);
        }
        let value = s.binary(BinaryOp::Or, s.binary(BinaryOp::Eq, s.as_object(s.this()), s.as_object(other)), same);
        let flags = if sealed && !derived { Modifiers::PUBLIC } else { Modifiers::PUBLIC | Modifiers::VIRTUAL };
        out.push(s.method(flags, bool_ty, "Equals", &[s.param(me, "other", ParamModifier::None)], Some(s.block(&[s.ret(value)]))));
    }
    if let Some(b) = shape.base {
        // The base's Equals(Base) sees a derived record through Equals(object).
        let value = s.call(s.name("Equals"), &[s.as_object(other)]);
        out.push(s.method(
            Modifiers::PUBLIC | Modifiers::SEALED | Modifiers::OVERRIDE,
            bool_ty,
            "Equals",
            &[s.param(b, "other", ParamModifier::None)],
            Some(s.block(&[s.ret(value)])),
        ));
    }
    let obj = s.name("obj");
    out.push(s.method(
        Modifiers::PUBLIC | Modifiers::OVERRIDE,
        bool_ty,
        "Equals",
        &[s.param(object_ty, "obj", ParamModifier::None)],
        Some(s.block(&[s.ret(s.call(s.name("Equals"), &[s.as_(obj, me)]))])),
    ));

    if !user_declares(shape, "GetHashCode", 0) {
        let mut hash = match shape.base {
            Some(_) => s.call(s.member(s.base(), "GetHashCode"), &[]),
            None => s.call(s.member(comparer(type_ty), "GetHashCode"), &[s.member(s.this(), "EqualityContract")]),
        };
        for f in &shape.fields {
            let h = s.call(s.member(comparer(f.ty), "GetHashCode"), &[s.member(s.this(), &f.name)]);
            hash = s.binary(BinaryOp::Add, s.binary(BinaryOp::Mul, hash, s.int(-1521134295)), h);
        }
        let int_ty = s.predefined(PredefinedType::Int);
        out.push(s.method(Modifiers::PUBLIC | Modifiers::OVERRIDE, int_ty, "GetHashCode", &[], Some(s.block(&[s.ret(s.unchecked(hash))]))));
    }

    // `==` and `!=`, through Equals.
    let (left, right) = (s.name("left"), s.name("right"));
    let pair = [s.param(me, "left", ParamModifier::None), s.param(me, "right", ParamModifier::None)];
    let equal = s.binary(
        BinaryOp::Or,
        s.binary(BinaryOp::Eq, s.as_object(left), s.as_object(right)),
        s.binary(BinaryOp::And, s.binary(BinaryOp::Ne, s.as_object(left), s.null()), s.call(s.member(left, "Equals"), &[right])),
    );
    out.push(s.operator(BinaryOp::Eq, bool_ty, &pair, equal));
    out.push(s.operator(BinaryOp::Ne, bool_ty, &pair, s.not(s.binary(BinaryOp::Eq, left, right))));

    // PrintMembers and ToString.
    let builder = s.name("builder");
    let append = |e: &'a ast::Expr<'a>| s.stmt(s.call(s.member(builder, "Append"), &[e]));
    if !user_declares(shape, "PrintMembers", 1) {
        let mut body = Vec::new();
        if shape.base.is_some() {
            let printed = s.call(s.member(s.base(), "PrintMembers"), &[builder]);
            if shape.printed.is_empty() {
                body.push(s.ret(printed));
            } else {
                body.push(s.if_(printed, append(s.string(", "))));
            }
        }
        for (i, name) in shape.printed.iter().enumerate() {
            let label = if i == 0 { format!("{name} = ") } else { format!(", {name} = ") };
            body.push(append(s.string(&label)));
            body.push(append(s.as_object(s.member(s.this(), name))));
        }
        if !(shape.base.is_some() && shape.printed.is_empty()) {
            body.push(s.ret(s.bool(!shape.printed.is_empty())));
        }
        out.push(s.method(
            overridable(Modifiers::PROTECTED),
            bool_ty,
            "PrintMembers",
            &[s.param(builder_ty, "builder", ParamModifier::None)],
            Some(s.block(&body)),
        ));
    }
    if !user_declares(shape, "ToString", 0) {
        let body = [
            s.local(builder_ty, "builder", s.new_object(builder_ty, &[])),
            append(s.string(decl.name.text)),
            append(s.string(" { ")),
            s.if_(s.call(s.member(s.this(), "PrintMembers"), &[builder]), append(s.string(" "))),
            append(s.string("}")),
            s.ret(s.call(s.member(builder, "ToString"), &[])),
        ];
        let string_ty = s.predefined(PredefinedType::String);
        out.push(s.method(Modifiers::PUBLIC | Modifiers::OVERRIDE, string_ty, "ToString", &[], Some(s.block(&body))));
    }

    // The copy constructor and <Clone>$.
    if !user_declares_copy_constructor(shape) {
        let original = s.name(COPY_PARAMETER);
        let copies: Vec<ast::Stmt<'a>> =
            shape.fields.iter().map(|f| s.stmt(s.assign(s.member(s.this(), &f.name), s.member(original, &f.name)))).collect();
        let base_args = derived.then(|| s.slice(&[s.arg(original)]));
        let access = if sealed { Modifiers::PRIVATE } else { Modifiers::PROTECTED };
        out.push(s.constructor(access, decl.name, &[s.param(me, COPY_PARAMETER, ParamModifier::None)], base_args, s.block(&copies)));
    }
    let clone_ty = if derived { s.type_of(syms, shape.root) } else { me };
    let clone_flags = match (is_abstract, derived) {
        (true, true) => Modifiers::PUBLIC | Modifiers::ABSTRACT | Modifiers::OVERRIDE,
        (true, false) => Modifiers::PUBLIC | Modifiers::ABSTRACT,
        (false, true) => Modifiers::PUBLIC | Modifiers::OVERRIDE,
        (false, false) => Modifiers::PUBLIC | Modifiers::VIRTUAL,
    };
    let clone_body = (!is_abstract).then(|| s.block(&[s.ret(s.new_object(me, &[s.this()]))]));
    out.push(s.method(clone_flags, clone_ty, "<Clone>$", &[], clone_body));

    // Deconstruct(out T1 X, …) for the positional parameters.
    if let Some(params) = shape.head.params
        && !params.is_empty()
        && shape.deconstructable
        && !user_declares(shape, "Deconstruct", params.len())
    {
        let outs: Vec<ast::Param<'a>> = params.iter().map(|p| s.param(p.ty, p.name.text, ParamModifier::Out)).collect();
        let sets: Vec<ast::Stmt<'a>> =
            params.iter().map(|p| s.stmt(s.assign(s.name(p.name.text), s.member(s.this(), p.name.text)))).collect();
        let void = s.predefined(PredefinedType::Void);
        out.push(s.method(Modifiers::PUBLIC, void, "Deconstruct", &outs, Some(s.block(&sets))));
    }
}
