//! The heap's memory: size-classed blocks for small objects, one mapping per large object.
//! Floor 2 (the object model and the heap).
//!
//! A small object (up to [`MAX_SMALL`] bytes) lives in a cell of a 256 KiB block aligned to its
//! size; every cell of a block has the same size (its size class), so the cell holding any
//! address is `(addr - block) / cell` — which is what makes interior pointers cheap to resolve.
//! Each block has two bitmaps: `alloc` (the cell holds an object) and `mark` (reached in the
//! current collection). Allocation looks for the next clear `alloc` bit of its size class's
//! blocks (a cursor moves through them, one 64-cell word at a time); sweeping is then just
//! `alloc = mark` per word, with no free list to rebuild. Objects never move.

use super::block_table::{BLOCK_SHIFT, BlockTable};
use std::collections::BTreeMap;

/// Size (and alignment) of a small-object block.
pub const BLOCK_SIZE: usize = 256 * 1024;
const _: () = assert!(1 << BLOCK_SHIFT == BLOCK_SIZE);

/// Largest object kept in a block; bigger ones get their own mapping.
pub const MAX_SMALL: usize = 8192;

/// The cell sizes: 16-byte steps up to 128, then four steps per power of two (at most 25%
/// internal waste).
pub const CLASS_SIZES: [u32; 32] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
];
pub const NCLASSES: usize = CLASS_SIZES.len();

/// The size class of a small object of `size` bytes (at most [`MAX_SMALL`]): the smallest
/// cell that holds it. Allocation looks it up in [`Space`]'s table; the JIT asks here.
pub fn size_class(size: usize) -> usize {
    CLASS_SIZES.iter().position(|&c| c as usize >= size).unwrap_or(NCLASSES - 1)
}

/// The most cells one [`Space::claim_run`] takes.
const MAX_RUN: u32 = 32;

/// One block of equal-sized cells.
pub struct Block {
    pub base: *mut u8,
    pub cell: u32,
    pub ncells: u32,
    /// `2^32 / cell` rounded up: the cell an offset falls in is `offset * magic >> 32`, a
    /// multiplication where a division would cost tens of cycles per reference the collector
    /// follows. Exact for every offset inside a block: the rounding adds less than
    /// `offset / 2^32 < 2^-14` to a quotient whose fraction is at most `1 - 1/cell`, and a cell
    /// is at most 2^13 bytes.
    magic: u64,
    /// Cells from this one on have not been handed out since the block was mapped, so they are
    /// still the zeroes the system gave: allocating one needs no clearing (nor touches its page
    /// before the program does).
    fresh: u32,
    pub alloc: Box<[u64]>,
    pub mark: Box<[u64]>,
}

impl Block {
    /// The cell `addr` (inside this block) falls in.
    #[inline]
    fn cell_of(&self, addr: usize) -> u32 {
        (((addr - self.base as usize) as u64 * self.magic) >> 32) as u32
    }

    pub fn bit(bits: &[u64], i: u32) -> bool {
        bits[(i / 64) as usize] & (1 << (i % 64)) != 0
    }

    pub fn set(bits: &mut [u64], i: u32) {
        bits[(i / 64) as usize] |= 1 << (i % 64);
    }
}

/// An object too big for a block.
pub struct Large {
    pub size: usize,
    pub marked: bool,
}

/// A size class's blocks and its allocation cursor.
#[derive(Default)]
struct ClassState {
    blocks: Vec<u32>,
    /// Position in `blocks`, and word of that block's `alloc` bitmap, to search next.
    cursor: usize,
    word: usize,
}

/// Where an object lives, as [`Space::find`] resolves an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    Small { block: u32, cell: u32 },
    Large,
}

/// All the memory objects live in.
pub struct Space {
    pub blocks: Vec<Option<Block>>,
    free_slots: Vec<u32>,
    /// Address → index in `blocks`.
    table: BlockTable,
    /// The blocks of each size class, and where the search for a free cell resumes.
    classes: Vec<ClassState>,
    /// Size class of each size in 16-byte granules, `0..=MAX_SMALL / 16`.
    class_of: Box<[u8]>,
    /// Large objects by start address.
    pub large: BTreeMap<usize, Large>,
    /// Bounds of every address ever handed out, a quick filter for conservative words.
    pub lo: usize,
    pub hi: usize,
    /// Bytes mapped for objects (blocks, spare blocks and large objects).
    pub mapped: usize,
    /// Empty blocks kept for reuse: mapping and first-touching fresh blocks after every
    /// collection cost more system time than the program's own work (measured on churn.cs).
    spare: Vec<*mut u8>,
}

/// At most this many empty blocks (8 MiB) wait in [`Space::spare`].
const MAX_SPARE: usize = 32;

impl Default for Space {
    fn default() -> Self {
        let class_of = (0..=MAX_SMALL / 16).map(|g| size_class(g * 16) as u8).collect();
        Space {
            blocks: Vec::new(),
            free_slots: Vec::new(),
            table: BlockTable::default(),
            classes: (0..NCLASSES).map(|_| ClassState::default()).collect(),
            class_of,
            large: BTreeMap::new(),
            lo: usize::MAX,
            hi: 0,
            mapped: 0,
            spare: Vec::new(),
        }
    }
}

/// Maps `size` zeroed bytes aligned to `align` (a power of two, at least a page) with mmap;
/// null when the system refuses.
fn map_aligned(size: usize, align: usize) -> *mut u8 {
    let len = size + align;
    // SAFETY: a fresh private anonymous mapping; the unaligned head and tail are returned.
    unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return std::ptr::null_mut();
        }
        let start = p as usize;
        let aligned = (start + align - 1) & !(align - 1);
        if aligned > start {
            libc::munmap(p, aligned - start);
        }
        let tail = start + len - (aligned + size);
        if tail > 0 {
            libc::munmap((aligned + size) as *mut libc::c_void, tail);
        }
        aligned as *mut u8
    }
}

fn unmap(p: *mut u8, size: usize) {
    // SAFETY: p..p+size is a mapping this module made and nothing references any more.
    unsafe { libc::munmap(p as *mut libc::c_void, size) };
}

/// Large objects come from the system allocator (which recycles and zeroes them more cheaply
/// than a mapping each), in 16-byte units.
fn large_round(size: usize) -> usize {
    (size + 15) & !15
}

/// Returns a large object's memory.
fn free_large(p: usize, size: usize) {
    if let Ok(layout) = std::alloc::Layout::from_size_align(size, 16) {
        // SAFETY: p came from alloc_zeroed with this layout and is dead.
        unsafe { std::alloc::dealloc(p as *mut u8, layout) };
    }
}

impl Space {
    /// [`size_class`] of a small size, by table.
    pub fn class_of(&self, size: usize) -> usize {
        self.class_of[size.div_ceil(16)] as usize
    }

    /// The cell size an object of `size` bytes gets (its footprint).
    pub fn footprint(&self, size: usize) -> usize {
        if size > MAX_SMALL {
            large_round(size)
        } else {
            CLASS_SIZES[self.class_of(size)] as usize
        }
    }

    /// Allocates `size` zeroed bytes; None when out of memory.
    pub fn alloc(&mut self, size: usize) -> Option<*mut u8> {
        if size > MAX_SMALL {
            return self.alloc_large(size);
        }
        let class = self.class_of(size);
        let (p, zeroed) = match self.take_cell(class) {
            Some(c) => c,
            None => {
                self.new_block(class)?;
                self.take_cell(class)?
            }
        };
        if !zeroed {
            // A freed cell keeps its old contents: objects start zeroed.
            // SAFETY: the cell has at least `size` bytes.
            unsafe { std::ptr::write_bytes(p, 0, size) };
        }
        Some(p)
    }

    fn alloc_large(&mut self, size: usize) -> Option<*mut u8> {
        let size = large_round(size);
        let layout = std::alloc::Layout::from_size_align(size, 16).ok()?;
        // SAFETY: the size is non-zero (over MAX_SMALL).
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        if p.is_null() {
            return None;
        }
        self.large.insert(
            p as usize,
            Large {
                size,
                marked: false,
            },
        );
        self.mapped += size;
        self.lo = self.lo.min(p as usize);
        self.hi = self.hi.max(p as usize + size);
        Some(p)
    }

    /// Claims the next free cell of `class`'s blocks, and whether it is known to be zero; None
    /// when they are full.
    fn take_cell(&mut self, class: usize) -> Option<(*mut u8, bool)> {
        let (idx, cell, _) = self.find_free_run(class)?;
        let b = self.blocks[idx as usize].as_mut()?;
        Block::set(&mut b.alloc, cell);
        let zeroed = cell >= b.fresh;
        b.fresh = b.fresh.max(cell + 1);
        Some((b.base.wrapping_add(cell as usize * b.cell as usize), zeroed))
    }

    /// Claims a run of consecutive free cells of `class` for allocation by bumping a pointer
    /// (`mod.rs`, [`super::AllocRun`]): at most [`MAX_RUN`], all within one word of a block's
    /// `alloc` bitmap, marked allocated and zeroed now. Returns the first cell and the
    /// number of cells; None when out of memory. Cells of a run that are never handed out hold
    /// zeroes, no MethodTable, until the next collection's sweep frees them.
    pub fn claim_run(&mut self, class: usize) -> Option<(*mut u8, u32)> {
        let found = self.find_free_run(class);
        let (idx, first, n) = match found {
            Some(r) => r,
            None => {
                self.new_block(class)?;
                self.find_free_run(class)?
            }
        };
        let b = self.blocks[idx as usize].as_mut()?;
        for cell in first..first + n {
            Block::set(&mut b.alloc, cell);
        }
        let p = b.base.wrapping_add(first as usize * b.cell as usize);
        // Cells from `fresh` on are still the system's zeroes.
        let reused = b.fresh.min(first + n).saturating_sub(first);
        if reused > 0 {
            // SAFETY: the cells lie inside the block.
            unsafe { std::ptr::write_bytes(p, 0, reused as usize * b.cell as usize) };
        }
        b.fresh = b.fresh.max(first + n);
        Some((p, n))
    }

    /// The next free cells of `class` at its cursor: block index, first cell, count.
    fn find_free_run(&mut self, class: usize) -> Option<(u32, u32, u32)> {
        let cs = &mut self.classes[class];
        while let Some(&idx) = cs.blocks.get(cs.cursor) {
            let Some(b) = self.blocks[idx as usize].as_ref() else {
                cs.cursor += 1;
                cs.word = 0;
                continue;
            };
            while cs.word < b.alloc.len() {
                let free = !b.alloc[cs.word];
                if free != 0 {
                    let bit = free.trailing_zeros();
                    let first = (cs.word * 64) as u32 + bit;
                    if first < b.ncells {
                        let n = (free >> bit).trailing_ones().min(MAX_RUN).min(b.ncells - first);
                        return Some((idx, first, n));
                    }
                }
                cs.word += 1;
            }
            cs.cursor += 1;
            cs.word = 0;
        }
        None
    }

    /// Maps a block for `class`; the cursor moves to it.
    fn new_block(&mut self, class: usize) -> Option<()> {
        let (base, reused) = match self.spare.pop() {
            Some(b) => (b, true),
            None => {
                let b = map_aligned(BLOCK_SIZE, BLOCK_SIZE);
                if b.is_null() {
                    return None;
                }
                self.mapped += BLOCK_SIZE;
                (b, false)
            }
        };
        let idx = match self.free_slots.last() {
            Some(&i) => i,
            None => self.blocks.len() as u32,
        };
        if !self.table.insert(base as usize, idx) {
            // Beyond the addresses the block table covers: as good as out of memory.
            self.mapped -= BLOCK_SIZE;
            unmap(base, BLOCK_SIZE);
            return None;
        }
        let cell = CLASS_SIZES[class];
        let ncells = (BLOCK_SIZE / cell as usize) as u32;
        let words = ncells.div_ceil(64) as usize;
        let block = Block {
            base,
            cell,
            ncells,
            magic: (1u64 << 32).div_ceil(cell as u64),
            fresh: if reused { ncells } else { 0 },
            alloc: vec![0u64; words].into_boxed_slice(),
            mark: vec![0u64; words].into_boxed_slice(),
        };
        if self.free_slots.pop().is_some() {
            self.blocks[idx as usize] = Some(block);
        } else {
            self.blocks.push(Some(block));
        }
        self.lo = self.lo.min(base as usize);
        self.hi = self.hi.max(base as usize + BLOCK_SIZE);
        let cs = &mut self.classes[class];
        cs.blocks.push(idx);
        cs.cursor = cs.blocks.len() - 1;
        cs.word = 0;
        Some(())
    }

    /// The cell `addr` falls in, allocated or not (None outside every block and large object).
    fn find_cell(&self, addr: usize) -> Option<Loc> {
        if let Some(idx) = self.table.get(addr) {
            let b = self.blocks[idx as usize].as_ref()?;
            let cell = b.cell_of(addr);
            return (cell < b.ncells).then_some(Loc::Small { block: idx, cell });
        }
        let (&start, l) = self.large.range(..=addr).next_back()?;
        (addr < start + l.size).then_some(Loc::Large)
    }

    /// The live object `addr` points into (interior pointers included): its start and location.
    pub fn find(&self, addr: usize) -> Option<(usize, Loc)> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        match self.find_cell(addr)? {
            Loc::Small { block, cell } => {
                let b = self.blocks[block as usize].as_ref()?;
                Block::bit(&b.alloc, cell).then(|| {
                    (
                        b.base as usize + cell as usize * b.cell as usize,
                        Loc::Small { block, cell },
                    )
                })
            }
            Loc::Large => {
                let (&start, _) = self.large.range(..=addr).next_back()?;
                Some((start, Loc::Large))
            }
        }
    }

    /// Is the object `addr` points into marked (false when it points into none).
    pub fn is_marked(&self, addr: usize) -> bool {
        match self.find(addr) {
            Some((_, Loc::Small { block, cell })) => self.blocks[block as usize]
                .as_ref()
                .is_some_and(|b| Block::bit(&b.mark, cell)),
            Some((start, Loc::Large)) => self.large.get(&start).is_some_and(|l| l.marked),
            None => false,
        }
    }

    /// Marks the live object `addr` points into (interior pointers included); its start when it
    /// was not marked yet. One lookup serves both, since the collector calls this for every
    /// reference it follows: a small object's path is inline and touches the block table, the
    /// block and two bitmap words (binary-trees marks millions of objects per collection).
    #[inline]
    pub fn mark(&mut self, addr: usize) -> Option<usize> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let Some(idx) = self.table.get(addr) else {
            return self.mark_large(addr);
        };
        let b = self.blocks.get_mut(idx as usize)?.as_mut()?;
        let cell = b.cell_of(addr);
        if cell >= b.ncells {
            return None;
        }
        let (word, bit) = ((cell / 64) as usize, 1u64 << (cell % 64));
        let allocated = *b.alloc.get(word)? & bit != 0;
        let marks = b.mark.get_mut(word)?;
        if !allocated || *marks & bit != 0 {
            return None;
        }
        *marks |= bit;
        Some(b.base as usize + cell as usize * b.cell as usize)
    }

    /// [`Space::mark`] for an address in no block: a large object's, or none.
    #[inline(never)]
    fn mark_large(&mut self, addr: usize) -> Option<usize> {
        let (&start, l) = self.large.range_mut(..=addr).next_back()?;
        (addr < start + l.size && !l.marked).then(|| {
            l.marked = true;
            start
        })
    }

    /// Frees every unmarked object and clears the marks; empty blocks go back to the system and
    /// each class's search starts again from its first block. `poison` fills freed cells with
    /// 0xDB bytes (stress mode) so a reference the collector missed reads garbage at once.
    /// Returns the bytes still allocated.
    pub fn sweep(&mut self, poison: bool) -> usize {
        let mut live = 0usize;
        for idx in 0..self.blocks.len() {
            let Some(b) = self.blocks[idx].as_mut() else {
                continue;
            };
            let mut any = 0u64;
            for w in 0..b.alloc.len() {
                let dead = b.alloc[w] & !b.mark[w];
                b.alloc[w] = b.mark[w];
                b.mark[w] = 0;
                any |= b.alloc[w];
                live += b.alloc[w].count_ones() as usize * b.cell as usize;
                if poison && dead != 0 {
                    poison_cells(b, w, dead);
                }
            }
            if any == 0 {
                let base = b.base;
                self.table.remove(base as usize);
                self.blocks[idx] = None;
                self.free_slots.push(idx as u32);
                if self.spare.len() < MAX_SPARE {
                    self.spare.push(base);
                } else {
                    self.mapped -= BLOCK_SIZE;
                    unmap(base, BLOCK_SIZE);
                }
            }
        }
        let blocks = &self.blocks;
        for cs in &mut self.classes {
            cs.blocks.retain(|&i| blocks[i as usize].is_some());
            cs.cursor = 0;
            cs.word = 0;
        }
        let dead: Vec<usize> = self
            .large
            .iter()
            .filter(|(_, l)| !l.marked)
            .map(|(&s, _)| s)
            .collect();
        for s in dead {
            if let Some(l) = self.large.remove(&s) {
                self.mapped -= l.size;
                free_large(s, l.size);
            }
        }
        for l in self.large.values_mut() {
            l.marked = false;
            live += l.size;
        }
        live
    }
}

/// Fills the cells of `b` whose bits are set in `dead` (word `w` of the bitmaps) with 0xDB.
fn poison_cells(b: &Block, w: usize, dead: u64) {
    let mut bits = dead;
    while bits != 0 {
        let i = w * 64 + bits.trailing_zeros() as usize;
        bits &= bits - 1;
        // SAFETY: cell i of this block is dead: nothing may read it any more.
        unsafe { std::ptr::write_bytes(b.base.add(i * b.cell as usize), 0xDB, b.cell as usize) };
    }
}

impl Drop for Space {
    fn drop(&mut self) {
        for b in self.blocks.iter().flatten() {
            unmap(b.base, BLOCK_SIZE);
        }
        for &b in &self.spare {
            unmap(b, BLOCK_SIZE);
        }
        for (&s, l) in &self.large {
            free_large(s, l.size);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_cover_every_small_size() {
        let s = Space::default();
        for size in 1..=MAX_SMALL {
            let f = s.footprint(size);
            assert!(f >= size && f <= size.max(16) * 2, "{size} -> {f}");
        }
    }

    #[test]
    fn interior_pointers_resolve_and_free_cells_do_not() {
        let mut s = Space::default();
        let a = s.alloc(40).unwrap() as usize;
        let b = s.alloc(40).unwrap() as usize;
        let big = s.alloc(100_000).unwrap() as usize;
        assert_eq!(s.find(a + 17).map(|f| f.0), Some(a));
        assert_eq!(s.find(b).map(|f| f.0), Some(b));
        assert_eq!(s.find(big + 99_999).map(|f| f.0), Some(big));
        // A cell never handed out is not an object.
        assert_eq!(s.find(b + 48), None);
        // Mark a only: b and big are freed, a survives and is unmarked again.
        assert_eq!(s.mark(a + 3), Some(a));
        assert_eq!(s.mark(a), None);
        let live = s.sweep(true);
        assert_eq!(live, 48);
        assert_eq!(s.find(b), None);
        assert_eq!(s.find(big), None);
        assert!(s.find(a).is_some());
        // The freed cell is reused, zeroed.
        let c = s.alloc(40).unwrap();
        assert_eq!(c as usize, b);
        assert!(
            unsafe { std::slice::from_raw_parts(c, 40) }
                .iter()
                .all(|&x| x == 0)
        );
    }

    #[test]
    fn runs_are_consecutive_free_cells_zeroed_and_freed_by_the_sweep() {
        let mut s = Space::default();
        let class = size_class(40);
        assert_eq!(CLASS_SIZES[class], 48);
        let a = s.alloc(40).unwrap() as usize;
        // The run starts after `a` and takes the rest of the bitmap word, up to MAX_RUN cells.
        let (p, n) = s.claim_run(class).unwrap();
        assert_eq!((p as usize, n), (a + 48, MAX_RUN));
        for i in 0..n as usize {
            assert!(s.find(p as usize + 48 * i).is_some(), "cell {i} is claimed");
        }
        // Dirty two cells of the run; only the first is handed out (marked) before the sweep.
        unsafe { std::ptr::write_bytes(p, 0xAB, 96) };
        assert_eq!(s.mark(p as usize), Some(p as usize));
        s.sweep(false);
        assert!(s.find(p as usize).is_some());
        assert_eq!(s.find(p as usize + 48), None, "the sweep frees what nobody took");
        // The next run reuses `a`'s freed cell and the run's tail, zeroed.
        let (q, m) = s.claim_run(class).unwrap();
        assert_eq!((q as usize, m), (a, 1));
        let (r, _) = s.claim_run(class).unwrap();
        assert_eq!(r as usize, p as usize + 48);
        assert!(unsafe { std::slice::from_raw_parts(r, 48) }.iter().all(|&x| x == 0));
    }

    #[test]
    fn the_cell_of_every_offset_is_its_quotient() {
        for &cell in &CLASS_SIZES {
            let b = Block {
                base: std::ptr::null_mut(),
                cell,
                ncells: 0,
                magic: (1u64 << 32).div_ceil(cell as u64),
                fresh: 0,
                alloc: Box::new([]),
                mark: Box::new([]),
            };
            for off in 0..BLOCK_SIZE {
                assert_eq!(b.cell_of(off), (off / cell as usize) as u32, "{cell} {off}");
            }
        }
    }

    #[test]
    fn empty_blocks_are_kept_as_spares_up_to_a_limit() {
        let mut s = Space::default();
        for _ in 0..10_000 {
            s.alloc(100).unwrap();
        }
        assert!(s.mapped >= 4 * BLOCK_SIZE);
        assert_eq!(s.sweep(false), 0);
        assert_eq!(
            s.mapped,
            MAX_SPARE.min(10_000 / (BLOCK_SIZE / 112) + 1) * BLOCK_SIZE
        );
    }
}
