//! The explicit runtime checks of JIT code: null references, array bounds, division, overflow.
//! Floor 4 (execution).
//!
//! Each failed check branches to a cold block shared by all checks of the same kind with the same
//! dispatch target in the method; that block calls the throw helper (`fault::vm_throw_fault`),
//! which makes the exception pending, and jumps to the dispatch block (`eh.rs`).

use super::translate::{Fx, LocalVar, SType, SVal, Storage, VarSrc};
use crate::error::Result;
use crate::fault::FaultKind;
use crate::object::{ARRAY_LENGTH_OFFSET, VmContext};
use rustc_hash::FxHashMap;
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    Block, BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef, types,
};

impl Fx<'_> {
    /// The shared block raising `kind` at the current offset: one per kind and dispatch target.
    fn throw_block(&mut self, kind: FaultKind) -> Block {
        let target = self.eh.target_at(self.offset);
        if let Some(&(_, _, b)) = self
            .throw_blocks
            .iter()
            .find(|(k, t, _)| *k == kind && *t == target)
        {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        self.throw_blocks.push((kind, target, b));
        b
    }

    /// Raises `kind` when `cond` is non-zero; translation continues on the success path.
    pub fn trap_if(&mut self, cond: Value, kind: FaultKind) {
        let tb = self.throw_block(kind);
        self.branch_to_raise(cond, true, tb);
    }

    /// Raises `kind` when `v` is zero.
    pub fn trap_if_zero(&mut self, v: Value, kind: FaultKind) {
        let tb = self.throw_block(kind);
        let site = self.branch_to_raise(v, false, tb);
        if kind == FaultKind::NullReference {
            self.null_sites.push(site);
        }
    }

    /// Branches to `target` (a throw or dispatch block) when `v` is non-zero (`when` true) or
    /// zero (`when` false), through a cold block of this site that records the current IL
    /// offset in `raise_off`; translation continues on the other path. Returns the site block.
    pub fn branch_to_raise(&mut self, v: Value, when: bool, target: Block) -> Block {
        let site = self.b.create_block();
        self.b.set_cold_block(site);
        let cont = self.b.create_block();
        if when {
            self.b.ins().brif(v, site, &[], cont, &[]);
        } else {
            self.b.ins().brif(v, cont, &[], site, &[]);
        }
        // Both blocks have their one predecessor: sealed now, a variable read in `cont` is
        // the value it had before the branch, not a parameter to resolve later.
        self.b.seal_block(site);
        self.b.seal_block(cont);
        let carry = self.known_lengths.block == self.b.current_block();
        self.b.switch_to_block(site);
        self.set_raise_offset();
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(cont);
        if carry {
            // `cont`'s only predecessor is the block the lengths were loaded in.
            self.known_lengths.block = Some(cont);
        }
        site
    }

    /// The length of array `arr` (not null): loaded once per straight run of blocks. A length
    /// never changes, but Cranelift cannot know that, and reloads it after every store to the
    /// array (`perm[i] = perm[k - i]; perm[k - i] = t` loaded it four times).
    pub fn array_length(&mut self, arr: Value) -> Value {
        let here = self.b.current_block();
        if self.known_lengths.block != here {
            self.known_lengths = KnownLengths { block: here, lengths: Vec::new() };
        }
        if let Some(&(_, len)) = self.known_lengths.lengths.iter().find(|&&(a, _)| a == arr) {
            return len;
        }
        let len = self.b.ins().load(types::I64, super::translate::mflags(), arr, ARRAY_LENGTH_OFFSET);
        self.known_lengths.lengths.push((arr, len));
        len
    }

    /// Records the current position as the raise point (before a jump to a dispatch block).
    pub fn set_raise_offset(&mut self) {
        let off = self.iconst(types::I32, self.position as i64);
        self.b.def_var(self.raise_off, off);
    }

    /// NullReferenceException when `obj` is null, unless the same value, or another load of the
    /// same variable with no store in between, was checked earlier in this IL basic block: that
    /// check dominates this one (the block is straight-line code, and a failed check leaves
    /// it), so the second could never fail. Typical cases: `this` before each field access,
    /// and a local used as the receiver of several calls.
    pub fn null_check(&mut self, obj: Value) {
        if self.known_nonnull(obj) {
            return;
        }
        let src = self.value_src.get(&obj).copied();
        self.trap_if_zero(obj, FaultKind::NullReference);
        self.nonnull_vals.push(obj);
        if let Some(s) = src {
            self.nonnull_vars.push(s);
        }
    }

    /// Whether `obj` cannot be null here: checked already on this straight path (the value or
    /// its variable), made by an allocation, or read from an argument that is never null in
    /// this body ([`Fx::nonnull_args`]).
    pub fn known_nonnull(&self, obj: Value) -> bool {
        let src = self.value_src.get(&obj).copied();
        self.nonnull_vals.contains(&obj)
            || src.is_some_and(|s| {
                self.nonnull_vars.contains(&s) || matches!(s, VarSrc::Arg(i) if self.nonnull_args.contains(&i))
            })
    }

    /// Records where an `ldarg`/`ldloc` value came from, for [`Fx::null_check`]. Only variables
    /// in Cranelift variables count: a stack-slot one may change through its address.
    pub fn note_src(&mut self, lv: LocalVar, v: SVal, src: VarSrc) {
        if v.t == SType::Obj && matches!(lv.st, Storage::Var(_)) {
            self.value_src.insert(v.v, src);
        }
    }

    /// A store to the variable: its next load is a new value, unchecked.
    pub fn forget_nonnull(&mut self, src: VarSrc) {
        self.nonnull_vars.retain(|&s| s != src);
    }

    /// The integer constant `v` is defined as, if any.
    fn const_of(&self, v: Value) -> Option<i64> {
        let ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else {
            return None;
        };
        let InstructionData::UnaryImm {
            opcode: Opcode::Iconst,
            imm,
        } = self.b.func.dfg.insts[inst]
        else {
            return None;
        };
        let bits = self.b.func.dfg.value_type(v).bits();
        let raw = imm.bits();
        // Narrow constants are stored zero-extended: sign-extend from the type's width.
        Some(if bits < 64 {
            (raw << (64 - bits)) >> (64 - bits)
        } else {
            raw
        })
    }

    /// DivideByZeroException for a zero divisor (div.un, rem.un).
    pub fn check_divisor(&mut self, y: Value) {
        if matches!(self.const_of(y), Some(c) if c != 0) {
            return;
        }
        self.trap_if_zero(y, FaultKind::DivideByZero);
    }

    /// div and rem: DivideByZeroException for 0, and OverflowException for MinValue / -1,
    /// which C# defines to throw for both `/` and `%` (Cranelift's srem would return 0).
    pub fn check_signed_division(&mut self, x: Value, y: Value) -> Result<()> {
        let c = self.const_of(y);
        if matches!(c, Some(c) if c != 0 && c != -1) {
            return Ok(());
        }
        self.check_divisor(y);
        let ty = self.b.func.dfg.value_type(y);
        let min = if ty == types::I32 {
            i32::MIN as i64
        } else {
            i64::MIN
        };
        let m1 = self.iconst(ty, -1);
        let mn = self.iconst(ty, min);
        let is_m1 = self.b.ins().icmp(IntCC::Equal, y, m1);
        let is_min = self.b.ins().icmp(IntCC::Equal, x, mn);
        let bad = self.b.ins().band(is_m1, is_min);
        self.trap_if(bad, FaultKind::Overflow);
        Ok(())
    }

    /// Null and bounds checks for an array access; returns the index as a 64-bit value.
    pub fn array_index(&mut self, arr: Value, idx: Value) -> Value {
        self.null_check(arr);
        let idx = if self.b.func.dfg.value_type(idx) == types::I32 {
            self.b.ins().sextend(types::I64, idx)
        } else {
            idx
        };
        let len = self.array_length(arr);
        // One unsigned compare also rejects negative indexes.
        let bad = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, idx, len);
        let tb = self.throw_block(FaultKind::IndexOutOfRange);
        let site = self.branch_to_raise(bad, true, tb);
        self.bounds_sites.push(site);
        idx
    }

    /// Fills the shared throw blocks: the helper makes the exception pending, then the block
    /// jumps to the dispatch block of its offset.
    pub fn finish_throw_blocks(&mut self) {
        let blocks = std::mem::take(&mut self.throw_blocks);
        for (kind, target, block) in blocks {
            self.b.switch_to_block(block);
            let k = self.iconst(types::I32, kind as i64);
            let ctx = self.ctx;
            let ctx = self.call_helper(
                vm_throw_fault_ctx as *const u8,
                &[types::I64, types::I32],
                &[types::I64],
                &[ctx, k],
            )[0];
            self.b.def_var(self.ctx_var, ctx);
            let d = self.target_dispatch(target);
            self.b.ins().jump(d, &[]);
        }
    }
}

/// `fault::vm_throw_fault` returning the context it was given, which the throw block's code
/// uses from then on (`Fx::ctx_var`).
extern "C" fn vm_throw_fault_ctx(ctx: *mut VmContext, kind: u32) -> *mut VmContext {
    crate::fault::vm_throw_fault(ctx, kind);
    ctx
}

/// Removes null checks that a dominating null check of the same value already decided: after
/// `brif v, ok, throw_null`, every block that `ok` dominates knows `v` is not null (`ok` is a
/// fresh block whose only predecessor is that branch, and SSA values never change). This
/// catches what the per-block tracking in [`Fx::null_check`] cannot: a loop body's check of
/// an array the loop condition already checked, `this` in a later block, a local reloaded after
/// a branch (Cranelift's SSA construction makes both loads one value). Runs on the finished
/// function; `null_blocks` are the NullReferenceException throw blocks.
pub(crate) fn remove_dominated_null_checks(func: &mut Function, null_blocks: &[Block]) {
    if null_blocks.is_empty() {
        return;
    }
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    // (branch, its block, the checked value, the success block)
    let mut checks: Vec<(Inst, Block, Value, Block)> = Vec::new();
    for block in func.layout.blocks() {
        let Some(inst) = func.layout.last_inst(block) else {
            continue;
        };
        let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] else {
            continue;
        };
        let pool = &func.dfg.value_lists;
        let (ok, fail) = (blocks[0].block(pool), blocks[1].block(pool));
        if null_blocks.contains(&fail) && blocks[0].len(pool) == 0 {
            checks.push((inst, block, func.dfg.resolve_aliases(arg), ok));
        }
    }
    let same = PhiClasses::of(func, &domtree);
    for &(inst, block, v, ok) in &checks {
        let decided = checks.iter().any(|&(other, _, w, other_ok)| {
            other != inst && same.find(w) == same.find(v) && domtree.block_dominates(other_ok, block)
        });
        if decided {
            func.replace(inst).jump(ok, &[]);
        }
    }
}

/// Array lengths loaded in `block`, or in blocks that dominate it with no merge in between
/// ([`Fx::array_length`]).
#[derive(Default)]
pub(crate) struct KnownLengths {
    block: Option<Block>,
    lengths: Vec<(Value, Value)>,
}

/// Block parameters that stand for one value: a variable a loop never assigns still enters
/// its head as a parameter while the unreachable part of a continuation (the method's start,
/// translated but never run) passes the head another value, and an array checked before the
/// loop then looks like a different value from the one checked inside it. A parameter whose
/// incoming values from reachable blocks are itself and one other value `v` (possibly through
/// other such parameters) is `v`. Cranelift removes these parameters too, but only after the
/// passes here have run.
pub(crate) struct PhiClasses {
    parent: FxHashMap<Value, Value>,
}

impl PhiClasses {
    pub(crate) fn of(func: &Function, domtree: &DominatorTree) -> Self {
        // Each parameter's incoming values, from the branches of reachable blocks.
        let mut incoming: FxHashMap<Value, Vec<Value>> = FxHashMap::default();
        let pool = &func.dfg.value_lists;
        for block in func.layout.blocks().filter(|&b| domtree.is_reachable(b)) {
            let Some(last) = func.layout.last_inst(block) else { continue };
            for call in func.dfg.insts[last].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
                let params = func.dfg.block_params(call.block(pool));
                for (&p, arg) in params.iter().zip(call.args(pool)) {
                    if let BlockArg::Value(v) = arg {
                        incoming.entry(p).or_default().push(func.dfg.resolve_aliases(v));
                    }
                }
            }
        }
        let mut classes = PhiClasses { parent: FxHashMap::default() };
        // Merging one parameter can make another trivial (a nest of loop heads): repeat
        // until nothing changes.
        loop {
            let mut changed = false;
            for (&p, values) in &incoming {
                let me = classes.find(p);
                let mut other = None;
                let trivial = values.iter().all(|&v| {
                    let v = classes.find(v);
                    v == me || *other.get_or_insert(v) == v
                });
                if let (true, Some(v)) = (trivial, other) {
                    classes.parent.insert(me, v);
                    changed = true;
                }
            }
            if !changed {
                return classes;
            }
        }
    }

    /// The value `v` stands for.
    pub(crate) fn find(&self, mut v: Value) -> Value {
        while let Some(&p) = self.parent.get(&v) {
            v = p;
        }
        v
    }
}
