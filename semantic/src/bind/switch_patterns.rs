//! A `switch` statement with patterns (C# 7, §13.8.3 of the C# 7 spec):
//! some label is a pattern or has a `when` guard, or the governing type
//! has no constants to jump on (`switch (o)` over an object).
//!
//! The labels are tested in order (the `default` label last, whatever its
//! place), each test a pattern over the governing value, and the first
//! that matches jumps to its section. The sections themselves stay a
//! `Switch` statement, so `break` and the fall-through rules are the
//! constant switch's; its own dispatch is never reached. Each section is a
//! scope of its own, holding the variables its labels declare.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::switch::SwitchContext;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

impl Binder<'_> {
    /// Whether a switch needs pattern matching rather than a jump on
    /// constants.
    pub(super) fn needs_pattern_switch(&mut self, governing: TyId, sections: &[ast::SwitchSection<'_>], switchable: bool) -> bool {
        let has_pattern = sections
            .iter()
            .any(|s| s.labels.iter().any(|l| matches!(l, ast::SwitchLabel::Pattern { .. }) && self.constant_label(l).is_none()));
        has_pattern || (!switchable && governing != Symbols::ERROR)
    }

    /// The constant a label tests for: `case 5:`, and `case Color.Red:`
    /// when the name is not a type.
    pub(super) fn constant_label<'x>(&mut self, l: &ast::SwitchLabel<'x>) -> Option<&'x ast::Expr<'x>> {
        match l {
            ast::SwitchLabel::Case(e) => Some(e),
            ast::SwitchLabel::Pattern { pattern, guard: None } => match pattern.kind {
                ast::PatternKind::Type { ty, name: None, constant: Some(c) } if self.quiet_type(ty).is_none() => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    pub(super) fn bind_pattern_switch(&mut self, value: BoundExpr, sections: &[ast::SwitchSection<'_>], span: Span) -> BoundStmt {
        let (side, value) = self.evaluate_once(value, span);
        let mut block: Vec<BoundStmt> = side.into_iter().map(BoundStmt::Expr).collect();
        let end = self.new_label();
        let mut dispatch = Vec::new();
        let mut default = None;
        let mut inits = Vec::new();
        let mut bound_sections = Vec::new();
        self.switches.push(SwitchContext { governing: value.ty, cases: Vec::new(), default: None, nullable: false, null_case: None });
        self.breakable_depth += 1;
        for section in sections {
            let label = self.new_label();
            self.scopes.push();
            let mut labels = Vec::new();
            for l in section.labels {
                let test = match l {
                    ast::SwitchLabel::Default => {
                        if default.is_some() {
                            self.error("CS0152", section.span, "The switch statement contains multiple cases with the label value 'default'");
                        }
                        default = Some(label);
                        labels.push(None);
                        continue;
                    }
                    ast::SwitchLabel::Case(e) => {
                        let pattern = ast::Pattern { kind: ast::PatternKind::Constant(e), span: e.span };
                        self.pattern(value.clone(), &pattern)
                    }
                    ast::SwitchLabel::Pattern { pattern, guard } => {
                        let test = self.pattern(value.clone(), pattern);
                        match guard {
                            Some(g) => {
                                let g = self.bind_condition(g);
                                let bool_ty = self.special(SpecialType::Boolean);
                                self.expr(BoundExprKind::LogicalAnd(Box::new(test), Box::new(g)), bool_ty, span)
                            }
                            None => test,
                        }
                    }
                };
                dispatch.push(BoundStmt::If { cond: test, then: Box::new(BoundStmt::Goto(label)), else_: None });
            }
            if let Some(ctx) = self.switches.last_mut() {
                ctx.default = default;
            }
            let body = section.stmts.iter().map(|s| self.bind_stmt(s)).collect();
            // A captured pattern variable lives in the section's display
            // instance, which must exist before the tests assign it.
            inits.extend(self.take_frame_inits());
            self.scopes.pop();
            bound_sections.push(BoundSwitchSection { labels, label, body, label_text: "case:".into(), label_span: section.span });
        }
        self.breakable_depth -= 1;
        self.switches.pop();
        block.extend(inits);
        block.extend(dispatch);
        block.push(BoundStmt::Goto(default.unwrap_or(end)));
        let int = self.special(SpecialType::Int32);
        let unused = self.expr(BoundExprKind::Const(ConstValue::I4(0)), int, span);
        block.push(BoundStmt::Switch { value: unused, sections: bound_sections });
        if default.is_none() {
            block.push(BoundStmt::Label(end));
        }
        BoundStmt::Block(block)
    }
}
