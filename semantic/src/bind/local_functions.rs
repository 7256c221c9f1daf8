//! Local functions (C# spec §13.6.4) that capture nothing: each becomes
//! a private static method of the enclosing type, named as Roslyn names
//! them (`<Main>g__Square|0_0`), visible in its whole block so calls may
//! come before the declaration. Capturing an enclosing local or
//! parameter is reported as not supported yet.

use std::collections::{HashMap, HashSet};

use parser::ast;

use super::Binder;
use crate::types::*;

impl Binder<'_> {
    /// Declares the local functions of a statement list, so the block can
    /// call them anywhere.
    pub fn declare_local_functions<'x, 'a: 'x>(&mut self, stmts: impl IntoIterator<Item = &'x ast::Stmt<'a>>) {
        let mut names = HashMap::new();
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
            let ret = crate::declare::resolve_type(self.syms, self.scope, decl.return_type, self.diags);
            let params = crate::declare::declare_params(self.syms, self.scope, decl.params, self.diags);
            let owner = self.sym().owner;
            let outer = self.sym().name.clone();
            let n = self.syms.def(owner).methods.len();
            let name = format!("<{outer}>g__{}|{n}_0", decl.name.text);
            let sym = MethodSym::source(name, owner, params, ret, true);
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

    /// Binds a local function's body in a binder of its own, which sees
    /// the enclosing local functions but none of the enclosing locals.
    pub fn bind_local_function(&mut self, decl: &ast::MethodDecl<'_>) {
        let Some(id) = self.local_fns.lookup_here(decl.name.text) else { return };
        let Some(body) = &decl.body else {
            self.error("CS8112", decl.name.span, format!("Local function '{}' must declare a body", decl.name.text));
            return;
        };
        let mut outer: HashSet<String> = self.scopes.visible().map(|(n, _)| n.to_string()).collect();
        outer.extend(self.sym().params.iter().map(|p| p.name.clone()));
        outer.extend(self.outer_names.iter().cloned());
        let visible: Vec<(String, MethodId)> = self.local_fns.visible().map(|(n, m)| (n.to_string(), m)).collect();
        let scope = self.scope;
        let mut nested = Binder::new(self.syms, self.diags, scope, id);
        for (name, id) in visible {
            nested.local_fns.insert(&name, id);
        }
        nested.outer_names = outer;
        let stmts = nested.bind_method_body(body);
        let locals = std::mem::take(&mut nested.locals);
        let mut extra = std::mem::take(&mut nested.extra_methods);
        let method = super::finish_body(nested.syms, nested.diags, id, stmts, locals, decl.name.span);
        extra.push(method);
        self.extra_methods.extend(extra);
    }
}
