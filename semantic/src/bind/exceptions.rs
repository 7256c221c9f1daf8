//! `throw`, `try`/`catch`/`finally` (C# spec §13.10.6, §13.11).
//!
//! A catch clause names a class derived from System.Exception (CS0155),
//! or nothing (catch-all); clauses may not be shadowed by an earlier,
//! more general one (CS0160). `throw;` is only valid in a catch block
//! (CS0156); control may not leave a finally block (CS0157).

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    fn exception_type(&mut self, span: Span) -> Option<TyId> {
        match self.syms.lookup_type("System.Exception") {
            Some(d) => Some(self.syms.def_ty(d)),
            None => {
                self.error("CS0518", span, "Predefined type 'System.Exception' is not defined or imported");
                None
            }
        }
    }

    fn derives_from(&self, ty: TyId, base: TyId) -> bool {
        let mut current = Some(ty);
        while let Some(t) = current {
            if t == base {
                return true;
            }
            current = self.syms.base_of(t);
        }
        false
    }

    pub fn bind_throw(&mut self, value: Option<&ast::Expr<'_>>, span: Span) -> BoundStmt {
        match value {
            None => {
                if self.catch_depth == 0 {
                    self.error("CS0156", span, "A throw statement with no arguments is not allowed outside of a catch clause");
                }
                if self.finally_depth > self.catch_depth_at_finally() {
                    self.error("CS0724", span, "A throw statement with no arguments is not allowed in a finally clause that is nested inside the nearest enclosing catch clause");
                }
                BoundStmt::Throw(None)
            }
            Some(e) => {
                let v = self.bind_thrown(e);
                BoundStmt::Throw(Some(v))
            }
        }
    }

    fn catch_depth_at_finally(&self) -> u32 {
        self.finally_depth
    }

    /// The operand of `throw`: an Exception (CS0155).
    pub fn bind_thrown(&mut self, e: &ast::Expr<'_>) -> BoundExpr {
        let v = self.bind_expr(e);
        let Some(exception) = self.exception_type(e.span) else { return self.error_expr(e.span) };
        if v.ty == Symbols::ERROR || v.ty == Symbols::NULL {
            return v;
        }
        if !self.derives_from(v.ty, exception) {
            self.error("CS0155", v.span, "The type caught or thrown must be derived from System.Exception");
            return self.error_expr(v.span);
        }
        v
    }

    pub fn bind_try(
        &mut self,
        block: &ast::Block<'_>,
        catches: &[ast::CatchClause<'_>],
        finally: Option<&ast::Block<'_>>,
    ) -> BoundStmt {
        let guarded = !catches.is_empty();
        self.try_catch_depth += u32::from(guarded);
        let BoundStmt::Block(body) = self.bind_block(block) else { unreachable!("bind_block returns a block") };
        self.try_catch_depth -= u32::from(guarded);
        let exception = self.exception_type(block.span);
        let object = self.special(SpecialType::Object);
        let mut bound_catches: Vec<BoundCatch> = Vec::new();
        for c in catches {
            let ty = match (c.ty, exception) {
                (Some(t), Some(exception)) => {
                    let ty = crate::declare::resolve_type(self.syms, self.scope, t, self.diags);
                    if ty != Symbols::ERROR && !self.derives_from(ty, exception) {
                        self.error("CS0155", t.span, "The type caught or thrown must be derived from System.Exception");
                    }
                    ty
                }
                (Some(_), None) => Symbols::ERROR,
                // `catch { }` catches everything, even non-Exception objects.
                (None, _) => object,
            };
            // CS0160: an earlier clause already catches this type.
            if let Some(prev) = bound_catches.iter().find(|p| p.filter.is_none() && (p.ty == object || self.derives_from(ty, p.ty))) {
                let shown = if prev.ty == object { "System.Object".to_string() } else { self.syms.display(prev.ty) };
                self.error("CS0160", c.ty.map(|t| t.span).unwrap_or(c.span), format!("A previous catch clause already catches all exceptions of this or of a super type ('{shown}')"));
            }
            self.scopes.push();
            let local = c.name.as_ref().map(|n| self.declare_local(n, ty));
            let filter = c.filter.map(|f| {
                let e = self.bind_expr(f);
                let b = self.special(SpecialType::Boolean);
                self.convert_implicit(e, b)
            });
            self.catch_depth += 1;
            let BoundStmt::Block(mut body) = self.bind_block(&c.block) else { unreachable!("bind_block returns a block") };
            self.catch_depth -= 1;
            // A captured exception variable: the display instance, then the exception copied
            // into its field.
            let mut inits = self.take_frame_inits();
            if let Some(id) = local
                && self.hoisted.contains_key(&id)
            {
                let field = self.local_ref(id, ty, c.span);
                let value = self.expr(BoundExprKind::Local(id), ty, c.span);
                let void = self.special(SpecialType::Void);
                inits.push(BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(field), value: Box::new(value) }, void, c.span)));
            }
            inits.append(&mut body);
            let body = inits;
            self.scopes.pop();
            bound_catches.push(BoundCatch { ty, local, filter, body });
        }
        let finally = finally.map(|f| {
            self.finally_depth += 1;
            let saved_loops = std::mem::replace(&mut self.loop_depth, 0);
            let saved_breakable = std::mem::replace(&mut self.breakable_depth, 0);
            let BoundStmt::Block(body) = self.bind_block(f) else { unreachable!("bind_block returns a block") };
            self.loop_depth = saved_loops;
            self.breakable_depth = saved_breakable;
            self.finally_depth -= 1;
            body
        });
        BoundStmt::Try { body, catches: bound_catches, finally }
    }
}
