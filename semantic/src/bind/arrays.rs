//! Array creation (C# spec §12.8.17.5) and array initializers (§17.7):
//! `new int[n]`, `new int[2, 3]`, `new[] {…}`-style initializers, and
//! `int[] a = {1, 2}` where the declared type gives the element type.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_array_creation(
        &mut self,
        elem: &ast::TypeSyntax<'_>,
        sizes: &[&ast::Expr<'_>],
        rank: u32,
        initializer: Option<&ast::ArrayInitializer<'_>>,
        span: Span,
    ) -> BoundExpr {
        let elem = crate::declare::resolve_type(self.syms, self.scope, elem, self.diags);
        if elem == Symbols::ERROR {
            return self.error_expr(span);
        }
        let ty = self.syms.array_of(elem, rank);
        let int = self.special(SpecialType::Int32);
        let sizes: Vec<BoundExpr> = sizes
            .iter()
            .map(|s| {
                let e = self.bind_expr(s);
                self.convert_implicit(e, int)
            })
            .collect();
        if let Some(init) = initializer {
            let literal = self.bind_array_initializer(init, ty);
            // Sizes given with an initializer must be constants that
            // match it (CS0847).
            if let BoundExprKind::ArrayLiteral { dims, .. } = &literal.kind {
                for (s, &d) in sizes.iter().zip(dims) {
                    match s.constant().and_then(|c| c.as_i64()) {
                        Some(n) if n == d as i64 => {}
                        Some(_) => self.error("CS0847", s.span, format!("An array initializer of length '{d}' is expected")),
                        None => self.error("CS0150", s.span, "A constant value is expected"),
                    }
                }
            }
            return BoundExpr { span, ..literal };
        }
        if sizes.len() != rank as usize {
            self.error("CS1586", span, "Array creation must have array size or array initializer");
            return self.error_expr(span);
        }
        let mut sizes = sizes;
        let kind = if rank == 1 {
            BoundExprKind::NewArray { elem, size: Box::new(sizes.remove(0)) }
        } else {
            BoundExprKind::NewMdArray { sizes }
        };
        self.expr(kind, ty, span)
    }

    /// A variable or field initializer: a bare `{ … }` takes its array
    /// type from the declaration.
    pub fn bind_initializer(&mut self, e: &ast::Expr<'_>, declared: Option<TyId>) -> BoundExpr {
        match (&e.kind, declared) {
            (ast::ExprKind::ArrayInitializer(init), Some(ty)) => self.bind_array_initializer(init, ty),
            _ => self.bind_expr(e),
        }
    }

    /// `{ a, b, … }` for an array of type `ty`: nested braces for each
    /// further dimension, every row the same length (CS0847).
    pub fn bind_array_initializer(&mut self, init: &ast::ArrayInitializer<'_>, ty: TyId) -> BoundExpr {
        self.bind_array_initializer_with(init, ty, &mut Prebound::default())
    }

    /// [`Self::bind_array_initializer`] where some elements were bound
    /// already (to infer `new[]`'s element type): those are used as they
    /// are, so nested `new[] { new[] { … } }` binds each element once.
    pub fn bind_array_initializer_with(&mut self, init: &ast::ArrayInitializer<'_>, ty: TyId, prebound: &mut Prebound) -> BoundExpr {
        let TyKind::Array(elem, rank) = self.syms.kind(ty) else {
            self.error(
                "CS0622",
                init.span,
                "Can only use array initializer expressions to assign to array types. Try using a new expression instead.",
            );
            return self.error_expr(init.span);
        };
        let mut dims: Vec<u32> = Vec::new();
        let mut elements = Vec::new();
        self.flatten_initializer(init, (elem, rank), 0, &mut dims, &mut elements, prebound);
        self.expr(BoundExprKind::ArrayLiteral { dims, elements }, ty, init.span)
    }

    fn flatten_initializer(
        &mut self,
        init: &ast::ArrayInitializer<'_>,
        (elem, rank): (TyId, u32),
        depth: usize,
        dims: &mut Vec<u32>,
        out: &mut Vec<BoundExpr>,
        prebound: &mut Prebound,
    ) {
        let len = init.elements.len() as u32;
        if dims.len() == depth {
            dims.push(len);
        } else if dims[depth] != len {
            self.error("CS0847", init.span, format!("An array initializer of length '{}' is expected", dims[depth]));
        }
        for e in init.elements {
            let nested = match &e.kind {
                ast::ExprKind::ArrayInitializer(inner) => Some(*inner),
                _ => None,
            };
            match (depth + 1 < rank as usize, nested) {
                (true, Some(inner)) => self.flatten_initializer(inner, (elem, rank), depth + 1, dims, out, prebound),
                (true, None) => self.error("CS0846", e.span, "A nested array initializer is expected"),
                (false, Some(inner)) if matches!(self.syms.kind(elem), TyKind::Array(..)) => {
                    // `int[][] a = { new int[] {1}, … }` needs `new`; a
                    // bare brace list for a jagged element is CS0623.
                    self.error("CS0623", inner.span, "Array initializers can only be used in a variable or field initializer. Try using a new expression instead.");
                }
                (false, Some(inner)) => {
                    self.error("CS0623", inner.span, "Array initializers can only be used in a variable or field initializer. Try using a new expression instead.");
                }
                (false, None) => {
                    let v = match prebound.remove(&(*e as *const ast::Expr<'_> as usize)) {
                        Some(v) => v,
                        None => self.bind_expr(e),
                    };
                    let v = self.convert_implicit(v, elem);
                    out.push(v);
                }
            }
        }
    }
}

/// Elements bound ahead of their initializer, by the address of their
/// syntax node.
pub type Prebound = rustc_hash::FxHashMap<usize, BoundExpr>;
