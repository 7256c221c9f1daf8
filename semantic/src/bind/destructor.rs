//! Destructor bodies and calls of Finalize (C# spec §15.13).
//!
//! A destructor `~A() { body }` was declared as `protected override void
//! Finalize()` (`declare/destructor.rs`). Its body is what csc and mcs
//! emit (Roslyn's `MethodBodySynthesizer.ConstructDestructorBody`):
//!
//! ```text
//! try { body } finally { base.Finalize(); }
//! ```
//!
//! The base call is non-virtual (`call`, through `base`), so the chain
//! runs each class's destructor from the most derived to System.Object,
//! even when a body throws.

use lexer::{Diagnostic, Span};
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub(super) fn bind_destructor_body(&mut self, d: &ast::DestructorDecl<'_>) -> Vec<BoundStmt> {
        let Some(body) = &d.body else { return Vec::new() };
        let body = self.bind_method_body(body);
        let owner = self.sym().owner;
        let Some(base) = crate::declare::base_finalize(self.syms, owner) else {
            // A base class that failed to resolve (already reported).
            return body;
        };
        // The base call has no source of its own: it is placed at the
        // destructor's closing brace for line numbers in stack traces.
        let end = Span { start: d.span.end.saturating_sub(1), ..d.span };
        let base_ty = self.syms.def(owner).base.unwrap_or(Symbols::ERROR);
        let void = self.special(SpecialType::Void);
        let receiver = self.expr(BoundExprKind::BaseRef, base_ty, end);
        let call = self.expr(
            BoundExprKind::Call { method: base, receiver: Some(Box::new(receiver)), args: Vec::new() },
            void,
            end,
        );
        vec![BoundStmt::Try { body, catches: Vec::new(), finally: Some(vec![BoundStmt::Expr(call)]) }]
    }

    /// CS0245/CS0250: Finalize is the runtime's to call (§15.13: "destructors
    /// cannot be invoked explicitly"); a destructor already calls its base
    /// class's. Reported for a call written in source, not the synthesized
    /// one above.
    pub(super) fn check_finalize_call(&mut self, method: MethodId, receiver: Option<&BoundExpr>, span: Span) {
        if !crate::declare::is_finalizer(self.syms, method) {
            return;
        }
        let d = if receiver.is_some_and(|r| matches!(r.kind, BoundExprKind::BaseRef)) {
            Diagnostic::error(
                "CS0250",
                span,
                "Do not directly call your base type Finalize method. It is called automatically from your destructor.",
            )
        } else {
            Diagnostic::error(
                "CS0245",
                span,
                "Destructors and object.Finalize cannot be called directly. Consider calling IDisposable.Dispose if available.",
            )
        };
        self.diags.push(d);
    }
}
