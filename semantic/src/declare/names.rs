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
