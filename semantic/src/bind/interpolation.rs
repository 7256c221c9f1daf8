//! Interpolated strings (C# spec §12.8.3): with no alignment or format anywhere, a
//! concatenation of the parts; otherwise `string.Format` with a composite format string
//! (`"a{0,5:F2}b"`) and the holes as boxed arguments.
//!
//! Roslyn concatenates only when every hole is a string, and composite formatting asks an
//! IFormattable value for `ToString(null, provider)`, not `ToString()`. The two agree for
//! the core library's types and for a type that cannot be IFormattable; any other hole
//! (object, an interface, a type parameter, an unsealed class, a user's IFormattable type)
//! is formatted alone by `string.Format("{0}", x)`, so concatenation stays exact and the
//! common holes (numbers, strings, sealed types) stay cheap.

use lexer::Span;
use parser::ast;

use super::overloads::BoundArg;
use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_interpolated(&mut self, parts: &[ast::InterpolationPart<'_>], span: Span) -> BoundExpr {
        let string = self.special(SpecialType::String);
        let simple = parts.iter().all(|p| match p {
            ast::InterpolationPart::Text(_) => true,
            ast::InterpolationPart::Hole { alignment, format, .. } => alignment.is_none() && format.is_none(),
        });
        if simple {
            let mut acc = self.expr(BoundExprKind::Const(ConstValue::String(Vec::new())), string, span);
            for p in parts {
                let e = match p {
                    ast::InterpolationPart::Text(t) => self.expr(BoundExprKind::Const(ConstValue::String(t.to_vec())), string, span),
                    ast::InterpolationPart::Hole { expr, .. } => self.bind_expr(expr),
                };
                if e.ty == Symbols::ERROR {
                    return self.error_expr(span);
                }
                let e = if self.may_format_differently(e.ty) {
                    let object = self.special(SpecialType::Object);
                    let e = self.convert_implicit(e, object);
                    let hole = e.span;
                    self.string_format("{0}".encode_utf16().collect(), vec![BoundArg::plain(e)], hole)
                } else {
                    e
                };
                acc = self.bind_binary_values(BinOp::Add, acc, e, span);
            }
            return BoundExpr { span, ..acc };
        }
        // Composite formatting: text with braces doubled, holes numbered.
        let mut format: Vec<u16> = Vec::new();
        let mut args = Vec::new();
        let object = self.special(SpecialType::Object);
        for p in parts {
            match p {
                ast::InterpolationPart::Text(t) => {
                    for &c in t.iter() {
                        format.push(c);
                        if c == '{' as u16 || c == '}' as u16 {
                            format.push(c);
                        }
                    }
                }
                ast::InterpolationPart::Hole { expr, alignment, format: f, .. } => {
                    let e = self.bind_expr(expr);
                    if e.ty == Symbols::ERROR {
                        return self.error_expr(span);
                    }
                    let e = self.convert_implicit(e, object);
                    format.extend(format!("{{{}", args.len()).encode_utf16());
                    if let Some(a) = alignment {
                        let a = self.bind_expr(a);
                        match a.constant().and_then(|c| c.as_i64()) {
                            Some(n) => format.extend(format!(",{n}").encode_utf16()),
                            None => self.error("CS0150", a.span, "A constant value is expected"),
                        }
                    }
                    if let Some(f) = f {
                        format.push(':' as u16);
                        format.extend_from_slice(f);
                    }
                    format.push('}' as u16);
                    args.push(BoundArg::plain(e));
                }
            }
        }
        self.string_format(format, args, span)
    }

    /// `string.Format(format, args…)`.
    fn string_format(&mut self, format: Vec<u16>, args: Vec<BoundArg>, span: Span) -> BoundExpr {
        let string = self.special(SpecialType::String);
        let fmt = self.expr(BoundExprKind::Const(ConstValue::String(format)), string, span);
        let Some(string_def) = self.syms.special_def(SpecialType::String) else { return self.error_expr(span) };
        let candidates: Vec<MethodId> = self
            .syms
            .def(string_def)
            .methods
            .iter()
            .copied()
            .filter(|&m| self.syms.method(m).name == "Format" && self.syms.method(m).is_static)
            .collect();
        let mut all = vec![BoundArg::plain(fmt)];
        all.extend(args);
        let Some((m, args)) = self.resolve_overload(&candidates, all, span, "Format") else { return self.error_expr(span) };
        self.expr(BoundExprKind::Call { method: m, receiver: None, args }, string, span)
    }

    /// Whether composite formatting may print a value of type `ty` otherwise than its
    /// `ToString()`: it is, or may at run time be, IFormattable, and not the core library's.
    fn may_format_differently(&mut self, ty: TyId) -> bool {
        let Some(iformattable) = self.syms.lookup_type("System.IFormattable") else { return false };
        let iformattable = self.syms.def_ty(iformattable);
        let TyKind::Def(d) = self.syms.kind(ty) else { return false };
        let def = self.syms.def(d);
        if self.syms.is_special(ty, SpecialType::String) {
            return false;
        }
        if self.syms.derives_from(ty, iformattable) {
            let core = matches!(def.origin, Origin::Metadata { .. }) && (def.namespace == "System" || def.namespace.starts_with("System."));
            return !core || def.kind == TypeDefKind::Interface || def.kind == TypeDefKind::TypeParam;
        }
        // Not IFormattable itself; a derived class or the value behind an interface or a
        // type parameter may be.
        match def.kind {
            TypeDefKind::Interface | TypeDefKind::TypeParam => true,
            TypeDefKind::Class => !def.is_sealed,
            _ => false,
        }
    }

    /// `new[] { … }` (§12.8.17.5): the element type is the best common
    /// type of the elements, the one every other converts to.
    pub fn bind_implicit_array(&mut self, init: &ast::ArrayInitializer<'_>, rank: u32, span: Span) -> BoundExpr {
        let mut leaves = Vec::new();
        collect_leaves(init, rank, &mut leaves);
        let bound: Vec<BoundExpr> = leaves.iter().map(|e| self.bind_expr(e)).collect();
        if bound.iter().any(|e| e.ty == Symbols::ERROR) {
            return self.error_expr(span);
        }
        let candidates: Vec<TyId> = bound.iter().map(|e| e.ty).filter(|&t| t != Symbols::NULL).collect();
        let best = candidates.iter().copied().find(|&t| bound.iter().all(|e| self.classify(e, t).is_some_and(|c| c.is_implicit())));
        let Some(elem) = best else {
            self.error("CS0826", span, "No best type found for implicitly-typed array");
            return self.error_expr(span);
        };
        let ty = self.syms.array_of(elem, rank);
        let mut prebound: super::arrays::Prebound =
            leaves.iter().zip(bound).map(|(&leaf, b)| (leaf as *const ast::Expr<'_> as usize, b)).collect();
        let mut e = self.bind_array_initializer_with(init, ty, &mut prebound);
        e.span = span;
        e
    }
}

fn collect_leaves<'a>(init: &ast::ArrayInitializer<'a>, rank: u32, out: &mut Vec<&'a ast::Expr<'a>>) {
    for e in init.elements {
        match (&e.kind, rank > 1) {
            (ast::ExprKind::ArrayInitializer(inner), true) => collect_leaves(inner, rank - 1, out),
            _ => out.push(e),
        }
    }
}
