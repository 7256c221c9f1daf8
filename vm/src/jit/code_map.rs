//! Which method a machine-code address belongs to, and which IL instruction: the map a stack
//! walk needs to turn return addresses into frames (`eh/search.rs`).
//! Floor 4 (execution).
//!
//! The translator tags every IL instruction's IR with its offset (`set_srcloc`); Cranelift
//! keeps the tags through optimisation and reports, per function, the machine-code ranges each
//! tag covers. A return address lies just after its call instruction, so the byte before it
//! belongs to the call and carries the call's IL offset.

use crate::loader::MethodKey;
use std::collections::BTreeMap;

/// What kind of frame a function's activation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    /// A managed method, with its IL and exception clauses.
    Method(MethodKey),
    /// VM-made glue (an unboxing stub): no clauses of its own, its caller is the next frame.
    Stub,
}

struct CodeRange {
    end: usize,
    kind: FrameKind,
    /// (start, end, IL offset) of each tagged range, relative to the function, sorted.
    ranges: Box<[(u32, u32, u32)]>,
}

/// Every compiled function by its start address.
#[derive(Default)]
pub(crate) struct CodeMap {
    fns: BTreeMap<usize, CodeRange>,
}

impl CodeMap {
    /// Records a function of `len` bytes at `start`.
    pub fn insert(
        &mut self,
        start: usize,
        len: usize,
        kind: FrameKind,
        ranges: Vec<(u32, u32, u32)>,
    ) {
        let end = start + len;
        self.fns.insert(
            start,
            CodeRange {
                end,
                kind,
                ranges: ranges.into_boxed_slice(),
            },
        );
    }

    /// The frame a return address returns into and the IL offset of the call it returns from
    /// (None when that code carries no tag); None when the address is not JIT code.
    pub fn lookup_return(&self, ret: usize) -> Option<(FrameKind, Option<u32>)> {
        let pc = ret.checked_sub(1)?;
        let (&start, f) = self.fns.range(..=pc).next_back()?;
        if pc >= f.end {
            return None;
        }
        let off = (pc - start) as u32;
        let i = f.ranges.partition_point(|r| r.1 <= off);
        let il = f.ranges.get(i).filter(|r| r.0 <= off).map(|r| r.2);
        Some((f.kind, il))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_addresses_map_to_the_call_before_them() {
        let mut m = CodeMap::default();
        let key = MethodKey::new(1, 7);
        m.insert(
            0x1000,
            0x40,
            FrameKind::Method(key),
            vec![(0, 0x10, 0), (0x10, 0x20, 5), (0x28, 0x40, 9)],
        );
        m.insert(0x2000, 0x10, FrameKind::Stub, Vec::new());
        assert_eq!(
            m.lookup_return(0x1011),
            Some((FrameKind::Method(key), Some(5)))
        );
        assert_eq!(
            m.lookup_return(0x1020),
            Some((FrameKind::Method(key), Some(5)))
        );
        assert_eq!(
            m.lookup_return(0x1025),
            Some((FrameKind::Method(key), None))
        );
        assert_eq!(
            m.lookup_return(0x1040),
            Some((FrameKind::Method(key), Some(9)))
        );
        assert_eq!(m.lookup_return(0x1041), None);
        assert_eq!(m.lookup_return(0x2005), Some((FrameKind::Stub, None)));
        assert_eq!(m.lookup_return(0x500), None);
        assert_eq!(m.lookup_return(0), None);
    }
}
