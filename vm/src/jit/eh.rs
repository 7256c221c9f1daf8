//! Exception handling in JIT code: the method's EH clauses (ECMA-335 II.19, II.25.4.6) become
//! ordinary Cranelift control flow around the pending-exception slot (`eh/` has the design and
//! its cost).
//! Floor 4 (execution).
//!
//! Every IL offset has a *dispatch target*: the dispatch block of the innermost clause whose try
//! block holds it (clauses come innermost first, II.19), or, outside every try, the method's
//! exit block, which adds the frame to the stack trace and returns to the caller with the
//! exception still pending. Inside a filter the target is that filter's "no match" path, since
//! an exception a filter throws counts as `false` (II.19).
//!
//! A clause's dispatch block tests the pending exception: a typed catch calls `isinst` and
//! enters the handler with the exception as its one stack entry; a filter runs its code with the
//! exception on the stack, and `endfilter` enters the handler or moves on; a finally or fault
//! block saves the exception in a variable, runs, and its `endfinally` makes it pending again.
//! Moving on means jumping to the dispatch block of the next clause whose try encloses this
//! one's, the same block whatever the raising offset was, since try blocks nest properly.
//!
//! A finally block is entered from several places (the exception path, and each `leave` that
//! exits its try), so it has a selector variable: each entry stores the number of its
//! continuation, and `endfinally` is a `br_table` over them, filled once every `leave` has been
//! translated. A `leave` that exits several try blocks chains their finally blocks, innermost
//! first (III.3.46). The evaluation stack is empty at handler entry except for the exception
//! object of a catch or filter (III.1.7.5); locals are Cranelift variables (or stack slots), and
//! Cranelift's SSA construction carries their values along the edges into dispatch blocks, so
//! they need no spilling.

use super::translate::{Fx, SType};
use crate::error::Result;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, types};
use cranelift_frontend::Variable;
use metadata::{EhClause, EhKind};

/// Where an exception raised at an IL offset goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The dispatch block of clause i.
    Clause(usize),
    /// Raised inside the filter of clause i: the filter fails.
    FilterFails(usize),
    /// No handler in this method: return to the caller.
    Exit,
}

/// Where a finally block's `endfinally` continues.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Cont {
    /// Back to the exception search: the saved exception is pending again.
    Exception,
    /// A `leave`: run these finally clauses (innermost first), then branch to the IL offset.
    Leave(Vec<usize>, u32),
}

/// Per-clause state of the translation.
#[derive(Default)]
struct ClauseState {
    dispatch: Option<Block>,
    /// Finally/fault: the continuation selector and the exception being propagated.
    selector: Option<Variable>,
    saved: Option<Variable>,
    conts: Vec<Cont>,
    end_block: Option<Block>,
    /// Catch/filter: the exception the handler caught (for `rethrow`).
    caught: Option<Variable>,
    /// Filter: the "no match" block.
    no_match: Option<Block>,
}

/// EH state of one method's translation.
#[derive(Default)]
pub(crate) struct EhFx {
    clauses: Vec<EhClause>,
    state: Vec<ClauseState>,
    exit: Option<Block>,
    /// Dispatch blocks created but not yet filled.
    unfilled: Vec<Target>,
}

fn contains(start: u32, len: u32, off: u32) -> bool {
    off >= start && off - start < len
}

impl EhFx {
    pub fn new(clauses: &[EhClause]) -> EhFx {
        EhFx {
            clauses: clauses.to_vec(),
            state: clauses.iter().map(|_| ClauseState::default()).collect(),
            ..EhFx::default()
        }
    }

    /// IL offsets where handlers and filters start: blocks of their own.
    pub fn block_starts(&self) -> Vec<u32> {
        let mut v = Vec::new();
        for c in &self.clauses {
            v.push(c.handler_offset);
            v.push(c.try_offset);
            if let EhKind::Filter(f) = c.kind {
                v.push(f);
            }
        }
        v
    }

    /// The stack types on entry to each handler and filter block.
    pub fn entry_stacks(&self) -> Vec<(u32, Vec<SType>)> {
        let mut v = Vec::new();
        for c in &self.clauses {
            match c.kind {
                EhKind::Catch(_) => v.push((c.handler_offset, vec![SType::Obj])),
                EhKind::Filter(f) => {
                    v.push((f, vec![SType::Obj]));
                    v.push((c.handler_offset, vec![SType::Obj]));
                }
                EhKind::Finally | EhKind::Fault => v.push((c.handler_offset, vec![])),
            }
        }
        v
    }

    fn in_try(&self, i: usize, off: u32) -> bool {
        let c = &self.clauses[i];
        contains(c.try_offset, c.try_length, off)
    }

    fn in_handler(&self, i: usize, off: u32) -> bool {
        let c = &self.clauses[i];
        contains(c.handler_offset, c.handler_length, off)
    }

    /// The dispatch target of an exception raised at `off` (`u32::MAX`: the prologue).
    pub fn target_at(&self, off: u32) -> Target {
        for (i, c) in self.clauses.iter().enumerate() {
            if let EhKind::Filter(f) = c.kind
                && off >= f
                && off < c.handler_offset
            {
                return Target::FilterFails(i);
            }
        }
        (0..self.clauses.len())
            .find(|&i| self.in_try(i, off))
            .map_or(Target::Exit, Target::Clause)
    }

    /// Where the search goes when clause i does not take the exception: the next clause whose
    /// try block encloses clause i's.
    fn next_target(&self, i: usize) -> Target {
        let start = self.clauses[i].try_offset;
        (i + 1..self.clauses.len())
            .find(|&j| self.in_try(j, start))
            .map_or(Target::Exit, Target::Clause)
    }
}

impl Fx<'_> {
    /// The block an exception raised at the current offset goes to.
    pub fn dispatch_block(&mut self) -> Block {
        let t = self.eh.target_at(self.offset);
        self.eh_target_block(t)
    }

    /// The dispatch block of target `t`.
    pub fn target_dispatch(&mut self, t: Target) -> Block {
        self.eh_target_block(t)
    }

    fn eh_target_block(&mut self, t: Target) -> Block {
        let existing = match t {
            Target::Exit => self.eh.exit,
            Target::Clause(i) => self.eh.state[i].dispatch,
            Target::FilterFails(i) => self.eh.state[i].no_match,
        };
        if let Some(b) = existing {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        match t {
            Target::Exit => self.eh.exit = Some(b),
            Target::Clause(i) => self.eh.state[i].dispatch = Some(b),
            Target::FilterFails(i) => self.eh.state[i].no_match = Some(b),
        }
        self.eh.unfilled.push(t);
        b
    }

    /// The pending exception. The context comes from `ctx_var`, which a throw block redefines
    /// from its helper's result, so a method whose only call is on the throw path needs no
    /// callee-saved register to keep the context across it.
    fn load_pending(&mut self) -> cranelift_codegen::ir::Value {
        let ctx = self.b.use_var(self.ctx_var);
        self.b.ins().load(
            types::I64,
            super::translate::mflags(),
            ctx,
            crate::object::CTX_PENDING_OFFSET,
        )
    }

    fn store_pending(&mut self, v: cranelift_codegen::ir::Value) {
        let ctx = self.b.use_var(self.ctx_var);
        self.b.ins().store(
            super::translate::mflags(),
            v,
            ctx,
            crate::object::CTX_PENDING_OFFSET,
        );
    }

    /// After a call that can throw: if an exception is pending, go to the dispatch block.
    pub fn check_pending(&mut self) {
        let p = self.load_pending();
        let target = self.dispatch_block();
        self.branch_to_raise(p, true, target);
    }

    /// The first pass for a new exception (`eh/search.rs`): unless the context says this
    /// exception was searched already, the helper walks the stack from this frame for a
    /// handler, and ends the process if there is none, before any finally block runs. The
    /// helper returns the context, so that `ctx` need not survive the call in a register.
    fn first_pass(&mut self) {
        let ctx = self.b.use_var(self.ctx_var);
        let searched = self.b.ins().uload8(
            types::I32,
            super::translate::mflags(),
            ctx,
            crate::object::CTX_SEARCHED_OFFSET,
        );
        let search = self.b.create_block();
        self.b.set_cold_block(search);
        let cont = self.b.create_block();
        self.b.set_cold_block(cont);
        self.b.ins().brif(searched, cont, &[], search, &[]);
        self.b.switch_to_block(search);
        let frame = self.b.ins().get_frame_pointer(types::I64);
        let key = self.iconst(types::I64, self.info.key.pack());
        let off = self.b.use_var(self.raise_off);
        let ctx = self.call_helper(
            crate::eh::vm_eh_search as *const u8,
            &[types::I64, types::I64, types::I64, types::I32],
            &[types::I64],
            &[ctx, key, frame, off],
        )[0];
        self.b.def_var(self.ctx_var, ctx);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Adds this frame to the stack trace of `exc`. The frame's identity is its frame pointer,
    /// distinct for every live activation (Jit::new sets `preserve_frame_pointers`, so every
    /// function sets one up); using it instead of the address of a stack slot of its own keeps
    /// the frame of small methods free of stack slots.
    fn record_frame(&mut self, exc: cranelift_codegen::ir::Value) {
        let frame = self.b.ins().get_frame_pointer(types::I64);
        let key = self.iconst(types::I64, self.info.key.pack());
        let ctx = self.b.use_var(self.ctx_var);
        let off = self.b.use_var(self.raise_off);
        self.call_helper(
            crate::eh::vm_eh_frame as *const u8,
            &[types::I64, types::I64, types::I64, types::I64, types::I32],
            &[],
            &[ctx, exc, key, frame, off],
        );
    }

    fn var(&mut self, v: Option<Variable>, ty: types::Type) -> Variable {
        v.unwrap_or_else(|| self.b.declare_var(ty))
    }

    fn selector(&mut self, i: usize) -> Variable {
        let v = self.var(self.eh.state[i].selector, types::I32);
        self.eh.state[i].selector = Some(v);
        v
    }

    fn saved(&mut self, i: usize) -> Variable {
        let v = self.var(self.eh.state[i].saved, types::I64);
        self.eh.state[i].saved = Some(v);
        v
    }

    fn caught(&mut self, i: usize) -> Variable {
        let v = self.var(self.eh.state[i].caught, types::I64);
        self.eh.state[i].caught = Some(v);
        v
    }

    fn cont_index(&mut self, i: usize, c: Cont) -> i64 {
        let conts = &mut self.eh.state[i].conts;
        let n = conts.iter().position(|x| *x == c).unwrap_or_else(|| {
            conts.push(c);
            conts.len() - 1
        });
        n as i64
    }

    /// Enters finally block i with continuation `c`.
    fn enter_finally(&mut self, i: usize, c: Cont) -> Result<()> {
        if c != Cont::Exception {
            // A `leave` carries no exception: defining the raise offset here stops the SSA
            // search for it at this edge, so it never becomes a block parameter of normal code.
            let z = self.iconst(types::I32, 0);
            self.b.def_var(self.raise_off, z);
        }
        let n = self.cont_index(i, c);
        let sel = self.selector(i);
        let nv = self.iconst(types::I32, n);
        self.b.def_var(sel, nv);
        let handler = self.handler_block(self.eh.clauses[i].handler_offset)?;
        self.b.ins().jump(handler, &[]);
        Ok(())
    }

    /// Enters a catch or filter handler (clause i) with `exc`, which this frame has caught.
    fn enter_handler(&mut self, i: usize, exc: cranelift_codegen::ir::Value) -> Result<()> {
        self.record_frame(exc);
        let z = self.iconst(types::I64, 0);
        self.store_pending(z);
        let v = self.caught(i);
        self.b.def_var(v, exc);
        let handler = self.handler_block(self.eh.clauses[i].handler_offset)?;
        self.b.ins().jump(handler, &[BlockArg::Value(exc)]);
        Ok(())
    }

    /// `throw` (III.4.26).
    pub fn eh_throw(&mut self) -> Result<()> {
        let exc = self.pop()?;
        if exc.t != SType::Obj {
            return Err(self.invalid("throw of a non-reference"));
        }
        let ctx = self.ctx;
        self.call_helper(
            crate::eh::vm_eh_throw as *const u8,
            &[types::I64; 2],
            &[],
            &[ctx, exc.v],
        );
        self.set_raise_offset();
        let target = self.dispatch_block();
        self.b.ins().jump(target, &[]);
        self.stack.clear();
        self.terminated = true;
        Ok(())
    }

    /// `rethrow` (III.4.23): only inside a catch or filter handler.
    pub fn eh_rethrow(&mut self) -> Result<()> {
        let off = self.offset;
        let i = (0..self.eh.clauses.len())
            .find(|&i| {
                matches!(
                    self.eh.clauses[i].kind,
                    EhKind::Catch(_) | EhKind::Filter(_)
                ) && self.eh.in_handler(i, off)
            })
            .ok_or_else(|| self.invalid("rethrow outside a catch handler"))?;
        let v = self.caught(i);
        let exc = self.b.use_var(v);
        let ctx = self.ctx;
        self.call_helper(
            crate::eh::vm_eh_rethrow as *const u8,
            &[types::I64; 2],
            &[],
            &[ctx, exc],
        );
        self.set_raise_offset();
        let target = self.dispatch_block();
        self.b.ins().jump(target, &[]);
        self.stack.clear();
        self.terminated = true;
        Ok(())
    }

    /// `leave target` (III.3.46): empties the stack and runs the finally blocks of the try
    /// blocks it exits, innermost first, on the way to `target`.
    pub fn eh_leave(&mut self, target: u32) -> Result<()> {
        self.stack.clear();
        let off = self.offset;
        let finallys: Vec<usize> = (0..self.eh.clauses.len())
            .filter(|&i| {
                self.eh.clauses[i].kind == EhKind::Finally
                    && self.eh.in_try(i, off)
                    && !self.eh.in_try(i, target)
            })
            .collect();
        match finallys.split_first() {
            None => self.branch_to(target)?,
            Some((&first, rest)) => {
                self.enter_finally(first, Cont::Leave(rest.to_vec(), target))?;
                self.terminated = true;
            }
        }
        Ok(())
    }

    /// `endfinally` (III.3.35), also ending fault blocks.
    pub fn eh_endfinally(&mut self) -> Result<()> {
        let off = self.offset;
        let i = (0..self.eh.clauses.len())
            .find(|&i| {
                matches!(self.eh.clauses[i].kind, EhKind::Finally | EhKind::Fault)
                    && self.eh.in_handler(i, off)
            })
            .ok_or_else(|| self.invalid("endfinally outside a finally or fault block"))?;
        let b = match self.eh.state[i].end_block {
            Some(b) => b,
            None => {
                let b = self.b.create_block();
                self.eh.state[i].end_block = Some(b);
                b
            }
        };
        self.b.ins().jump(b, &[]);
        self.stack.clear();
        self.terminated = true;
        Ok(())
    }

    /// `endfilter` (III.3.34): a non-zero value enters the handler, zero continues the search.
    pub fn eh_endfilter(&mut self) -> Result<()> {
        if self.filter_funclet {
            // The funclet's answer (`translate::Part::Filter`).
            let v = self.pop()?;
            if v.t != SType::I32 {
                return Err(self.invalid("endfilter of a non-int32"));
            }
            self.b.ins().return_(&[v.v]);
            self.stack.clear();
            self.terminated = true;
            return Ok(());
        }
        let off = self.offset;
        let Target::FilterFails(i) = self.eh.target_at(off) else {
            return Err(self.invalid("endfilter outside a filter"));
        };
        let v = self.pop()?;
        if v.t != SType::I32 {
            return Err(self.invalid("endfilter of a non-int32"));
        }
        let yes = self.b.create_block();
        let no = self.eh_target_block(Target::FilterFails(i));
        self.b.ins().brif(v.v, yes, &[], no, &[]);
        self.b.switch_to_block(yes);
        let saved = self.saved(i);
        let exc = self.b.use_var(saved);
        self.enter_handler(i, exc)?;
        self.stack.clear();
        self.terminated = true;
        Ok(())
    }

    fn handler_block(&mut self, offset: u32) -> Result<Block> {
        self.block_at(offset)
            .ok_or_else(|| self.invalid(&format!("handler at IL_{offset:04x} is not a block")))
    }

    /// Fills the dispatch blocks and `endfinally` tables once every instruction is translated.
    pub fn finish_eh(&mut self) -> Result<()> {
        loop {
            if let Some(t) = self.eh.unfilled.pop() {
                self.fill_target(t)?;
                continue;
            }
            // Finally clauses in table order: a chained `leave` only adds continuations to
            // enclosing clauses, which come later.
            let Some(i) =
                (0..self.eh.clauses.len()).find(|&i| self.eh.state[i].end_block.is_some())
            else {
                break;
            };
            let Some(b) = self.eh.state[i].end_block.take() else {
                break;
            };
            self.fill_endfinally(i, b)?;
        }
        Ok(())
    }

    fn fill_target(&mut self, t: Target) -> Result<()> {
        let b = self.eh_target_block(t);
        self.b.switch_to_block(b);
        // An exception raised inside a filter is swallowed by it: no search for that one.
        if !matches!(t, Target::FilterFails(_)) && !self.filter_funclet {
            self.first_pass();
        }
        match t {
            Target::Exit if self.filter_funclet => {
                // A filter that raises declines (II.19): drop the exception, answer 0.
                let z = self.iconst(types::I64, 0);
                self.store_pending(z);
                let no = self.iconst(types::I32, 0);
                self.b.ins().return_(&[no]);
            }
            Target::Exit => {
                let exc = self.load_pending();
                self.record_frame(exc);
                self.return_dummy();
            }
            Target::FilterFails(i) => {
                // Whatever the filter raised is dropped; the filtered exception moves on.
                let saved = self.saved(i);
                let exc = self.b.use_var(saved);
                self.store_pending(exc);
                let next = self.eh.next_target(i);
                let nb = self.eh_target_block(next);
                self.b.ins().jump(nb, &[]);
            }
            Target::Clause(i) => {
                let exc = self.load_pending();
                match self.eh.clauses[i].kind {
                    EhKind::Catch(tok) => {
                        let r = self.token_rtype(tok)?;
                        let mt = self.exec.mt_of(&r).map_err(|e| self.ctx_err(e))?;
                        let mtv = self.iconst(types::I64, mt as i64);
                        let ctx = self.ctx;
                        let hit = self.call_helper(
                            crate::dispatch::vm_isinst as *const u8,
                            &[types::I64; 3],
                            &[types::I64],
                            &[ctx, exc, mtv],
                        )[0];
                        let yes = self.b.create_block();
                        let next = self.eh.next_target(i);
                        let nb = self.eh_target_block(next);
                        self.b.ins().brif(hit, yes, &[], nb, &[]);
                        self.b.switch_to_block(yes);
                        self.enter_handler(i, exc)?;
                    }
                    EhKind::Filter(f) => {
                        // The first pass may have run this filter already (`eh/search.rs`):
                        // then its verdict decides, and the filter does not run twice.
                        let frame = self.b.ins().get_frame_pointer(types::I64);
                        let ctx = self.b.use_var(self.ctx_var);
                        let index = self.iconst(types::I32, i as i64);
                        let verdict = self.call_helper(
                            crate::eh::vm_eh_filter_verdict as *const u8,
                            &[types::I64, types::I64, types::I64, types::I32],
                            &[types::I32],
                            &[ctx, exc, frame, index],
                        )[0];
                        let took = self.b.create_block();
                        let not_took = self.b.create_block();
                        let run = self.b.create_block();
                        for b in [took, not_took, run] {
                            self.b.set_cold_block(b);
                        }
                        let two = self.b.ins().icmp_imm_s(IntCC::Equal, verdict, 2);
                        let decided = self.b.create_block();
                        self.b.set_cold_block(decided);
                        self.b.ins().brif(two, run, &[], decided, &[]);
                        self.b.switch_to_block(decided);
                        self.b.ins().brif(verdict, took, &[], not_took, &[]);
                        self.b.switch_to_block(took);
                        self.enter_handler(i, exc)?;
                        self.b.switch_to_block(not_took);
                        let next = self.eh.next_target(i);
                        let nb = self.eh_target_block(next);
                        self.b.ins().jump(nb, &[]);
                        self.b.switch_to_block(run);
                        let z = self.iconst(types::I64, 0);
                        self.store_pending(z);
                        let saved = self.saved(i);
                        self.b.def_var(saved, exc);
                        let fb = self.handler_block(f)?;
                        self.b.ins().jump(fb, &[BlockArg::Value(exc)]);
                    }
                    EhKind::Finally | EhKind::Fault => {
                        let z = self.iconst(types::I64, 0);
                        self.store_pending(z);
                        let saved = self.saved(i);
                        self.b.def_var(saved, exc);
                        self.enter_finally(i, Cont::Exception)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn fill_endfinally(&mut self, i: usize, b: Block) -> Result<()> {
        self.b.switch_to_block(b);
        let conts = self.eh.state[i].conts.clone();
        let sel = self.selector(i);
        let s = self.b.use_var(sel);
        let mut blocks = Vec::with_capacity(conts.len());
        for _ in &conts {
            blocks.push(self.b.create_block());
        }
        match blocks.as_slice() {
            [] => {
                // Never entered (unreachable finally).
                self.b
                    .ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
            }
            [only] => {
                self.b.ins().jump(*only, &[]);
            }
            _ => {
                let table: Vec<_> = blocks
                    .iter()
                    .map(|&bl| self.b.func.dfg.block_call(bl, &[]))
                    .collect();
                let default = table[table.len() - 1];
                let jt = self
                    .b
                    .create_jump_table(cranelift_codegen::ir::JumpTableData::new(
                        default,
                        &table[..table.len() - 1],
                    ));
                self.b.ins().br_table(s, jt);
            }
        }
        for (c, bl) in conts.into_iter().zip(blocks) {
            self.b.switch_to_block(bl);
            match c {
                Cont::Exception => {
                    let saved = self.saved(i);
                    let exc = self.b.use_var(saved);
                    self.store_pending(exc);
                    let next = self.eh.next_target(i);
                    let nb = self.eh_target_block(next);
                    self.b.ins().jump(nb, &[]);
                }
                Cont::Leave(rest, target) => match rest.split_first() {
                    None => {
                        self.stack.clear();
                        self.branch_to(target)?;
                    }
                    Some((&next, more)) => {
                        self.enter_finally(next, Cont::Leave(more.to_vec(), target))?
                    }
                },
            }
        }
        Ok(())
    }
}

impl Fx<'_> {
    /// Returns to the caller with the exception pending; the result is a dummy the caller never
    /// reads (its check after the call goes to its own dispatch block first).
    fn return_dummy(&mut self) {
        match self.info.ret {
            None | Some(crate::types::ValKind::Struct(_)) => {
                self.b.ins().return_(&[]);
            }
            Some(k) => {
                let z = self.zero_of(k.abi_type());
                self.b.ins().return_(&[z]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(kind: EhKind, t: (u32, u32), h: (u32, u32)) -> EhClause {
        EhClause {
            kind,
            try_offset: t.0,
            try_length: t.1 - t.0,
            handler_offset: h.0,
            handler_length: h.1 - h.0,
        }
    }

    #[test]
    fn offsets_dispatch_to_the_innermost_enclosing_try() {
        // try { try { 10..20 } catch { 20..30 } 30..40 } finally { 40..50 }
        let eh = EhFx::new(&[
            clause(
                EhKind::Catch(metadata::Token(0x0100_0001)),
                (10, 20),
                (20, 30),
            ),
            clause(EhKind::Finally, (0, 40), (40, 50)),
        ]);
        assert_eq!(eh.target_at(5), Target::Clause(1));
        assert_eq!(eh.target_at(15), Target::Clause(0));
        // A throw inside the inner catch handler goes to the outer try's finally.
        assert_eq!(eh.target_at(25), Target::Clause(1));
        assert_eq!(eh.target_at(45), Target::Exit);
        assert_eq!(eh.target_at(u32::MAX), Target::Exit);
        assert_eq!(eh.next_target(0), Target::Clause(1));
        assert_eq!(eh.next_target(1), Target::Exit);
    }

    #[test]
    fn clauses_of_one_try_chain_and_filters_fail_on_their_own_exceptions() {
        // try { 0..10 } filter { 10..20 } handler { 20..30 } catch { 30..40 }
        let eh = EhFx::new(&[
            clause(EhKind::Filter(10), (0, 10), (20, 30)),
            clause(
                EhKind::Catch(metadata::Token(0x0100_0001)),
                (0, 10),
                (30, 40),
            ),
        ]);
        assert_eq!(eh.target_at(3), Target::Clause(0));
        assert_eq!(eh.target_at(12), Target::FilterFails(0));
        assert_eq!(eh.next_target(0), Target::Clause(1));
        assert_eq!(eh.next_target(1), Target::Exit);
        let starts = eh.block_starts();
        assert!(starts.contains(&10) && starts.contains(&20) && starts.contains(&30));
        let entries = eh.entry_stacks();
        assert!(entries.contains(&(10, vec![SType::Obj])));
    }
}
