//! `System.GC` natives: forcing a collection and reading the heap's size (`vm/src/gc`).

use vm::object::VmContext;

/// `GC.Collect()`: a full collection. It runs inside this native, on the VM thread, so the
/// managed frames that called it are scanned like at any allocation.
pub extern "C" fn collect(ctx: *mut VmContext) {
    // SAFETY: the VM passes its live context, on the VM thread.
    unsafe { vm::natives::guard(ctx, || vm::gc::collect(ctx)) }
}

/// `GC.TotalMemory()`: the bytes `GC.GetTotalMemory` reports.
pub extern "C" fn total_memory(ctx: *mut VmContext) -> i64 {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || vm::gc::total_memory(ctx) as i64) }
}

/// Registers the natives of `System.GC`.
pub fn register(r: &mut vm::NativeRegistry) {
    r.register("System.GC::Collect()", collect as *const u8);
    r.register("System.GC::TotalMemory()", total_memory as *const u8);
}
