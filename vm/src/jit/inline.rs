//! Inlining: a call of a small method becomes the method's own code, translated in place.
//! Floor 4 (execution).
//!
//! A call costs more than its instruction: the code slot is loaded and tested, arguments move
//! into the ABI's registers, the callee sets up a frame, and after the return the caller tests
//! the pending-exception word. For a property getter or a `CompareTo` on `int` that is most of
//! the work, and a call also hides the callee's code from Cranelift's optimiser (constants,
//! null checks, loop-invariant loads). RyuJIT and Mono both inline such methods; so does Sharp.
//!
//! **What is inlined.** A method whose IL is at most [`IL_LIMIT`] bytes ([`AGGRESSIVE_IL_LIMIT`]
//! with `MethodImplOptions.AggressiveInlining`) and has no exception clauses. Its calls are
//! translated as any call: inlined in turn where they qualify (to [`DEPTH_LIMIT`] levels),
//! direct where the target is known (`constrained.` on a value type, a receiver of a sealed
//! class), dispatched otherwise. `NoInlining` and `Synchronized` methods are never inlined.
//! The *verdict* is decided once per method instantiation, by scanning its IL and resolving
//! its calls; anything that fails to resolve makes the verdict "no", so a missing method is
//! still reported when the call runs, not when its caller compiles. A method is never inlined
//! into itself, directly or through the methods inlined on the way: a recursive call stays
//! a call.
//!
//! **How.** The translator's per-method state (method, arguments, locals, evaluation stack,
//! blocks by IL offset) is set aside and replaced by the callee's: its arguments become
//! fresh variables holding the call's argument values (a struct argument is already a private
//! copy and is used in place), its locals fresh zeroed variables, its blocks new Cranelift
//! blocks, and every `ret` a jump to a continuation block whose parameter is the result.
//! The body reads its tokens in its own assembly and generic context. Its code keeps the
//! call site's IL offset for the choice of exception clauses, so an exception raised inside
//! it is dispatched by the caller's clauses, as if the call had raised it; and it is tagged
//! with inline sites (`code_map.rs`), so a stack trace still shows the inlined frames, each at
//! its own line, as a debug build on .NET does.
//!
//! [`BUDGET`] bounds the IL inlined into one method, so a large method with many calls (a
//! script's top level) does not grow without limit.

use super::MethodInfo;
use super::analysis;
use super::translate::{Fx, LocalVar, SType, SVal};
use crate::error::Result;
use crate::loader::{MethodKey, RType};
use crate::types::ValKind;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder};
use metadata::{Instr, MethodBody, Opcode as Op, Operand};
use std::rc::Rc;

/// The largest IL body (bytes) inlined: room for a getter, a comparison, a small accessor
/// with a check (Mono's default limit is 20, RyuJIT's always-inline size 16 and its usual
/// ceiling about 100 with heuristics).
const IL_LIMIT: usize = 32;
/// The limit for methods marked `MethodImplOptions.AggressiveInlining`.
const AGGRESSIVE_IL_LIMIT: usize = 512;
/// The deepest chain of inlined calls at one site.
const DEPTH_LIMIT: usize = 4;
/// The IL bytes inlined into one compiled method, at most.
const BUDGET: usize = 2048;

/// MethodImplAttributes (II.23.1.11).
const IMPL_NO_INLINING: u16 = 0x0008;
const IMPL_SYNCHRONIZED: u16 = 0x0020;
const IMPL_AGGRESSIVE_INLINING: u16 = 0x0100;

/// Where the `ret` of an inlined body goes.
#[derive(Clone, Copy)]
pub(crate) struct InlineExit {
    /// The continuation after the call: its one parameter, if any, is the result.
    pub cont: Block,
}

/// The state of the method being translated that an inlined body set aside.
struct Outer {
    info: Rc<MethodInfo>,
    asm: u32,
    args: Vec<LocalVar>,
    locals: Vec<LocalVar>,
    stack: Vec<SVal>,
    blocks: rustc_hash::FxHashMap<u32, super::translate::BlockState>,
    retbuf: Option<cranelift_codegen::ir::Value>,
    local_types: Vec<RType>,
    exit: Option<InlineExit>,
}

impl Fx<'_> {
    /// Translates a call of `info` with `args` (`this` first) as the callee's body when it
    /// may be inlined. Returns None when it may not (the caller emits a call), else the result.
    /// Invalid IL that the verdict's scan cannot foresee (a stack imbalance, say) fails the
    /// caller's compilation rather than the call: Cranelift cannot take back what the inlined
    /// body emitted so far. Either way the program gets InvalidProgramException.
    pub(crate) fn try_inline(&mut self, info: &MethodInfo, args: &[SVal]) -> Result<Option<Option<SVal>>> {
        if !self.exec.jit.inlining || self.quick || self.inline_chain.len() >= DEPTH_LIMIT || info.native || info.is_abstract {
            return Ok(None);
        }
        if info.key == self.root_key || self.inline_chain.contains(&info.key) {
            return Ok(None);
        }
        if !self.inlinable(info.key) {
            return Ok(None);
        }
        let key = info.key;
        let Ok(Some(body)) = self.exec.image(key.asm).method_body(key.row) else {
            return Ok(None);
        };
        if self.inlined_bytes + body.code.len() > BUDGET {
            return Ok(None);
        }
        self.inlined_bytes += body.code.len();
        let info = self.exec.method_info(key).map_err(|e| self.ctx_err(e))?;
        let ctx = self.exec.key_ctx(key);
        let outer_ctx = self.exec.swap_ctx(ctx);
        let r = self.inline_body(&info, &body, args);
        self.exec.swap_ctx(outer_ctx);
        r.map(Some)
    }

    /// Translates `body` of `info` in place, in the callee's generic context.
    fn inline_body(&mut self, info: &Rc<MethodInfo>, body: &MethodBody, args: &[SVal]) -> Result<Option<SVal>> {
        let instrs = metadata::decode_il(&body.code)?;
        let (local_kinds, local_types) = super::translate::local_kinds(self.exec, info.key.asm, body)?;
        let n_args = info.params.len() + info.has_this as usize;
        let (addr_args, addr_locals) =
            super::translate::address_taken(&instrs, n_args, local_kinds.len(), false);
        let cont = self.b.create_block();
        match info.ret {
            Some(ValKind::Struct(_)) => {
                self.b.append_block_param(cont, cranelift_codegen::ir::types::I64);
            }
            Some(k) => {
                self.b.append_block_param(cont, SType::of_kind(k).clif());
            }
            None => {}
        }
        let outer = Outer {
            info: std::mem::replace(&mut self.info, info.clone()),
            asm: std::mem::replace(&mut self.asm, info.key.asm),
            args: std::mem::take(&mut self.args),
            locals: std::mem::take(&mut self.locals),
            stack: std::mem::take(&mut self.stack),
            blocks: std::mem::take(&mut self.blocks),
            retbuf: self.retbuf.take(),
            local_types: std::mem::replace(&mut self.local_types, local_types),
            exit: self.inline_exit.replace(InlineExit { cont }),
        };
        // What was null-checked refers to the caller's variables; what the caller knew of its
        // arguments' values holds for the body's arguments that keep them.
        let known: Vec<u32> = (0..args.len() as u32)
            .filter(|&i| {
                let a = args[i as usize];
                a.t == SType::Obj && self.known_nonnull(a.v) && super::translate::never_stored(&instrs, &addr_args, i)
            })
            .collect();
        self.nonnull_vars.clear();
        self.nonnull_vals.clear();
        let nonnull_args = std::mem::replace(&mut self.nonnull_args, known);
        // Which variable a value was read from names the body's own arguments and locals:
        // the caller's entries would be read as the body's, and the body's as the caller's.
        let value_src = std::mem::take(&mut self.value_src);
        self.inline_chain.push(info.key);
        let call = self.position;
        let outer_caller = std::mem::replace(&mut self.inline_caller, call);
        let r = self.inline_steps(info, &instrs, args, &addr_args, &addr_locals, &local_kinds);
        self.inline_caller = outer_caller;
        self.position = call;
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(call));
        self.inline_chain.pop();
        self.info = outer.info;
        self.asm = outer.asm;
        self.args = outer.args;
        self.locals = outer.locals;
        self.stack = outer.stack;
        self.blocks = outer.blocks;
        self.retbuf = outer.retbuf;
        self.local_types = outer.local_types;
        self.inline_exit = outer.exit;
        self.nonnull_args = nonnull_args;
        self.value_src = value_src;
        r?;
        // Translation goes on after the call, where every `ret` of the body arrived.
        self.b.switch_to_block(cont);
        self.terminated = false;
        self.nonnull_vars.clear();
        self.nonnull_vals.clear();
        let Some(k) = info.ret else { return Ok(None) };
        let v = self.b.block_params(cont)[0];
        let t = match k {
            ValKind::Struct(s) => SType::Struct(s),
            _ => SType::of_kind(k),
        };
        self.note_ref(v, &info.ret_type);
        Ok(Some(SVal { v, t }))
    }

    /// The inlined body proper: arguments, locals, the class-init check a call would make, the
    /// blocks and the instructions.
    fn inline_steps(
        &mut self,
        info: &MethodInfo,
        instrs: &[Instr],
        args: &[SVal],
        addr_args: &[bool],
        addr_locals: &[bool],
        local_kinds: &[ValKind],
    ) -> Result<()> {
        let kinds = info.has_this.then_some(info.this_kind).into_iter().chain(info.params.iter().copied());
        for (i, (k, a)) in kinds.zip(args).enumerate() {
            let lv = match (k, a.t) {
                // A struct on the stack is a private copy: the body may own it.
                (ValKind::Struct(_), SType::Struct(_)) => LocalVar {
                    st: super::translate::Storage::Ptr(a.v),
                    kind: k,
                },
                (ValKind::Struct(_), _) => return Err(self.invalid("a non-struct argument for a struct parameter")),
                _ => {
                    let lv = self.new_storage(k, addr_args.get(i).copied().unwrap_or(false), false)?;
                    self.store_local(lv, *a)?;
                    lv
                }
            };
            self.args.push(lv);
        }
        for (i, &k) in local_kinds.iter().enumerate() {
            let lv = self.new_storage(k, addr_locals.get(i).copied().unwrap_or(false), true)?;
            self.locals.push(lv);
        }
        self.prologue_class_init()?;
        let starts = analysis::block_starts(instrs);
        if starts.iter().any(|&s| !analysis::is_instruction_boundary(instrs, s)) {
            return Err(self.invalid("a branch into the middle of an instruction"));
        }
        self.create_blocks(starts);
        self.branch_to(0)?;
        self.translate_instrs(instrs, false)
    }

    /// `ret` in an inlined body: the result, as a call would return it, goes to the
    /// continuation.
    pub(crate) fn inline_ret(&mut self, exit: InlineExit) -> Result<()> {
        let arg = match self.info.ret {
            None => None,
            // A struct on the stack is a private copy: the caller may own it.
            Some(ValKind::Struct(_)) => Some(self.pop()?.v),
            Some(k) => {
                let v = self.pop()?;
                let declared = self.info.ret_type.clone();
                self.check_ref(&v, &declared)?;
                let abi = self.abi_value(v, k)?;
                Some(self.widen_abi(abi, k).v)
            }
        };
        let args: Vec<BlockArg> = arg.into_iter().map(BlockArg::Value).collect();
        self.b.ins().jump(exit.cont, &args);
        self.terminated = true;
        Ok(())
    }

    /// May calls of `key` be inlined? Decided once; a failure to decide is a "no".
    fn inlinable(&mut self, key: MethodKey) -> bool {
        if let Some(&v) = self.exec.jit.inline_verdicts.get(&key) {
            return v;
        }
        // "No" while deciding, in case resolving a call comes back to this method.
        self.exec.jit.inline_verdicts.insert(key, false);
        let ctx = self.exec.key_ctx(key);
        let outer_ctx = self.exec.swap_ctx(ctx);
        let outer_asm = std::mem::replace(&mut self.asm, key.asm);
        let v = self.decide(key).unwrap_or(false);
        self.asm = outer_asm;
        self.exec.swap_ctx(outer_ctx);
        self.exec.jit.inline_verdicts.insert(key, v);
        v
    }

    /// The verdict for `key`, with its assembly and generic context current.
    fn decide(&mut self, key: MethodKey) -> Result<bool> {
        let info = self.exec.method_info(key)?;
        if info.native || info.is_abstract {
            return Ok(false);
        }
        let img = self.exec.image(key.asm);
        let Some(md) = img.tables.method_def.get((key.row as usize).wrapping_sub(1)) else {
            return Ok(false);
        };
        let impl_flags = md.impl_flags;
        if impl_flags & (IMPL_NO_INLINING | IMPL_SYNCHRONIZED) != 0 {
            return Ok(false);
        }
        let limit = if impl_flags & IMPL_AGGRESSIVE_INLINING != 0 { AGGRESSIVE_IL_LIMIT } else { IL_LIMIT };
        let Some(body) = img.method_body(key.row)? else { return Ok(false) };
        if body.code.len() > limit || !body.eh_clauses.is_empty() {
            return Ok(false);
        }
        let instrs = metadata::decode_il(&body.code)?;
        let mut constrained = None;
        for ins in &instrs {
            let prefix = constrained.take();
            match ins.opcode {
                // Exception regions, code addresses, and frames of their own.
                Op::Rethrow
                | Op::Leave
                | Op::LeaveS
                | Op::Endfinally
                | Op::Endfilter
                | Op::Localloc
                | Op::Ldftn
                | Op::Ldvirtftn
                | Op::Calli
                | Op::Jmp
                | Op::Tail
                | Op::Arglist => return Ok(false),
                Op::Constrained => {
                    let Operand::Token(t) = ins.operand else { return Ok(false) };
                    constrained = Some(t);
                }
                Op::Call | Op::Callvirt | Op::Newobj => self.resolve_call(ins, prefix)?,
                _ => {}
            }
        }
        Ok(true)
    }

    /// Resolves the method the call `ins` names (and, after `constrained.` on a value type, the
    /// method it reaches): a call that cannot be resolved must fail when it runs, in its own
    /// right, so its caller is not inlined.
    fn resolve_call(&mut self, ins: &Instr, constrained: Option<metadata::Token>) -> Result<()> {
        let Operand::Token(tok) = ins.operand else {
            return Err(self.invalid("a call without a method token"));
        };
        let key = self.exec.resolve_method_token(self.asm, tok)?;
        let info = self.exec.method_info(key)?;
        if let Some(ctok) = constrained {
            let r = self.token_rtype(ctok)?;
            if !super::objects::is_ref_type(&r, self.exec) {
                self.constrained_value_target(&r, &info)?;
            }
        }
        Ok(())
    }
}
