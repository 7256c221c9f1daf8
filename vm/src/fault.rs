//! Runtime faults: the managed exceptions the JIT's explicit checks raise.
//!
//! There is no try/catch yet, so every exception is unhandled: [`throw`] flushes stdout, prints
//! `Unhandled exception. <Type>: <message>` to stderr and exits with 134, what .NET does on Linux
//! (it aborts). JIT code reaches it through [`vm_throw_fault`] with a [`FaultKind`]. When the
//! pending-exception mechanism arrives, only these two functions change: they will set the pending
//! exception and return, and the JIT's throw blocks will jump to the dispatch block.

use crate::object::VmContext;

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
        }
    }
}

/// The exit status of a process killed by an unhandled exception (SIGABRT on .NET/Linux).
pub const UNHANDLED_EXIT_CODE: i32 = 134;

/// Raises the managed exception `type_name` with `message`. Nothing can catch it yet.
///
/// # Safety
/// `ctx` must be null or the live context of the current VM thread.
pub unsafe fn throw(ctx: *mut VmContext, type_name: &str, message: &str) -> ! {
    if !ctx.is_null() {
        // SAFETY: a non-null ctx is the live context of the thread that faulted.
        unsafe { (*ctx).flush_stdout() };
    }
    eprintln!("Unhandled exception. {type_name}: {message}");
    std::process::exit(UNHANDLED_EXIT_CODE)
}

/// The helper JIT code calls for a failed inline check.
pub(crate) extern "C" fn vm_throw_fault(ctx: *mut VmContext, kind: u32) {
    let (ty, msg) = FaultKind::from_u32(kind)
        .map(FaultKind::exception)
        .unwrap_or(("System.Exception", "Unknown fault."));
    // SAFETY: JIT code passes its live context.
    unsafe { throw(ctx, ty, msg) }
}

/// A VM error met while managed code runs (a lazy compile that fails): raised as the exception
/// .NET would throw for it, since there is no Rust caller to return the error to.
pub(crate) fn throw_vm_error(ctx: *mut VmContext, err: &crate::VmError) -> ! {
    use crate::VmError as E;
    let ty = match err {
        E::MissingMethod(_) | E::MissingNative(_) => "System.MissingMethodException",
        E::MissingField(_) => "System.MissingFieldException",
        E::MissingType(_) | E::MissingAssembly(_) => "System.TypeLoadException",
        E::BadImage(_) => "System.BadImageFormatException",
        _ => "System.InvalidProgramException",
    };
    // SAFETY: called with the context JIT code passed to the compile helper.
    unsafe { throw(ctx, ty, &err.to_string()) }
}

/// Allocation failure: like .NET, fatal.
pub fn out_of_memory() -> ! {
    eprintln!("Out of memory.");
    std::process::exit(UNHANDLED_EXIT_CODE)
}
