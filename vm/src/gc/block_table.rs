//! Which block an address falls in: a two-level table over the address space.
//! Floor 2 (the object model and the heap).
//!
//! The collector asks this for every reference it follows and for every word of the stack, so
//! it is two array reads rather than a hash probe: the first level has one entry per GiB of
//! address space (naming a leaf, or none), a leaf one entry per 256 KiB block of its GiB
//! (naming the block, or none). The first level covers the 48-bit user address space that
//! x86-64 and AArch64 hand out unless a program asks for more; its 1 MiB is allocated zeroed,
//! so only the pages of the few GiB the heap occupies are ever touched.

/// log2 of the size of a small-object block (`heap.rs`'s BLOCK_SIZE).
pub const BLOCK_SHIFT: u32 = 18;
/// Address bits a block's address may use.
const ADDR_BITS: u32 = 48;
/// Address bits one leaf covers (a GiB).
const LEAF_SHIFT: u32 = 30;
const LEAF_LEN: usize = 1 << (LEAF_SHIFT - BLOCK_SHIFT);

pub struct BlockTable {
    /// Indexed by `addr >> LEAF_SHIFT`: 1 + the leaf's position in `leaves`, or 0.
    roots: Box<[u32]>,
    /// Indexed by the block's number inside the GiB: 1 + the block's index, or 0.
    leaves: Vec<Box<[u32; LEAF_LEN]>>,
}

impl Default for BlockTable {
    fn default() -> Self {
        BlockTable {
            roots: vec![0; 1 << (ADDR_BITS - LEAF_SHIFT)].into_boxed_slice(),
            leaves: Vec::new(),
        }
    }
}

fn slot(addr: usize) -> usize {
    (addr >> BLOCK_SHIFT) & (LEAF_LEN - 1)
}

impl BlockTable {
    /// The index of the block holding `addr`, if it is in one.
    #[inline]
    pub fn get(&self, addr: usize) -> Option<u32> {
        let leaf = *self.roots.get(addr >> LEAF_SHIFT)?;
        if leaf == 0 {
            return None;
        }
        self.leaves[leaf as usize - 1][slot(addr)].checked_sub(1)
    }

    /// Records that the block at `base` has index `idx`; false when `base` lies beyond the
    /// addresses the table covers.
    pub fn insert(&mut self, base: usize, idx: u32) -> bool {
        let Some(&leaf) = self.roots.get(base >> LEAF_SHIFT) else {
            return false;
        };
        let leaf = if leaf == 0 {
            self.leaves.push(Box::new([0; LEAF_LEN]));
            let n = self.leaves.len() as u32;
            self.roots[base >> LEAF_SHIFT] = n;
            n
        } else {
            leaf
        };
        self.leaves[leaf as usize - 1][slot(base)] = idx + 1;
        true
    }

    /// Forgets the block at `base`.
    pub fn remove(&mut self, base: usize) {
        if let Some(&leaf) = self.roots.get(base >> LEAF_SHIFT)
            && leaf != 0
        {
            self.leaves[leaf as usize - 1][slot(base)] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_found_by_any_address_inside_them() {
        let mut t = BlockTable::default();
        let a = 0x7f12_3400_0000usize;
        let b = a + (5 << BLOCK_SHIFT);
        assert!(t.insert(a, 0));
        assert!(t.insert(b, 7));
        assert_eq!(t.get(a + 12345), Some(0));
        assert_eq!(t.get(b + (1 << BLOCK_SHIFT) - 1), Some(7));
        assert_eq!(t.get(a + (1 << BLOCK_SHIFT)), None);
        assert_eq!(t.get(a + (1 << LEAF_SHIFT)), None);
        t.remove(a);
        assert_eq!(t.get(a), None);
        assert_eq!(t.get(b), Some(7));
        assert!(!t.insert(1 << ADDR_BITS, 1));
        assert_eq!(t.get(usize::MAX), None);
    }
}
