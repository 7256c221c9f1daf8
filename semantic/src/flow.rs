//! Flow analysis on the bound tree: definite assignment (C# spec §9.4,
//! CS0165) and reachability of the end of a method (§13.2, CS0161).
//!
//! The state is the set of locals definitely assigned at a point;
//! "unreachable" is the set of all locals (anything is assigned on a path
//! that never happens), so joining paths is set intersection.

use lexer::{Diagnostic, Span};

use crate::bound::*;
use crate::constant::ConstValue;

#[derive(Clone, PartialEq)]
struct State {
    assigned: Vec<bool>,
    reachable: bool,
}

impl State {
    fn unreachable(n: usize) -> State {
        State {
            assigned: vec![true; n],
            reachable: false,
        }
    }

    fn join(&self, other: &State) -> State {
        match (self.reachable, other.reachable) {
            (false, _) => other.clone(),
            (_, false) => self.clone(),
            _ => State {
                assigned: self
                    .assigned
                    .iter()
                    .zip(&other.assigned)
                    .map(|(a, b)| *a && *b)
                    .collect(),
                reachable: true,
            },
        }
    }
}

struct Flow<'d> {
    diags: &'d mut Vec<Diagnostic>,
    n: usize,
    /// Per enclosing loop: the joined states at its `break`s.
    breaks: Vec<State>,
    /// The states at the `continue`s of each enclosing loop (a `do`
    /// loop's test sees them).
    continues: Vec<State>,
    reported: Vec<bool>,
    names: Vec<String>,
    /// The joined states of the `goto`s seen so far, per label.
    at_label: rustc_hash::FxHashMap<LabelId, State>,
    /// Every label some `goto` names, forward or backward.
    goto_targets: rustc_hash::FxHashSet<LabelId>,
    /// The first of two passes: record, report nothing.
    quiet: bool,
    /// (argument number, state slot) of each out parameter.
    out_slots: Vec<(u16, usize)>,
    /// How many slots are locals (the rest are out parameters).
    locals: usize,
    /// Which locals hold structs (assigned field by field).
    struct_locals: Vec<bool>,
}

fn collect_gotos(stmts: &[BoundStmt], out: &mut rustc_hash::FxHashSet<LabelId>) {
    for s in stmts {
        match s {
            BoundStmt::Try { body, catches, finally } => {
                collect_gotos(body, out);
                catches.iter().for_each(|c| collect_gotos(&c.body, out));
                if let Some(f) = finally {
                    collect_gotos(f, out);
                }
            }
            BoundStmt::Goto(l) => {
                out.insert(*l);
            }
            BoundStmt::Block(b) => collect_gotos(b, out),
            BoundStmt::If { then, else_, .. } => {
                collect_gotos(std::slice::from_ref(then), out);
                if let Some(e) = else_ {
                    collect_gotos(std::slice::from_ref(e), out);
                }
            }
            BoundStmt::Loop { body, .. } => collect_gotos(std::slice::from_ref(body), out),
            BoundStmt::Switch { sections, .. } => sections.iter().for_each(|sec| collect_gotos(&sec.body, out)),
            _ => {}
        }
    }
}

pub fn check(
    body: &[BoundStmt],
    locals: &[LocalSym],
    struct_locals: &[bool],
    out_params: &[(u16, String)],
    returns_value: bool,
    name_span: Span,
    diags: &mut Vec<Diagnostic>,
) {
    // Out parameters are tracked like locals, after them.
    let n = locals.len() + out_params.len();
    let names: Vec<String> = locals.iter().map(|l| l.name.clone()).chain(out_params.iter().map(|p| p.1.clone())).collect();
    let out_slots: Vec<(u16, usize)> = out_params.iter().enumerate().map(|(j, p)| (p.0, locals.len() + j)).collect();
    let mut f = Flow {
        diags,
        n,
        breaks: Vec::new(),
        continues: Vec::new(),
        reported: vec![false; n],
        names,
        at_label: Default::default(),
        goto_targets: Default::default(),
        quiet: false,
        out_slots,
        locals: locals.len(),
        struct_locals: struct_locals.to_vec(),
    };
    collect_gotos(body, &mut f.goto_targets);
    // With backward gotos, a label's state depends on code after it:
    // quiet passes record the state of every goto, and the last pass
    // starts from those.
    let passes = if f.goto_targets.is_empty() { 1 } else { 3 };
    let mut state = State { assigned: vec![false; n], reachable: true };
    for pass in 0..passes {
        f.quiet = pass + 1 < passes;
        state = State { assigned: vec![false; n], reachable: true };
        for s in body {
            state = f.stmt(s, state);
        }
    }
    if state.reachable && !returns_value {
        f.check_outs_assigned(&state, name_span);
    }
    if returns_value && state.reachable {
        f.diags.push(Diagnostic::error(
            "CS0161",
            name_span,
            "not all code paths return a value",
        ));
    }
}

fn const_bool(e: &BoundExpr) -> Option<bool> {
    match &e.kind {
        BoundExprKind::Const(ConstValue::Bool(b)) => Some(*b),
        _ => None,
    }
}

impl Flow<'_> {
    fn stmt(&mut self, s: &BoundStmt, state: State) -> State {
        match s {
            BoundStmt::Expr(e) => self.expr(e, state),
            BoundStmt::Block(stmts) => stmts.iter().fold(state, |st, s| self.stmt(s, st)),
            BoundStmt::If { cond, then, else_ } => {
                let (t, f) = self.cond(cond, state);
                let after_then = self.stmt(then, t);
                let after_else = match else_ {
                    Some(e) => self.stmt(e, f),
                    None => f,
                };
                after_then.join(&after_else)
            }
            BoundStmt::Loop {
                test_first,
                cond,
                body,
                step,
            } => {
                self.breaks.push(State::unreachable(self.n));
                self.continues.push(State::unreachable(self.n));
                let exit = if *test_first {
                    let (t, f) = match cond {
                        Some(c) => self.cond(c, state),
                        None => (state, State::unreachable(self.n)),
                    };
                    let after_body = self.stmt(body, t);
                    // `continue` reaches the step too; continuing never
                    // assigns less than the loop entry, which the test
                    // already saw, so the entry state is a safe stand-in.
                    let mut st = after_body;
                    for e in step {
                        st = self.expr(e, st);
                    }
                    f
                } else {
                    let after_body = self.stmt(body, state);
                    let continued = self.continues.last().cloned().unwrap_or_else(|| State::unreachable(self.n));
                    let at_test = after_body.join(&continued);
                    let (_, f) = match cond {
                        Some(c) => self.cond(c, at_test),
                        None => (at_test, State::unreachable(self.n)),
                    };
                    f
                };
                self.continues.pop();
                let breaks = self
                    .breaks
                    .pop()
                    .unwrap_or_else(|| State::unreachable(self.n));
                exit.join(&breaks)
            }
            BoundStmt::Break => {
                if let Some(b) = self.breaks.last_mut() {
                    *b = b.join(&state);
                }
                State::unreachable(self.n)
            }
            BoundStmt::Continue => {
                if let Some(c) = self.continues.last_mut() {
                    *c = c.join(&state);
                }
                State::unreachable(self.n)
            }
            // A yield return goes on after the consumer's next MoveNext; yield break ends.
            BoundStmt::YieldReturn(e) => self.expr(e, state),
            BoundStmt::YieldBreak(_) => State::unreachable(self.n),
            BoundStmt::Throw(value) => {
                if let Some(v) = value {
                    self.expr(v, state);
                }
                State::unreachable(self.n)
            }
            BoundStmt::Try { body, catches, finally } => {
                // A handler may start after any part of the try block has
                // run: assume only what held at its start (sound).
                let entry = state.clone();
                let after_body = body.iter().fold(state, |s, b| self.stmt(b, s));
                let mut after = after_body;
                for c in catches {
                    let mut s = entry.clone();
                    if let (Some(l), true) = (c.local, s.reachable) {
                        s.assigned[l.0 as usize] = true;
                    }
                    if let Some(f) = &c.filter {
                        s = self.expr(f, s);
                    }
                    let end = c.body.iter().fold(s, |s, b| self.stmt(b, s));
                    after = after.join(&end);
                }
                match finally {
                    None => after,
                    Some(f) => {
                        // The finally block runs on every path; what it
                        // assigns is assigned afterwards.
                        let fin = f.iter().fold(entry, |s, b| self.stmt(b, s));
                        if !fin.reachable {
                            return fin;
                        }
                        if !after.reachable {
                            return after;
                        }
                        State { assigned: after.assigned.iter().zip(&fin.assigned).map(|(a, b)| *a || *b).collect(), reachable: true }
                    }
                }
            }
            BoundStmt::Goto(l) => {
                let joined = match self.at_label.get(l) {
                    Some(prev) => prev.join(&state),
                    None => state,
                };
                self.at_label.insert(*l, joined);
                State::unreachable(self.n)
            }
            BoundStmt::Label(l) => {
                let mut st = match self.at_label.get(l) {
                    Some(g) => state.join(g),
                    None => state,
                };
                // Reached only by a backward goto not seen yet: the quiet
                // passes assume the best (so the gotos after it record
                // real states), the reporting pass the worst.
                if !st.reachable && self.goto_targets.contains(l) {
                    st = State { assigned: vec![self.quiet; self.n], reachable: true };
                }
                st
            }
            BoundStmt::Switch { value, sections } => {
                let st = self.expr(value, state);
                self.breaks.push(State::unreachable(self.n));
                let count = sections.len();
                for (i, sec) in sections.iter().enumerate() {
                    // A section of a pattern switch has no constants: it is
                    // reached only by the jumps of the tests before it.
                    let mut s = match self.at_label.get(&sec.label) {
                        Some(jumped) if sec.labels.is_empty() => jumped.clone(),
                        Some(jumped) => st.join(jumped),
                        None => st.clone(),
                    };
                    let entered = s.reachable;
                    for b in &sec.body {
                        s = self.stmt(b, s);
                    }
                    if s.reachable && entered {
                        let (code, msg) = if i + 1 == count {
                            ("CS8070", format!("Control cannot fall out of switch from final case label ('{}')", sec.label_text))
                        } else {
                            ("CS0163", format!("Control cannot fall through from one case label ('{}') to another", sec.label_text))
                        };
                        if !self.quiet {
                            self.diags.push(Diagnostic::error(code, sec.label_span, msg));
                        }
                    }
                }
                let breaks = self.breaks.pop().unwrap_or_else(|| State::unreachable(self.n));
                let has_default = sections.iter().any(|s| s.labels.iter().any(|l| l.is_none()));
                if has_default { breaks } else { breaks.join(&st) }
            }
            BoundStmt::Return(value, span) => {
                let st = match value {
                    Some(v) => self.expr(v, state),
                    None => state,
                };
                self.check_outs_assigned(&st, *span);
                State::unreachable(self.n)
            }
        }
    }

    /// The states when a boolean expression is true and when it is false.
    fn cond(&mut self, e: &BoundExpr, state: State) -> (State, State) {
        if let Some(b) = const_bool(e) {
            let never = State::unreachable(self.n);
            return if b { (state, never) } else { (never, state) };
        }
        match &e.kind {
            BoundExprKind::LogicalAnd(l, r) => {
                let (lt, lf) = self.cond(l, state);
                let (rt, rf) = self.cond(r, lt);
                (rt, lf.join(&rf))
            }
            BoundExprKind::LogicalOr(l, r) => {
                let (lt, lf) = self.cond(l, state);
                let (rt, rf) = self.cond(r, lf);
                (lt.join(&rt), rf)
            }
            BoundExprKind::Unary {
                op: UnOp::Not,
                operand,
                ..
            } => {
                let (t, f) = self.cond(operand, state);
                (f, t)
            }
            // `(tmp = e, test)`: a pattern over a computed value.
            BoundExprKind::Sequence { side, value } => {
                let st = side.iter().fold(state, |s, x| self.expr(x, s));
                self.cond(value, st)
            }
            BoundExprKind::Conditional { cond, then, else_ } => {
                let (ct, cf) = self.cond(cond, state);
                let (tt, tf) = self.cond(then, ct);
                let (et, ef) = self.cond(else_, cf);
                (tt.join(&et), tf.join(&ef))
            }
            _ => {
                let after = self.expr(e, state);
                (after.clone(), after)
            }
        }
    }

    /// CS0177: leaving the method with an out parameter unassigned.
    fn check_outs_assigned(&mut self, state: &State, span: Span) {
        if !state.reachable || self.quiet {
            return;
        }
        for &(_, slot) in &self.out_slots.clone() {
            if !state.assigned[slot] && !self.reported[slot] {
                self.reported[slot] = true;
                let msg = format!("The out parameter '{}' must be assigned to before control leaves the current method", self.names[slot]);
                self.diags.push(Diagnostic::error("CS0177", span, msg));
            }
        }
    }

    /// The state slot of a variable that flow analysis tracks: a local,
    /// or an out parameter used through its pointer.
    fn slot_of(&self, e: &BoundExpr) -> Option<usize> {
        match &e.kind {
            BoundExprKind::Local(id) => Some(id.0 as usize),
            BoundExprKind::Deref(inner) => match inner.kind {
                BoundExprKind::Param(a) => self.out_slots.iter().find(|s| s.0 == a).map(|s| s.1),
                _ => None,
            },
            _ => None,
        }
    }

    fn read(&mut self, id: LocalId, span: Span, state: &State) {
        let i = id.0 as usize;
        if state.reachable && i < self.n && !state.assigned[i] && !self.reported[i] && !self.quiet {
            self.reported[i] = true;
            if i >= self.locals {
                let msg = format!("Use of unassigned out parameter '{}'", self.names[i]);
                self.diags.push(Diagnostic::error("CS0269", span, msg));
            } else {
                let msg = format!("Use of unassigned local variable '{}'", self.names[i]);
                self.diags.push(Diagnostic::error("CS0165", span, msg));
            }
        }
    }

    fn expr(&mut self, e: &BoundExpr, state: State) -> State {
        use BoundExprKind as K;
        match &e.kind {
            K::Const(_) | K::Param(_) | K::This | K::BaseRef | K::DefaultValue | K::TypeToken(_) | K::OpenTypeToken(_) | K::UnboundLambda(_) | K::UnboundNew(_) | K::DefaultLiteral | K::UnconvertedSwitch { .. } => state,
            K::Local(id) => {
                self.read(*id, e.span, &state);
                state
            }
            K::Field { receiver, .. } | K::MethodGroup { receiver, .. } | K::NewDelegate { receiver, .. } | K::EventAccess { receiver, .. } => match receiver {
                Some(r) => self.expr(r, state),
                None => state,
            },
            K::ArrayElement { array, index } => {
                let s = self.expr(array, state);
                self.expr(index, s)
            }
            K::ArrayLength(a) => self.expr(a, state),
            K::MdElement { array, indices } => {
                let s = self.expr(array, state);
                indices.iter().fold(s, |s, i| self.expr(i, s))
            }
            K::Call { receiver, args, .. } => {
                let mut s = match receiver {
                    Some(r) => self.expr(r, state),
                    None => state,
                };
                for a in args {
                    s = self.expr(a, s);
                }
                s
            }
            K::NewObject { args, .. }
            | K::TupleLiteral { elements: args, .. }
            | K::StringConcat(args)
            | K::NewMdArray { sizes: args }
            | K::ArrayLiteral { elements: args, .. } => {
                args.iter().fold(state, |s, a| self.expr(a, s))
            }
            K::NewArray { size, .. } => self.expr(size, state),
            K::Sequence { side, value } => {
                let s = side.iter().fold(state, |s, e| self.expr(e, s));
                self.expr(value, s)
            }
            K::ThrowExpr(v) => {
                self.expr(v, state);
                State::unreachable(self.n)
            }
            K::Coalesce(left, right) => {
                // The right side runs only sometimes: what it assigns is
                // not definitely assigned afterwards.
                let s = self.expr(left, state);
                let r = self.expr(right, s.clone());
                s.join(&r)
            }
            K::Binary { left, right, .. } => {
                let s = self.expr(left, state);
                self.expr(right, s)
            }
            K::Unary { operand, .. }
            | K::Convert { operand, .. }
            | K::Box(operand)
            | K::Unbox(operand)
            | K::CastClass(operand)
            | K::IsInst(operand)
            | K::AsType(operand) => self.expr(operand, state),
            K::LogicalAnd(..) | K::LogicalOr(..) => {
                let (t, f) = self.cond(e, state);
                t.join(&f)
            }
            K::Conditional { cond, then, else_ } => {
                let (t, f) = self.cond(cond, state);
                let a = self.expr(then, t);
                let b = self.expr(else_, f);
                a.join(&b)
            }
            K::Assign { target, value } => {
                let s = self.target_parts(target, state);
                let mut s = self.expr(value, s);
                if let (Some(slot), true) = (self.slot_of(target), s.reachable) {
                    s.assigned[slot] = true;
                }
                // A struct local is taken as assigned once any of its
                // fields is (lenient: C# waits for every field).
                if let (K::Field { receiver: Some(r), .. }, true) = (&target.kind, s.reachable) {
                    if let (K::Local(id), Some(true)) = (&r.kind, self.struct_locals.get(match r.kind { K::Local(id) => id.0 as usize, _ => usize::MAX })) {
                        s.assigned[id.0 as usize] = true;
                    }
                }
                s
            }
            K::Deref(inner) => {
                if let Some(slot) = self.slot_of(e) {
                    self.read(LocalId(slot as u32), e.span, &state);
                }
                self.expr(inner, state)
            }
            K::AddressOf { operand, is_out } => {
                // `out x` assigns x (after the call, approximated here);
                // `ref x` reads it.
                if *is_out {
                    let mut s = self.target_parts(operand, state);
                    if let (Some(slot), true) = (self.slot_of(operand), s.reachable) {
                        s.assigned[slot] = true;
                    }
                    s
                } else {
                    self.expr(operand, state)
                }
            }
            K::CompoundAssign { target, value, .. } => {
                let s = self.expr(target, state);
                self.expr(value, s)
            }
        }
    }

    /// Evaluates the parts of an assignment target that are read (array
    /// and index, field receiver), not the variable itself.
    fn target_parts(&mut self, target: &BoundExpr, state: State) -> State {
        match &target.kind {
            BoundExprKind::Local(_) => state,
            _ => match &target.kind {
                // Storing into a struct local's field does not read it.
                BoundExprKind::Field { receiver: Some(r), .. }
                    if matches!(r.kind, BoundExprKind::Local(id) if self.struct_locals.get(id.0 as usize) == Some(&true)) =>
                {
                    state
                }
                BoundExprKind::Field {
                    receiver: Some(r), ..
                } => self.expr(r, state),
                BoundExprKind::ArrayElement { array, index } => {
                    let s = self.expr(array, state);
                    self.expr(index, s)
                }
                BoundExprKind::MdElement { array, indices } => {
                    let s = self.expr(array, state);
                    indices.iter().fold(s, |s, i| self.expr(i, s))
                }
                _ => state,
            },
        }
    }
}
