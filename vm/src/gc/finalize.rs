//! Finalization: running `Finalize` (a C# destructor) once an object becomes unreachable.
//! Floor 2: the queues are here; running the finalizers is the business of the floors above,
//! through `Heap::finalizer_runner`.
//!
//! An object whose class overrides `System.Object::Finalize` is registered when it is
//! allocated (`MethodTable::has_finalizer`, decided by `layout.rs`). The registry does not keep
//! it alive. After a collection has marked everything reachable, each registered object left
//! unmarked is moved to the *ready* queue and marked after all, with everything it references
//! (it is resurrected: its finalizer will read it), so the sweep spares it. The ready queue is
//! a root until its finalizers have run; an object whose finalizer has run is an ordinary
//! object again, freed by the next collection that finds it unreachable (unless
//! `GC.ReRegisterForFinalize` registered it again). This is the CLI's model (ECMA-335 I.8.9.6.7).
//!
//! The finalizers run on the VM thread, where managed code may run with no Rust borrow of the
//! runtime active: after `GC.Collect()`, in `GC.WaitForPendingFinalizers()`, and after an
//! allocation by `newobj` or `box` that found the queue non-empty. .NET runs them on a thread
//! of their own, at a time the program cannot know, so these are among the orders it allows.
//! As on .NET, an exception a finalizer does not catch ends the process, and objects still
//! registered when the program ends are not finalized (CoreCLR's behaviour; Mono's differs).

use super::Heap;
use crate::object::{Object, VmContext};

impl Heap {
    /// Registers `obj` (of a class with a finalizer) at its allocation.
    pub(crate) fn register_finalizable(&mut self, obj: *mut Object) {
        self.finalizable.push(obj as usize);
    }
}

/// `GC.SuppressFinalize` (`on` false) and `GC.ReRegisterForFinalize` (`on` true) for `obj`.
///
/// # Safety
/// `ctx` must be the live context; `obj` a live object.
pub unsafe fn set_finalizable(ctx: *mut VmContext, obj: *mut Object, on: bool) {
    // SAFETY: forwarded contract.
    unsafe {
        let heap = &mut (*ctx).heap;
        let o = obj as usize;
        heap.finalizable.retain(|&f| f != o);
        if on && (*(*obj).method_table).has_finalizer {
            heap.finalizable.push(o);
        }
    }
}

/// Runs the finalizers of the ready queue, oldest first, until it is empty (a finalizer that
/// allocates may queue more), through the heap's `finalizer_runner`. Does nothing when called
/// from inside a finalizer.
///
/// # Safety
/// `ctx` must be the live context on the VM thread, with no Rust borrow of the runtime active
/// (managed code runs here).
pub unsafe fn run_finalizers(ctx: *mut VmContext) {
    // SAFETY: forwarded contract; the heap borrow ends before the runner runs managed code.
    unsafe {
        let heap = &mut (*ctx).heap;
        if heap.running_finalizers || heap.ready.is_empty() {
            return;
        }
        let Some(runner) = heap.finalizer_runner else {
            heap.ready.clear();
            return;
        };
        heap.running_finalizers = true;
        runner(ctx);
        (*ctx).heap.running_finalizers = false;
    }
}

/// Takes the oldest object off the ready queue, for the finalizer runner.
///
/// # Safety
/// `ctx` must be the live context.
pub(crate) unsafe fn next_ready(ctx: *mut VmContext) -> Option<*mut Object> {
    // SAFETY: forwarded contract.
    unsafe { (*ctx).heap.ready.pop_front().map(|o| o as *mut Object) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_queues_start_empty() {
        let h = super::Heap::default();
        assert!(h.finalizable.is_empty() && h.ready.is_empty() && !h.running_finalizers);
    }
}
