//! Inline caches of interface call sites, and the fast hasher of the dispatch maps.
//! Floor 4 (execution).
//!
//! Each interface `callvirt` site owns an [`IcCell`]: a small hash table from the receiver's
//! MethodTable to the code implementing the interface method for it, in VM-owned memory
//! (`Jit::ic_cells`, freed with the VM). The site's code picks the entry
//! `(mt >> shift) & (IC_ENTRIES - 1)`, with the cell's own `shift`, compares its MethodTable
//! and, on a hit, calls the cached code directly: no helper call, no search, two ALU
//! instructions and two loads more than a vtable call. On a miss it calls
//! `dispatch::vm_interface_miss`, which resolves the method as before and stores it in the
//! cell ([`IcCell::insert`]).
//!
//! A monomorphic site is the special case of one entry. A polymorphic site (the usual case of
//! a loop over an array of an abstract type's subclasses) keeps one entry per class: when a
//! new class collides with a cached one, `insert` looks for a shift that gives every cached
//! class its own entry (a perfect hash for the classes the site has seen), as a polymorphic
//! inline cache does in Self or V8, but with a single compare on the call path. MethodTables
//! are separate heap blocks at least 16 bytes apart, so some shift almost always separates a
//! handful of them. A site that has seen more than [`IC_MAX_TYPES`] classes is megamorphic:
//! a colliding class simply replaces the entry, and the slow path's map lookup, hashed with
//! FxHash (`rustc-hash`), does the rest. MethodTables live as long as the VM, so a cached address
//! never dangles.

/// Entries per cell (a power of two).
pub(crate) const IC_ENTRIES: usize = 16;
/// Beyond this many classes a site stops rehashing (megamorphic).
const IC_MAX_TYPES: usize = 10;
/// The shifts tried for a perfect hash: MethodTables are 8-aligned, and 2^24 bytes apart is
/// already far.
const IC_SHIFTS: std::ops::RangeInclusive<u64> = 3..=24;
/// The first shift: malloc blocks are 16-aligned.
const IC_INITIAL_SHIFT: u64 = 4;

/// The cache of one interface call site. `mts[i]` 0 is an empty entry (no object has a null
/// MethodTable, so it never matches). Separate arrays of 8-byte entries let JIT code index
/// both with a scaled addressing mode.
#[repr(C)]
pub(crate) struct IcCell {
    pub shift: u64,
    pub mts: [usize; IC_ENTRIES],
    pub codes: [usize; IC_ENTRIES],
}

pub(crate) const IC_SHIFT_OFFSET: i32 = std::mem::offset_of!(IcCell, shift) as i32;
pub(crate) const IC_MTS_OFFSET: i32 = std::mem::offset_of!(IcCell, mts) as i32;
pub(crate) const IC_CODES_OFFSET: i32 = std::mem::offset_of!(IcCell, codes) as i32;
pub(crate) const IC_INDEX_MASK: i64 = IC_ENTRIES as i64 - 1;

impl IcCell {
    pub fn new() -> IcCell {
        IcCell {
            shift: IC_INITIAL_SHIFT,
            mts: [0; IC_ENTRIES],
            codes: [0; IC_ENTRIES],
        }
    }

    fn index(shift: u64, mt: usize) -> usize {
        (mt >> shift) & (IC_ENTRIES - 1)
    }

    /// The cached code for `mt`, if any (what the JIT code's fast path computes).
    #[cfg(test)]
    pub fn lookup(&self, mt: usize) -> Option<usize> {
        let i = Self::index(self.shift, mt);
        (self.mts[i] == mt).then_some(self.codes[i])
    }

    /// Caches `code` for `mt`, rehashing the cell when `mt` collides with a cached class.
    pub fn insert(&mut self, mt: usize, code: usize) {
        let i = Self::index(self.shift, mt);
        if self.mts[i] == 0 || self.mts[i] == mt {
            self.mts[i] = mt;
            self.codes[i] = code;
            return;
        }
        let mut live: Vec<(usize, usize)> = (0..IC_ENTRIES)
            .filter(|&j| self.mts[j] != 0)
            .map(|j| (self.mts[j], self.codes[j]))
            .collect();
        live.push((mt, code));
        if live.len() <= IC_MAX_TYPES {
            for shift in IC_SHIFTS {
                let mut used = 0u32;
                let distinct = live.iter().all(|&(m, _)| {
                    let bit = 1u32 << Self::index(shift, m);
                    let fresh = used & bit == 0;
                    used |= bit;
                    fresh
                });
                if distinct {
                    self.shift = shift;
                    self.mts = [0; IC_ENTRIES];
                    for (m, c) in live {
                        let j = Self::index(shift, m);
                        self.mts[j] = m;
                        self.codes[j] = c;
                    }
                    return;
                }
            }
        }
        // Megamorphic (or no separating shift): the newest class takes the entry.
        self.mts[i] = mt;
        self.codes[i] = code;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monomorphic_site_hits_after_one_insert() {
        let mut c = IcCell::new();
        assert_eq!(c.lookup(0x1000), None);
        c.insert(0x1000, 42);
        assert_eq!(c.lookup(0x1000), Some(42));
        assert_eq!(c.lookup(0x2000), None);
    }

    #[test]
    fn polymorphic_site_keeps_every_class() {
        // MethodTables a malloc apart, as the loader allocates them.
        let mts: Vec<usize> = (0..8).map(|i| 0x5555_0000_1000 + i * 0x90).collect();
        let mut c = IcCell::new();
        for (i, &mt) in mts.iter().enumerate() {
            c.insert(mt, 100 + i);
        }
        for (i, &mt) in mts.iter().enumerate() {
            assert_eq!(c.lookup(mt), Some(100 + i), "class {i}");
        }
    }

    #[test]
    fn megamorphic_site_still_answers_correctly_or_misses() {
        let mut c = IcCell::new();
        for i in 0..64usize {
            c.insert(0x7000_0000 + i * 0x40, i);
        }
        for i in 0..64usize {
            if let Some(code) = c.lookup(0x7000_0000 + i * 0x40) {
                assert_eq!(code, i);
            }
        }
    }
}
