//! Where the basic blocks of a CIL method start.
//! Floor 4 (execution).
//!
//! The evaluation stack becomes SSA values in one forward pass (ECMA-335 III.1.7.5 guarantees
//! that a single forward pass can infer the stack at every instruction): what is on the stack at
//! a block boundary travels as Cranelift block parameters. This module finds the boundaries:
//! offset 0, every branch or switch target, and every instruction after a branch, switch, `ret`
//! or `throw`.

use metadata::{Instr, Opcode, Operand};
use std::collections::BTreeSet;

/// IL offsets at which a basic block starts, in order.
pub(crate) fn block_starts(instrs: &[Instr]) -> BTreeSet<u32> {
    let mut starts = BTreeSet::new();
    starts.insert(0);
    for (i, ins) in instrs.iter().enumerate() {
        let ends_block = match &ins.operand {
            Operand::Branch(t) => {
                if let Ok(t) = u32::try_from(*t) {
                    starts.insert(t);
                }
                true
            }
            Operand::Switch(ts) => {
                for &t in ts {
                    if let Ok(t) = u32::try_from(t) {
                        starts.insert(t);
                    }
                }
                true
            }
            _ => !ins.opcode.falls_through() || ins.opcode == Opcode::Throw,
        };
        if let (true, Some(next)) = (ends_block, instrs.get(i + 1)) {
            starts.insert(next.offset);
        }
    }
    starts
}

/// Whether the IL can repeat: some branch or leave goes backwards (to its own offset or
/// before), the only way IL loops (III.1.7).
pub(crate) fn has_loop(instrs: &[Instr]) -> bool {
    instrs.iter().any(|ins| match &ins.operand {
        Operand::Branch(t) => i64::from(*t) <= i64::from(ins.offset),
        Operand::Switch(ts) => ts.iter().any(|&t| i64::from(t) <= i64::from(ins.offset)),
        _ => false,
    })
}

/// A head for each loop of the IL: a place every iteration passes, where quick code can
/// leave for optimised code (`osr.rs`). A loop is a branch or leave that goes backwards (to
/// its own offset or before). Compilers lay out `for` and `while` loops rotated, entered by
/// a forward branch to the condition at the bottom (`br COND; BODY: …; COND: …; brtrue
/// BODY`): their head is that condition, the loop's real header, which dominates the body
/// and guards it. Otherwise the head is the backward branch's target.
pub(crate) fn loop_heads(instrs: &[Instr]) -> BTreeSet<u32> {
    let targets = |ins: &Instr| -> Vec<u32> {
        match &ins.operand {
            Operand::Branch(t) => u32::try_from(*t).ok().into_iter().collect(),
            Operand::Switch(ts) => ts.iter().filter_map(|&t| u32::try_from(t).ok()).collect(),
            _ => Vec::new(),
        }
    };
    let mut heads = BTreeSet::new();
    for back in instrs {
        for top in targets(back).into_iter().filter(|&t| t <= back.offset) {
            let entry = instrs
                .iter()
                .take_while(|ins| ins.offset < top)
                .flat_map(targets)
                .filter(|&t| t > top && t <= back.offset)
                .min();
            heads.insert(entry.unwrap_or(top));
        }
    }
    heads
}

/// Is `offset` the start of an instruction (branch targets must be, III.1.7.4).
pub(crate) fn is_instruction_boundary(instrs: &[Instr], offset: u32) -> bool {
    instrs.binary_search_by_key(&offset, |i| i.offset).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn il(bytes: &[u8]) -> Vec<Instr> {
        metadata::decode_il(bytes).unwrap()
    }

    #[test]
    fn straight_line_code_is_one_block() {
        // ldarg.0; ldarg.1; add; ret
        let starts = block_starts(&il(&[0x02, 0x03, 0x58, 0x2A]));
        assert_eq!(starts.into_iter().collect::<Vec<_>>(), vec![0]);
    }

    #[test]
    fn branches_split_at_target_and_after() {
        // 0: ldarg.0; 1: brfalse.s +3 (-> 6); 3: ldc.i4.1; 4: br.s +1 (-> 7)... use real layout:
        // 0 ldarg.0 | 1 brfalse.s 5 | 3 ldc.i4.1 | 4 ret | 5 ldc.i4.0 | 6 ret
        let code = [0x02, 0x2C, 0x02, 0x17, 0x2A, 0x16, 0x2A];
        let starts = block_starts(&il(&code));
        assert_eq!(starts.into_iter().collect::<Vec<_>>(), vec![0, 3, 5]);
    }

    #[test]
    fn switch_targets_are_blocks() {
        // 0 ldarg.0 | 1 switch (2 targets) -> 14, 15 | 14 ret | 15 ret ... targets relative to 14
        let mut code = vec![0x02, 0x45, 2, 0, 0, 0];
        code.extend_from_slice(&0i32.to_le_bytes());
        code.extend_from_slice(&1i32.to_le_bytes());
        code.extend_from_slice(&[0x2A, 0x2A]);
        let starts = block_starts(&il(&code));
        assert_eq!(starts.into_iter().collect::<Vec<_>>(), vec![0, 14, 15]);
    }

    #[test]
    fn loop_head_is_a_block() {
        // 0 br.s -> 3 | 2 nop | 3 ldarg.0 | 4 brtrue.s -> 2 | 6 ret
        let code = [0x2B, 0x01, 0x00, 0x02, 0x2D, 0xFC, 0x2A];
        let starts = block_starts(&il(&code));
        assert_eq!(starts.into_iter().collect::<Vec<_>>(), vec![0, 2, 3, 6]);
        assert!(is_instruction_boundary(&il(&code), 3));
        assert!(!is_instruction_boundary(&il(&code), 1));
        // Entered by the forward branch to its condition at 3: that is the head.
        assert_eq!(loop_heads(&il(&code)).into_iter().collect::<Vec<_>>(), vec![3]);
        // 0 nop | 1 ldarg.0 | 2 brtrue.s -> 0 | 4 ret: entered at the top.
        assert_eq!(loop_heads(&il(&[0x00, 0x02, 0x2D, 0xFC, 0x2A])).into_iter().collect::<Vec<_>>(), vec![0]);
        assert!(loop_heads(&il(&[0x02, 0x2C, 0x02, 0x17, 0x2A, 0x16, 0x2A])).is_empty());
    }
}
