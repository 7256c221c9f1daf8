//! Finalization: running `Finalize` (a C# destructor) once an object becomes unreachable.
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
/// allocates may queue more). Does nothing when called from inside a finalizer.
///
/// # Safety
/// `ctx` must be the live context on the VM thread, with no Rust borrow of the runtime active
/// (managed code runs here).
pub unsafe fn run_finalizers(ctx: *mut VmContext) {
    // SAFETY: forwarded contract; each borrow of the heap or runtime ends before managed code
    // runs, and the object being finalized stays on this stack, so the stack scan keeps it.
    unsafe {
        if (*ctx).heap.running_finalizers || (*ctx).heap.ready.is_empty() {
            return;
        }
        let Some(slot) = (*(*ctx).runtime).finalize_slot() else {
            (*ctx).heap.ready.clear();
            return;
        };
        (*ctx).heap.running_finalizers = true;
        while let Some(o) = (*ctx).heap.ready.pop_front() {
            let obj = o as *mut Object;
            let code = crate::dispatch::vm_resolve_virtual(ctx, obj, slot);
            if !crate::eh::pending(ctx).is_null() {
                break;
            }
            let f: extern "C" fn(*mut VmContext, *mut Object) = std::mem::transmute(code);
            f(ctx, obj);
            std::hint::black_box(obj);
            if !crate::eh::pending(ctx).is_null() {
                break;
            }
        }
        (*ctx).heap.running_finalizers = false;
        // An exception that escapes a finalizer ends the process, as on .NET.
        crate::eh::report_unhandled(ctx);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_queues_start_empty() {
        let h = super::Heap::default();
        assert!(h.finalizable.is_empty() && h.ready.is_empty() && !h.running_finalizers);
    }
}

impl crate::Runtime {
    /// `System.Object::Finalize` and its vtable slot (None when the core library lacks it).
    fn object_finalize(&mut self) -> Option<(crate::loader::MethodKey, u32)> {
        if let Some(f) = self.finalize {
            return f;
        }
        let found = (|| {
            let object = self.find_type(0, "System", "Object")?;
            let key = self.type_methods(object).find_map(|row| {
                let key = crate::loader::MethodKey { asm: 0, row };
                let named = self.method_name(key).ok()? == "Finalize";
                (named && self.method_info(key).ok()?.params.is_empty()).then_some(key)
            })?;
            Some((key, self.virtual_slot(key).ok()??))
        })();
        self.finalize = Some(found);
        found
    }

    /// The vtable slot of `Finalize`.
    pub(crate) fn finalize_slot(&mut self) -> Option<u32> {
        self.object_finalize().map(|(_, slot)| slot)
    }

    /// Does class `tid` override `System.Object::Finalize` (itself or through a base class).
    pub(crate) fn overrides_finalize(&mut self, tid: crate::types::TypeId) -> crate::error::Result<bool> {
        let Some((key, slot)) = self.object_finalize() else {
            return Ok(false);
        };
        Ok(self
            .vtable_keys(tid)?
            .get(slot as usize)
            .is_some_and(|&k| k != key))
    }
}
