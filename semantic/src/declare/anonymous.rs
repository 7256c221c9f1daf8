//! Anonymous types (§12.8.17.7). Each list of member names the program's
//! `new { … }` expressions use gets one internal sealed generic class,
//! written as syntax (`synth.rs`) before anything is declared, so it is
//! declared, bound and emitted like the program's own classes: a type
//! parameter and a read-only property per member, a constructor taking
//! them in order, and `Equals`, `GetHashCode` and `ToString` over the
//! members (`{ Name = a, Count = 2 }`). Two anonymous objects with the same
//! names in the same order share the class, instantiated with their
//! members' types (`bind/anonymous.rs`).

use rustc_hash::FxHashMap as HashMap;

use bumpalo::Bump;
use lexer::Span;
use parser::ast::{self, BinaryOp, Ident, MemberDecl, Modifiers, ParamModifier, PredefinedType, TypeDecl, TypeKind, Variance};

use super::synth::Synth;
use crate::types::Symbols;

/// The key of a list of member names.
pub fn shape_key<'n>(names: impl IntoIterator<Item = &'n str>) -> String {
    names.into_iter().collect::<Vec<_>>().join(",")
}

/// A compilation unit declaring the anonymous types `units` use, if any;
/// each type's metadata name is recorded in `syms.anonymous_types` under
/// its shape's key.
pub fn anonymous_types_unit<'a>(syms: &mut Symbols, units: &[&ast::CompilationUnit<'_>], arena: &'a Bump) -> Option<&'a ast::CompilationUnit<'a>> {
    let mut shapes: Vec<(String, Vec<String>, Span)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::default();
    for unit in units {
        for names in unit.anonymous_types {
            let key = shape_key(names.iter().map(|n| n.text));
            if seen.contains_key(&key) {
                continue;
            }
            seen.insert(key.clone(), shapes.len());
            let span = names.first().map(|n| n.span).unwrap_or_default();
            shapes.push((key, names.iter().map(|n| n.text.to_string()).collect(), span));
        }
    }
    if shapes.is_empty() {
        return None;
    }
    let mut members = Vec::new();
    for (i, (key, names, span)) in shapes.into_iter().enumerate() {
        let s = Synth { arena, span };
        let name = format!("<>f__AnonymousType{i}");
        let metadata_name = if names.is_empty() { name.clone() } else { format!("{name}`{}", names.len()) };
        syms.anonymous_types.insert(key, metadata_name);
        let decl = anonymous_type(&s, &name, &names);
        members.push(ast::NamespaceMember::Type(arena.alloc(decl)));
    }
    Some(arena.alloc(ast::CompilationUnit {
        usings: &[],
        members: arena.alloc_slice_copy(&members),
        attributes: &[],
        uses_ranges: false,
        anonymous_types: &[],
        defines: &[],
        span: Span::default(),
    }))
}

fn anonymous_type<'a>(s: &Synth<'a>, name: &str, names: &[String]) -> TypeDecl<'a> {
    let type_params: Vec<Ident<'a>> = names.iter().map(|n| s.ident(&format!("<{n}>j__TPar"))).collect();
    let mut decl = TypeDecl {
        attributes: &[],
        modifiers: s.modifiers(Modifiers::INTERNAL | Modifiers::SEALED),
        kind: TypeKind::Class,
        name: s.ident(name),
        type_params: s.slice(&type_params),
        variance: s.slice(&vec![Variance::None; names.len()]),
        bases: &[],
        constraints: &[],
        members: &[],
        record: None,
        span: s.span,
    };
    let me = s.self_type(&decl);
    let member_ty = |i: usize| s.ty(type_params[i].text, &[]);
    let mut members: Vec<MemberDecl<'a>> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        members.push(s.get_property(member_ty(i), n));
    }
    // The constructor, its parameters named as the members.
    let params: Vec<ast::Param<'a>> = names.iter().enumerate().map(|(i, n)| s.param(member_ty(i), n, ParamModifier::None)).collect();
    let sets: Vec<ast::Stmt<'a>> = names.iter().map(|n| s.stmt(s.assign(s.member(s.this(), n), s.name(n)))).collect();
    members.push(s.constructor(Modifiers::PUBLIC, decl.name, &params, None, s.block(&sets)));
    // Equals: the same anonymous type, and equal members.
    let comparer = |i: usize| s.member(s.path("System.Collections.Generic.EqualityComparer", &[member_ty(i)]), "Default");
    let other = s.name("other");
    let mut same = s.binary(BinaryOp::Ne, s.as_object(other), s.null());
    for (i, n) in names.iter().enumerate() {
        let eq = s.call(s.member(comparer(i), "Equals"), &[s.member(s.this(), n), s.member(other, n)]);
        same = s.binary(BinaryOp::And, same, eq);
    }
    let object_ty = s.predefined(PredefinedType::Object);
    let equals = [s.local(me, "other", s.as_(s.name("value"), me)), s.ret(same)];
    members.push(s.method(
        Modifiers::PUBLIC | Modifiers::OVERRIDE,
        s.predefined(PredefinedType::Bool),
        "Equals",
        &[s.param(object_ty, "value", ParamModifier::None)],
        Some(s.block(&equals)),
    ));
    // GetHashCode: the members' hashes combined as Roslyn combines them.
    let mut hash = s.int(names.iter().fold(0x1234_5678_i64, |h, n| (h * 31 + n.len() as i64) & 0x3fff_ffff));
    for (i, n) in names.iter().enumerate() {
        let h = s.call(s.member(comparer(i), "GetHashCode"), &[s.member(s.this(), n)]);
        hash = s.binary(BinaryOp::Add, s.binary(BinaryOp::Mul, hash, s.int(-1521134295)), h);
    }
    members.push(s.method(
        Modifiers::PUBLIC | Modifiers::OVERRIDE,
        s.predefined(PredefinedType::Int),
        "GetHashCode",
        &[],
        Some(s.block(&[s.ret(s.unchecked(hash))])),
    ));
    // ToString: `{ Name = a, Count = 2 }`, a null member as nothing.
    let mut text = s.string(if names.is_empty() { "{ }" } else { "{ " });
    for (i, n) in names.iter().enumerate() {
        let label = if i == 0 { format!("{n} = ") } else { format!(", {n} = ") };
        text = s.binary(BinaryOp::Add, text, s.string(&label));
        text = s.binary(BinaryOp::Add, text, s.as_object(s.member(s.this(), n)));
    }
    if !names.is_empty() {
        text = s.binary(BinaryOp::Add, text, s.string(" }"));
    }
    members.push(s.method(
        Modifiers::PUBLIC | Modifiers::OVERRIDE,
        s.predefined(PredefinedType::String),
        "ToString",
        &[],
        Some(s.block(&[s.ret(text)])),
    ));
    decl.members = s.slice(&members);
    decl
}
