//! Local functions (C# spec §13.6.4): each becomes a method named as
//! Roslyn names them (`<Main>g__Square|0_0`), visible in its whole block so
//! calls may come before the declaration. One that captures nothing is a
//! private static method of the enclosing type (generic over a generic
//! method's parameters, like a lambda); one that captures is an instance
//! method of the display class holding what it captures (`closures.rs`),
//! made when the block starts, and called on that display instance.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use parser::ast;

use super::Binder;
use crate::bound::BoundExpr;
use crate::types::*;

impl Binder<'_> {
    /// Declares the local functions of a statement list, so the block can
    /// call them anywhere.
    pub fn declare_local_functions<'x, 'a: 'x>(&mut self, stmts: impl IntoIterator<Item = &'x ast::Stmt<'a>> + Clone) {
        let mut names = HashMap::default();
        // The names the block itself declares: a function capturing one lives in the
        // block's display class.
        let declared: HashSet<String> = stmts
            .clone()
            .into_iter()
            .flat_map(|s| match &s.kind {
                ast::StmtKind::LocalDecl { declarators, .. } | ast::StmtKind::UsingDecl { declarators, .. } => declarators.iter().map(|d| d.name.text.to_string()).collect(),
                _ => Vec::new(),
            })
            .collect();
        for s in stmts {
            let ast::StmtKind::LocalFunction(decl) = &s.kind else { continue };
            if !decl.type_params.is_empty() {
                self.error("CS8652", decl.name.span, "Generic local functions are not supported by Sharp yet");
                continue;
            }
            if names.contains_key(decl.name.text) {
                self.error(
                    "CS0128",
                    decl.name.span,
                    format!("A local variable or function named '{}' is already defined in this scope", decl.name.text),
                );
                continue;
            }
            // A `static` local function (C# 8) may not use the enclosing
            // function's locals or parameters.
            if decl.modifiers.has(ast::Modifiers::STATIC)
                && let Some(body) = &decl.body
            {
                let params: Vec<&str> = decl.params.iter().map(|p| p.name.text).collect();
                let free = super::captures::function_free_names(&params, body);
                let mut outer: Vec<&String> = free
                    .iter()
                    .filter(|n| {
                        self.lookup_local(n).is_some()
                            || self.sym().params.iter().any(|p| &p.name == *n)
                            || self.captures.contains_key(*n)
                            || declared.contains(*n)
                    })
                    .collect();
                outer.sort();
                if let Some(n) = outer.first() {
                    self.error("CS8421", decl.name.span, format!("A static local function cannot contain a reference to '{n}'."));
                }
            }
            let ret = crate::declare::resolve_type(self.syms, self.scope, decl.return_type, self.diags);
            let params = crate::declare::declare_params(self.syms, self.scope, decl.params, self.diags);
            let home = match &decl.body {
                Some(body) if !self.trial => self.local_function_home(decl, body, &declared),
                _ => None,
            };
            // One that captures no local but uses `this` (an instance
            // member) is an instance method of the enclosing class.
            let uses_this = home.is_none()
                && !self.trial
                && decl.body.as_ref().is_some_and(|body| {
                    let params: Vec<&str> = decl.params.iter().map(|p| p.name.text).collect();
                    let free = super::captures::function_free_names(&params, body);
                    self.has_this() && self.syms.def(self.this_owner()).kind == TypeDefKind::Class && self.lambda_needs_this(&free)
                });
            let owner = home.unwrap_or(if uses_this { self.this_owner() } else { self.sym().owner });
            let outer = self.sym().name.trim_start_matches('<').split('>').next().unwrap_or("").to_string();
            let n = self.syms.def(owner).methods.len();
            let name = format!("<{outer}>g__{}|{n}_0", decl.name.text);
            let sym = match home {
                Some(_) => MethodSym { access: Accessibility::Internal, ..MethodSym::source(name, owner, params, ret, false) },
                None => MethodSym { type_params: self.sym().type_params.clone(), ..MethodSym::source(name, owner, params, ret, !uses_this) },
            };
            // A trial binding (`lambda_inference.rs`) adds nothing to the type.
            let id = if self.trial {
                let id = self.syms.add_detached_method(owner);
                self.syms.methods[id.0 as usize] = sym;
                id
            } else {
                self.syms.add_method(sym)
            };
            names.insert(decl.name.text.to_string(), id);
        }
        self.local_fns.push();
        for (name, id) in names {
            self.local_fns.insert(&name, id);
        }
    }

    pub fn lookup_local_function(&self, name: &str) -> Option<MethodId> {
        self.local_fns.lookup(name)
    }

    /// The display class a local function that captures is a method of: the block's own
    /// when it captures a variable the block declares, else the innermost holding one it
    /// captures, else (in a function that is itself a display class's method) that class.
    fn local_function_home(&mut self, decl: &ast::MethodDecl<'_>, body: &ast::Body<'_>, declared: &HashSet<String>) -> Option<DefId> {
        let params: Vec<&str> = decl.params.iter().map(|p| p.name.text).collect();
        let free = super::captures::function_free_names(&params, body);
        if free.iter().any(|n| declared.contains(n) && self.captured_names.contains(n)) {
            return self.display_here(decl.name.span).map(|d| d.def);
        }
        self.lambda_home(&free).or(self.closure_home)
    }

    /// The receiver and type arguments a call of local function `f` takes here: its display
    /// instance, or for a static one in a generic method that method's parameters.
    pub fn local_function_target(&mut self, f: MethodId, span: lexer::Span) -> (Option<BoundExpr>, Vec<TyId>) {
        let m = self.syms.method(f).clone();
        if !m.is_static && self.syms.closures.contains_key(&m.owner) {
            return (Some(self.display_instance(m.owner, span)), Vec::new());
        }
        let args: Vec<TyId> = m.type_params.iter().map(|&p| self.syms.def_ty(p)).collect();
        if !m.is_static {
            // An instance method of the enclosing class, on `this`.
            return (Some(self.this_ref(span)), args);
        }
        let args: Vec<TyId> = m.type_params.iter().map(|&p| self.syms.def_ty(p)).collect();
        (None, args)
    }

    /// Binds a local function's body in a binder of its own, which sees
    /// the enclosing local functions but none of the enclosing locals.
    pub fn bind_local_function(&mut self, decl: &ast::MethodDecl<'_>) {
        let Some(id) = self.local_fns.lookup_here(decl.name.text) else { return };
        let Some(body) = &decl.body else {
            self.error("CS8112", decl.name.span, format!("Local function '{}' must declare a body", decl.name.text));
            return;
        };
        let owner = self.syms.method(id).owner;
        let home = (!self.syms.method(id).is_static && self.syms.closures.contains_key(&owner)).then_some(owner);
        self.bind_lambda_body(id, body, home, None, Vec::new());
    }
}
