//! User-defined operators and conversions (C# spec §15.10): declared as
//! public static methods with the special names of ECMA-335 I.10.3.

use lexer::Diagnostic;
use parser::ast;
use parser::ast::Modifiers;

use super::{BodyDecl, BodySource, Decls, TypeScope, declare_params, resolve_type};
use crate::types::*;

/// The metadata name of an operator (ECMA-335 I.10.3.1, I.10.3.2).
pub fn operator_name(kind: ast::OperatorKind) -> &'static str {
    use ast::{BinaryOp as B, OperatorKind as K, UnaryOp as U};
    match kind {
        K::Binary(B::Add) => "op_Addition",
        K::Binary(B::Sub) => "op_Subtraction",
        K::Binary(B::Mul) => "op_Multiply",
        K::Binary(B::Div) => "op_Division",
        K::Binary(B::Rem) => "op_Modulus",
        K::Binary(B::BitAnd) => "op_BitwiseAnd",
        K::Binary(B::BitOr) => "op_BitwiseOr",
        K::Binary(B::BitXor) => "op_ExclusiveOr",
        K::Binary(B::Shl) => "op_LeftShift",
        K::Binary(B::Shr) => "op_RightShift",
        K::Binary(B::Eq) => "op_Equality",
        K::Binary(B::Ne) => "op_Inequality",
        K::Binary(B::Lt) => "op_LessThan",
        K::Binary(B::Gt) => "op_GreaterThan",
        K::Binary(B::Le) => "op_LessThanOrEqual",
        K::Binary(B::Ge) => "op_GreaterThanOrEqual",
        K::Binary(_) => "op_Unknown",
        K::Unary(U::Minus) => "op_UnaryNegation",
        K::Unary(U::Plus) => "op_UnaryPlus",
        K::Unary(U::Not) => "op_LogicalNot",
        K::Unary(U::BitNot) => "op_OnesComplement",
        K::Increment => "op_Increment",
        K::Decrement => "op_Decrement",
        K::True => "op_True",
        K::False => "op_False",
        K::Implicit => "op_Implicit",
        K::Explicit => "op_Explicit",
    }
}

/// A user-defined operator or conversion (§15.10): a public static
/// method with a special name. One of its types must be the containing
/// type (CS0563, CS0556), and comparison operators come in pairs (CS0216).
pub(super) fn declare_operator<'a>(
    syms: &mut Symbols,
    decls: &mut Decls<'a>,
    scope_index: usize,
    scope: &TypeScope,
    op: &'a ast::OperatorDecl<'a>,
    diags: &mut Vec<Diagnostic>,
) {
    let def = scope.def;
    if !(op.modifiers.has(Modifiers::PUBLIC) && op.modifiers.has(Modifiers::STATIC)) {
        diags.push(Diagnostic::error(
            "CS0558",
            op.span,
            format!("User-defined operator '{}.operator {}' must be declared static and public", syms.def(def).name, op.kind.symbol()),
        ));
    }
    let ret = resolve_type(syms, scope, op.return_type, diags);
    let params = declare_params(syms, scope, op.params, diags);
    let me = syms.def_ty(def);
    // A struct's operators may take or give `S?` instead of `S` (§15.10).
    let me_nullable = syms.lookup_type("System.Nullable`1").filter(|_| syms.def(def).kind == TypeDefKind::Struct).map(|n| syms.instantiate(n, &[me]));
    let is_me = |t: TyId| t == me || Some(t) == me_nullable;
    let mentions_me = params.iter().any(|p| is_me(p.ty)) || (matches!(op.kind, ast::OperatorKind::Implicit | ast::OperatorKind::Explicit) && is_me(ret));
    if !mentions_me && ret != Symbols::ERROR && params.iter().all(|p| p.ty != Symbols::ERROR) {
        let (code, msg) = if matches!(op.kind, ast::OperatorKind::Implicit | ast::OperatorKind::Explicit) {
            ("CS0556", "User-defined conversion must convert to or from the enclosing type".to_string())
        } else if params.len() == 2 {
            ("CS0563", "One of the parameters of a binary operator must be the containing type".to_string())
        } else {
            ("CS0562", "The parameter of a unary operator must be the containing type".to_string())
        };
        diags.push(Diagnostic::error(code, op.span, msg));
    }
    let name = operator_name(op.kind);
    let id = syms.add_method(MethodSym {
        name: name.into(),
        owner: def,
        origin: Origin::Source,
        params,
        ret,
        is_static: true,
        is_ctor: false,
        is_extern: op.modifiers.has(Modifiers::EXTERN),
        is_abstract: false,
        is_virtual: false,
        is_override: false,
        is_final: false,
        is_extension: false,
        is_accessor: true,
        impl_options: 0,
        type_params: Vec::new(),
        generic: None,
        access: Accessibility::Public,
    });
    if !op.attributes.is_empty() {
        decls.attributes.push((crate::bound::AttrTarget::Method(id), op.attributes, scope_index));
    }
    super::members::record_defaults(decls, id, op.params, scope_index);
    if op.body.is_some() {
        decls.bodies.push(BodyDecl { method: id, source: BodySource::Operator(op), scope: scope_index, name_span: op.span });
    }
    decls.operators.push((def, id, op.span));
}

/// CS0216: `==` needs `!=`, `<` needs `>`, `<=` needs `>=`, and the other
/// way round (§15.10.3).
pub(super) fn check_operator_pairs(syms: &Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    let pairs = [
        ("op_Equality", "op_Inequality", "==", "!="),
        ("op_Inequality", "op_Equality", "!=", "=="),
        ("op_LessThan", "op_GreaterThan", "<", ">"),
        ("op_GreaterThan", "op_LessThan", ">", "<"),
        ("op_LessThanOrEqual", "op_GreaterThanOrEqual", "<=", ">="),
        ("op_GreaterThanOrEqual", "op_LessThanOrEqual", ">=", "<="),
        ("op_True", "op_False", "true", "false"),
        ("op_False", "op_True", "false", "true"),
    ];
    for &(def, m, span) in &decls.operators {
        let name = &syms.method(m).name;
        if let Some(&(_, other, sym, other_sym)) = pairs.iter().find(|p| p.0 == name) {
            let has = syms.def(def).methods.iter().any(|&o| syms.method(o).name == other);
            if !has {
                diags.push(Diagnostic::error(
                    "CS0216",
                    span,
                    format!("The operator '{}.operator {sym}' requires a matching operator '{other_sym}' to also be defined", syms.def(def).name),
                ));
            }
        }
    }
}
