//! The garbage collector: non-moving mark-sweep, precise in the heap, conservative on the stack.
//! Floor 2 (the object model and the heap): it knows nothing of the JIT or of exceptions;
//! finalizers run through a hook the runtime sets (`finalize.rs`).
//!
//! **Heap** (`heap.rs`). Objects up to 8 KiB live in cells of 256 KiB blocks, one size class
//! per block (32 classes, at most 25% rounding waste); bigger objects get their own page-rounded
//! mapping. A block keeps an allocation bitmap and a mark bitmap, and a two-level table
//! (`block_table.rs`) finds the block of any address. Allocation claims *runs*: up to 32
//! consecutive clear bits of its class's blocks at a time, set and zeroed together
//! ([`AllocRun`]); each object then takes the front of its class's run, which optimised JIT
//! code does inline for `newobj` (a compare and two stores). A collection empties every run,
//! and the sweep frees the cells nobody took: they hold zeroes, no MethodTable, which the
//! marker skips should a stack word point at one. Objects never move, so an object's address
//! is its identity (the identity hash uses it) and natives may hold raw pointers across
//! allocations.
//!
//! **Roots** (`roots.rs`):
//! - the VM thread's stack from the collector's own stack pointer up to the thread's stack top
//!   (recorded by [`enter_thread`] before anything is allocated), after spilling the
//!   callee-saved registers into a frame inside that range. Every aligned word that points
//!   into a live object, at its start or inside it (CIL byrefs, `ldelema` and register
//!   allocation produce interior pointers), marks that object. This covers JIT frames, and also
//!   the Rust frames of natives and runtime helpers called from managed code, since they run on
//!   the same stack below the recorded top: a native that allocates an array and then fills it
//!   with new strings keeps the array alive simply by holding it in a local.
//! - static fields of every loaded type: each word of the static storage blocks is treated
//!   conservatively (the blocks hold references and structs with references side by side);
//! - interned `ldstr` literals (JIT code embeds their addresses), each MethodTable's cached
//!   `System.Type` object, the pending exception (`eh/`), and slots registered with [`add_root`] (for a value Rust code keeps
//!   outside the stack, e.g. in the `VmContext`).
//!
//! **Marking** (`mark.rs`) is precise inside the heap: each MethodTable carries a reference map
//! (`MethodTable::ref_map`, built in `layout.rs`: the offsets of reference fields, its base
//! classes' and those inside embedded structs); arrays of references scan every element, arrays
//! of structs apply the element type's map at each element. A worklist keeps deep structures
//! (long linked lists) off the native stack. **Sweeping** (`heap.rs`) frees unmarked cells,
//! returns empty blocks and dead large objects to the system: the mark bitmaps become the
//! allocation bitmaps.
//!
//! **When.** A collection starts inside an allocation once the bytes allocated since the last
//! one pass a threshold: `max(8 MiB, live bytes after the last collection)`, so the heap stays
//! within about twice the live data (with `2 × live`, binary-trees at depth 21 peaked at 1.2 GB
//! against Mono's 443 MB; the price of `1 ×` is twice as many full collections of a large live
//! heap). After a collection that freed little the threshold gets a bonus of up to 32 MiB
//! ([`next_threshold`]). `GC.Collect()` forces a collection. Allocation calls are the only
//! safepoints: the VM has one managed thread, stopped inside `gc_alloc` or a GC native, where
//! every live value of every frame is in memory or a callee-saved register (docs/cranelift.md §4). No
//! collection runs off the VM thread (before [`enter_thread`], e.g. while `sharp dump clif`
//! interns literals): the heap then just grows.
//!
//! **Stress mode** (`SHARP_GC_STRESS=1`) collects at every allocation, fills every freed cell
//! with `0xDB` bytes, and checks that every object it marks starts with a MethodTable of the
//! runtime: a root the collector missed shows up as a freed-then-reused object read by the
//! program (garbage or a crash right away instead of a rare corruption), or as an object whose
//! header is poison when a later collection reaches it (a loud "GC heap corruption" abort).
//! `SHARP_GC_STATS=1` prints the counters to stderr at exit (`stats.rs`); `SHARP_GC_TRACE=1`
//! prints, per collection, how much stack was scanned and how many objects each kind of root
//! held directly.
//!
//! **Later.** A precise collector would replace the conservative stack scan with Cranelift's
//! user stack maps (`declare_var_needs_stack_map`: the JIT records, at each call, which spill
//! slots hold references) plus explicit handles in natives; nothing would then be retained by
//! a stale integer that looks like a pointer, and objects could move. That is the precondition
//! of a generational, copying nursery: bump allocation, a write barrier in every reference
//! store of JIT code (a card table, so old-to-young pointers are roots of a minor collection),
//! and the identity hash kept in the header instead of derived from the address.

mod block_table;
mod finalize;
mod heap;
mod mark;
mod roots;
pub mod stats;

use crate::object::{Object, VmContext};
pub(crate) use finalize::next_ready;
pub use finalize::{run_finalizers, set_finalizable};
pub use heap::{CLASS_SIZES, MAX_SMALL, size_class};
use heap::Space;
use std::time::Instant;

/// The smallest collection threshold (bytes allocated between two collections).
const MIN_THRESHOLD: usize = 8 << 20;

/// The most a growing heap's threshold exceeds its live data (see [`next_threshold`]).
const MAX_GROWTH_BONUS: usize = 32 << 20;

/// Bytes to allocate before the next collection, given the heap's footprint before and after
/// this one. Normally as much as survived, so the heap stays within about twice its live data.
/// A collection that freed less than a quarter of the heap found a program building data rather
/// than churning it, and the next one would mostly mark the same objects again: the threshold
/// is then twice the live data, by at most [`MAX_GROWTH_BONUS`] more, which spares a small
/// heap's early collections (a 1M-element LINQ pipeline: two full marks instead of three)
/// without letting a large one double.
fn next_threshold(before: usize, live: usize) -> usize {
    let growing = (before - live.min(before)) * 4 < before;
    let bonus = if growing {
        live.min(MAX_GROWTH_BONUS)
    } else {
        0
    };
    MIN_THRESHOLD.max(live + bonus)
}

/// The collector's state, one per VM (in its `VmContext`).
pub struct Heap {
    /// Each size class's run of claimed cells (`alloc_bumped`), which JIT code allocates from
    /// inline (`CTX_RUNS_OFFSET`); emptied by every collection.
    pub(crate) runs: [AllocRun; heap::NCLASSES],
    space: Space,
    /// Footprint of the objects allocated since the last collection.
    allocated_since: usize,
    /// Collect once `allocated_since` passes this.
    threshold: usize,
    /// Footprint of the objects alive after the last collection.
    live: usize,
    /// Top of the VM thread's stack (0 when no managed thread runs: no collection then).
    stack_base: usize,
    stress: bool,
    stats: bool,
    /// `SHARP_GC_TRACE=1`: one line per collection on stderr (where the roots came from).
    trace: bool,
    collecting: bool,
    pub(crate) extra_roots: Vec<*mut *mut Object>,
    /// `ldstr` literals, interned per (assembly, token) (ECMA-335 III.4.16): roots, since JIT
    /// code embeds their addresses.
    pub(crate) literals: std::collections::HashMap<(u32, u32), *mut Object>,
    peak_mapped: usize,
    /// Objects whose finalizer has not run, in allocation order (not roots; `finalize.rs`).
    finalizable: Vec<usize>,
    /// Unreachable objects waiting for their finalizer (roots until it has run).
    ready: std::collections::VecDeque<usize>,
    running_finalizers: bool,
    /// Runs the ready queue's finalizers (`finalize.rs`). Running managed code is the business
    /// of the floors above, which set it when they create the VM; None drops the queue.
    pub(crate) finalizer_runner: Option<unsafe fn(*mut VmContext)>,
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| v != "0" && !v.is_empty())
}

impl Default for Heap {
    fn default() -> Self {
        let stats = stats::enabled();
        if stats {
            stats::install_printer();
        }
        Heap {
            runs: [AllocRun::default(); heap::NCLASSES],
            space: Space::default(),
            allocated_since: 0,
            threshold: MIN_THRESHOLD,
            live: 0,
            stack_base: 0,
            stress: env_flag("SHARP_GC_STRESS"),
            stats,
            trace: env_flag("SHARP_GC_TRACE"),
            collecting: false,
            extra_roots: Vec::new(),
            literals: Default::default(),
            peak_mapped: 0,
            finalizable: Vec::new(),
            ready: Default::default(),
            running_finalizers: false,
            finalizer_runner: None,
        }
    }
}

impl Heap {
    /// Records a new peak of the memory mapped for objects.
    fn note_mapped(&mut self) {
        if self.space.mapped > self.peak_mapped {
            self.peak_mapped = self.space.mapped;
            if self.stats {
                stats::record_heap(self.space.mapped);
            }
        }
    }
}

/// Consecutive free cells of one size class, claimed and zeroed together (`Space::claim_run`),
/// which allocation takes from the front by bumping `next`: a compare and two stores, inline
/// in JIT code, where finding each cell in the block's bitmap took a helper call and a search
/// (a quarter of binary-trees' time).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct AllocRun {
    pub next: usize,
    pub end: usize,
}

/// `size` zeroed bytes from the run of its size class, which is refilled when empty; None
/// when the fast path does not apply: a large object, stress mode, a collection due, or no
/// memory, all of which [`alloc`]'s own path handles.
///
/// # Safety
/// `ctx` must be the live context of the VM.
unsafe fn alloc_bumped(ctx: *mut VmContext, size: usize) -> Option<*mut u8> {
    // SAFETY: forwarded contract.
    let heap = unsafe { &mut (*ctx).heap };
    if heap.stress || size > heap::MAX_SMALL {
        return None;
    }
    let class = heap.space.class_of(size);
    let cell = heap::CLASS_SIZES[class] as usize;
    let run = heap.runs[class];
    if run.next + cell <= run.end {
        heap.runs[class].next = run.next + cell;
        return Some(run.next as *mut u8);
    }
    if heap.allocated_since + cell > heap.threshold {
        return None;
    }
    let (p, n) = heap.space.claim_run(class)?;
    heap.allocated_since += n as usize * cell;
    heap.note_mapped();
    heap.runs[class] = AllocRun { next: p as usize + cell, end: p as usize + n as usize * cell };
    Some(p)
}

/// Allocates `size` zeroed bytes for an object, collecting first when it is time.
///
/// # Safety
/// `ctx` must be the live context of the VM; when called on the VM thread, every object the
/// caller still needs must be reachable from a root (a local on this stack is enough).
pub unsafe fn alloc(ctx: *mut VmContext, size: usize) -> *mut u8 {
    // SAFETY: forwarded contract.
    unsafe {
        if let Some(p) = alloc_bumped(ctx, size) {
            return p;
        }
        let heap = &mut (*ctx).heap;
        let fp = heap.space.footprint(size);
        if heap.stress || heap.allocated_since + fp > heap.threshold {
            collect(ctx);
        }
        let heap = &mut (*ctx).heap;
        let p = match heap.space.alloc(size) {
            Some(p) => p,
            None => {
                // The system refused memory: free what can be freed and try once more.
                collect(ctx);
                (*ctx)
                    .heap
                    .space
                    .alloc(size)
                    .unwrap_or_else(|| crate::object::out_of_memory(ctx))
            }
        };
        let heap = &mut (*ctx).heap;
        heap.allocated_since += fp;
        heap.note_mapped();
        p
    }
}

/// Runs a full collection now (a no-op off the VM thread).
///
/// # Safety
/// As for [`alloc`].
pub unsafe fn collect(ctx: *mut VmContext) {
    scrub_stack();
    // SAFETY: forwarded contract.
    unsafe { collect_now(ctx) }
}

/// Bytes of stack below the caller that [`scrub_stack`] zeroes.
const SCRUB_BYTES: usize = 16 << 10;

/// Zeroes the stack just below the caller's frame, where the collector's own frames are about
/// to go. Those frames leave some slots unwritten, and without this the slots would still hold
/// what the frames of returned methods left there (a program's dead objects among them), which
/// the conservative scan would take for live references.
#[inline(never)]
pub fn scrub_stack() {
    let mut area = [0u8; SCRUB_BYTES];
    // The zeroing must happen although nothing reads `area` afterwards.
    std::hint::black_box(&mut area);
}

/// [`collect`] without the scrub.
///
/// # Safety
/// As for [`alloc`].
#[inline(never)]
unsafe fn collect_now(ctx: *mut VmContext) {
    // SAFETY: forwarded contract; the marker borrows the heap's space while the roots are read
    // from the runtime, which nothing mutates during a collection.
    unsafe {
        let heap = &mut (*ctx).heap;
        let base = heap.stack_base;
        if base == 0 || heap.collecting || !roots::CAN_SCAN_STACK {
            return;
        }
        heap.collecting = true;
        // Allocation resumes from fresh runs: the unused cells of these are free after the
        // sweep (nothing marks them, unless a stack word happens to point there).
        heap.runs = [AllocRun::default(); heap::NCLASSES];
        let start = Instant::now();
        let stress = heap.stress;
        let trace = heap.trace;
        let mut known = stress.then(|| {
            (*(*ctx).types)
                .method_tables
                .iter()
                .map(|&m| m as usize)
                .collect::<mark::AddrSet>()
        });
        let extra = heap.extra_roots.clone();
        roots::with_registers_spilled(&mut |sp| {
            let heap = &mut (*ctx).heap;
            let mut m = mark::Marker::new(&mut heap.space, known.take());
            roots::scan_range(&mut m, sp, base);
            let from_stack = m.marked;
            roots::scan_runtime(&mut m, ctx, &extra);
            // `ldstr` literals: JIT code embeds their addresses as constants.
            for &s in heap.literals.values() {
                m.mark_word(s as usize);
            }
            for &o in &heap.ready {
                m.mark_word(o);
            }
            if trace {
                eprintln!(
                    "gc: scanned {} stack bytes; roots: {from_stack} objects from the stack, {} \
                     from the runtime",
                    base - sp,
                    m.marked - from_stack
                );
            }
            m.drain();
            // Registered objects nothing reaches: queued for their finalizer, and kept (with
            // what they reference) until it has run (`finalize.rs`).
            let mut unreachable = Vec::new();
            heap.finalizable.retain(|&o| {
                let keep = m.space.is_marked(o);
                if !keep {
                    unreachable.push(o);
                }
                keep
            });
            for o in unreachable {
                m.mark_word(o);
                heap.ready.push_back(o);
            }
            m.drain();
        });
        let heap = &mut (*ctx).heap;
        let live = heap.space.sweep(stress);
        if heap.stats {
            stats::record_allocated(heap.allocated_since as u64);
            stats::record_collection(start.elapsed().as_nanos() as u64, heap.space.mapped, live);
        }
        heap.threshold = next_threshold(heap.live + heap.allocated_since, live);
        heap.live = live;
        heap.allocated_since = 0;
        heap.collecting = false;
    }
}

/// Bytes the program's objects occupy: those alive at the last collection plus those allocated
/// since (`GC.GetTotalMemory`).
///
/// # Safety
/// `ctx` must be the live context.
pub unsafe fn total_memory(ctx: *mut VmContext) -> usize {
    // SAFETY: forwarded contract.
    unsafe { (*ctx).heap.live + (*ctx).heap.allocated_since }
}

/// Registers `slot` as a root: the object it holds when a collection runs stays alive. For
/// values natives or the runtime keep outside the VM thread's stack.
///
/// # Safety
/// `slot` must stay valid until [`remove_root`] or the end of the VM.
pub unsafe fn add_root(ctx: *mut VmContext, slot: *mut *mut Object) {
    // SAFETY: forwarded contract.
    unsafe { (*ctx).heap.extra_roots.push(slot) };
}

/// Unregisters a slot given to [`add_root`].
///
/// # Safety
/// `ctx` must be the live context.
pub unsafe fn remove_root(ctx: *mut VmContext, slot: *mut *mut Object) {
    // SAFETY: forwarded contract.
    unsafe { (*ctx).heap.extra_roots.retain(|&s| s != slot) };
}

/// Marks the current thread as the VM thread: its stack, from here up, is scanned from now on.
/// Call it in a frame above every frame that holds objects (before the first allocation).
///
/// # Safety
/// `ctx` must be the live context, used by this thread only until [`leave_thread`].
pub(crate) unsafe fn enter_thread(ctx: *mut VmContext) {
    // SAFETY: forwarded contract.
    unsafe { (*ctx).heap.stack_base = roots::current_stack_hi() };
}

/// Undoes [`enter_thread`] once managed code has returned.
///
/// # Safety
/// As for [`enter_thread`].
pub(crate) unsafe fn leave_thread(ctx: *mut VmContext) {
    // SAFETY: forwarded contract.
    unsafe {
        let heap = &mut (*ctx).heap;
        heap.stack_base = 0;
        if heap.stats {
            stats::record_allocated(heap.allocated_since as u64);
            heap.allocated_since = 0;
            stats::record_heap(heap.space.mapped);
        }
    }
}
