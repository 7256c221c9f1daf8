//! The roots: the VM thread's stack and saved registers (conservatively), the type system's static
//! storage (conservatively), cached type objects and the pending exception (exactly), and slots
//! natives register. The heap's own roots (interned string literals, the finalizer queue) are
//! marked where the heap is at hand (`collect_now`).
//! Floor 2 (the object model and the heap).

use super::mark::Marker;
use crate::loader::TypeSystem;
use crate::object::{Object, VmContext};

/// The bounds `[lo, hi)` of the current thread's stack, from pthreads.
pub fn current_stack_hi() -> usize {
    // SAFETY: plain pthread queries on the current thread; attr is initialized by getattr_np
    // and destroyed once.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if rc != 0 {
            return 0;
        }
        addr as usize + size
    }
}

/// Whether this target can spill its callee-saved registers for a scan; without it the
/// collector never runs (the heap only grows, as before the collector existed).
pub const CAN_SCAN_STACK: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));

/// Spills the callee-saved registers into this frame, then calls `f` with the current stack
/// pointer: every value a caller keeps in a register or a spill slot is then in memory in
/// `[sp, base)`. Without the spill, pointers held only in callee-saved registers (r13 and r15 in
/// practice) are missed (docs/cranelift.md §4).
#[inline(never)]
pub fn with_registers_spilled(f: &mut dyn FnMut(usize)) {
    let mut regs = [0usize; 12];
    let sp: usize;
    // SAFETY: stores registers into the local array and reads sp; no memory but `regs` is
    // written and no register is changed.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            "mov {sp}, rsp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    // SAFETY: as above; x19–x28 and the frame pointer are AArch64's callee-saved registers.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]",
            "stp x21, x22, [{r}, #16]",
            "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            "stp x27, x28, [{r}, #64]",
            "str x29, [{r}, #80]",
            "mov {sp}, sp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        sp = 0;
    }
    // The array must stay in this frame (above sp) until the scan is done.
    std::hint::black_box(&mut regs);
    f(sp);
    std::hint::black_box(&regs);
}

/// Marks from every word of `[lo, hi)` (8-aligned) that points into a live object.
///
/// # Safety
/// The range must be readable memory.
pub unsafe fn scan_range(m: &mut Marker, lo: usize, hi: usize) {
    let mut p = (lo + 7) & !7;
    while p + 8 <= hi {
        // SAFETY: p is inside the readable range.
        let w = unsafe { (p as *const usize).read() };
        m.mark_word(w);
        p += 8;
    }
}

/// Marks from the roots the type system and the context hold.
///
/// # Safety
/// `ctx` must be the live context; no other code may be mutating the type system's tables.
pub unsafe fn scan_runtime(m: &mut Marker, ctx: *mut VmContext, extra: &[*mut *mut Object]) {
    // SAFETY: forwarded contract: read-only access to the type system while the mutator is stopped
    // inside an allocation.
    unsafe {
        let ts: &TypeSystem = &*(*ctx).types;
        // Static fields of every loaded type (their layout is not kept per block, and a block
        // may hold structs with references: scanning every word covers both).
        for block in &ts.static_blocks {
            let lo = block.as_ptr() as usize;
            scan_range(m, lo, lo + block.len() * 8);
        }
        // Each type's cached System.Type object.
        for &mt in &ts.method_tables {
            let t = (*mt).type_object;
            if !t.is_null() {
                m.mark_word(t as usize);
            }
        }
        // The exception in flight (`eh/`): between the raise and its catch it may be held
        // nowhere else.
        m.mark_word((*ctx).pending as usize);
        for &slot in extra {
            let o = *slot;
            if !o.is_null() {
                m.mark_word(o as usize);
            }
        }
    }
}
