//! Runtime faults: the managed exceptions the JIT's explicit checks raise.
//! Floor 3: it creates exception objects (floor 2) of types it looks up (floor 1) and knows nothing
//! of how they are handled (`eh/`, floor 4).
//!
//! A fault creates an instance of the core library's exception class with .NET's message and
//! makes it the pending exception (`eh/`): [`raise`] from helpers, which then return normally,
//! [`throw`] from natives (it returns to the native's guard), [`vm_throw_fault`] from the JIT's
//! inline checks, whose throw blocks then jump to the method's dispatch block. A VM error while
//! managed code runs (a method that cannot be compiled) stays fatal: [`throw_vm_error`].

use crate::error::VmError;
use crate::object::{Object, VmContext, write_ref};

pub use crate::error::{UNHANDLED_EXIT_CODE, out_of_memory};

/// The exceptions the JIT's inline checks raise. The discriminant is what JIT code passes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum FaultKind {
    NullReference = 0,
    IndexOutOfRange = 1,
    DivideByZero = 2,
    Overflow = 3,
    InvalidCast = 4,
    NegativeArraySize = 5,
    Arithmetic = 6,
    /// Bad IL the JIT could only catch at run time (`jit/reftypes.rs`: an element access on an
    /// object that is no vector of the accessed kind).
    InvalidProgram = 7,
    /// A delegate made for an instance method with a null target (`newobj` of its constructor).
    NullDelegateTarget = 8,
}

impl FaultKind {
    pub fn from_u32(v: u32) -> Option<FaultKind> {
        use FaultKind::*;
        [
            NullReference,
            IndexOutOfRange,
            DivideByZero,
            Overflow,
            InvalidCast,
            NegativeArraySize,
            Arithmetic,
            InvalidProgram,
            NullDelegateTarget,
        ]
        .get(v as usize)
        .copied()
    }

    /// The exception type and the message modern .NET gives it.
    pub fn exception(self) -> (&'static str, &'static str) {
        match self {
            FaultKind::NullReference => (
                "System.NullReferenceException",
                "Object reference not set to an instance of an object.",
            ),
            FaultKind::IndexOutOfRange => (
                "System.IndexOutOfRangeException",
                "Index was outside the bounds of the array.",
            ),
            FaultKind::DivideByZero => (
                "System.DivideByZeroException",
                "Attempted to divide by zero.",
            ),
            FaultKind::Overflow => (
                "System.OverflowException",
                "Arithmetic operation resulted in an overflow.",
            ),
            FaultKind::InvalidCast => (
                "System.InvalidCastException",
                "Specified cast is not valid.",
            ),
            FaultKind::NegativeArraySize => (
                "System.OverflowException",
                "Arithmetic operation resulted in an overflow.",
            ),
            FaultKind::Arithmetic => (
                "System.ArithmeticException",
                "Overflow or underflow in the arithmetic operation.",
            ),
            FaultKind::InvalidProgram => (
                "System.InvalidProgramException",
                "Common Language Runtime detected an invalid program.",
            ),
            FaultKind::NullDelegateTarget => (
                "System.ArgumentException",
                "Delegate to an instance method cannot have null 'this'.",
            ),
        }
    }
}

/// The payload of the unwind [`throw`] starts inside a native; [`crate::natives::guard`] catches
/// it and returns to JIT code, which finds the exception pending.
pub(crate) struct ManagedThrow;

thread_local! {
    /// How many [`crate::natives::guard`] frames are active on this thread: [`throw`] may unwind
    /// only when one will catch it (an unwind into JIT frames would abort the process).
    pub(crate) static GUARD_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Makes a new `type_name` exception with `message` the pending exception and returns; the JIT
/// code that called the raising helper or native goes to its dispatch block. When the core
/// library has no such class, the exception is reported as unhandled at once.
///
/// # Safety
/// `ctx` must be the live context of the VM thread, with no Rust borrow of the runtime active.
pub unsafe fn raise(ctx: *mut VmContext, type_name: &str, message: &str) {
    // SAFETY: forwarded contract.
    unsafe {
        match new_exception(ctx, type_name, message) {
            Some(exc) => set_pending(ctx, exc),
            None => fatal(ctx, type_name, message),
        }
    }
}

/// A `System.TypeInitializationException` for the type `type_name` whose static constructor
/// threw `inner` (which stays pending, so rooted, while this allocates). None when the core
/// library lacks the class.
///
/// # Safety
/// `ctx` must be the live context of the VM thread, with no Rust borrow of the runtime active.
pub(crate) unsafe fn type_initialization_exception(ctx: *mut VmContext, type_name: &str, inner: *mut Object) -> Option<*mut Object> {
    // SAFETY: forwarded contract; the borrows of the type system are short.
    unsafe {
        let message = format!("The type initializer for '{type_name}' threw an exception.");
        let exc = new_exception(ctx, "System.TypeInitializationException", &message)?;
        let ts = &mut *(*ctx).types;
        let exception = ts.find_type(0, "System", "Exception")?;
        let wrapper = ts.find_type(0, "System", "TypeInitializationException")?;
        let inner_off = ts.field_offset(exception, "_innerException")?;
        let name_off = ts.field_offset(wrapper, "_typeName")?;
        write_ref(exc, inner_off, inner);
        // Rooted through the pending exception's slot while the name is allocated.
        set_pending(ctx, exc);
        let units: Vec<u16> = type_name.encode_utf16().collect();
        let name = crate::object::alloc_string(ctx, &units);
        write_ref(exc, name_off, name);
        Some(exc)
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
unsafe fn new_exception(
    ctx: *mut VmContext,
    type_name: &str,
    message: &str,
) -> Option<*mut Object> {
    // SAFETY: short borrows of the live type system; no managed code runs here.
    unsafe {
        let ts = &mut *(*ctx).types;
        let fields = ts.exception_fields()?;
        let (ns, name) = split_name(type_name);
        let tid = ts.find_type(0, ns, name)?;
        let mt = ts.ensure_layout(tid).ok()?.method_table;
        if !ts.is_subclass(tid, fields.exception) {
            return None;
        }
        let obj = crate::object::gc_alloc(ctx, mt, (*mt).base_size as usize);
        let mut message = message.to_string();
        let mut param = None;
        if let Some((arg_tid, off)) = fields.param_name
            && ts.is_subclass(tid, arg_tid)
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

/// Raises the managed exception `type_name` from inside a native body run by
/// [`crate::natives::guard`]: the exception becomes pending and the native returns a dummy value
/// at once (a Rust unwind to the guard, which never crosses a JIT frame). Outside a guard the
/// exception is reported as unhandled.
///
/// # Safety
/// `ctx` must be null or the live context of the current VM thread.
pub unsafe fn throw(ctx: *mut VmContext, type_name: &str, message: &str) -> ! {
    if ctx.is_null() || GUARD_DEPTH.with(|d| d.get()) == 0 {
        // SAFETY: forwarded contract.
        unsafe { fatal(ctx, type_name, message) }
    }
    // SAFETY: forwarded contract; ctx is non-null.
    unsafe { raise(ctx, type_name, message) };
    std::panic::resume_unwind(Box::new(ManagedThrow))
}

/// Ends the process as an unhandled exception of `type_name` would, without an exception object.
///
/// # Safety
/// `ctx` must be null or the live context of the current VM thread.
pub unsafe fn fatal(ctx: *mut VmContext, type_name: &str, message: &str) -> ! {
    if !ctx.is_null() {
        // SAFETY: a non-null ctx is the live context of the thread that faulted.
        unsafe { (*ctx).flush_stdout() };
    }
    eprintln!("Unhandled exception. {type_name}: {message}");
    std::process::exit(UNHANDLED_EXIT_CODE)
}

/// The helper JIT code calls for a failed inline check: the exception becomes pending.
pub(crate) extern "C" fn vm_throw_fault(ctx: *mut VmContext, kind: u32) {
    let (ty, msg) = FaultKind::from_u32(kind)
        .map(FaultKind::exception)
        .unwrap_or(("System.Exception", "Unknown fault."));
    // SAFETY: JIT code passes its live context.
    unsafe { raise(ctx, ty, msg) }
}

/// A VM error met while managed code runs (a lazy compile that fails): reported as the unhandled
/// exception .NET would throw for it, and fatal. It is not made catchable: the helpers that meet
/// it (compile, virtual dispatch) must return code to call, and have none.
pub(crate) fn throw_vm_error(ctx: *mut VmContext, err: &VmError) -> ! {
    // SAFETY: called with the context JIT code passed to the compile helper.
    unsafe { fatal(ctx, vm_error_exception(err), &err.to_string()) }
}

/// The managed exception .NET raises for a VM error met while loading or compiling a method.
fn vm_error_exception(err: &VmError) -> &'static str {
    use VmError as E;
    match err {
        E::MissingMethod(_) | E::MissingNative(_) => "System.MissingMethodException",
        E::MissingField(_) => "System.MissingFieldException",
        E::MissingType(_) | E::MissingAssembly(_) | E::TypeLoad(_) => "System.TypeLoadException",
        E::BadImage(_) => "System.BadImageFormatException",
        E::NotSupported(_) => "System.NotSupportedException",
        _ => "System.InvalidProgramException",
    }
}

/// A method that cannot be compiled (invalid IL, a missing member it names): the exception .NET
/// would throw at its call becomes pending, and the caller gets [`vm_failed_method`] to call
/// instead of code. The caller's pending test after the call then dispatches the exception, so
/// a program can catch it, as on .NET. The callee's code slot stays empty: each call tries again
/// and raises again.
pub(crate) fn raise_vm_error(ctx: *mut VmContext, err: &VmError) -> *const u8 {
    // SAFETY: called with the live context JIT code passed to a helper.
    unsafe { raise(ctx, vm_error_exception(err), &err.to_string()) };
    vm_failed_method as *const u8
}

/// Stands in for a method that failed to compile: called with that method's arguments, it reads
/// none of them and returns 0 (in the integer and float return registers alike), which the
/// caller discards because an exception is pending. Any signature may call it: under the C
/// calling convention the caller owns its arguments.
extern "C" fn vm_failed_method() -> u64 {
    0
}
