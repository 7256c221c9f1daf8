//! `SHARP_GC_STATS=1`: counters kept for the whole process and printed to stderr at exit.
//! Floor 2 (the object model and the heap).
//!
//! They are process-wide atomics rather than fields of the heap so that every way out of the
//! process (the end of Main, `Environment.Exit`, an unhandled exception: all go through libc's
//! `exit`) prints them, from an `atexit` handler.

use std::sync::Once;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static COLLECTIONS: AtomicU64 = AtomicU64::new(0);
static TOTAL_PAUSE_NS: AtomicU64 = AtomicU64::new(0);
static MAX_PAUSE_NS: AtomicU64 = AtomicU64::new(0);
static PEAK_HEAP: AtomicU64 = AtomicU64::new(0);
static HEAP: AtomicU64 = AtomicU64::new(0);
static LIVE: AtomicU64 = AtomicU64::new(0);
static ALLOCATED: AtomicU64 = AtomicU64::new(0);

static INSTALL: Once = Once::new();

/// Is `SHARP_GC_STATS` set (to anything but 0)?
pub fn enabled() -> bool {
    std::env::var_os("SHARP_GC_STATS").is_some_and(|v| v != "0" && !v.is_empty())
}

/// Arranges for the counters to be printed when the process exits.
pub fn install_printer() {
    INSTALL.call_once(|| {
        // SAFETY: registers a plain extern "C" function with no captured state.
        unsafe { libc::atexit(print_at_exit) };
    });
}

/// Records one collection.
pub fn record_collection(pause_ns: u64, heap: usize, live: usize) {
    COLLECTIONS.fetch_add(1, Relaxed);
    TOTAL_PAUSE_NS.fetch_add(pause_ns, Relaxed);
    MAX_PAUSE_NS.fetch_max(pause_ns, Relaxed);
    LIVE.store(live as u64, Relaxed);
    record_heap(heap);
}

/// Records the heap's current mapped size.
pub fn record_heap(heap: usize) {
    HEAP.store(heap as u64, Relaxed);
    PEAK_HEAP.fetch_max(heap as u64, Relaxed);
}

/// Adds to the bytes allocated in total.
pub fn record_allocated(bytes: u64) {
    ALLOCATED.fetch_add(bytes, Relaxed);
}

/// The counters as one line of text.
pub fn summary() -> String {
    let ms = |ns: u64| ns as f64 / 1e6;
    let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
    format!(
        "gc: {} collections, pause total {:.3} ms, max {:.3} ms; heap {:.1} MiB (peak {:.1} MiB), \
         live after last collection {:.1} MiB, allocated {:.1} MiB",
        COLLECTIONS.load(Relaxed),
        ms(TOTAL_PAUSE_NS.load(Relaxed)),
        ms(MAX_PAUSE_NS.load(Relaxed)),
        mib(HEAP.load(Relaxed)),
        mib(PEAK_HEAP.load(Relaxed)),
        mib(LIVE.load(Relaxed)),
        mib(ALLOCATED.load(Relaxed)),
    )
}

extern "C" fn print_at_exit() {
    eprintln!("{}", summary());
}
