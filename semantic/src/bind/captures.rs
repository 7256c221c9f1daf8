//! Which variables anonymous functions capture (§12.19.6.2), found from the
//! syntax before a body is bound, so that a captured local can be given its
//! home in a display class (`closures.rs`) from its declaration on.
//!
//! The test is by name: a function *uses* the simple names in its body and
//! *declares* its parameters and the locals of its body; what it uses and
//! does not declare is free, and comes from an enclosing function. C# lets
//! no name mean two variables in one function's nested scopes (CS0136), so
//! the only error is to count a name that means a field or a type: that
//! variable, if there is one of that name, then lives in a display class
//! without need, which changes nothing a program can observe.

use rustc_hash::FxHashSet as HashSet;

use parser::ast;
use parser::ast::ExprKind as E;
use parser::ast::StmtKind as S;

/// What a body's walk finds.
#[derive(Default)]
struct Names {
    /// Simple names used in the body, outside nested functions; `this` for
    /// `this` and `base`.
    used: HashSet<String>,
    /// Names the body declares (locals, local functions, pattern and out variables).
    declared: HashSet<String>,
    /// Names nested functions use and do not declare themselves.
    captured: HashSet<String>,
}

/// The names the anonymous functions and local functions of `body` take
/// from outside themselves: the variables of the body (or of an enclosing
/// function) that must live in a display class.
pub fn captured_names(body: &ast::Body<'_>) -> HashSet<String> {
    let mut n = Names::default();
    n.body(body);
    n.captured
}

/// Same, for top-level statements.
pub fn captured_in_statements(stmts: &[&ast::Stmt<'_>]) -> HashSet<String> {
    let mut n = Names::default();
    stmts.iter().for_each(|s| n.stmt(s));
    n.captured
}

/// Same, for a constructor's `base(…)`/`this(…)` arguments.
pub fn captured_in_args(args: &[ast::Argument<'_>]) -> HashSet<String> {
    let mut n = Names::default();
    n.args(args);
    n.captured
}

/// Same, for expressions (a record's field initializers, which see its
/// primary constructor's parameters).
pub fn captured_in_exprs(exprs: &[&ast::Expr<'_>]) -> HashSet<String> {
    let mut n = Names::default();
    exprs.iter().for_each(|e| n.expr(e));
    n.captured
}

/// The names an anonymous function uses and does not declare (`this` among
/// them when it uses `this` or `base`).
pub fn free_names(l: &ast::LambdaExpr<'_>) -> HashSet<String> {
    let params: Vec<&str> = l.params.iter().map(|p| p.name.text).collect();
    function_free_names(&params, &l.body)
}

pub fn function_free_names(params: &[&str], body: &ast::Body<'_>) -> HashSet<String> {
    let mut n = Names::default();
    n.body(body);
    let mut free: HashSet<String> = n.used.into_iter().chain(n.captured).collect();
    for d in n.declared.iter().map(String::as_str).chain(params.iter().copied()) {
        free.remove(d);
    }
    free
}

impl Names {
    fn body(&mut self, b: &ast::Body<'_>) {
        match b {
            ast::Body::Block(k) => k.stmts.iter().for_each(|s| self.stmt(s)),
            ast::Body::Expr(e) => self.expr(e),
        }
    }

    fn declarators(&mut self, ds: &[ast::VariableDeclarator<'_>]) {
        for d in ds {
            self.declared.insert(d.name.text.to_string());
            if let Some(i) = d.init {
                self.expr(i);
            }
        }
    }

    /// An assignment's target; `var (a, b)` declares its names.
    fn deconstruction_target(&mut self, target: &ast::Expr<'_>) {
        match &target.kind {
            E::Invocation { callee, args } if matches!(callee.kind, E::Name { name, .. } if name.text == "var") => {
                for a in args.iter() {
                    match &a.expr.kind {
                        E::Name { name, .. } => {
                            self.declared.insert(name.text.to_string());
                        }
                        _ => self.deconstruction_target(a.expr),
                    }
                }
            }
            E::Tuple(args) => args.iter().for_each(|a| self.deconstruction_target(a.expr)),
            _ => self.expr(target),
        }
    }

    fn stmt(&mut self, s: &ast::Stmt<'_>) {
        match &s.kind {
            S::Block(b) | S::Checked(b) | S::Unchecked(b) => b.stmts.iter().for_each(|s| self.stmt(s)),
            S::LocalDecl { declarators, .. } | S::UsingDecl { declarators, .. } => self.declarators(declarators),
            S::Expr(e) | S::GotoCase(e) => self.expr(e),
            S::If { cond, then, else_ } => {
                self.expr(cond);
                self.stmt(then);
                if let Some(e) = else_ {
                    self.stmt(e);
                }
            }
            S::While { cond, body } | S::DoWhile { body, cond } | S::Lock { expr: cond, body } => {
                self.expr(cond);
                self.stmt(body);
            }
            S::For { init, cond, iter, body } => {
                match init {
                    ast::ForInit::Decl { declarators, .. } => self.declarators(declarators),
                    ast::ForInit::Exprs(es) => es.iter().for_each(|e| self.expr(e)),
                    ast::ForInit::None => {}
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                iter.iter().for_each(|e| self.expr(e));
                self.stmt(body);
            }
            S::Foreach { name, expr, body, .. } => {
                self.declared.insert(name.text.to_string());
                self.expr(expr);
                self.stmt(body);
            }
            S::ForeachDeconstruct { target, expr, body } => {
                self.deconstruction_target(target);
                self.expr(expr);
                self.stmt(body);
            }
            S::YieldReturn(e) => self.expr(e),
            S::YieldBreak => {}
            S::Return(e) | S::Throw(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            S::Switch { expr, sections } => {
                self.expr(expr);
                for sec in sections.iter() {
                    for l in sec.labels {
                        match l {
                            ast::SwitchLabel::Case(e) => self.expr(e),
                            ast::SwitchLabel::Pattern { pattern, guard } => {
                                self.pattern(pattern);
                                if let Some(g) = guard {
                                    self.expr(g);
                                }
                            }
                            ast::SwitchLabel::Default => {}
                        }
                    }
                    sec.stmts.iter().for_each(|s| self.stmt(s));
                }
            }
            S::Labeled { stmt, .. } => self.stmt(stmt),
            S::Try { block, catches, finally } => {
                block.stmts.iter().for_each(|s| self.stmt(s));
                for c in catches.iter() {
                    if let Some(n) = c.name {
                        self.declared.insert(n.text.to_string());
                    }
                    if let Some(f) = c.filter {
                        self.expr(f);
                    }
                    c.block.stmts.iter().for_each(|s| self.stmt(s));
                }
                if let Some(f) = finally {
                    f.stmts.iter().for_each(|s| self.stmt(s));
                }
            }
            S::LocalFunction(m) => {
                self.declared.insert(m.name.text.to_string());
                if let Some(body) = &m.body {
                    let params: Vec<&str> = m.params.iter().map(|p| p.name.text).collect();
                    self.captured.extend(function_free_names(&params, body));
                }
            }
            S::Using { resource, body } => {
                match resource {
                    ast::UsingResource::Decl { declarators, .. } => self.declarators(declarators),
                    ast::UsingResource::Expr(e) => self.expr(e),
                }
                self.stmt(body);
            }
            S::Empty | S::Break | S::Continue | S::GotoLabel(_) | S::GotoDefault | S::Error => {}
        }
    }

    fn args(&mut self, args: &[ast::Argument<'_>]) {
        for a in args {
            match a.out_decl {
                Some((_, n)) => {
                    self.declared.insert(n.text.to_string());
                }
                None => self.expr(a.expr),
            }
        }
    }

    fn pattern(&mut self, p: &ast::Pattern<'_>) {
        match &p.kind {
            ast::PatternKind::Type { name: Some(n), .. } => {
                self.declared.insert(n.text.to_string());
            }
            ast::PatternKind::Type { name: None, constant, .. } => {
                if let Some(c) = constant {
                    self.expr(c);
                }
            }
            ast::PatternKind::Constant(e) | ast::PatternKind::Relational { value: e, .. } => self.expr(e),
            ast::PatternKind::Not(p) => self.pattern(p),
            ast::PatternKind::And(a, b) | ast::PatternKind::Or(a, b) => {
                self.pattern(a);
                self.pattern(b);
            }
            ast::PatternKind::Recursive { positional, properties, name, .. } => {
                for s in positional.iter().chain(properties.iter()).flat_map(|s| s.iter()) {
                    self.pattern(s.pattern);
                }
                if let Some(n) = name {
                    self.declared.insert(n.text.to_string());
                }
            }
            ast::PatternKind::Null => {}
        }
    }

    fn expr(&mut self, e: &ast::Expr<'_>) {
        match &e.kind {
            // (A simple name may also be an instance member: the binder tells, `lambda_needs_this`.)
            E::Name { name, .. } => {
                self.used.insert(name.text.to_string());
            }
            E::This | E::Base => {
                self.used.insert("this".into());
            }
            E::MemberAccess { target, .. } => self.expr(target),
            E::Invocation { callee, args } => {
                self.expr(callee);
                self.args(args);
            }
            E::ElementAccess { target, args } => {
                self.expr(target);
                self.args(args);
            }
            E::Unary { operand: x, .. }
            | E::PreIncrement(x)
            | E::PreDecrement(x)
            | E::PostIncrement(x)
            | E::PostDecrement(x)
            | E::Cast { expr: x, .. }
            | E::As { expr: x, .. }
            | E::Checked(x)
            | E::Unchecked(x)
            | E::Parenthesized(x)
            | E::Throw(x) => self.expr(x),
            E::Binary { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            E::Assign { target, value, .. } => {
                self.deconstruction_target(target);
                self.expr(value);
            }
            E::Tuple(args) => self.args(args),
            E::FromEnd(e) => self.expr(e),
            E::Range { start, end } => {
                for e in [start, end].into_iter().flatten() {
                    self.expr(e);
                }
            }
            E::Declaration { name, .. } => {
                self.declared.insert(name.text.to_string());
            }
            E::Conditional { cond, then, else_ } => {
                self.expr(cond);
                self.expr(then);
                self.expr(else_);
            }
            E::New { args, initializer, .. } | E::TargetTypedNew { args, initializer } => {
                self.args(args);
                if let Some(init) = initializer {
                    init.iter().for_each(|e| self.expr(e));
                }
            }
            E::QueryCall { call: expr, .. } | E::Query { expr, .. } => self.expr(expr),
            E::AnonymousObject(members) => members.iter().for_each(|m| self.expr(m.value)),
            E::With { expr, initializers } => {
                self.expr(expr);
                initializers.iter().for_each(|e| self.expr(e));
            }
            E::ArrayCreation { sizes, initializer, .. } => {
                sizes.iter().for_each(|e| self.expr(e));
                if let Some(i) = initializer {
                    i.elements.iter().for_each(|e| self.expr(e));
                }
            }
            E::ImplicitArrayCreation { initializer: i, .. } | E::ArrayInitializer(i) => i.elements.iter().for_each(|e| self.expr(e)),
            E::Switch { expr, arms } => {
                self.expr(expr);
                for arm in arms.iter() {
                    self.pattern(arm.pattern);
                    if let Some(g) = arm.guard {
                        self.expr(g);
                    }
                    self.expr(arm.value);
                }
            }
            E::IsPattern { expr, pattern } => {
                self.expr(expr);
                self.pattern(pattern);
            }
            E::InterpolatedString(parts) => {
                for p in parts.iter() {
                    if let ast::InterpolationPart::Hole { expr, alignment, .. } = p {
                        self.expr(expr);
                        if let Some(a) = alignment {
                            self.expr(a);
                        }
                    }
                }
            }
            E::ConditionalAccess { target, access } => {
                self.expr(target);
                self.expr(access);
            }
            E::Lambda(l) => self.captured.extend(free_names(l)),
            E::Literal(_)
            | E::PredefinedType(_)
            | E::Typeof(_)
            | E::Default(_)
            | E::Nameof(_)
            | E::Sizeof(_)
            | E::ConditionalReceiver
            | E::InitializerTarget
            | E::Error => {}
        }
    }
}
