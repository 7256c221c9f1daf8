//! Which method a machine-code address belongs to, and which IL instruction: the map a stack
//! walk needs to turn return addresses into frames (`eh/search.rs`).
//! Floor 4 (execution).
//!
//! The translator tags every IL instruction's IR with its offset (`set_srcloc`); Cranelift
//! keeps the tags through optimisation and reports, per function, the machine-code ranges each
//! tag covers. A return address lies just after its call instruction, so the byte before it
//! belongs to the call and carries the call's IL offset.
//!
//! A tag is a *position* (`Position`): an IL offset of the compiled method itself, or, for
//! code an inlined callee became (`inline.rs`), the index of an *inline site*: the callee, the
//! IL offset in it, and the position of the call it replaced. Following the sites outwards
//! gives the frames the inlined calls would have had, innermost first, and the offset in the
//! compiled method, which its exception clauses are matched against.

use crate::loader::MethodKey;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// Where a piece of machine code comes from (see the module comment).
pub(crate) type Position = u32;
/// Positions from here up are inline sites (IL offsets stay below 2^31, II.25.4.3).
const INLINED: Position = 1 << 31;
/// No known position (a prologue, glue code).
pub(crate) const UNKNOWN: Position = u32::MAX;
/// The call by which quick code hands a running call to its continuation (`osr.rs`): the
/// frame it returns into is glue, since the continuation's frame stands for the method.
pub(crate) const TRANSITION: Position = u32::MAX - 1;

/// An instruction of an inlined method, in the context of the call it was inlined for.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct InlineSite {
    method: MethodKey,
    il: u32,
    caller: Position,
}

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
    /// Every inline site of compiled code, by index; code is never freed, nor are its sites.
    sites: Vec<InlineSite>,
    site_ids: HashMap<InlineSite, Position>,
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

    /// The method whose compiled code starts at `start`, if a method's does.
    pub fn method_at(&self, start: usize) -> Option<MethodKey> {
        match self.fns.get(&start)?.kind {
            FrameKind::Method(key) => Some(key),
            FrameKind::Stub => None,
        }
    }

    /// The length of the function that starts at `start`, 0 if none does.
    pub fn function_len(&self, start: usize) -> usize {
        self.fns.get(&start).map_or(0, |f| f.end - start)
    }

    /// The position of IL offset `il` of `method`, inlined at the call at `caller`.
    pub fn inline_site(&mut self, method: MethodKey, il: u32, caller: Position) -> Position {
        let site = InlineSite { method, il, caller };
        if let Some(&p) = self.site_ids.get(&site) {
            return p;
        }
        let p = INLINED + self.sites.len() as Position;
        // Past the last index the position is unknown: a trace loses lines, nothing else.
        if p >= TRANSITION {
            return UNKNOWN;
        }
        self.sites.push(site);
        self.site_ids.insert(site, p);
        p
    }

    /// Resolves `pos`: the inlined frames it lies in, innermost first (each a method and an IL
    /// offset in it), and the IL offset in the compiled method ([`UNKNOWN`] if not known).
    pub fn unfold(&self, mut pos: Position) -> (Vec<(MethodKey, u32)>, u32) {
        let mut inlined = Vec::new();
        while pos != UNKNOWN && pos >= INLINED {
            let Some(site) = self.sites.get((pos - INLINED) as usize) else {
                return (inlined, UNKNOWN);
            };
            inlined.push((site.method, site.il));
            pos = site.caller;
        }
        (inlined, pos)
    }

    /// The IL offset in the compiled method of `pos`.
    pub fn offset_of(&self, pos: Position) -> u32 {
        self.unfold(pos).1
    }

    /// The frame a return address returns into and the position of the call it returns from
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
        if il == Some(TRANSITION) {
            return Some((FrameKind::Stub, None));
        }
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
        m.insert(0x3000, 0x20, FrameKind::Method(key), vec![(0, 0x10, 3), (0x10, 0x20, TRANSITION)]);
        assert_eq!(m.lookup_return(0x3015), Some((FrameKind::Stub, None)), "a transition is glue");
        assert_eq!(m.lookup_return(0x500), None);
        assert_eq!(m.lookup_return(0), None);
    }

    #[test]
    fn inline_sites_unfold_to_their_frames() {
        let mut m = CodeMap::default();
        let (mid, inner) = (MethodKey::new(1, 2), MethodKey::new(1, 3));
        let call = m.inline_site(mid, 4, 10);
        let fault = m.inline_site(inner, 7, call);
        assert_eq!(m.inline_site(mid, 4, 10), call, "sites are interned");
        assert_eq!(m.unfold(10), (vec![], 10));
        assert_eq!(m.unfold(fault), (vec![(inner, 7), (mid, 4)], 10));
        assert_eq!(m.offset_of(fault), 10);
        assert_eq!(m.unfold(UNKNOWN), (vec![], UNKNOWN));
    }
}
