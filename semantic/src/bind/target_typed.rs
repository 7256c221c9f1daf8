//! Target-typed `new(args) { … }` (C# 9) and the `default` literal
//! (C# 7.1): expressions with no type of their own, like a lambda. Each is
//! bound as a target-typed expression and takes its type from the
//! conversion that consumes it, so `List<int> l = new();`, `M(new(1, 2))`
//! and `return default;` all go through the conversion machinery.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

/// A target-typed `new`'s arguments and initializer, kept until the
/// conversion names the type (see `LambdaSyntax` for why a pointer).
#[derive(Clone, Copy)]
pub struct NewSyntax {
    args: std::ptr::NonNull<[ast::Argument<'static>]>,
    initializer: Option<std::ptr::NonNull<[&'static ast::Expr<'static>]>>,
}

impl NewSyntax {
    #[allow(clippy::type_complexity)]
    fn get(&self) -> (&[ast::Argument<'_>], Option<&[&ast::Expr<'_>]>) {
        // SAFETY: as for `LambdaSyntax`: the syntax tree outlives the binder.
        unsafe { (self.args.as_ref(), self.initializer.map(|i| i.as_ref())) }
    }
}

impl Binder<'_> {
    /// `new(args) { … }`: kept until converted.
    pub fn bind_target_typed_new(&mut self, args: &[ast::Argument<'_>], initializer: Option<&[&ast::Expr<'_>]>, span: Span) -> BoundExpr {
        let args = std::ptr::NonNull::from(args);
        // SAFETY: only the lifetime is erased (see `NewSyntax::get`).
        let args: std::ptr::NonNull<[ast::Argument<'static>]> = unsafe { std::mem::transmute(args) };
        let initializer = initializer.map(|i| {
            let i = std::ptr::NonNull::from(i);
            // SAFETY: as above.
            let i: std::ptr::NonNull<[&'static ast::Expr<'static>]> = unsafe { std::mem::transmute(i) };
            i
        });
        self.target_typed_news.push(NewSyntax { args, initializer });
        let id = self.target_typed_news.len() as u32 - 1;
        BoundExpr { kind: BoundExprKind::UnboundNew(id), ty: Symbols::TARGET_TYPED, span }
    }

    /// The `default` literal: kept until converted.
    pub fn bind_default_literal(&mut self, span: Span) -> BoundExpr {
        BoundExpr { kind: BoundExprKind::DefaultLiteral, ty: Symbols::TARGET_TYPED, span }
    }

    /// Whether `new()` converts to `to`: to any type, as in Roslyn, which
    /// then reports a type that cannot be created (CS8752) rather than
    /// choosing another overload.
    pub fn new_convertible(&self, to: TyId) -> bool {
        to != Symbols::TARGET_TYPED && to != Symbols::NULL
    }

    /// `new(args) { … }` converted to `to`: `new to(args) { … }`, and for
    /// a nullable value type `S?`, `new S(args)` converted to it.
    pub fn convert_new(&mut self, id: u32, to: TyId, span: Span) -> BoundExpr {
        if to == Symbols::ERROR {
            return self.error_expr(span);
        }
        let created_ty = self.nullable_arg(to).unwrap_or(to);
        let constructible = match self.syms.kind(created_ty) {
            TyKind::Def(d) => {
                let def = self.syms.def(d);
                !matches!(def.kind, TypeDefKind::Interface | TypeDefKind::Enum) && !self.is_delegate(created_ty)
            }
            _ => false,
        };
        if !constructible {
            let shown = self.syms.display(to);
            self.error("CS8752", span, format!("The type '{shown}' may not be used as the target type of new()"));
            return self.error_expr(span);
        }
        let syntax = self.target_typed_news[id as usize];
        let (args, initializer) = syntax.get();
        let args = self.bind_args(args);
        let created = self.new_of_type(created_ty, args, span);
        let created = match initializer {
            Some(inits) if created.ty != Symbols::ERROR => self.bind_object_initializer(created, inits, span),
            _ => created,
        };
        if created_ty != to && created.ty != Symbols::ERROR {
            return self.wrap_nullable(created, to, span);
        }
        created
    }

    /// What a target-typed expression with no target is reported as.
    pub fn report_untargeted(&mut self, e: &BoundExpr) {
        match e.kind {
            BoundExprKind::UnboundNew(_) => self.error("CS8754", e.span, "There is no target type for 'new()'"),
            BoundExprKind::DefaultLiteral => self.error("CS8716", e.span, "There is no target type for the default literal."),
            BoundExprKind::TupleLiteral { .. } => self.error("CS8135", e.span, "Tuple literal cannot be converted to type 'var'."),
            BoundExprKind::UnconvertedSwitch { conditional: true, ref arms, .. } if arms.len() == 2 => {
                let (a, b) = (self.syms.display(arms[0].1.ty), self.syms.display(arms[1].1.ty));
                self.error("CS0173", e.span, format!("Type of conditional expression cannot be determined because there is no implicit conversion between '{a}' and '{b}'"));
            }
            BoundExprKind::UnconvertedSwitch { .. } => self.error("CS8506", e.span, "No best type was found for the switch expression."),
            _ => {}
        }
    }
}
