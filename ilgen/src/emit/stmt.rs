//! Statements as CIL: blocks, branches and loops, `switch`, `goto`, and
//! the protected regions of `try`/`catch`/`finally` (ECMA-335 II.19).
//! Each statement that carries a source position starts a sequence point
//! (`BodyEmitter::sequence_point`), for the debugger's and the stack
//! trace's line numbers.

use metadata::{Opcode, Operand, Token};
use semantic::constant::ConstValue;
use semantic::*;

use super::{BodyEmitter, ClauseKind, PendingClause, compare_branch};
use crate::EmitError;
use crate::il::Label;

impl BodyEmitter<'_, '_> {
    /// Starts a sequence point: the code from here to the next point
    /// belongs to the source at `span` (its first line is what a stack
    /// trace shows). Compiler-made code without a position adds none.
    pub(super) fn sequence_point(&mut self, span: lexer::Span) {
        if span == lexer::Span::default() {
            return;
        }
        if let Some(l) = self.il.position() {
            self.points.push((l, span));
        }
    }

    pub(super) fn stmt(&mut self, s: &BoundStmt) -> Result<(), EmitError> {
        match s {
            BoundStmt::Expr(e) => {
                self.sequence_point(e.span);
                self.expr(e, false)?
            }
            BoundStmt::Block(b) => {
                for s in b {
                    self.stmt(s)?;
                }
            }
            BoundStmt::If { cond, then, else_ } => {
                self.sequence_point(cond.span);
                let else_label = self.il.new_label();
                self.branch_if(cond, false, else_label)?;
                self.stmt(then)?;
                match else_ {
                    Some(e) => {
                        let end = self.il.new_label();
                        self.il.branch(Opcode::BrS, end, 0);
                        self.il.mark(else_label);
                        self.stmt(e)?;
                        self.il.mark(end);
                    }
                    None => self.il.mark(else_label),
                }
            }
            BoundStmt::Loop {
                test_first,
                cond,
                body,
                step,
            } => {
                // Roslyn's shape: the test sits after the body, so each
                // iteration costs one conditional branch.
                let (top, cont, test, brk) = (
                    self.il.new_label(),
                    self.il.new_label(),
                    self.il.new_label(),
                    self.il.new_label(),
                );
                if *test_first && cond.is_some() {
                    self.il.branch(Opcode::BrS, test, 0);
                }
                self.il.mark_loop_head(top);
                self.loops.push((brk, Some(cont), self.handler_depth));
                self.stmt(body)?;
                self.loops.pop();
                self.il.mark(cont);
                for e in step {
                    self.sequence_point(e.span);
                    self.expr(e, false)?;
                }
                self.il.mark(test);
                match cond {
                    Some(c) => {
                        self.sequence_point(c.span);
                        self.branch_if(c, true, top)?
                    }
                    None => self.il.branch(Opcode::BrS, top, 0),
                }
                self.il.mark(brk);
            }
            BoundStmt::Break => {
                if let Some(&(brk, _, depth)) = self.loops.last() {
                    let op = if depth < self.handler_depth { Opcode::LeaveS } else { Opcode::BrS };
                    self.il.branch(op, brk, 0);
                }
            }
            BoundStmt::Continue => {
                if let Some((cont, depth)) = self.loops.iter().rev().find_map(|&(_, c, d)| c.map(|c| (c, d))) {
                    let op = if depth < self.handler_depth { Opcode::LeaveS } else { Opcode::BrS };
                    self.il.branch(op, cont, 0);
                }
            }
            BoundStmt::Label(l) => {
                let label = self.label(*l);
                // A label may be the target of a backward goto, so code
                // after it is always emitted.
                self.il.mark_loop_head(label);
            }
            BoundStmt::Goto(l) => {
                let label = self.label(*l);
                // Inside a protected region `leave` may jump anywhere a
                // goto may (it also works within the region).
                let op = if self.handler_depth > 0 { Opcode::LeaveS } else { Opcode::BrS };
                self.il.branch(op, label, 0);
            }
            BoundStmt::Throw(Some(e)) => {
                self.sequence_point(e.span);
                self.expr(e, true)?;
                // A type parameter's value is thrown as the reference.
                if self.syms().is_type_param(e.ty) {
                    let tok = self.e.type_token(e.ty)?;
                    self.il.op(Opcode::Box, Operand::Token(tok), 1, 1);
                }
                self.il.simple(Opcode::Throw, 1, 0);
            }
            BoundStmt::Throw(None) => {
                self.il.simple(Opcode::Rethrow, 0, 0);
                self.il.reachable = false;
            }
            BoundStmt::Try { body, catches, finally } => self.try_statement(body, catches, finally.as_deref())?,
            BoundStmt::YieldReturn(_) | BoundStmt::YieldBreak(_) => return Err(EmitError("yield outside an iterator's state machine".into())),
            BoundStmt::Switch { value, sections } => {
                self.sequence_point(value.span);
                self.switch(value, sections)?
            }
            BoundStmt::Return(v, span) if self.handler_depth > 0 => {
                self.sequence_point(*span);
                // A return from a protected region goes through `leave`
                // to the method's single exit.
                if let Some(v) = v {
                    self.expr(v, true)?;
                    let t = match self.return_temp {
                        Some(t) => t,
                        None => {
                            let ret = self.syms().method(self.method).ret;
                            let t = self.temp(ret);
                            self.return_temp = Some(t);
                            t
                        }
                    };
                    self.il.stloc(t);
                }
                let l = match self.return_label {
                    Some(l) => l,
                    None => {
                        let l = self.il.new_label();
                        self.return_label = Some(l);
                        l
                    }
                };
                self.il.branch(Opcode::LeaveS, l, 0);
            }
            BoundStmt::Return(v, span) => {
                self.sequence_point(*span);
                if let Some(v) = v {
                    self.expr(v, true)?;
                    self.il.simple(Opcode::Ret, 1, 0);
                } else {
                    self.il.simple(Opcode::Ret, 0, 0);
                }
            }
        }
        Ok(())
    }

    /// try/catch/finally (III.1.7.5, II.19): the try block, each catch (or
    /// filter) handler, and a finally wrapping both when present, every
    /// region left with `leave`.
    fn try_statement(&mut self, body: &[BoundStmt], catches: &[BoundCatch], finally: Option<&[BoundStmt]>) -> Result<(), EmitError> {
        let end = self.il.new_label();
        let (try_start, try_end) = (self.il.new_label(), self.il.new_label());
        self.handler_depth += 1;
        self.il.mark_loop_head(try_start);
        for s in body {
            self.stmt(s)?;
        }
        self.il.branch(Opcode::LeaveS, end, 0);
        self.il.mark_loop_head(try_end);
        for c in catches {
            let (handler_start, handler_end) = (self.il.new_label(), self.il.new_label());
            let kind = match &c.filter {
                None => {
                    let tok = self.e.type_token(c.ty)?;
                    self.il.mark_loop_head(handler_start);
                    self.il.set_depth(1);
                    ClauseKind::Catch(tok)
                }
                Some(filter) => {
                    // isinst T; dup; brtrue match; pop; 0; br done;
                    // match: stloc ex; <filter> != 0; done: endfilter
                    let filter_start = self.il.new_label();
                    self.il.mark_loop_head(filter_start);
                    self.il.set_depth(1);
                    let is_object = self.syms().is_special(c.ty, SpecialType::Object);
                    if !is_object {
                        let tok = self.e.type_token(c.ty)?;
                        self.il.op(Opcode::Isinst, Operand::Token(tok), 1, 1);
                    }
                    let (matched, done) = (self.il.new_label(), self.il.new_label());
                    self.il.simple(Opcode::Dup, 1, 2);
                    self.il.branch(Opcode::BrtrueS, matched, 1);
                    self.il.simple(Opcode::Pop, 1, 0);
                    self.il.ldc_i4(0);
                    self.il.branch(Opcode::BrS, done, 0);
                    self.il.mark(matched);
                    self.il.set_depth(1);
                    match c.local {
                        Some(l) => {
                            self.unbox_caught(c.ty)?;
                            self.il.stloc(l.0 as u16)
                        }
                        None => self.il.simple(Opcode::Pop, 1, 0),
                    }
                    self.expr(filter, true)?;
                    self.il.ldc_i4(0);
                    self.il.simple(Opcode::CgtUn, 2, 1);
                    self.il.mark(done);
                    self.il.set_depth(1);
                    self.il.simple(Opcode::Endfilter, 1, 0);
                    self.il.reachable = false;
                    self.il.mark_loop_head(handler_start);
                    self.il.set_depth(1);
                    ClauseKind::Filter(filter_start)
                }
            };
            // The exception object is on the stack at the handler start.
            match (c.local, &c.filter) {
                (Some(l), None) => {
                    self.unbox_caught(c.ty)?;
                    self.il.stloc(l.0 as u16)
                }
                _ => self.il.simple(Opcode::Pop, 1, 0),
            }
            for s in &c.body {
                self.stmt(s)?;
            }
            self.il.branch(Opcode::LeaveS, end, 0);
            self.il.mark_loop_head(handler_end);
            self.eh.push(PendingClause { kind, try_start, try_end, handler_start, handler_end });
        }
        if let Some(f) = finally {
            let (fin_start, fin_end) = (self.il.new_label(), self.il.new_label());
            self.il.mark_loop_head(fin_start);
            self.il.set_depth(0);
            let saved = std::mem::take(&mut self.loops);
            for s in f {
                self.stmt(s)?;
            }
            self.loops = saved;
            self.il.simple(Opcode::Endfinally, 0, 0);
            self.il.reachable = false;
            self.il.mark_loop_head(fin_end);
            // The finally protects the try block and every catch handler:
            // everything from the try's start up to the finally itself.
            self.eh.push(PendingClause { kind: ClauseKind::Finally, try_start, try_end: fin_start, handler_start: fin_start, handler_end: fin_end });
        }
        self.handler_depth -= 1;
        self.il.mark(end);
        self.il.set_depth(0);
        Ok(())
    }

    fn label(&mut self, l: LabelId) -> Label {
        if let Some(&label) = self.labels.get(&l) {
            return label;
        }
        let label = self.il.new_label();
        self.labels.insert(l, label);
        label
    }

    /// A switch: the value in a temporary, a dispatch to the sections,
    /// then the sections in order. Dense integer cases use the `switch`
    /// jump table (III.3.66); others a chain of comparisons; strings
    /// compare with String.Equals(string, string), the predefined string
    /// equality.
    fn switch(&mut self, value: &BoundExpr, sections: &[BoundSwitchSection]) -> Result<(), EmitError> {
        let ty = value.ty;
        self.expr(value, true)?;
        let t = self.temp(ty);
        self.il.stloc(t);
        let end = self.il.new_label();
        let mut default = None;
        let mut cases: Vec<(ConstValue, Label)> = Vec::new();
        for sec in sections {
            let label = self.label(sec.label);
            for l in &sec.labels {
                match l {
                    Some(c) => cases.push((c.clone(), label)),
                    None => default = Some(label),
                }
            }
        }
        let sp = self.syms().primitive_of(ty);
        let is_string = sp == Some(SpecialType::String);
        let is_wide = matches!(sp, Some(SpecialType::Int64 | SpecialType::UInt64));
        let ints: Vec<(i64, Label)> = cases.iter().filter_map(|(c, l)| c.as_i64().map(|v| (v, *l))).collect();
        let dense = !is_string && !is_wide && ints.len() >= 3 && {
            let (min, max) = (ints.iter().map(|c| c.0).min().unwrap_or(0), ints.iter().map(|c| c.0).max().unwrap_or(0));
            (max - min) < 2 * ints.len() as i64 + 8
        };
        let otherwise = default.unwrap_or(end);
        if dense {
            let min = ints.iter().map(|c| c.0).min().unwrap_or(0);
            let max = ints.iter().map(|c| c.0).max().unwrap_or(0);
            self.il.ldloc(t);
            if min != 0 {
                self.il.ldc_i4(min as i32);
                self.il.simple(Opcode::Sub, 2, 1);
            }
            let targets: Vec<Label> =
                (min..=max).map(|v| ints.iter().find(|c| c.0 == v).map(|c| c.1).unwrap_or(otherwise)).collect();
            self.il.switch(targets);
        } else {
            for (c, label) in &cases {
                self.il.ldloc(t);
                match (c, is_string) {
                    (ConstValue::Null, _) => self.il.branch(Opcode::BrfalseS, *label, 1),
                    (_, true) => {
                        self.constant(c, ty)?;
                        let equals = self.string_equals()?;
                        self.il.op(Opcode::Call, Operand::Token(equals), 2, 1);
                        self.il.branch(Opcode::BrtrueS, *label, 1);
                    }
                    _ => {
                        self.constant(c, ty)?;
                        self.il.branch(Opcode::BeqS, *label, 2);
                    }
                }
            }
        }
        self.il.branch(Opcode::BrS, otherwise, 0);
        self.loops.push((end, None, self.handler_depth));
        for sec in sections {
            let label = self.label(sec.label);
            self.il.mark_loop_head(label);
            for s in &sec.body {
                self.stmt(s)?;
            }
        }
        self.loops.pop();
        self.il.mark(end);
        Ok(())
    }

    /// `String.Equals(string, string)`, found in the core library.
    fn string_equals(&mut self) -> Result<Token, EmitError> {
        let syms = self.e.syms;
        let string = syms.special_def(SpecialType::String).ok_or_else(|| EmitError("System.String is missing".into()))?;
        let string_ty = syms.find_interned(TyKind::Def(string));
        let m = syms
            .def(string)
            .methods
            .iter()
            .copied()
            .find(|&m| {
                let s = syms.method(m);
                s.name == "Equals" && s.is_static && s.params.len() == 2 && s.params.iter().all(|p| Some(p.ty) == string_ty)
            })
            .ok_or_else(|| EmitError("System.String.Equals(string, string) is missing".into()))?;
        self.e.method_token(m)
    }

    /// Jumps to `target` when `cond` evaluates to `when`; falls through
    /// otherwise.
    pub(super) fn branch_if(&mut self, cond: &BoundExpr, when: bool, target: Label) -> Result<(), EmitError> {
        match &cond.kind {
            BoundExprKind::Const(ConstValue::Bool(b)) => {
                if *b == when {
                    self.il.branch(Opcode::BrS, target, 0);
                }
            }
            BoundExprKind::Unary {
                op: UnOp::Not,
                operand,
                ..
            } => self.branch_if(operand, !when, target)?,
            BoundExprKind::LogicalAnd(l, r) | BoundExprKind::LogicalOr(l, r) => {
                let is_and = matches!(cond.kind, BoundExprKind::LogicalAnd(..));
                if is_and != when {
                    // (a && b) false: a false or b false. (a || b) true:
                    // a true or b true.
                    self.branch_if(l, when, target)?;
                    self.branch_if(r, when, target)?;
                } else {
                    let skip = self.il.new_label();
                    self.branch_if(l, !when, skip)?;
                    self.branch_if(r, when, target)?;
                    self.il.mark(skip);
                }
            }
            BoundExprKind::Binary {
                op,
                operand_ty,
                left,
                right,
                ..
            } if op.is_comparison() => {
                let (op, operand_ty) = (*op, *operand_ty);
                self.expr(left, true)?;
                self.expr(right, true)?;
                let unsigned = self.is_unsigned(operand_ty);
                let float = self.is_float(operand_ty);
                // The branch for "op holds" or, when jumping on false, its
                // negation; for floats the negation is the unordered form
                // (NaN makes every ordered comparison false).
                let code = compare_branch(op, !when, unsigned, float);
                self.il.branch(code, target, 2);
            }
            _ => {
                self.expr(cond, true)?;
                self.il.branch(
                    if when {
                        Opcode::BrtrueS
                    } else {
                        Opcode::BrfalseS
                    },
                    target,
                    1,
                );
            }
        }
        Ok(())
    }
}

impl BodyEmitter<'_, '_> {
    /// `catch (T e)` with T a type parameter: the caught object is typed
    /// as T by `unbox.any T`, as csc does, before it is stored.
    fn unbox_caught(&mut self, ty: TyId) -> Result<(), EmitError> {
        if self.syms().is_type_param(ty) {
            let tok = self.e.type_token(ty)?;
            self.il.op(Opcode::UnboxAny, Operand::Token(tok), 1, 1);
        }
        Ok(())
    }
}
