//! Exceptions at run time: the pending-exception slot, `throw` and `rethrow`, stack traces, and
//! the report of an unhandled exception. Floor 4 (execution), shared with the JIT, which it calls
//! and which calls it. Creating an exception object and making it pending is below, in
//! `fault.rs`, so that helpers of lower floors can raise one.
//!
//! # The design: a pending-exception slot
//!
//! An exception in flight is a pointer in `VmContext::pending`, one word at a fixed offset in
//! the context every managed method receives as its first argument. Whatever raises an exception (the `throw`
//! instruction, a failed inline check, a native, a helper) stores the exception object there and
//! control goes to the method's *dispatch* block for the IL offset that raised it
//! (`jit/eh.rs`): inside a `try`, the chain of that try's clauses, innermost first (a typed
//! catch tests the type, a filter runs its code, a finally or fault block runs and then the
//! chain continues); outside any try, or when no clause takes it, the method records its frame
//! in the stack trace and returns a dummy value to its caller. The caller finds the slot set in
//! the check it does after every call that can throw, and continues the search from its own
//! dispatch block, frame after frame, up to `Main`, whose caller (the VM entry, `runtime.rs`) reports
//! the exception as unhandled. Nothing unwinds the native stack: every frame returns normally,
//! so Rust natives, Cranelift frames and the conservative GC scan all see ordinary calls and
//! returns.
//!
//! Before that unwinding starts, the first dispatch block to see a new exception runs the
//! *first pass* (`search.rs`): a walk up the frame-pointer chain that tests each frame's catch
//! clauses and runs its `when` filters (compiled as funclets that reach the suspended frame's
//! locals, `jit/frame.rs`), without running any finally block. With no handler anywhere, the
//! exception is reported at once and no finally block runs, as ECMA-335 I.12.4.2.5 describes
//! and CoreCLR does (Mono runs them). With one, the unwinding described above runs the finally
//! blocks on the way, and a filter the first pass ran is not run again: its recorded verdict
//! decides.
//!
//! # What it costs
//!
//! The check after a call is one load and one branch that is never taken in the normal case:
//! `cmp qword [ctx + pending], 0; jne dispatch`, about 10 bytes per call site with the
//! dispatch code in cold blocks (an absolute address, as it was first, cost a 10-byte constant
//! more per site). Measured on fib(35) (docs/cranelift.md §3), it is within
//! noise: 1.64 ns per call with the check against 1.74 without. Throwing costs a helper call
//! per frame the exception crosses, plus the dispatch tests of the clauses on the way.
//!
//! Cranelift 0.135's `try_call` is the later, faster path: the call instruction names its
//! exception-handler blocks, Cranelift records them in a table beside the code, and a throw
//! walks the native stack with that table (as CoreCLR and wasmtime do) instead of every caller
//! testing a slot. The normal path then costs nothing at all, not even the load and branch;
//! only the throw becomes more expensive (a stack walk). It needs unwind information for JIT
//! frames, which cranelift-jit exposes only through its `wasmtime-unwinder` feature, and a throw
//! path that never crosses a Rust frame; the dispatch blocks of `jit/eh.rs` would stay as they
//! are and become `try_call`'s handler blocks.
//!
//! # Unhandled exceptions
//!
//! Standard output is flushed, then `Unhandled exception. ` and the exception's `ToString()`
//! (type, message, stack trace lines `   at Program.Main()`) go to standard error and the process
//! exits with [`crate::error::UNHANDLED_EXIT_CODE`] (134): CoreCLR on Linux aborts, and a shell
//! sees 128 + SIGABRT.

mod search;
mod trace;

use crate::loader::{MethodKey, TypeSystem};
use crate::object::{Object, VmContext, read_ref, write_ref};
use crate::types::{ExceptionFields, TypeId};
use rustc_hash::FxHashMap as HashMap;

pub(crate) use crate::fault::{pending, set_pending};
pub(crate) use search::{vm_eh_filter_verdict, vm_eh_register_frame, vm_eh_search};
pub(crate) use trace::vm_eh_frame;

/// Per-VM exception bookkeeping (the pending exception itself lives in the `VmContext`).
#[derive(Default)]
pub(crate) struct EhState {
    /// `Type.Method(Int32 n)` per method, for stack traces.
    frame_names: HashMap<MethodKey, String>,
    /// The entry point, whose frame is the last one the first pass walks (`search.rs`).
    pub entry: Option<MethodKey>,
    /// Each method's exception clauses, for the first pass.
    clauses: HashMap<MethodKey, std::rc::Rc<[metadata::EhClause]>>,
    /// (frame pointer, directory) of the live frames of methods with filters (`search.rs`).
    filter_frames: Vec<(usize, usize)>,
    /// What filters said in a first pass: (exception, frame pointer, clause, took it).
    filter_verdicts: Vec<(usize, usize, u32, bool)>,
    /// The compiled filter funclets, by method and clause.
    pub funclets: HashMap<(MethodKey, usize), usize>,
    /// The TypeInitializationException of each type whose static constructor threw, rethrown
    /// at every later use of the type; each box is a registered GC root.
    pub failed_inits: HashMap<crate::types::TypeId, Box<*mut crate::object::Object>>,
}

/// Clears the stack trace of `exc` before a `throw` starts a new one (`throw e;` restarts the
/// trace at the current frame, as in .NET; `throw;` keeps it).
///
/// # Safety
/// `ctx` live; `exc` a live exception object (or any object: nothing is written then).
unsafe fn reset_trace(ctx: *mut VmContext, exc: *mut Object) {
    // SAFETY: forwarded contract.
    unsafe {
        let ts = &mut *(*ctx).types;
        let Some(f) = ts.exception_fields() else {
            return;
        };
        if !is_exception(ts, exc, f.exception) {
            return;
        }
        write_ref(exc, f.stack_trace, std::ptr::null_mut());
        ((exc as *mut u8).add(f.trace_frame as usize) as *mut i64).write(0);
    }
}

/// Is `obj` an instance of System.Exception (or a subclass)?
///
/// # Safety
/// `obj` must be null or a live object.
unsafe fn is_exception(ts: &mut TypeSystem, obj: *mut Object, exception: TypeId) -> bool {
    if obj.is_null() {
        return false;
    }
    // SAFETY: a live object's MethodTable.
    let tid = unsafe { (*(*obj).method_table).type_id };
    (tid as usize) < ts.types.len() && ts.is_subclass(tid, exception)
}

/// The `throw` instruction (III.4.26): `exc` becomes pending with a fresh stack trace; a null
/// reference throws NullReferenceException instead.
pub(crate) extern "C" fn vm_eh_throw(ctx: *mut VmContext, exc: *mut Object) {
    // SAFETY: JIT code passes its live context and an object reference.
    unsafe {
        if exc.is_null() {
            crate::fault::vm_throw_fault(ctx, crate::fault::FaultKind::NullReference as u32);
            return;
        }
        reset_trace(ctx, exc);
        set_pending(ctx, exc);
    }
}

/// `rethrow` (III.4.23): the caught exception is pending again, its stack trace kept.
pub(crate) extern "C" fn vm_eh_rethrow(ctx: *mut VmContext, exc: *mut Object) {
    // SAFETY: JIT code passes its live context.
    unsafe { set_pending(ctx, exc) }
}

/// Reports the pending exception, if any, as unhandled and ends the process; returns when none
/// is pending. Runs on the VM thread after the entry point returned.
///
/// # Safety
/// `ctx` must be the live context of the VM thread with no Rust borrow of the runtime active.
pub(crate) unsafe fn report_unhandled(ctx: *mut VmContext) {
    // SAFETY: forwarded contract.
    unsafe {
        let exc = pending(ctx);
        if exc.is_null() {
            return;
        }
        set_pending(ctx, std::ptr::null_mut());
        let text = trace::to_string(ctx, exc);
        (*ctx).flush_stdout();
        eprintln!("Unhandled exception. {text}");
        std::process::exit(crate::error::UNHANDLED_EXIT_CODE)
    }
}

/// The exception's message as the VM stored it (for the fallback report), if readable.
///
/// # Safety
/// As for [`report_unhandled`]; `exc` a live object.
unsafe fn stored_text(ctx: *mut VmContext, exc: *mut Object) -> (String, String) {
    // SAFETY: forwarded contract.
    unsafe {
        let ts = &mut *(*ctx).types;
        let name = (*(*exc).method_table).name.clone();
        let Some(f) = ts.exception_fields() else {
            return (name, String::new());
        };
        if !is_exception(ts, exc, f.exception) {
            return (name, String::new());
        }
        let msg = crate::object::string_to_rust(read_ref(exc, f.message));
        let st = crate::object::string_to_rust(read_ref(exc, f.stack_trace));
        let head = if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        };
        (head, st)
    }
}
