//! `switch` statements (C# spec §13.8.3), `goto` and labels (§13.10.4).
//!
//! A switch binds to `BoundStmt::Switch` with each section's constant
//! labels and a label id, so `goto case` can name a section and ilgen can
//! choose between a jump table and a comparison chain. Falling through
//! from one section into the next (CS0163) is found by flow analysis.
//!
//! A switch on a nullable value (`int?`, an enum's `E?`) switches on the
//! value when there is one; a test before it sends null to the `case null`
//! section, else to `default`, else past the switch.

use rustc_hash::FxHashMap as HashMap;

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

/// The sections of the switch being bound, for `goto case`/`goto default`.
pub struct SwitchContext {
    pub governing: TyId,
    pub cases: Vec<(ConstValue, LabelId)>,
    pub default: Option<LabelId>,
    /// A switch on a nullable value: its `case null` section, if any.
    pub nullable: bool,
    pub null_case: Option<LabelId>,
}

/// How a case constant is shown in messages: `case 1:`, `case "a":`.
pub fn case_text(c: &ConstValue) -> String {
    match c {
        ConstValue::String(s) => format!("case \"{}\":", String::from_utf16_lossy(s)),
        ConstValue::Char(c) => format!("case '{}':", char::from_u32(*c as u32).unwrap_or('?')),
        ConstValue::Bool(b) => format!("case {b}:"),
        ConstValue::Null => "case null:".into(),
        other => format!("case {}:", other.as_i64().map(|v| v.to_string()).unwrap_or_else(|| format!("{other:?}"))),
    }
}

impl Binder<'_> {
    pub fn new_label(&mut self) -> LabelId {
        self.label_count += 1;
        LabelId(self.label_count - 1)
    }

    pub fn bind_switch(&mut self, expr: &ast::Expr<'_>, sections: &[ast::SwitchSection<'_>], span: Span) -> BoundStmt {
        let mut value = self.bind_expr(expr);
        let switchable = |b: &Self, t: TyId| {
            matches!(b.syms.primitive_of(t), Some(sp) if sp.is_integral() || matches!(sp, SpecialType::String | SpecialType::Boolean))
        };
        // A nullable governing type (§13.8.3): the switch is on the value
        // when there is one; null goes to `case null`, else `default`, else
        // past the switch.
        let by_constant = switchable(self, value.ty) || self.nullable_arg(value.ty).is_some_and(|t| switchable(self, t));
        if self.needs_pattern_switch(value.ty, sections, by_constant) {
            return self.bind_pattern_switch(value, sections, span);
        }
        let mut null_test = None;
        if let Some(inner) = self.nullable_arg(value.ty).filter(|&t| switchable(self, t)) {
            let (store, tmp) = self.store_in_temp(value, expr.span);
            null_test = Some((store, tmp.clone()));
            value = self.value_or_default(tmp, expr.span);
            debug_assert_eq!(value.ty, inner);
        }
        let governing = match value.ty {
            t if switchable(self, t) => t,
            _ if value.ty == Symbols::ERROR => Symbols::ERROR,
            _ => {
                let t = self.syms.display(value.ty);
                self.error("CS8652", expr.span, format!("A switch on '{t}' is not supported by Sharp yet"));
                Symbols::ERROR
            }
        };
        let mut null_label = None;
        // The labels first, so `goto case` can jump forward.
        let mut ctx = SwitchContext { governing, cases: Vec::new(), default: None, nullable: null_test.is_some(), null_case: None };
        let mut bound_sections = Vec::new();
        for section in sections {
            let label = self.new_label();
            let mut labels = Vec::new();
            let mut text = String::from("default:");
            let mut label_span = section.span;
            for (i, l) in section.labels.iter().enumerate() {
                match l {
                    ast::SwitchLabel::Default => {
                        if ctx.default.is_some() {
                            self.error("CS0152", section.span, "The switch statement contains multiple cases with the label value 'default'");
                        }
                        ctx.default = Some(label);
                        labels.push(None);
                        if i == 0 {
                            text = "default:".into();
                        }
                    }
                    ast::SwitchLabel::Pattern { .. } | ast::SwitchLabel::Case(_) => {
                        let Some(e) = self.constant_label(l) else { continue };
                        let c = self.bind_expr(e);
                        if null_test.is_some() && c.ty == Symbols::NULL {
                            if null_label.is_some() {
                                self.error("CS0152", e.span, "The switch statement contains multiple cases with the label value 'null'");
                            }
                            null_label = Some(label);
                            if i == 0 {
                                text = "case null:".into();
                                label_span = e.span;
                            }
                            continue;
                        }
                        let c = self.convert_implicit(c, governing);
                        if i == 0 {
                            label_span = e.span;
                        }
                        let Some(v) = self.require_case_constant(&c) else { continue };
                        if i == 0 {
                            text = case_text(&v);
                        }
                        if ctx.cases.iter().any(|(o, _)| *o == v) {
                            let shown = case_text(&v);
                            let shown = shown.trim_start_matches("case ").trim_end_matches(':');
                            self.error("CS0152", e.span, format!("The switch statement contains multiple cases with the label value '{shown}'"));
                        }
                        ctx.cases.push((v.clone(), label));
                        labels.push(Some(v));
                    }
                }
            }
            bound_sections.push(BoundSwitchSection { labels, label, body: Vec::new(), label_text: text, label_span });
        }
        ctx.null_case = null_label;
        self.switches.push(ctx);
        self.breakable_depth += 1;
        self.scopes.push(); // one scope for the whole switch block
        for (section, bound) in sections.iter().zip(bound_sections.iter_mut()) {
            bound.body = section.stmts.iter().map(|s| self.bind_stmt(s)).collect();
        }
        // A display instance of the switch block serves every section: made before the switch.
        let inits = self.take_frame_inits();
        self.scopes.pop();
        self.breakable_depth -= 1;
        let ctx = self.switches.pop();
        let _ = span;
        let switch = Self::with_inits(inits, BoundStmt::Switch { value, sections: bound_sections });
        let Some((store, tmp)) = null_test else { return switch };
        let past = self.new_label();
        let null_target = null_label.or(ctx.and_then(|c| c.default)).unwrap_or(past);
        let has_value = self.has_value(tmp, expr.span);
        let no_value = self.not(has_value, expr.span);
        let mut block = vec![
            BoundStmt::Expr(store),
            BoundStmt::If { cond: no_value, then: Box::new(BoundStmt::Goto(null_target)), else_: None },
            switch,
        ];
        if null_target == past {
            block.push(BoundStmt::Label(past));
        }
        BoundStmt::Block(block)
    }

    fn require_case_constant(&mut self, e: &BoundExpr) -> Option<ConstValue> {
        if e.ty == Symbols::ERROR {
            return None;
        }
        match e.constant() {
            Some(c) => Some(c.clone()),
            None => {
                self.error("CS0150", e.span, "A constant value is expected");
                None
            }
        }
    }

    pub fn bind_goto_case(&mut self, e: Option<&ast::Expr<'_>>, span: Span) -> BoundStmt {
        let Some(ctx) = self.switches.last() else {
            self.error("CS0153", span, "A goto case is only valid inside a switch statement");
            return BoundStmt::Block(Vec::new());
        };
        let (governing, default, nullable, null_case) = (ctx.governing, ctx.default, ctx.nullable, ctx.null_case);
        let Some(e) = e else {
            return match default {
                Some(l) => BoundStmt::Goto(l),
                None => {
                    self.error("CS0159", span, "No such label 'default:' within the scope of the goto statement");
                    BoundStmt::Block(Vec::new())
                }
            };
        };
        let c = self.bind_expr(e);
        if nullable && c.ty == Symbols::NULL {
            return match null_case {
                Some(l) => BoundStmt::Goto(l),
                None => {
                    self.error("CS0159", span, "No such label 'case null:' within the scope of the goto statement");
                    BoundStmt::Block(Vec::new())
                }
            };
        }
        let c = self.convert_implicit(c, governing);
        let Some(v) = self.require_case_constant(&c) else { return BoundStmt::Block(Vec::new()) };
        let target = self.switches.last().and_then(|ctx| ctx.cases.iter().find(|(o, _)| *o == v).map(|(_, l)| *l));
        match target {
            Some(l) => BoundStmt::Goto(l),
            None => {
                let shown = case_text(&v);
                self.error("CS0159", span, format!("No such label '{shown}' within the scope of the goto statement"));
                BoundStmt::Block(Vec::new())
            }
        }
    }

    /// Finds every `label:` in a body up front, so `goto` can jump
    /// forward to one (CS0140 for a duplicate).
    pub fn collect_labels(&mut self, stmts: &[&ast::Stmt<'_>], out: &mut HashMap<String, LabelId>) {
        for s in stmts {
            self.collect_labels_in(s, out);
        }
    }

    fn collect_labels_in(&mut self, s: &ast::Stmt<'_>, out: &mut HashMap<String, LabelId>) {
        use ast::StmtKind as K;
        match &s.kind {
            K::Labeled { label, stmt } => {
                if out.contains_key(label.text) {
                    self.error("CS0140", label.span, format!("The label '{}' is a duplicate", label.text));
                } else {
                    let id = self.new_label();
                    out.insert(label.text.to_string(), id);
                }
                self.collect_labels_in(stmt, out);
            }
            K::Block(b) | K::Checked(b) | K::Unchecked(b) => b.stmts.iter().for_each(|s| self.collect_labels_in(s, out)),
            K::If { then, else_, .. } => {
                self.collect_labels_in(then, out);
                if let Some(e) = else_ {
                    self.collect_labels_in(e, out);
                }
            }
            K::While { body, .. } | K::DoWhile { body, .. } | K::For { body, .. } | K::Foreach { body, .. } => {
                self.collect_labels_in(body, out)
            }
            K::Switch { sections, .. } => {
                for sec in sections.iter() {
                    sec.stmts.iter().for_each(|s| self.collect_labels_in(s, out));
                }
            }
            _ => {}
        }
    }
}
