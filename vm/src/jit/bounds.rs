//! Bounds checks that a loop's own condition already decided, removed from the finished
//! function: in `for (int i = 0; i < a.Length; i++) … a[i] …`, the check of `a[i]` cannot
//! fail. Floor 4 (execution).
//!
//! A check `idx >=u a.length → IndexOutOfRangeException` (`Fx::array_index`, with `idx` the
//! sign-extended `i`) goes when both halves of `0 <= i < a.length` are known where it stands:
//!
//! - a *guard* `brif (i <s ireduce(load a.length)), T, _` whose successor `T` has no other
//!   predecessor and dominates the check (any load of the same array's length will do: a
//!   length never changes), so `i < a.length` holds;
//! - `i` is non-negative: a constant, or a block parameter (the loop's induction variable)
//!   each of whose incoming values is a non-negative constant or `i + 1` passed from a block
//!   `T` dominates. There `i < a.length <= int.MaxValue`, so `i + 1` cannot wrap negative.
//!
//! That is the shape csc and mcs give every `for` loop over an array's indexes; anything else
//! keeps its check, unless a check of the same index of the same array passed on every way
//! to it (`t = a[i]; a[i] = a[j]; a[j] = t` checks `i` and `j` once each).
//!
//! A continuation (`osr.rs`) enters a loop mid-way, with `i` loaded from the quick frame: an
//! incoming value the proof cannot know. There the pass *assumes* it, and makes the entry
//! test each assumed value before jumping to the loop: a negative one declines the call,
//! which goes on in quick code, so the optimised loop only ever runs with what it assumed.
//! A continuation also assumes, for a loop `for (i = 0; i < n; i++) … a[i] …` in which
//! neither `n` nor `a` changes (both what the entry loaded), that `a` is not null and
//! `n <= a.Length`: the entry tests that once, as RyuJIT's loop cloning tests it in front of
//! a copy of the loop, and the loop's null and bounds checks of `a[i]` go.

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef};

use super::checks::PhiClasses;

use crate::object::ARRAY_LENGTH_OFFSET;

/// How a continuation (`osr.rs`) enters its loop: where its entry block declines the call,
/// and the block that enters the loop once the entry has let the call in.
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    pub decline: Block,
    pub into_loop: Block,
}

/// What a guard proves: in blocks `then` dominates, `index < length of array`.
struct Guard {
    then: Block,
    index: Value,
    array: Value,
}

/// In a continuation, a loop guard against a bound the loop never changes: in blocks `then`
/// dominates, `index < bound`, with `bound` a value the entry block loaded.
struct BoundGuard {
    then: Block,
    index: Value,
    bound: Value,
}

/// Removes the bounds checks whose failing branch goes to one of `sites` (their cold blocks)
/// and that a guard decides (see the module comment), and in a continuation the null checks
/// (failing to `null_sites`) of the arrays whose length the entry tests. `continuation`: in
/// a continuation, the block that enters the loop with the values the entry block loaded,
/// and where the entry sends a call whose values break an assumption.
pub(crate) fn remove_decided_bounds_checks(func: &mut Function, sites: &[Block], null_sites: &[Block], continuation: Option<Entry>) {
    if sites.is_empty() {
        return;
    }
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let guards = find_guards(func, &cfg);
    let same = PhiClasses::of(func, &domtree);
    let bound_guards = match continuation {
        Some(_) => find_bound_guards(func, &cfg, &same),
        None => Vec::new(),
    };
    // (branch, its block, index, array, the success block)
    let mut checks: Vec<(Inst, Block, Value, Value, Block)> = Vec::new();
    for block in func.layout.blocks() {
        let Some(inst) = func.layout.last_inst(block) else { continue };
        let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] else { continue };
        let pool = &func.dfg.value_lists;
        let (fail, ok) = (blocks[0].block(pool), blocks[1].block(pool));
        if !sites.contains(&fail) || blocks[1].len(pool) != 0 {
            continue;
        }
        if let Some((index, array)) = bounds_check(func, arg) {
            checks.push((inst, block, index, array, ok));
        }
    }
    let mut decided = Vec::new();
    let mut assumed: Vec<Value> = Vec::new();
    // (bound, array): the continuation runs only when `bound <= array.Length`.
    let mut assumed_bounds: Vec<(Value, Value)> = Vec::new();
    let into_loop = continuation.map(|c| c.into_loop);
    for &(inst, block, index, array, ok) in &checks {
        let proven = guards.iter().any(|g| {
            let mut assumes = Vec::new();
            let proven = g.index == index
                && g.array == array
                && domtree.block_dominates(g.then, block)
                && non_negative(func, &cfg, &domtree, index, g.then, into_loop, &mut assumes);
            if proven {
                assumed.extend(assumes);
            }
            proven
        });
        // The same index of the same array, checked on every way here already (`t = a[i];
        // a[i] = a[j]`): the success block of a check has that check as its only
        // predecessor. A chain of such checks ends at one that stays.
        let repeated = || {
            checks.iter().any(|&(other, _, i, a, other_ok)| {
                other != inst
                    && same_value(func, &same, i, index, 2)
                    && same.find(a) == same.find(array)
                    && domtree.block_dominates(other_ok, block)
            })
        };
        // In a continuation, `i < n` with `n` and the array both what the entry loaded (no
        // assignment in the loop): the entry can test `n <= a.Length` once, as RyuJIT's
        // loop cloning does, and decline the call when it fails.
        let entry_bound = || {
            let array = entry_value(func, &same, array)?;
            bound_guards.iter().find_map(|g| {
                let mut assumes = Vec::new();
                let holds = g.index == index
                    && domtree.block_dominates(g.then, block)
                    && non_negative(func, &cfg, &domtree, index, g.then, into_loop, &mut assumes);
                holds.then(|| (g.bound, array, assumes))
            })
        };
        if proven || repeated() {
            decided.push((inst, ok));
        } else if let Some((bound, array, assumes)) = entry_bound() {
            assumed.extend(assumes);
            if !assumed_bounds.contains(&(bound, array)) {
                assumed_bounds.push((bound, array));
            }
            decided.push((inst, ok));
        }
    }
    // The entry declines a call where an assumed array is null: its null checks go too.
    if !assumed_bounds.is_empty() {
        for block in func.layout.blocks() {
            let Some(inst) = func.layout.last_inst(block) else { continue };
            let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] else { continue };
            let pool = &func.dfg.value_lists;
            let (ok, fail) = (blocks[0].block(pool), blocks[1].block(pool));
            let checked = same.find(func.dfg.resolve_aliases(arg));
            if null_sites.contains(&fail) && blocks[0].len(pool) == 0 && assumed_bounds.iter().any(|&(_, a)| a == checked) {
                decided.push((inst, ok));
            }
        }
    }
    for (inst, ok) in decided {
        func.replace(inst).jump(ok, &[]);
    }
    if let Some(c) = continuation
        && (!assumed.is_empty() || !assumed_bounds.is_empty())
    {
        test_assumptions(func, c.decline, &assumed, &assumed_bounds);
    }
}

/// What `v` stands for when that is a value the entry block computes (a continuation's
/// entry loads the arguments and locals from the area there).
fn entry_value(func: &Function, same: &PhiClasses, v: Value) -> Option<Value> {
    let v = same.find(func.dfg.resolve_aliases(v));
    match func.dfg.value_def(v) {
        ValueDef::Result(def, _) if func.layout.inst_block(def) == func.layout.entry_block() => Some(v),
        _ => None,
    }
}

/// Every `brif (i <s n), T, _` whose `T` has that branch as its only predecessor and whose
/// `n` is an `i32` the entry block loaded.
fn find_bound_guards(func: &Function, cfg: &ControlFlowGraph, same: &PhiClasses) -> Vec<BoundGuard> {
    less_than_branches(func, cfg)
        .filter_map(|(then, index, n)| {
            let bound = entry_value(func, same, n)?;
            (func.dfg.value_type(bound) == cranelift_codegen::ir::types::I32).then_some(BoundGuard { then, index, bound })
        })
        .collect()
}

/// Whether `a` and `b` are the same value: one value, or the same arithmetic of the same
/// values (`k - i` computed twice), looking `depth` operations deep.
fn same_value(func: &Function, same: &PhiClasses, a: Value, b: Value, depth: u32) -> bool {
    let (a, b) = (same.find(func.dfg.resolve_aliases(a)), same.find(func.dfg.resolve_aliases(b)));
    if a == b {
        return true;
    }
    if depth == 0 {
        return false;
    }
    match (def_of(func, a), def_of(func, b)) {
        (Some(&InstructionData::Binary { opcode: oa, args: [a0, a1] }), Some(&InstructionData::Binary { opcode: ob, args: [b0, b1] })) => {
            oa == ob
                && matches!(oa, Opcode::Iadd | Opcode::Isub | Opcode::Imul | Opcode::Band | Opcode::Bor | Opcode::Bxor)
                && same_value(func, same, a0, b0, depth - 1)
                && same_value(func, same, a1, b1, depth - 1)
        }
        (Some(&InstructionData::UnaryImm { opcode: Opcode::Iconst, imm: ia }), Some(&InstructionData::UnaryImm { opcode: Opcode::Iconst, imm: ib })) => {
            ia == ib && func.dfg.value_type(a) == func.dfg.value_type(b)
        }
        _ => false,
    }
}

/// Ends the entry block with a test of every assumption: an assumed index that is negative,
/// or an assumed bound above its array's length (or a null array), branches to `decline`;
/// else the entry's own jump follows, moved to a block of its own.
fn test_assumptions(func: &mut Function, decline: Block, assumed: &[Value], bounds: &[(Value, Value)]) {
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::ir::types;
    let Some(entry) = func.layout.entry_block() else { return };
    let Some(jump) = func.layout.last_inst(entry) else { return };
    let rest = func.dfg.make_block();
    func.layout.insert_block_after(rest, entry);
    func.layout.remove_inst(jump);
    func.layout.append_inst(jump, rest);
    // The lengths are read only once every array is known not to be null.
    let lengths = func.dfg.make_block();
    func.layout.insert_block_after(lengths, entry);
    let mut pos = FuncCursor::new(func).at_bottom(entry);
    let mut any_bad = None;
    let or = |pos: &mut FuncCursor, bad: Value, any: &mut Option<Value>| {
        *any = Some(match *any {
            None => bad,
            Some(n) => pos.ins().bor(n, bad),
        });
    };
    for &v in assumed {
        let negative = pos.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
        or(&mut pos, negative, &mut any_bad);
    }
    for &(_, array) in bounds {
        let null = pos.ins().icmp_imm_s(IntCC::Equal, array, 0);
        or(&mut pos, null, &mut any_bad);
    }
    match any_bad {
        Some(n) => pos.ins().brif(n, decline, &[], lengths, &[]),
        None => pos.ins().jump(lengths, &[]),
    };
    let mut pos = pos.at_bottom(lengths);
    let mut too_long = None;
    for &(bound, array) in bounds {
        let len = pos.ins().load(types::I64, crate::jit::translate::mflags(), array, ARRAY_LENGTH_OFFSET);
        let bound = pos.ins().sextend(types::I64, bound);
        let over = pos.ins().icmp(IntCC::SignedGreaterThan, bound, len);
        or(&mut pos, over, &mut too_long);
    }
    match too_long {
        Some(n) => pos.ins().brif(n, decline, &[], rest, &[]),
        None => pos.ins().jump(rest, &[]),
    };
}

/// The value an instruction result is, through aliases.
fn def_of(func: &Function, v: Value) -> Option<&InstructionData> {
    match func.dfg.value_def(func.dfg.resolve_aliases(v)) {
        ValueDef::Result(inst, _) => Some(&func.dfg.insts[inst]),
        _ => None,
    }
}

/// `load.i64 array+ARRAY_LENGTH_OFFSET`: the array.
fn array_length_of(func: &Function, v: Value) -> Option<Value> {
    match def_of(func, v)? {
        &InstructionData::Load { opcode: Opcode::Load, arg, offset, .. } if i32::from(offset) == ARRAY_LENGTH_OFFSET => Some(func.dfg.resolve_aliases(arg)),
        _ => None,
    }
}

/// `icmp uge (sextend i), (load array.length)`: (i, array).
fn bounds_check(func: &Function, cond: Value) -> Option<(Value, Value)> {
    let &InstructionData::IntCompare { cond: IntCC::UnsignedGreaterThanOrEqual, args: [idx, len], .. } = def_of(func, cond)? else {
        return None;
    };
    let index = match def_of(func, idx) {
        Some(&InstructionData::Unary { opcode: Opcode::Sextend, arg }) => func.dfg.resolve_aliases(arg),
        _ => return None,
    };
    Some((index, array_length_of(func, len)?))
}

/// Every `brif (i <s ireduce(a.length)), T, _` whose `T` has that branch as its only
/// predecessor.
fn find_guards(func: &Function, cfg: &ControlFlowGraph) -> Vec<Guard> {
    less_than_branches(func, cfg)
        .filter_map(|(then, index, len32)| {
            let &InstructionData::Unary { opcode: Opcode::Ireduce, arg: len } = def_of(func, len32)? else { return None };
            Some(Guard { then, index, array: array_length_of(func, len)? })
        })
        .collect()
}

/// Every `brif (i <s n), T, _` whose `T` has that branch as its only predecessor (and is not
/// also its other target): `(T, i, n)`, where `i < n` holds in the blocks `T` dominates.
fn less_than_branches<'f>(func: &'f Function, cfg: &'f ControlFlowGraph) -> impl Iterator<Item = (Block, Value, Value)> + 'f {
    func.layout.blocks().filter_map(move |block| {
        let inst = func.layout.last_inst(block)?;
        let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[inst] else { return None };
        let (then, other) = (blocks[0].block(&func.dfg.value_lists), blocks[1].block(&func.dfg.value_lists));
        let &InstructionData::IntCompare { cond: IntCC::SignedLessThan, args: [i, n], .. } = def_of(func, arg)? else { return None };
        (cfg.pred_iter(then).count() == 1 && then != other).then(|| (then, func.dfg.resolve_aliases(i), n))
    })
}

/// A non-negative integer constant.
fn non_negative_constant(func: &Function, v: Value) -> bool {
    match def_of(func, v) {
        Some(&InstructionData::UnaryImm { opcode: Opcode::Iconst, imm }) => {
            // An i32 constant keeps its bits in the immediate's low half.
            let bits = imm.bits();
            match func.dfg.value_type(v).bits() {
                32 => bits as i32 >= 0,
                _ => bits >= 0,
            }
        }
        _ => false,
    }
}

/// `x + 1` with `x` being `of`.
fn is_increment_of(func: &Function, v: Value, of: Value) -> bool {
    match def_of(func, v) {
        Some(&InstructionData::Binary { opcode: Opcode::Iadd, args: [a, b] }) => {
            let one = |x: Value| matches!(def_of(func, x), Some(&InstructionData::UnaryImm { opcode: Opcode::Iconst, imm }) if imm.bits() == 1);
            (func.dfg.resolve_aliases(a) == of && one(b)) || (func.dfg.resolve_aliases(b) == of && one(a))
        }
        _ => false,
    }
}

/// Whether `i` is never negative where `guarded` (a guard's successor, where `i < length`)
/// dominates: a non-negative constant, or a block parameter fed only non-negative constants
/// and its own increment from blocks `guarded` dominates. With `into_loop`, an `i32` the
/// entry block computes and that block passes on is assumed, and added to `assumes`.
fn non_negative(
    func: &Function,
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
    i: Value,
    guarded: Block,
    into_loop: Option<Block>,
    assumes: &mut Vec<Value>,
) -> bool {
    if non_negative_constant(func, i) {
        return true;
    }
    let ValueDef::Param(header, n) = func.dfg.value_def(i) else { return false };
    // A parameter of the function itself may be anything its caller passes.
    if func.layout.entry_block() == Some(header) || cfg.pred_iter(header).next().is_none() {
        return false;
    }
    let pool = &func.dfg.value_lists;
    cfg.pred_iter(header).all(|pred| {
        let dests = func.dfg.insts[pred.inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables);
        dests.iter().filter(|call| call.block(pool) == header).all(|call| match call.args(pool).nth(n) {
            Some(BlockArg::Value(v)) => {
                let from_entry = Some(pred.block) == into_loop
                    && func.dfg.value_type(v) == cranelift_codegen::ir::types::I32
                    && matches!(func.dfg.value_def(v), ValueDef::Result(def, _) if func.layout.inst_block(def) == func.layout.entry_block());
                if from_entry {
                    assumes.push(v);
                }
                from_entry || non_negative_constant(func, v) || (is_increment_of(func, v, i) && domtree.block_dominates(guarded, pred.block))
            }
            _ => false,
        })
    })
}
