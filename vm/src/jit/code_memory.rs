//! Where JIT code lives (x86-64): large mappings, readable, writable and executable at once,
//! filled front to back. Cranelift's own providers hand every finished function fresh pages
//! and switch their protection from writable to executable, which for a VM that compiles and
//! finishes one method at a time meant a page or more and an `mprotect` per method: on a
//! program whose 2,000 methods each run once, a tenth of the time went to the kernel
//! (benches/README.md, "Cold code"). Memory that is writable and executable together gives
//! up W^X hardening, as the CLR did before .NET 7; x86-64 needs no instruction-cache flush
//! after a write, and `tiers.rs` can patch quick code in place. Other targets keep
//! Cranelift's provider.

use std::io;

use cranelift_jit::{BranchProtection, JITMemoryKind, JITMemoryProvider};

/// The size of each mapping: address space reserved, memory only where code is written.
const CHUNK: usize = 16 << 20;

/// Where each function starts: Cranelift's preferred alignment for x86-64 (its minimum, the one
/// `cranelift-jit` uses, is a byte). With functions packed byte to byte, a hot loop's place
/// relative to the 32-byte fetch and decode windows depended on everything compiled before
/// it: fannkuch-redux ran 13% slower after an unrelated change moved its code by 8 bytes.
const FUNCTION_ALIGN: usize = 32;

pub(crate) struct CodeMemory {
    /// The mapping being filled: its start, its size and the bytes used.
    start: *mut u8,
    size: usize,
    used: usize,
}

// SAFETY: the VM thread alone allocates from it; the pointer is to process-wide memory.
unsafe impl Send for CodeMemory {}

impl CodeMemory {
    pub(crate) fn new() -> CodeMemory {
        CodeMemory { start: std::ptr::null_mut(), size: 0, used: 0 }
    }

    /// A new mapping of at least `size` bytes becomes the one being filled (the rest of the
    /// old one stays mapped: code in it is still in use).
    fn map(&mut self, size: usize) -> io::Result<()> {
        let size = size.max(CHUNK);
        // SAFETY: an anonymous private mapping the process owns from now on.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        (self.start, self.size, self.used) = (p as *mut u8, size, 0);
        Ok(())
    }
}

impl JITMemoryProvider for CodeMemory {
    fn allocate(&mut self, size: usize, align: u64, kind: JITMemoryKind) -> io::Result<*mut u8> {
        let mut align = align.max(1) as usize;
        if matches!(kind, JITMemoryKind::Executable) {
            align = align.max(FUNCTION_ALIGN);
        }
        let at = self.used.next_multiple_of(align);
        if self.start.is_null() || at + size > self.size {
            self.map(size + align)?;
            return self.allocate(size, align as u64, kind);
        }
        self.used = at + size;
        // SAFETY: `at + size` is within the mapping.
        Ok(unsafe { self.start.add(at) })
    }

    unsafe fn free_memory(&mut self) {
        // Code may be referenced for as long as the process runs (delegates, vtables): kept.
    }

    fn finalize(&mut self, _branch_protection: BranchProtection) -> cranelift_module::ModuleResult<()> {
        // Already executable; x86-64 keeps instruction fetch coherent with stores.
        Ok(())
    }
}
