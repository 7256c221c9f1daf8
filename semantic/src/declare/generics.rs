//! Type parameters and their constraints (C# spec §15.2.3, §15.2.5).
//!
//! Each type parameter is a `TypeDef` of kind `TypeParam`, so member
//! lookup and conversions treat it like any other type: its *effective
//! base class* (§15.2.5: the class constraint, `ValueType` for `struct`,
//! else `object`) is its `base`, and its interface constraints are its
//! `interfaces`.

use lexer::Diagnostic;
use parser::ast;

use crate::types::*;

use super::{TypeScope, resolve_type};

/// Makes the type parameters `names` of `owner`, numbered from `first`
/// (a nested type's own parameters follow the ones it inherits).
pub(super) fn declare_type_params(
    syms: &mut Symbols,
    names: &[ast::Ident<'_>],
    variance: &[ast::Variance],
    owner: ParamOwner,
    first: u32,
    diags: &mut Vec<Diagnostic>,
) -> Vec<DefId> {
    let object = syms.special_ty(SpecialType::Object);
    let mut out: Vec<DefId> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if out.iter().any(|&p| syms.def(p).name == n.text) {
            diags.push(Diagnostic::error("CS0692", n.span, format!("Duplicate type parameter '{}'", n.text)));
        }
        let variance = match variance.get(i) {
            Some(ast::Variance::Out) => Variance::Covariant,
            Some(ast::Variance::In) => Variance::Contravariant,
            _ => Variance::Invariant,
        };
        let mut def = TypeDef::new(n.text.to_string(), String::new(), TypeDefKind::TypeParam, Origin::Source);
        def.base = Some(object);
        def.param = Some(Box::new(TypeParamInfo {
            index: first + i as u32,
            owner,
            variance,
            reference: false,
            value: false,
            ctor: false,
            bounds: Vec::new(),
        }));
        let d = syms.add_instance_def(def);
        syms.def_ty(d);
        out.push(d);
    }
    out
}

/// A copy of `p` for a nested type: `Outer<T>.Inner` has a `T` of its
/// own (ECMA-335 II.10.7), with the same name, constraints and position.
pub(crate) fn copy_type_param(syms: &mut Symbols, p: DefId, owner: DefId) -> DefId {
    let mut def = syms.def(p).clone();
    if let Some(info) = def.param.as_mut() {
        info.owner = ParamOwner::Type(owner);
    }
    let d = syms.add_instance_def(def);
    syms.def_ty(d);
    d
}

/// Enters `where` clauses for `params` (§15.2.5), checking their shape:
/// `class`/`struct` first (CS0449), `new()` last (CS0401), no sealed or
/// special class (CS0701, CS0702), at most one class (CS0406).
pub(super) fn declare_constraints(
    syms: &mut Symbols,
    scope: &TypeScope,
    params: &[DefId],
    clauses: &[ast::ConstraintClause<'_>],
    diags: &mut Vec<Diagnostic>,
) {
    let was_ready = syms.generics_ready();
    syms.defer_constraint_checks(true);
    let mut written: Vec<(TyId, lexer::Span)> = Vec::new();
    for c in clauses {
        let Some(&p) = params.iter().find(|&&p| syms.def(p).name == c.param.text) else {
            diags.push(Diagnostic::error(
                "CS0699",
                c.param.span,
                format!("'{}' does not define type parameter '{}'", scope_name(syms, scope), c.param.text),
            ));
            continue;
        };
        let (mut reference, mut value, mut ctor) = (false, false, false);
        let mut base: Option<TyId> = None;
        let mut interfaces = Vec::new();
        let mut bounds = Vec::new();
        for (i, item) in c.items.iter().enumerate() {
            match item {
                ast::ConstraintItem::Class(s) | ast::ConstraintItem::Struct(s) => {
                    if i != 0 {
                        diags.push(Diagnostic::error(
                            "CS0449",
                            *s,
                            "The 'class', 'struct', 'unmanaged', 'notnull', and 'default' constraints cannot be combined or duplicated, and must be specified first in the constraints list.",
                        ));
                    }
                    if matches!(item, ast::ConstraintItem::Class(_)) {
                        reference = true;
                    } else {
                        value = true;
                    }
                }
                ast::ConstraintItem::New(s) => {
                    if i + 1 != c.items.len() {
                        diags.push(Diagnostic::error("CS0401", *s, "The new() constraint must be the last constraint specified"));
                    } else if value {
                        diags.push(Diagnostic::error("CS0451", *s, "The 'new()' constraint cannot be used with the 'struct' constraint"));
                    }
                    ctor = true;
                }
                // `notnull` (C# 8) asks only for the nullable analysis
                // Sharp does not make; no runtime constraint comes of it.
                ast::ConstraintItem::Type(t)
                    if matches!(t.kind, ast::TypeSyntaxKind::Named([p]) if p.name.text == "notnull" && p.type_args.is_empty())
                        && super::lookup_type_name(syms, scope, "notnull").is_none() => {}
                ast::ConstraintItem::Type(t) => {
                    let ty = resolve_type(syms, scope, t, diags);
                    if ty == Symbols::ERROR {
                        continue;
                    }
                    written.push((ty, t.span));
                    let TyKind::Def(d) = syms.kind(ty) else {
                        diags.push(Diagnostic::error("CS0701", t.span, format!("'{}' is not a valid constraint. A type used as a constraint must be an interface, a non-sealed class or a type parameter.", syms.display(ty))));
                        continue;
                    };
                    let def = syms.def(d);
                    match def.kind {
                        TypeDefKind::Interface => interfaces.push(ty),
                        TypeDefKind::TypeParam => bounds.push(ty),
                        _ if matches!(def.special, Some(SpecialType::Object | SpecialType::ValueType | SpecialType::Array | SpecialType::Enum)) => {
                            diags.push(Diagnostic::error("CS0702", t.span, format!("Constraint cannot be special class '{}'", syms.display(ty))));
                        }
                        TypeDefKind::Class if !def.is_sealed && !def.is_static => {
                            if base.is_some() || reference || value || i != 0 {
                                diags.push(Diagnostic::error("CS0406", t.span, format!("The class type constraint '{}' must come before any other constraints", syms.display(ty))));
                            }
                            base = Some(ty);
                        }
                        _ => diags.push(Diagnostic::error(
                            "CS0701",
                            t.span,
                            format!("'{}' is not a valid constraint. A type used as a constraint must be an interface, a non-sealed class or a type parameter.", syms.display(ty)),
                        )),
                    }
                }
            }
        }
        let effective_base = match (base, value) {
            (Some(b), _) => Some(b),
            (None, true) => Some(syms.special_ty(SpecialType::ValueType)),
            (None, false) => Some(syms.special_ty(SpecialType::Object)),
        };
        let def = syms.def_mut(p);
        def.base = effective_base;
        def.interfaces = interfaces;
        if let Some(info) = def.param.as_mut() {
            info.reference = reference || base.is_some();
            info.value = value;
            info.ctor = ctor || value;
            info.bounds = bounds;
        }
    }
    syms.defer_constraint_checks(false);
    if was_ready {
        for (ty, span) in written {
            crate::generics::check_constraints(syms, ty, span, diags);
        }
    }
}

/// Checks the clauses of a declaration without type parameters (CS0080).
pub(super) fn reject_constraints(clauses: &[ast::ConstraintClause<'_>], diags: &mut Vec<Diagnostic>) {
    if let Some(c) = clauses.first() {
        diags.push(Diagnostic::error("CS0080", c.span, "Constraints are not allowed on non-generic declarations"));
    }
}

fn scope_name(syms: &Symbols, scope: &TypeScope) -> String {
    syms.display_def(scope.def)
}
