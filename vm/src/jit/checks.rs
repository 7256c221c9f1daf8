//! The explicit runtime checks of JIT code: null references, array bounds, division, overflow.
//!
//! Each failed check branches to a cold block shared by all checks of the same kind with the same
//! dispatch target in the method; that block calls the throw helper (`fault::vm_throw_fault`),
//! which makes the exception pending, and jumps to the dispatch block (`eh.rs`).

use super::translate::Fx;
use crate::error::Result;
use crate::fault::FaultKind;
use crate::object::ARRAY_LENGTH_OFFSET;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    Block, InstBuilder, InstructionData, Opcode, Value, ValueDef, types,
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
        let cont = self.b.create_block();
        self.b.ins().brif(cond, tb, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Raises `kind` when `v` is zero.
    pub fn trap_if_zero(&mut self, v: Value, kind: FaultKind) {
        let tb = self.throw_block(kind);
        let cont = self.b.create_block();
        self.b.ins().brif(v, cont, &[], tb, &[]);
        self.b.switch_to_block(cont);
    }

    pub fn null_check(&mut self, obj: Value) {
        self.trap_if_zero(obj, FaultKind::NullReference);
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
        let len = self.b.ins().load(
            types::I64,
            super::translate::mflags(),
            arr,
            ARRAY_LENGTH_OFFSET,
        );
        // One unsigned compare also rejects negative indexes.
        let bad = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, idx, len);
        self.trap_if(bad, FaultKind::IndexOutOfRange);
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
            self.call_helper(
                crate::fault::vm_throw_fault as *const u8,
                &[types::I64, types::I32],
                &[],
                &[ctx, k],
            );
            let d = self.target_dispatch(target);
            self.b.ins().jump(d, &[]);
        }
    }
}
