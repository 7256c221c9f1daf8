//! Exceptions at run time: the pending-exception slot, exception objects, stack traces, and the
//! report of an unhandled exception.
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
//! dispatch block, frame after frame, up to `Main`, whose caller (the VM entry, `lib.rs`) reports
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
//! exits with [`crate::fault::UNHANDLED_EXIT_CODE`] (134): CoreCLR on Linux aborts, and a shell
//! sees 128 + SIGABRT.

mod search;
mod trace;

use crate::Runtime;
use crate::loader::MethodKey;
use crate::object::{Object, VmContext};
use crate::types::TypeId;
use std::collections::HashMap;

pub(crate) use search::{vm_eh_filter_verdict, vm_eh_register_frame, vm_eh_search};
pub(crate) use trace::vm_eh_frame;

/// Per-VM exception bookkeeping (the pending exception itself lives in the `VmContext`).
#[derive(Default)]
pub(crate) struct EhState {
    /// Field offsets of `System.Exception`, found on first use (None: the core library has no
    /// such class, e.g. a test's stub library; then every exception is fatal, as before).
    fields: Option<Option<ExceptionFields>>,
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
}

/// Where the VM writes in an exception object (offsets from the object's start).
#[derive(Clone, Copy)]
struct ExceptionFields {
    exception: TypeId,
    message: i32,
    stack_trace: i32,
    trace_frame: i32,
    /// `ArgumentException._paramName`.
    param_name: Option<(TypeId, i32)>,
}

impl Runtime {
    /// The offset of field `name`, declared by `tid` or a base type.
    fn field_offset(&mut self, tid: TypeId, name: &str) -> Option<i32> {
        let mut t = Some(tid);
        while let Some(cur) = t {
            let asm = self.types[cur as usize].asm;
            for row in self.type_fields(cur) {
                let img = self.image(asm);
                let Some(f) = img.tables.field.get(row as usize - 1) else {
                    continue;
                };
                if img.string(f.name).ok() == Some(name) {
                    return self.field_info(asm, row).ok().map(|f| f.offset as i32);
                }
            }
            t = self.parent(cur).ok().flatten();
        }
        None
    }

    fn exception_fields(&mut self) -> Option<ExceptionFields> {
        if let Some(f) = self.eh.fields {
            return f;
        }
        let found = (|| {
            let exception = self.find_type(0, "System", "Exception")?;
            let message = self.field_offset(exception, "_message")?;
            let stack_trace = self.field_offset(exception, "_stackTraceString")?;
            let trace_frame = self.field_offset(exception, "_traceFrame")?;
            let param_name = self
                .find_type(0, "System", "ArgumentException")
                .and_then(|a| Some((a, self.field_offset(a, "_paramName")?)));
            Some(ExceptionFields {
                exception,
                message,
                stack_trace,
                trace_frame,
                param_name,
            })
        })();
        self.eh.fields = Some(found);
        found
    }
}

/// Splits `Namespace.Name` at the last dot.
fn split_name(full: &str) -> (&str, &str) {
    match full.rfind('.') {
        Some(i) => (&full[..i], &full[i + 1..]),
        None => ("", full),
    }
}

/// Creates an instance of the core library's exception class `type_name` (`System.FormatException`)
/// with `message`, without running a constructor: the VM sets the fields the constructors would.
/// A message ending in ` (Parameter 'x')` for an ArgumentException sets `ParamName` instead, so
/// `Message` composes it back as .NET does. None when the core library lacks the class.
///
/// # Safety
/// `ctx` must be the live context of the VM thread, with no Rust borrow of the runtime active.
pub(crate) unsafe fn new_exception(
    ctx: *mut VmContext,
    type_name: &str,
    message: &str,
) -> Option<*mut Object> {
    // SAFETY: short borrows of the live runtime; no managed code runs here.
    unsafe {
        let rt = &mut *(*ctx).runtime;
        let fields = rt.exception_fields()?;
        let (ns, name) = split_name(type_name);
        let tid = rt.find_type(0, ns, name)?;
        let mt = rt.ensure_layout(tid).ok()?.method_table;
        if !rt.is_subclass(tid, fields.exception) {
            return None;
        }
        let obj = crate::object::gc_alloc(ctx, mt, (*mt).base_size as usize);
        let mut message = message.to_string();
        let mut param = None;
        if let Some((arg_tid, off)) = fields.param_name
            && rt.is_subclass(tid, arg_tid)
            && let Some(start) = message.rfind(" (Parameter '")
            && message.ends_with("')")
        {
            param = Some((off, message[start + 13..message.len() - 2].to_string()));
            message.truncate(start);
        }
        let units: Vec<u16> = message.encode_utf16().collect();
        let s = crate::object::alloc_string(ctx, &units);
        write_ref(obj, fields.message, s);
        if let Some((off, p)) = param {
            let units: Vec<u16> = p.encode_utf16().collect();
            let s = crate::object::alloc_string(ctx, &units);
            write_ref(obj, off, s);
        }
        Some(obj)
    }
}

impl Runtime {
    /// Is `tid` the class `base` or derived from it.
    fn is_subclass(&mut self, tid: TypeId, base: TypeId) -> bool {
        let mut t = Some(tid);
        while let Some(cur) = t {
            if cur == base {
                return true;
            }
            t = self.parent(cur).ok().flatten();
        }
        false
    }
}

/// Stores a reference field.
///
/// # Safety
/// `obj` must be a live object with a reference field at `off`.
unsafe fn write_ref(obj: *mut Object, off: i32, v: *mut Object) {
    // SAFETY: forwarded contract.
    unsafe { ((obj as *mut u8).add(off as usize) as *mut *mut Object).write(v) }
}

/// Reads a reference field.
///
/// # Safety
/// As for [`write_ref`].
unsafe fn read_ref(obj: *mut Object, off: i32) -> *mut Object {
    // SAFETY: forwarded contract.
    unsafe { ((obj as *mut u8).add(off as usize) as *const *mut Object).read() }
}

/// Makes `exc` the pending exception.
///
/// # Safety
/// `ctx` must be the live context of the VM thread.
pub(crate) unsafe fn set_pending(ctx: *mut VmContext, exc: *mut Object) {
    // SAFETY: forwarded contract.
    unsafe {
        (*ctx).pending = exc;
        // A new throw (or rethrow) searches the stack afresh.
        (*ctx).searched = 0;
    }
}

/// The pending exception (null when none), which stays pending.
///
/// # Safety
/// `ctx` must be the live context of the VM thread.
pub unsafe fn pending(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: forwarded contract.
    unsafe { (*ctx).pending }
}

/// Clears the stack trace of `exc` before a `throw` starts a new one (`throw e;` restarts the
/// trace at the current frame, as in .NET; `throw;` keeps it).
///
/// # Safety
/// `ctx` live; `exc` a live exception object (or any object: nothing is written then).
unsafe fn reset_trace(ctx: *mut VmContext, exc: *mut Object) {
    // SAFETY: forwarded contract.
    unsafe {
        let rt = &mut *(*ctx).runtime;
        let Some(f) = rt.exception_fields() else {
            return;
        };
        if !is_exception(rt, exc, f.exception) {
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
unsafe fn is_exception(rt: &mut Runtime, obj: *mut Object, exception: TypeId) -> bool {
    if obj.is_null() {
        return false;
    }
    // SAFETY: a live object's MethodTable.
    let tid = unsafe { (*(*obj).method_table).type_id };
    (tid as usize) < rt.types.len() && rt.is_subclass(tid, exception)
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
        std::process::exit(crate::fault::UNHANDLED_EXIT_CODE)
    }
}

/// The exception's message as the VM stored it (for the fallback report), if readable.
///
/// # Safety
/// As for [`report_unhandled`]; `exc` a live object.
unsafe fn stored_text(ctx: *mut VmContext, exc: *mut Object) -> (String, String) {
    // SAFETY: forwarded contract.
    unsafe {
        let rt = &mut *(*ctx).runtime;
        let name = (*(*exc).method_table).name.clone();
        let Some(f) = rt.exception_fields() else {
            return (name, String::new());
        };
        if !is_exception(rt, exc, f.exception) {
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
