//! `System.GC` natives: forcing a collection and reading the heap's size (`vm/src/gc`).

use vm::object::VmContext;

/// `GC.Collect()`: a full collection. It runs inside this native, on the VM thread, so the
/// managed frames that called it are scanned like at any allocation.
pub extern "C" fn collect(ctx: *mut VmContext) {
    // This frame is as small as can be, and what runs below it starts on zeroed stack: the
    // unwritten slots of the frames below would otherwise still hold what the program's
    // returned methods left there, dead objects the conservative scan would keep.
    vm::gc::scrub_stack();
    collect_and_finalize(ctx);
}

#[inline(never)]
extern "C" fn collect_and_finalize(ctx: *mut VmContext) {
    // SAFETY: the VM passes its live context, on the VM thread, with no Rust borrow of the
    // runtime active (a native's frame holds none).
    unsafe {
        vm::natives::guard(ctx, || vm::gc::collect(ctx));
        vm::gc::run_finalizers(ctx);
    }
}

/// `GC.WaitForPendingFinalizers()`: runs the finalizers the collections have queued.
pub extern "C" fn wait_for_pending_finalizers(ctx: *mut VmContext) {
    // SAFETY: as for `collect`.
    unsafe { vm::gc::run_finalizers(ctx) }
}

/// `GC.SetFinalizable(obj, on)`: `SuppressFinalize` (off) and `ReRegisterForFinalize` (on).
pub extern "C" fn set_finalizable(ctx: *mut VmContext, obj: *mut vm::object::Object, on: bool) {
    // SAFETY: the VM passes its live context; the managed caller checked `obj` for null.
    unsafe { vm::natives::guard(ctx, || vm::gc::set_finalizable(ctx, obj, on)) }
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
    r.register(
        "System.GC::WaitForPendingFinalizers()",
        wait_for_pending_finalizers as *const u8,
    );
    r.register(
        "System.GC::SetFinalizable(object,bool)",
        set_finalizable as *const u8,
    );
}
