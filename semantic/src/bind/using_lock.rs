//! `using` statements and declarations (§13.14) and `lock` (§13.13),
//! lowered to `try`/`finally` as the spec gives them:
//!
//! - `using (R r = e) body` is `{ R r = e; try { body } finally { if (r
//!   != null) ((IDisposable)r).Dispose(); } }` (no null test for a struct,
//!   whose own `Dispose` is called in place); several declarators nest, the
//!   last disposed first; `using (e)` keeps `e` in a temporary.
//! - `using var r = e;` (C# 8) does the same with the rest of its block as
//!   the body, so resources are disposed at the block's end in reverse order.
//! - `lock (x) body` is `{ object t = x; bool taken = false; try {
//!   Monitor.Enter(t, ref taken); body } finally { if (taken)
//!   Monitor.Exit(t); } }`.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    /// A statement list where a using declaration takes the rest of the list as its body.
    pub fn bind_stmt_list(&mut self, stmts: &[&ast::Stmt<'_>]) -> Vec<BoundStmt> {
        let mut out = Vec::new();
        for (i, s) in stmts.iter().enumerate() {
            if let ast::StmtKind::UsingDecl { ty, declarators } = &s.kind {
                let rest = &stmts[i + 1..];
                out.push(self.bind_using_decls(ty, declarators, s.span, |b| b.bind_stmt_list(rest)));
                return out;
            }
            out.push(self.bind_stmt(s));
        }
        out
    }

    /// `using (…) body`.
    pub fn bind_using(&mut self, resource: &ast::UsingResource<'_>, body: &ast::Stmt<'_>, span: Span) -> BoundStmt {
        self.scopes.push();
        let bound = match resource {
            ast::UsingResource::Decl { ty, declarators } => self.bind_using_decls(ty, declarators, span, |b| vec![b.bind_stmt(body)]),
            ast::UsingResource::Expr(e) => {
                let value = self.bind_expr(e);
                let (store, tmp) = self.store_in_temp(value, span);
                let mut out = vec![BoundStmt::Expr(store)];
                let body = vec![self.bind_stmt(body)];
                out.push(self.dispose_after(tmp, body, span));
                BoundStmt::Block(out)
            }
        };
        let inits = self.take_frame_inits();
        self.scopes.pop();
        Self::with_inits(inits, bound)
    }

    /// Declares each resource, then wraps what follows (`rest`, bound once every resource is
    /// in scope) in a try/finally per resource, innermost last declared.
    fn bind_using_decls(
        &mut self,
        ty: &ast::TypeSyntax<'_>,
        declarators: &[ast::VariableDeclarator<'_>],
        span: Span,
        rest: impl FnOnce(&mut Self) -> Vec<BoundStmt>,
    ) -> BoundStmt {
        let mut decls = Vec::new();
        for d in declarators {
            if d.init.is_none() {
                self.error("CS0210", d.name.span, "You must provide an initializer in a fixed or using statement declaration");
            }
            let stmts = self.bind_local_decl(ty, std::slice::from_ref(d));
            let local = self.lookup_local(d.name.text).map(|id| {
                let t = self.locals[id.0 as usize].ty;
                self.local_ref(id, t, d.name.span)
            });
            decls.push((stmts, local));
        }
        let mut body = rest(self);
        for (stmts, local) in decls.into_iter().rev() {
            let mut block = stmts;
            match local {
                Some(l) => block.push(self.dispose_after(l, body, span)),
                None => block.extend(body),
            }
            body = block;
        }
        BoundStmt::Block(body)
    }

    /// `try { body } finally { dispose r }`, or CS1674 when `r`'s type is not IDisposable.
    fn dispose_after(&mut self, r: BoundExpr, body: Vec<BoundStmt>, span: Span) -> BoundStmt {
        if r.ty == Symbols::ERROR {
            return BoundStmt::Block(body);
        }
        let disposable = self.syms.lookup_type("System.IDisposable").map(|d| self.syms.def_ty(d));
        let implements = disposable.is_some_and(|d| self.syms.derives_from(r.ty, d));
        if !implements {
            let t = self.syms.display(r.ty);
            self.error("CS1674", r.span, format!("'{t}': type used in a using statement must be implicitly convertible to 'System.IDisposable'"));
            return BoundStmt::Block(body);
        }
        match self.dispose(r, span) {
            Some(finally) => BoundStmt::Try { body, catches: Vec::new(), finally: Some(finally) },
            None => BoundStmt::Block(body),
        }
    }

    /// `lock (x) body`.
    pub fn bind_lock(&mut self, e: &ast::Expr<'_>, body: &ast::Stmt<'_>, span: Span) -> BoundStmt {
        let value = self.bind_expr(e);
        if value.ty != Symbols::ERROR && !self.syms.is_reference_type(value.ty) {
            let t = self.syms.display(value.ty);
            self.error("CS0185", e.span, format!("'{t}' is not a reference type as required by the lock statement"));
        }
        let object = self.special(SpecialType::Object);
        let bool_ty = self.special(SpecialType::Boolean);
        let void = self.special(SpecialType::Void);
        let value = self.convert_implicit(value, object);
        let (store, target) = self.store_in_temp(value, span);
        let f = self.expr(BoundExprKind::Const(ConstValue::Bool(false)), bool_ty, span);
        let (store_taken, taken) = self.store_in_temp(f, span);
        let body = self.bind_stmt(body);
        let Some(monitor) = self.syms.lookup_type("System.Threading.Monitor") else {
            self.error("CS0518", span, "Predefined type 'System.Threading.Monitor' is not defined or imported");
            return body;
        };
        let find = |b: &Self, name: &str, n: usize| {
            b.syms.def(monitor).methods.iter().copied().find(|&m| {
                let ms = b.syms.method(m);
                ms.name == name && ms.params.len() == n && (n == 1 || ms.params[1].kind == ParamKind::Ref)
            })
        };
        let (Some(enter), Some(exit)) = (find(self, "Enter", 2), find(self, "Exit", 1)) else { return body };
        let bool_ref = self.syms.by_ref(bool_ty);
        let taken_ref = self.expr(BoundExprKind::AddressOf { operand: Box::new(taken.clone()), is_out: false }, bool_ref, span);
        let enter_call = self.expr(BoundExprKind::Call { method: enter, receiver: None, args: vec![target.clone(), taken_ref] }, void, span);
        let exit_call = self.expr(BoundExprKind::Call { method: exit, receiver: None, args: vec![target] }, void, span);
        let release = BoundStmt::If { cond: taken, then: Box::new(BoundStmt::Expr(exit_call)), else_: None };
        let guarded = BoundStmt::Try { body: vec![BoundStmt::Expr(enter_call), body], catches: Vec::new(), finally: Some(vec![release]) };
        BoundStmt::Block(vec![BoundStmt::Expr(store), BoundStmt::Expr(store_taken), guarded])
    }
}
