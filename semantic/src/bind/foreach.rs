//! `foreach` (C# spec §13.9.5) over arrays and strings (other collections
//! are in `foreach_enumerator.rs`), bound directly to
//! the indexed loop the compiler would lower it to:
//!
//! ```text
//! { T[] a = expr; for (int i = 0; i < a.Length; i++) { V x = (V)a[i]; body } }
//! ```
//!
//! as Roslyn does for arrays and strings instead of calling
//! GetEnumerator. The collection is evaluated once, into a hidden local.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_foreach(
        &mut self,
        var: IterationVar<'_, '_>,
        collection: &ast::Expr<'_>,
        body: &ast::Stmt<'_>,
        span: Span,
    ) -> BoundStmt {
        let coll = self.bind_expr(collection);
        if coll.ty == Symbols::ERROR {
            return BoundStmt::Block(Vec::new());
        }
        let int = self.special(SpecialType::Int32);
        let string = self.special(SpecialType::String);
        let (elem, rank) = match self.syms.kind(coll.ty) {
            TyKind::Array(elem, rank) => (elem, rank),
            _ if coll.ty == string => (self.special(SpecialType::Char), 1),
            _ => return self.bind_foreach_enumerator(coll, var, body, collection.span),
        };
        let void = self.special(SpecialType::Void);
        let bool_ty = self.special(SpecialType::Boolean);
        let hidden = |b: &mut Self, ty: TyId| {
            b.locals.push(LocalSym { name: String::new(), ty, span });
            LocalId(b.locals.len() as u32 - 1)
        };
        let (coll_local, index) = (hidden(self, coll.ty), hidden(self, int));
        let coll_ty = coll.ty;
        let local = |b: &Self, id: LocalId, ty: TyId| b.expr(BoundExprKind::Local(id), ty, span);
        let assign = |b: &Self, target: BoundExpr, value: BoundExpr| {
            BoundStmt::Expr(b.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(value) }, void, span))
        };
        let mut out = vec![
            assign(self, local(self, coll_local, coll_ty), coll),
            assign(self, local(self, index, int), self.expr(BoundExprKind::Const(ConstValue::I4(0)), int, span)),
        ];
        // a.Length and a[i]: ldlen/ldelem for arrays, the Length
        // property and the indexer for strings.
        let (length, element) = if rank > 1 {
            // A rectangular array runs as one loop over all elements in
            // row-major order (so break and continue need nothing
            // special); each index comes from dividing the counter by
            // the lengths of the later dimensions.
            let Some(array_def) = self.syms.special_def(SpecialType::Array) else { return BoundStmt::Block(Vec::new()) };
            let find = |b: &Self, name: &str, params: usize| {
                b.syms.def(array_def).methods.iter().copied().find(|&m| b.syms.method(m).name == name && b.syms.method(m).params.len() == params)
            };
            let (Some(get_length), Some(get_dim)) = (find(self, "get_Length", 0), find(self, "GetLength", 1)) else {
                self.error("CS0117", span, "'System.Array' does not contain a definition for 'GetLength'");
                return BoundStmt::Block(Vec::new());
            };
            let mut lens = Vec::new();
            for d in 0..rank {
                let l = hidden(self, int);
                let dim = self.expr(BoundExprKind::Const(ConstValue::I4(d as i32)), int, span);
                let call = self.expr(
                    BoundExprKind::Call { method: get_dim, receiver: Some(Box::new(local(self, coll_local, coll_ty))), args: vec![dim] },
                    int,
                    span,
                );
                out.push(assign(self, local(self, l, int), call));
                lens.push(l);
            }
            let total = self.expr(
                BoundExprKind::Call { method: get_length, receiver: Some(Box::new(local(self, coll_local, coll_ty))), args: Vec::new() },
                int,
                span,
            );
            let bin = |b: &Self, op: BinOp, l: BoundExpr, r: BoundExpr| {
                b.expr(BoundExprKind::Binary { op, operand_ty: int, checked: false, left: Box::new(l), right: Box::new(r) }, int, span)
            };
            let mut indices = vec![None; rank as usize];
            let mut rest = local(self, index, int);
            for d in (0..rank as usize).rev() {
                if d == 0 {
                    indices[0] = Some(rest.clone());
                } else {
                    indices[d] = Some(bin(self, BinOp::Rem, rest.clone(), local(self, lens[d], int)));
                    rest = bin(self, BinOp::Div, rest, local(self, lens[d], int));
                }
            }
            let el = self.expr(
                BoundExprKind::MdElement { array: Box::new(local(self, coll_local, coll_ty)), indices: indices.into_iter().flatten().collect() },
                elem,
                span,
            );
            (total, el)
        } else if coll_ty == string {
            let length = match self.lookup_member(self.syms.special_def(SpecialType::String).unwrap_or(DefId(0)), "Length") {
                Some(super::lookup::Member::Property(p)) => self.syms.property(p).getter,
                _ => None,
            };
            let Some(length) = length else {
                self.error("CS0117", span, "'string' does not contain a definition for 'Length'");
                return BoundStmt::Block(Vec::new());
            };
            let len = self.expr(
                BoundExprKind::Call { method: length, receiver: Some(Box::new(local(self, coll_local, coll_ty))), args: Vec::new() },
                int,
                span,
            );
            let elem_expr = self.bind_indexer(local(self, coll_local, coll_ty), vec![super::overloads::BoundArg::plain(local(self, index, int))], span);
            (len, elem_expr)
        } else {
            let len = self.expr(BoundExprKind::ArrayLength(Box::new(local(self, coll_local, coll_ty))), int, span);
            let el = self.expr(
                BoundExprKind::ArrayElement {
                    array: Box::new(local(self, coll_local, coll_ty)),
                    index: Box::new(local(self, index, int)),
                },
                elem,
                span,
            );
            (len, el)
        };
        let cond = self.expr(
            BoundExprKind::Binary {
                op: BinOp::Lt,
                operand_ty: int,
                checked: false,
                left: Box::new(local(self, index, int)),
                right: Box::new(length),
            },
            bool_ty,
            span,
        );
        // The iteration variable lives in the loop body's scope.
        self.scopes.push();
        let mut inner = self.bind_iteration_var(var, elem, element, span);
        self.loop_depth += 1;
        self.breakable_depth += 1;
        inner.push(self.bind_embedded(body));
        self.loop_depth -= 1;
        self.breakable_depth -= 1;
        self.scopes.pop();
        let one = self.expr(BoundExprKind::Const(ConstValue::I4(1)), int, span);
        let step = self.expr(
            BoundExprKind::CompoundAssign {
                op: BinOp::Add,
                operand_ty: int,
                target: Box::new(local(self, index, int)),
                value: Box::new(one),
                narrow: false,
                postfix: false,
                checked: false,
            },
            int,
            span,
        );
        out.push(BoundStmt::Loop { test_first: true, cond: Some(cond), body: Box::new(BoundStmt::Block(inner)), step: vec![step] });
        BoundStmt::Block(out)
    }

    /// Declares the iteration variable, or the variables of a deconstruction
    /// (`foreach (var (k, v) in d)`), in the loop body's scope, and gives
    /// the statements that start each iteration: the display instance of a
    /// captured variable (fresh in each iteration, C# 5), then the element
    /// `value` (of type `elem`) stored into the variables.
    pub(super) fn bind_iteration_var(&mut self, var: IterationVar<'_, '_>, elem: TyId, value: BoundExpr, span: Span) -> Vec<BoundStmt> {
        let void = self.special(SpecialType::Void);
        match var {
            IterationVar::Single(ty, name) => {
                let is_var = matches!(&ty.kind, ast::TypeSyntaxKind::Named(p) if p.len() == 1 && p[0].name.text == "var");
                let var_ty = if is_var { elem } else { crate::declare::resolve_type(self.syms, self.scope, ty, self.diags) };
                let x = self.declare_local(name, var_ty);
                let value = self.convert_explicit(value, var_ty, span);
                let mut stmts = self.take_frame_inits();
                let target = self.local_ref(x, var_ty, span);
                stmts.push(BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(value) }, void, span)));
                stmts
            }
            IterationVar::Deconstruct(target) => {
                let (store, tmp) = self.store_in_temp(value, span);
                let mut side = vec![store];
                self.deconstruct_into(target, tmp, &mut side, span);
                let mut stmts = self.take_frame_inits();
                stmts.extend(side.into_iter().map(BoundStmt::Expr));
                stmts
            }
        }
    }
}

/// What a `foreach` declares: `T x`, or a deconstruction `var (a, b)`.
#[derive(Clone, Copy)]
pub enum IterationVar<'x, 'a> {
    Single(&'x ast::TypeSyntax<'a>, &'x ast::Ident<'a>),
    Deconstruct(&'x ast::Expr<'a>),
}
