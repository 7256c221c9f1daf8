//! On-stack replacement: a call running a loop in quick code (`tiers.rs`) moves to optimised
//! code without returning. Floor 4 (execution).
//!
//! Quick code is cheap to make and slow to run, and a method with a loop may be called once
//! and loop for seconds (a script's `Main`, a benchmark's kernel). So the quick code of such a
//! method counts down a per-method counter at each loop head (the target of a backward
//! branch, `analysis::loop_heads`). When it reaches zero, the head is a *patchpoint*: the
//! quick code writes every argument and local into an area of its frame (a value, or for a
//! struct its address), asks [`vm_osr_code`] for the method's *continuation* at that head,
//! calls it with the area, and returns what it returns.
//!
//! A continuation (`translate::Part::Continuation`) is the whole method compiled optimised,
//! entered at the loop head instead of offset 0: its entry block loads the arguments and
//! locals from the area, copying struct locals into its own frame, and jumps to the head with
//! an empty evaluation stack. The exception clauses apply by IL offset as in the method, so a
//! head inside a try block is entered inside it. The quick frame stays below, suspended in
//! the call; it is glue to a stack walk (the call is tagged `code_map::TRANSITION`), and an
//! exception the continuation lets out goes straight to the method's caller, the quick
//! frame's finally blocks having run in the continuation already. Once in the loop, the
//! continuation zeroes the quick frame below its saved registers
//! ([`Fx::clear_quick_frame`]): quick code spills every value, and the collector's
//! conservative stack scan would keep alive whatever those slots last held for as long as
//! the loop runs.
//!
//! Not every loop can be left this way. The evaluation stack must be empty at the head (C#
//! compilers keep it so); the head must not lie inside a handler, whose state (a finally's
//! continuation selector, a catch's exception) lives in no local; the method must have no
//! filters (their funclets find the locals through a directory registered for the frame);
//! and no local may hold an address (a managed or unmanaged pointer) across a loop head, as
//! it could point into the quick frame the continuation no longer uses (a block's temporary,
//! read only after a store in the same block, as C# compilers use for `s.f += x`, is fine). Such a method is compiled optimised at
//! once, as before this tier existed; so are the entry point's loops (`Exec::translate_tiered`
//! says why).

use super::Exec;
use super::translate::{Fx, LocalVar, SType, SVal, Storage};
use crate::error::Result;
use crate::loader::MethodKey;
use crate::object::VmContext;
use crate::types::ValKind;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, InstBuilder, StackSlotData, StackSlotKind, Value, types};
use metadata::{EhKind, Instr, MethodBody};
use super::tiers::{BACK_EDGES_OFFSET, DECLINED_OFFSET};

/// Loop iterations a method's quick code runs, counted over all its calls, before a call
/// still looping moves to optimised code: about what the optimiser costs in quick-code
/// iterations of a small loop.
pub(crate) const OSR_BACK_EDGES: i32 = 1000;

/// Whether a method with loops can start as quick code: every loop can be left for a
/// continuation (see the module comment; an evaluation stack left on a head is found while
/// translating).
pub(crate) fn can_leave_loops(body: &MethodBody, instrs: &[Instr], local_kinds: &[ValKind]) -> bool {
    let in_handler = |off: u32| {
        body.eh_clauses.iter().any(|c| {
            let start = match c.kind {
                EhKind::Filter(f) => f,
                _ => c.handler_offset,
            };
            off >= start && off < c.handler_offset.saturating_add(c.handler_length)
        })
    };
    let filters = body.eh_clauses.iter().any(|c| matches!(c.kind, EhKind::Filter(_)));
    let temporaries = block_temporaries(body, instrs, local_kinds.len());
    let addresses = local_kinds
        .iter()
        .enumerate()
        .any(|(i, k)| matches!(k, ValKind::ByRef | ValKind::I | ValKind::U) && !temporaries[i]);
    !filters && !addresses && !super::analysis::loop_heads(instrs).into_iter().any(in_handler)
}

/// Which locals are temporaries of a basic block: every read (`ldloc`, `ldloca`) follows a
/// store in the same block, so the value at a block start, a loop head included, is dead.
/// C# compilers keep the address of a struct in such a local for `s.f += x`. Try blocks,
/// handlers and filters start blocks too: a handler is entered from anywhere in its try.
fn block_temporaries(body: &MethodBody, instrs: &[Instr], n_locals: usize) -> Vec<bool> {
    use metadata::{Opcode as Op, Operand};
    let mut starts = super::analysis::block_starts(instrs);
    for c in &body.eh_clauses {
        starts.extend([c.try_offset, c.handler_offset]);
        if let EhKind::Filter(f) = c.kind {
            starts.insert(f);
        }
    }
    let mut temporary = vec![true; n_locals];
    let mut stored = vec![false; n_locals];
    for ins in instrs {
        if starts.contains(&ins.offset) {
            stored.iter_mut().for_each(|s| *s = false);
        }
        let var = || match ins.operand {
            Operand::Var(i) => i as usize,
            _ => usize::MAX,
        };
        let (i, store) = match ins.opcode {
            Op::Ldloc0 | Op::Stloc0 => (0, ins.opcode == Op::Stloc0),
            Op::Ldloc1 | Op::Stloc1 => (1, ins.opcode == Op::Stloc1),
            Op::Ldloc2 | Op::Stloc2 => (2, ins.opcode == Op::Stloc2),
            Op::Ldloc3 | Op::Stloc3 => (3, ins.opcode == Op::Stloc3),
            Op::Ldloc | Op::LdlocS | Op::Ldloca | Op::LdlocaS => (var(), false),
            Op::Stloc | Op::StlocS => (var(), true),
            _ => continue,
        };
        let Some(s) = stored.get_mut(i) else { continue };
        if store {
            *s = true;
        } else if !*s {
            temporary[i] = false;
        }
    }
    temporary
}

/// The signature of a method's continuations: the context and the area, and the method's
/// own results.
pub(crate) fn continuation_signature(method: &ir::Signature) -> ir::Signature {
    let mut sig = ir::Signature::new(method.call_conv);
    sig.params.push(ir::AbiParam::special(types::I64, ir::ArgumentPurpose::VMContext));
    sig.params.push(ir::AbiParam::new(types::I64));
    sig.returns = method.returns.clone();
    sig
}

/// The bytes below a suspended quick frame's frame pointer its prologue saves the caller's
/// callee-saved registers in (x86-64 System V: rbx and r12-r15, padded to 16 bytes;
/// Cranelift puts them right below the saved frame pointer).
const SAVED_REGISTERS: i64 = 48;

/// Whether [`SAVED_REGISTERS`] describes this target's frames: elsewhere (Windows saves more
/// registers, XMM ones among them) the quick frame is left as it is.
const CLEARS_FRAMES: bool = cfg!(all(target_arch = "x86_64", unix));

impl Fx<'_> {
    /// A continuation's way into the loop at `head`: a block of its own, which first clears
    /// the quick frame suspended above (see [`Fx::clear_quick_frame`]), entered once the
    /// entry block has let the call in.
    pub(crate) fn enter_loop(&mut self, head: u32) -> Result<()> {
        let into_loop = self.b.create_block();
        self.b.ins().jump(into_loop, &[]);
        let decline = self.decline_block()?;
        self.b.switch_to_block(into_loop);
        if CLEARS_FRAMES {
            self.clear_quick_frame();
        }
        // The block that jumps to the head: after the clearing loop, its last block.
        let into_loop = self.b.current_block().unwrap_or(into_loop);
        self.continuation = Some(super::bounds::Entry { decline, into_loop });
        self.branch_to(head)
    }

    /// Zeroes the suspended quick frame below its saved registers, from its stack pointer at
    /// the call (just above this frame's record) up to the registers. Its stack slots and
    /// spilled values are read by nobody any more, and quick code spills every value: the
    /// collector's conservative stack scan would otherwise take every object they ever held
    /// as live while the continuation runs, such as a tree a script's `Main` built, checked
    /// and dropped before the loop it now spends its time in.
    ///
    /// The loop is inline, not a call to a helper: every argument and local loaded from the
    /// area is live here, and a call would clobber the registers they sit in, so the register
    /// allocator spilled them, the loop's values with them (spectralnorm's inner loop stored
    /// and reloaded its sum and the context on every iteration).
    fn clear_quick_frame(&mut self) {
        let flags = super::translate::mflags();
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let quick_fp = self.b.ins().load(types::I64, flags, fp, 0);
        let start = self.b.ins().iadd_imm_s(fp, 16);
        let end = self.b.ins().iadd_imm_s(quick_fp, -SAVED_REGISTERS);
        // A quick frame is at most a few megabytes; anything else is not one (a continuation
        // is only ever called by its quick code, so this does not happen).
        let span = self.b.ins().isub(end, start);
        let plausible = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, span, 64 << 20);
        let end = self.b.ins().select(plausible, end, start);
        let (test, store, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let at = self.b.append_block_param(test, types::I64);
        self.b.ins().jump(test, &[start.into()]);
        self.b.switch_to_block(test);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, at, end);
        self.b.ins().brif(more, store, &[], done, &[]);
        self.b.switch_to_block(store);
        let zero = self.b.ins().iconst(types::I64, 0);
        // [start, end) lies in the suspended quick frame between this frame's record and the
        // quick frame's saved registers: memory nothing reads before the quick frame returns
        // (which reads only its saved registers, its frame record, and constants it
        // rematerialises).
        self.b.ins().store(flags, zero, at, 0);
        let next = self.b.ins().iadd_imm_s(at, 8);
        self.b.ins().jump(test, &[next.into()]);
        self.b.switch_to_block(done);
    }

    /// The area's layout: the return buffer (or 0), then each argument (`this` first), then
    /// each local.
    fn frame_entries(&self) -> Vec<LocalVar> {
        self.args.iter().chain(&self.locals).copied().collect()
    }

    /// At the loop head `offset` of quick code: counts the iteration down and, once the
    /// method's count is spent, moves this call to the continuation at `offset`.
    pub(crate) fn patchpoint(&mut self, offset: u32, counters: *const super::tiers::Counters) -> Result<()> {
        if !self.stack.is_empty() {
            self.osr_missed = true;
            return Ok(());
        }
        let flags = super::translate::mflags();
        let cell = self.iconst(types::I64, counters as i64 + i64::from(super::tiers::BACK_EDGES_OFFSET));
        let left = self.b.ins().load(types::I32, flags, cell, 0);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(flags, left, cell, 0);
        let spent = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
        let (leave, transfer, go_on) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(leave);
        self.b.set_cold_block(transfer);
        self.b.ins().brif(spent, leave, &[], go_on, &[]);

        self.b.switch_to_block(leave);
        let entries = self.frame_entries();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            8 * (1 + entries.len() as u32),
            3,
        ));
        let retbuf = match self.retbuf {
            Some(r) => r,
            None => self.iconst(types::I64, 0),
        };
        self.b.ins().stack_store(types::I64, retbuf, slot, 0);
        for (j, lv) in entries.into_iter().enumerate() {
            let v = match lv.kind {
                ValKind::Struct(_) => self.local_addr(lv)?,
                _ => self.load_local(lv)?.v,
            };
            // The type names the slot address's width; the value keeps its own.
            self.b.ins().stack_store(types::I64, v, slot, 8 * (1 + j as i32));
        }
        let area = self.b.ins().stack_addr(types::I64, slot, 0);
        let (ctx, key) = (self.ctx, self.iconst(types::I64, self.root_key.pack()));
        let head = self.iconst(types::I32, i64::from(offset));
        let code = self.call_helper(vm_osr_code as *const u8, &[types::I64, types::I64, types::I32], &[types::I64], &[ctx, key, head])[0];
        self.b.ins().brif(code, transfer, &[], go_on, &[]);

        self.b.switch_to_block(transfer);
        // The call that leaves this frame for the continuation: a stack walk passes over it.
        self.b.set_srcloc(ir::SourceLoc::new(super::code_map::TRANSITION));
        let sig = continuation_signature(&self.info.sig);
        let sig = self.b.import_signature(sig);
        let call = self.b.ins().call_indirect(sig, code, &[ctx, area]);
        let results = self.b.inst_results(call).to_vec();
        self.b.set_srcloc(ir::SourceLoc::new(self.position));
        // A continuation that declined (`decline_block`) ran nothing: this call goes on here.
        let (done, declined) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(done);
        self.b.set_cold_block(declined);
        // The continuation cleared this frame's slots (`clear_quick_frame`): what follows the
        // call uses only constants made afresh and the results.
        let counters_cell = self.iconst(types::I64, counters as i64 + i64::from(DECLINED_OFFSET));
        let flag = self.b.ins().load(types::I32, flags, counters_cell, 0);
        self.b.ins().brif(flag, declined, &[], done, &[]);
        self.b.switch_to_block(done);
        self.b.ins().return_(&results);
        self.b.switch_to_block(declined);
        // Declined: the continuation cleared nothing, and this frame goes on.
        let zero = self.iconst(types::I32, 0);
        self.b.ins().store(flags, zero, counters_cell, 0);
        self.b.ins().jump(go_on, &[]);

        self.b.switch_to_block(go_on);
        Ok(())
    }

    /// A continuation's *decline* block: it hands the call back to the quick code, which goes
    /// on as if it had not got here, and counts a full round of iterations before trying
    /// again. The entry branches here when the quick frame's values break an assumption the
    /// optimised code was compiled under (`bounds.rs`: a loop index is not negative); no
    /// code has run in the continuation by then. Called where the current block is finished;
    /// leaves the builder in the new block, finished too.
    pub(crate) fn decline_block(&mut self) -> Result<ir::Block> {
        let counters = self
            .exec
            .jit
            .tier_counters
            .get(&self.root_key)
            .map(|c| &**c as *const super::tiers::Counters as i64)
            .ok_or_else(|| self.invalid("a continuation of a method with no quick code"))?;
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.b.switch_to_block(block);
        let flags = super::translate::mflags();
        let cell = self.iconst(types::I64, counters);
        let (one, full) = (self.iconst(types::I32, 1), self.iconst(types::I32, i64::from(OSR_BACK_EDGES)));
        self.b.ins().store(flags, one, cell, DECLINED_OFFSET);
        self.b.ins().store(flags, full, cell, BACK_EDGES_OFFSET);
        let zeros: Vec<Value> = self.info.sig.returns.clone().iter().map(|r| self.zero_of(r.value_type)).collect();
        self.b.ins().return_(&zeros);
        Ok(block)
    }

    /// A continuation's entry: the arguments and locals from the quick frame's area.
    pub(crate) fn bind_area(&mut self, area: Value, addr_args: &[bool], addr_locals: &[bool], local_kinds: &[ValKind]) -> Result<()> {
        let flags = super::translate::mflags();
        let info = self.info.clone();
        if info.has_retbuf() {
            self.retbuf = Some(self.b.ins().load(types::I64, flags, area, 0));
        }
        let mut kinds: Vec<ValKind> = Vec::new();
        if info.has_this {
            kinds.push(info.this_kind);
        }
        kinds.extend(info.params.iter().copied());
        let n_args = kinds.len();
        kinds.extend(local_kinds.iter().copied());
        for (j, &k) in kinds.iter().enumerate() {
            let offset = 8 * (1 + j as i32);
            let (is_arg, address_taken) = match j.checked_sub(n_args) {
                None => (true, addr_args.get(j).copied().unwrap_or(false)),
                Some(i) => (false, addr_locals.get(i).copied().unwrap_or(false)),
            };
            let lv = match k {
                // A struct argument the method does not take the address of is the caller's
                // private copy, which outlives both frames.
                ValKind::Struct(_) if is_arg && !address_taken => {
                    let p = self.b.ins().load(types::I64, flags, area, offset);
                    LocalVar { st: Storage::Ptr(p), kind: k }
                }
                ValKind::Struct(s) => {
                    let lv = self.new_storage(k, address_taken, false)?;
                    let (src, dst) = (self.b.ins().load(types::I64, flags, area, offset), self.local_addr(lv)?);
                    self.copy_struct(dst, src, s);
                    lv
                }
                _ => {
                    let lv = self.new_storage(k, address_taken, false)?;
                    let t = SType::of_kind(k);
                    let v = self.b.ins().load(t.clif(), flags, area, offset);
                    self.store_local(lv, SVal { v, t })?;
                    lv
                }
            };
            if is_arg {
                self.args.push(lv);
            } else {
                self.locals.push(lv);
            }
        }
        Ok(())
    }
}

impl Exec {
    /// The continuation of `key` at loop head `head`, compiled on first use.
    fn continuation(&mut self, key: MethodKey, head: u32) -> Result<*const u8> {
        if let Some(&code) = self.jit.continuations.get(&(key, head)) {
            return Ok(code as *const u8);
        }
        let part = super::translate::Part::Continuation(head);
        let code = self.compile_part(key, part, super::code_map::FrameKind::Method(key))?;
        self.jit.continuations.insert((key, head), code as usize);
        Ok(code)
    }
}

/// The helper a patchpoint calls: the continuation's code, or 0 if it does not compile, in
/// which case the quick code goes on (and stops counting).
pub(crate) extern "C" fn vm_osr_code(ctx: *mut VmContext, key: i64, head: u32) -> *const u8 {
    // SAFETY: JIT code passes the live context of this VM thread.
    let exec = unsafe { &mut *super::exec(ctx) };
    let key = MethodKey::unpack(key);
    match exec.continuation(key, head) {
        Ok(code) => code,
        Err(_) => {
            // The optimised compile will report the error itself if the method is ever
            // compiled so; until then the quick code serves.
            if let Some(c) = exec.jit.tier_counters.get(&key) {
                c.back_edges.store(i32::MAX, std::sync::atomic::Ordering::Relaxed);
            }
            std::ptr::null()
        }
    }
}
