//! Type names as written in source, resolved to types: predefined type
//! keywords, then names found through nested types, the enclosing
//! namespaces and the `using` directives (§7.6).

use lexer::Diagnostic;
use parser::ast;

use crate::types::*;

use super::{TypeScope, Using};

pub fn qualified(q: &ast::QualifiedName<'_>) -> String {
    q.parts.iter().map(|p| p.text).collect::<Vec<_>>().join(".")
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
        ast::TypeSyntaxKind::Named(parts) => resolve_named(syms, scope, parts, ty.span, diags),
        ast::TypeSyntaxKind::Array { elem, rank } => {
            let e = resolve_type(syms, scope, elem, diags);
            if syms.is_error(e) {
                return e;
            }
            syms.array_of(e, *rank)
        }
        ast::TypeSyntaxKind::Tuple(elements) => {
            let mut tys = Vec::new();
            for e in elements.iter() {
                let t = resolve_type(syms, scope, e.ty, diags);
                if syms.is_error(t) {
                    return t;
                }
                tys.push(t);
            }
            match syms.tuple_type(&tys) {
                Some(t) => {
                    let names: Vec<Option<String>> = elements.iter().map(|e| e.name.map(|n| n.text.to_string())).collect();
                    syms.note_tuple_names(t, names);
                    t
                }
                None => {
                    diags.push(Diagnostic::error("CS8179", ty.span, "Predefined type 'System.ValueTuple' is not defined or imported"));
                    Symbols::ERROR
                }
            }
        }
        ast::TypeSyntaxKind::Omitted => {
            diags.push(Diagnostic::error("CS7003", ty.span, "Unexpected use of an unbound generic name"));
            Symbols::ERROR
        }
        ast::TypeSyntaxKind::Nullable(inner) => {
            let t = resolve_type(syms, scope, inner, diags);
            // `T?` of a value type is `Nullable<T>`; of a reference type it
            // is an annotation (C# 8) with no effect on the type.
            if t == Symbols::ERROR || !syms.is_value_type(t) {
                return t;
            }
            match syms.lookup_type("System.Nullable`1") {
                Some(n) => {
                    let ty = syms.instantiate(n, &[t]);
                    if syms.generics_ready() {
                        crate::generics::check_constraints(syms, ty, inner.span, diags);
                    }
                    ty
                }
                None => {
                    diags.push(Diagnostic::error("CS0518", ty.span, "Predefined type 'System.Nullable`1' is not defined or imported"));
                    Symbols::ERROR
                }
            }
        }
    }
}

/// A dotted name with type arguments: a type parameter in scope, or a
/// type found by its name and arity (``List`1``), given its arguments.
fn resolve_named(
    syms: &mut Symbols,
    scope: &TypeScope,
    parts: &[ast::NamePart<'_>],
    span: lexer::Span,
    diags: &mut Vec<Diagnostic>,
) -> TyId {
    if let [only] = parts {
        if only.type_args.is_empty() {
            if let Some(p) = lookup_type_param(syms, scope, only.name.text) {
                return syms.def_ty(p);
            }
            if let Some(t) = alias_type(syms, scope, only.name.text) {
                return t;
            }
        }
    }
    let mut args = Vec::new();
    for p in parts {
        for a in p.type_args {
            let t = resolve_type(syms, scope, a, diags);
            if t == Symbols::ERROR {
                return Symbols::ERROR;
            }
            args.push(t);
        }
    }
    let mangled = parts
        .iter()
        .map(|p| if p.type_args.is_empty() { p.name.text.to_string() } else { format!("{}`{}", p.name.text, p.type_args.len()) })
        .collect::<Vec<_>>()
        .join(".");
    let plain = parts.iter().map(|p| p.name.text).collect::<Vec<_>>().join(".");
    let Some(d) = lookup_type_name(syms, scope, &mangled) else {
        if let Some(t) = inherited_nested(syms, scope, parts, span, diags) {
            return t;
        }
        if args.is_empty() {
            // `List` for `List<T>`: the name exists with another arity.
            for n in 1..=8 {
                if let Some(g) = lookup_type_name(syms, scope, &format!("{plain}`{n}")) {
                    let shown = syms.display_def(g);
                    diags.push(Diagnostic::error("CS0305", span, format!("Using the generic type '{shown}' requires {n} type arguments")));
                    return Symbols::ERROR;
                }
            }
        } else if let Some(g) = (1..=8).find_map(|n| lookup_type_name(syms, scope, &format!("{plain}`{n}"))) {
            // `Box<int, string>` for `Box<T>`: the name exists with another arity.
            let shown = syms.display_def(g);
            let want = syms.def(g).type_params.len();
            diags.push(Diagnostic::error("CS0305", span, format!("Using the generic type '{shown}' requires {want} type arguments")));
            return Symbols::ERROR;
        } else if let Some(g) = lookup_type_name(syms, scope, &plain) {
            let shown = syms.display_def(g);
            diags.push(Diagnostic::error("CS0308", span, format!("The non-generic type '{shown}' cannot be used with type arguments")));
            return Symbols::ERROR;
        }
        diags.push(Diagnostic::error(
            "CS0246",
            span,
            format!("The type or namespace name '{plain}' could not be found (are you missing a using directive or an assembly reference?)"),
        ));
        return Symbols::ERROR;
    };
    let want = syms.def(d).type_params.len();
    if args.len() < want {
        // A type nested in a generic type, named from inside it: the
        // enclosing type's parameters are implied (`Enumerator` in
        // `List<T>` is `List<T>.Enumerator`).
        let implied = want - args.len();
        let Some(outer) = implied_type_args(syms, scope, d).filter(|a| a.len() >= implied) else {
            let shown = syms.display_def(d);
            diags.push(Diagnostic::error("CS0305", span, format!("Using the generic type '{shown}' requires {want} type arguments")));
            return Symbols::ERROR;
        };
        let mut all: Vec<TyId> = outer[..implied].to_vec();
        all.extend(args);
        args = all;
    }
    if want == 0 {
        return syms.def_ty(d);
    }
    let ty = syms.instantiate(d, &args);
    if syms.generics_ready() {
        crate::generics::check_constraints(syms, ty, span, diags);
    }
    ty
}

/// `B<T>.E` where `E` is declared in a base class of `B<T>`: a nested type
/// is a member, inherited like the others (§15.3.9). None when the prefix
/// is no type or no base declares the name.
fn inherited_nested(
    syms: &mut Symbols,
    scope: &TypeScope,
    parts: &[ast::NamePart<'_>],
    span: lexer::Span,
    diags: &mut Vec<Diagnostic>,
) -> Option<TyId> {
    let (last, prefix) = parts.split_last()?;
    if prefix.is_empty() {
        return None;
    }
    let mut quiet = Vec::new();
    let outer = resolve_named(syms, scope, prefix, span, &mut quiet);
    let name = match last.type_args.len() {
        0 => last.name.text.to_string(),
        n => format!("{}`{n}", last.name.text),
    };
    let mut current = Some(outer).filter(|&t| t != Symbols::ERROR);
    while let Some(t) = current {
        let TyKind::Def(d) = syms.kind(t) else { return None };
        if let Some(n) = syms.nested_type(syms.generic_def(d), &name) {
            // The enclosing instance's arguments, then the nested type's own.
            let mut args = if syms.def(d).instance_of.is_some() { syms.type_args(d) } else { Vec::new() };
            for a in last.type_args {
                args.push(resolve_type(syms, scope, a, diags));
            }
            return Some(if args.is_empty() { syms.def_ty(n) } else { syms.instantiate(n, &args) });
        }
        current = syms.def(d).base;
    }
    None
}

/// The arguments a type nested in a generic type gets when it is named
/// without them: those of the enclosing type as the scope sees it, in the
/// type itself, a type nested in it, or a class deriving from an instance
/// of it (`Callback` in `class X : MyBase<string, int>`).
pub fn implied_type_args(syms: &mut Symbols, scope: &TypeScope, nested: DefId) -> Option<Vec<TyId>> {
    let enclosing = syms.def(nested).enclosing?;
    if (scope.def.0 as usize) >= syms.defs.len() {
        return None;
    }
    let mut outer = Some(scope.def);
    while let Some(o) = outer {
        let mut current = Some(o);
        while let Some(c) = current {
            if syms.generic_def(c) == enclosing {
                // In terms of the scope's own parameters: a nested type
                // has copies of its enclosing types' parameters, first.
                let args = syms.type_args(c);
                let from = syms.def(o).type_params.clone();
                let mine = syms.def(scope.def).type_params.clone();
                if from.len() > mine.len() {
                    return Some(args);
                }
                let to: Vec<TyId> = mine[..from.len()].iter().map(|&p| syms.def_ty(p)).collect();
                let s = crate::generics::Subst::new(&from, &to);
                return Some(args.into_iter().map(|a| syms.subst(a, &s)).collect());
            }
            current = syms.def(c).base.and_then(|b| match syms.kind(b) {
                TyKind::Def(d) => Some(d),
                _ => None,
            });
        }
        outer = syms.def(o).enclosing;
    }
    None
}

/// The type a `using X = G<A>;` alias in scope names.
pub fn alias_type(syms: &Symbols, scope: &TypeScope, name: &str) -> Option<TyId> {
    scope.usings.iter().find_map(|u| match u {
        Using::AliasType(a, span) if a == name => syms.type_aliases.get(span).copied(),
        _ => None,
    })
}

/// A type parameter by name: the method's, then the type's (which
/// include those of the types it is nested in, outermost first: the
/// innermost of one name hides the others, as in `Outer<T>.Inner<T>`).
pub fn lookup_type_param(syms: &Symbols, scope: &TypeScope, name: &str) -> Option<DefId> {
    let in_method = scope.method_type_params.iter().copied().find(|&p| syms.def(p).name == name);
    in_method.or_else(|| {
        if (scope.def.0 as usize) < syms.defs.len() {
            syms.def(scope.def).type_params.iter().rev().copied().find(|&p| syms.def(p).name == name)
        } else {
            None
        }
    })
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
                if let Some(d) = syms.nested_type(syms.generic_def(c), name) {
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
