//! Binding statements (C# spec §13).

use parser::ast;
use parser::ast::StmtKind as K;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub fn bind_stmt(&mut self, s: &ast::Stmt<'_>) -> BoundStmt {
        if !self.enter_nested(s.span) {
            return BoundStmt::Block(Vec::new());
        }
        let bound = self.bind_stmt_nested(s);
        self.nesting -= 1;
        bound
    }

    fn bind_stmt_nested(&mut self, s: &ast::Stmt<'_>) -> BoundStmt {
        match &s.kind {
            K::Block(b) => self.bind_block(b),
            K::Empty => BoundStmt::Block(Vec::new()),
            K::LocalDecl {
                ty,
                declarators,
                is_const,
            } => {
                if *is_const {
                    self.bind_const_locals(ty, declarators);
                    return BoundStmt::Block(Vec::new());
                }
                BoundStmt::Block(self.bind_local_decl(ty, declarators))
            }
            K::Expr(e) => {
                let e = self.bind_expr(e);
                // A call to a [Conditional] method whose symbol is not defined here is left
                // out, arguments and all (§22.5.3).
                if let BoundExprKind::Call { method, .. } = &e.kind
                    && self.conditional_call_removed(*method, e.span)
                {
                    return BoundStmt::Block(Vec::new());
                }
                BoundStmt::Expr(e)
            }
            K::If { cond, then, else_ } => {
                let cond = self.bind_condition(cond);
                let then = Box::new(self.bind_embedded(then));
                let else_ = else_.map(|e| Box::new(self.bind_embedded(e)));
                BoundStmt::If { cond, then, else_ }
            }
            K::While { cond, body } => {
                let cond = self.bind_condition(cond);
                let body = Box::new(self.bind_loop_body(body));
                BoundStmt::Loop {
                    test_first: true,
                    cond: Some(cond),
                    body,
                    step: Vec::new(),
                }
            }
            K::DoWhile { body, cond } => {
                let body = Box::new(self.bind_loop_body(body));
                let cond = self.bind_condition(cond);
                BoundStmt::Loop {
                    test_first: false,
                    cond: Some(cond),
                    body,
                    step: Vec::new(),
                }
            }
            K::For {
                init,
                cond,
                iter,
                body,
            } => {
                self.scopes.push();
                let mut out = match init {
                    ast::ForInit::None => Vec::new(),
                    ast::ForInit::Decl { ty, declarators } => self.bind_local_decl(ty, declarators),
                    ast::ForInit::Exprs(es) => es
                        .iter()
                        .map(|e| BoundStmt::Expr(self.bind_expr(e)))
                        .collect(),
                };
                let cond = cond.map(|c| self.bind_condition(c));
                let step = iter.iter().map(|e| self.bind_expr(e)).collect();
                let body = Box::new(self.bind_loop_body(body));
                let mut inits = self.take_frame_inits();
                self.scopes.pop();
                inits.append(&mut out);
                let mut out = inits;
                out.push(BoundStmt::Loop {
                    test_first: true,
                    cond,
                    body,
                    step,
                });
                BoundStmt::Block(out)
            }
            K::Break if self.breakable_depth > 0 => BoundStmt::Break,
            K::Break | K::Continue if self.finally_depth > 0 && self.loop_depth == 0 && self.breakable_depth == 0 => {
                self.error("CS0157", s.span, "Control cannot leave the body of a finally clause");
                BoundStmt::Block(Vec::new())
            }
            K::Break | K::Continue => {
                if self.loop_depth == 0 {
                    self.error(
                        "CS0139",
                        s.span,
                        "No enclosing loop out of which to break or continue",
                    );
                }
                if matches!(s.kind, K::Break) {
                    BoundStmt::Break
                } else {
                    BoundStmt::Continue
                }
            }
            K::Return(value) => self.bind_return(value.as_deref(), s.span),
            K::Error => BoundStmt::Block(Vec::new()),
            K::Foreach { ty, name, expr, body } => self.bind_foreach(super::foreach::IterationVar::Single(ty, name), expr, body, s.span),
            K::ForeachDeconstruct { target, expr, body } => {
                self.bind_foreach(super::foreach::IterationVar::Deconstruct(target), expr, body, s.span)
            }
            K::Switch { expr, sections } => self.bind_switch(expr, sections, s.span),
            K::GotoCase(e) => self.bind_goto_case(Some(e), s.span),
            K::GotoDefault => self.bind_goto_case(None, s.span),
            K::GotoLabel(name) => match self.labels.get(name.text) {
                Some(&l) => BoundStmt::Goto(l),
                None => {
                    self.error("CS0159", name.span, format!("No such label '{}' within the scope of the goto statement", name.text));
                    BoundStmt::Block(Vec::new())
                }
            },
            K::Labeled { label, stmt } => {
                let id = self.labels.get(label.text).copied();
                let inner = self.bind_stmt(stmt);
                match id {
                    Some(id) => BoundStmt::Block(vec![BoundStmt::Label(id), inner]),
                    None => inner,
                }
            }
            
            K::Throw(value) => self.bind_throw(value.as_deref(), s.span),
            K::Try { block, catches, finally } => self.bind_try(block, catches, finally.as_ref()),
            K::Checked(b) => {
                let saved = std::mem::replace(&mut self.checked, true);
                let r = self.bind_block(b);
                self.checked = saved;
                r
            }
            K::Unchecked(b) => {
                let saved = std::mem::replace(&mut self.checked, false);
                let r = self.bind_block(b);
                self.checked = saved;
                r
            }
            K::LocalFunction(decl) => {
                self.bind_local_function(decl);
                BoundStmt::Block(Vec::new())
            }
            K::Using { resource, body } => self.bind_using(resource, body, s.span),
            K::Lock { expr, body } => self.bind_lock(expr, body, s.span),
            // Only a statement list gives a using declaration its body.
            K::YieldReturn(e) => self.bind_yield(Some(e), s.span),
            K::YieldBreak => self.bind_yield(None, s.span),
            K::UsingDecl { .. } => {
                self.error("CS1023", s.span, "Embedded statement cannot be a declaration or labeled statement");
                BoundStmt::Block(Vec::new())
            }
        }
    }

    pub fn bind_block(&mut self, b: &ast::Block<'_>) -> BoundStmt {
        self.scopes.push();
        self.declare_local_functions(b.stmts);
        let list: Vec<&ast::Stmt<'_>> = b.stmts.iter().collect();
        let stmts = self.bind_stmt_list(&list);
        self.local_fns.pop();
        let mut all = self.take_frame_inits();
        self.scopes.pop();
        all.extend(stmts);
        BoundStmt::Block(all)
    }

    /// The statement of an `if` or loop gets a scope of its own even when
    /// it is not a block (spec §13.3.1: a declaration there is an error).
    pub(super) fn bind_embedded(&mut self, s: &ast::Stmt<'_>) -> BoundStmt {
        if let K::LocalDecl { .. } = s.kind {
            self.error(
                "CS1023",
                s.span,
                "Embedded statement cannot be a declaration or labeled statement",
            );
        }
        self.scopes.push();
        let r = self.bind_stmt(s);
        let inits = self.take_frame_inits();
        self.scopes.pop();
        Self::with_inits(inits, r)
    }

    fn bind_loop_body(&mut self, s: &ast::Stmt<'_>) -> BoundStmt {
        self.loop_depth += 1;
        self.breakable_depth += 1;
        let r = self.bind_embedded(s);
        self.loop_depth -= 1;
        self.breakable_depth -= 1;
        r
    }

    pub(super) fn bind_condition(&mut self, e: &ast::Expr<'_>) -> BoundExpr {
        let e = self.bind_expr(e);
        self.as_condition(e)
    }

    /// A condition: a bool, or a value whose type defines `operator true`
    /// (§12.24).
    pub fn as_condition(&mut self, e: BoundExpr) -> BoundExpr {
        let b = self.special(SpecialType::Boolean);
        if self.classify(&e, b).is_none() {
            if let Some(call) = self.user_operator("op_True", vec![e.clone()], e.span) {
                return call;
            }
        }
        self.convert_implicit(e, b)
    }

    /// `const int N = 10;`: each name denotes its value; no storage is
    /// emitted (§13.6.3).
    fn bind_const_locals(&mut self, ty: &ast::TypeSyntax<'_>, declarators: &[ast::VariableDeclarator<'_>]) {
        let ty = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
        for d in declarators {
            let value = match d.init {
                Some(init) => {
                    let e = self.bind_expr(init);
                    let e = self.convert_implicit(e, ty);
                    self.require_constant(&e, d.name.text)
                }
                None => {
                    self.error("CS0145", d.name.span, "A const field requires a value to be provided");
                    None
                }
            };
            let id = self.declare_local(&d.name, ty);
            match value {
                Some(v) => {
                    self.local_consts.insert(id, v);
                }
                // Already reported: uses of it are silent errors.
                None => {
                    self.error_locals.insert(id);
                }
            }
        }
    }

    /// The value of a constant expression, or CS0133.
    pub fn require_constant(&mut self, e: &BoundExpr, name: &str) -> Option<crate::constant::ConstValue> {
        if e.ty == Symbols::ERROR {
            return None;
        }
        match e.constant() {
            Some(c) => Some(c.clone()),
            None => {
                self.error("CS0133", e.span, format!("The expression being assigned to '{name}' must be constant"));
                None
            }
        }
    }

    pub(super) fn bind_local_decl(
        &mut self,
        ty: &ast::TypeSyntax<'_>,
        declarators: &[ast::VariableDeclarator<'_>],
    ) -> Vec<BoundStmt> {
        let is_var = matches!(&ty.kind, ast::TypeSyntaxKind::Named(parts) if parts.len() == 1 && parts[0].name.text == "var"
            && parts[0].type_args.is_empty())
            && crate::declare::lookup_type_name(self.syms, self.scope, "var").is_none();
        let declared = if is_var {
            None
        } else {
            Some(crate::declare::resolve_type(
                self.syms, self.scope, ty, self.diags,
            ))
        };
        let mut out = Vec::new();
        for d in declarators {
            // The initializer is bound before the local exists: `int x = x;`
            // refers to an outer x, or is an error.
            // `nameof` may name it there (`string label = nameof(label);`).
            self.declaring_local = Some(d.name.text.to_string());
            let init = d.init.map(|e| self.bind_initializer(e, declared));
            self.declaring_local = None;
            let local_ty = match (declared, &init) {
                (Some(t), _) => t,
                (None, Some(e)) if e.ty == Symbols::TARGET_TYPED && matches!(e.kind, BoundExprKind::UnboundNew(_) | BoundExprKind::DefaultLiteral | BoundExprKind::TupleLiteral { .. } | BoundExprKind::UnconvertedSwitch { .. }) => {
                    self.report_untargeted(e);
                    Symbols::ERROR
                }
                (None, Some(e)) => {
                    if e.ty == Symbols::NULL || e.ty == Symbols::TARGET_TYPED || self.syms.is_special(e.ty, SpecialType::Void) {
                        let shown = match &e.kind {
                            _ if e.ty == Symbols::NULL => "<null>".to_string(),
                            // An anonymous function or method group has no type to give `var`.
                            BoundExprKind::UnboundLambda(_) => "lambda expression".to_string(),
                            BoundExprKind::MethodGroup { .. } => "method group".to_string(),
                            _ => "void".to_string(),
                        };
                        self.error(
                            "CS0815",
                            d.name.span,
                            format!("Cannot assign {shown} to an implicitly-typed variable"),
                        );
                        Symbols::ERROR
                    } else {
                        e.ty
                    }
                }
                (None, None) => {
                    self.error(
                        "CS0818",
                        d.name.span,
                        "Implicitly-typed variables must be initialized",
                    );
                    Symbols::ERROR
                }
            };
            let id = self.declare_local(&d.name, local_ty);
            if let Some(init) = init {
                let value = self.convert_implicit(init, local_ty);
                let target = self.local_ref(id, local_ty, d.name.span);
                let void = self.special(SpecialType::Void);
                let span = d.span;
                out.push(BoundStmt::Expr(self.expr(
                    BoundExprKind::Assign {
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    void,
                    span,
                )));
            }
        }
        out
    }

    fn bind_return(&mut self, value: Option<&ast::Expr<'_>>, span: lexer::Span) -> BoundStmt {
        if self.iterator.is_some() {
            self.error("CS1622", span, "Cannot return a value from an iterator. Use the yield return statement to return a value, or yield break to end the iteration.");
            return BoundStmt::Block(Vec::new());
        }
        if self.finally_depth > 0 {
            self.error("CS0157", span, "Control cannot leave the body of a finally clause");
        }
        let ret = self.sym().ret;
        let is_void = self.syms.is_special(ret, SpecialType::Void);
        let is_ctor_like = self.sym().is_ctor || self.sym().name == ".cctor";
        match value {
            None if !is_void => {
                let shown = self.syms.display(ret);
                self.error(
                    "CS0126",
                    span,
                    format!("An object of a type convertible to '{shown}' is required"),
                );
                BoundStmt::Return(None, span)
            }
            None => BoundStmt::Return(None, span),
            Some(e) => {
                let value = self.bind_expr(e);
                if is_void {
                    let name = if is_ctor_like {
                        self.syms.def(self.sym().owner).name.clone()
                    } else {
                        self.syms.method_display(self.method)
                    };
                    self.error(
                        "CS0127",
                        span,
                        format!("Since '{name}' returns void, a return keyword must not be followed by an object expression"),
                    );
                    return BoundStmt::Return(None, span);
                }
                BoundStmt::Return(Some(self.convert_implicit(value, ret)), span)
            }
        }
    }
}
