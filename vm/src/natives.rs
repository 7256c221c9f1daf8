//! Natives: the bodies of the core library's `extern` methods, in Rust, and the guard each runs
//! in. Floor 5 (the runtime). The registry the JIT binds them from is `jit/registry.rs`.
//!
//! A native is an `extern "C"` function whose first parameter is the `*mut VmContext`, followed by
//! the method's parameters with the Cranelift types of their metadata signature (`int32` → i32,
//! `bool` → i8, `char` → u16, references → pointers). Keys use ilasm's short type names:
//! `System.Console::WriteString(string)`, `System.String::Concat(string[])`.

pub use crate::jit::NativeRegistry;
use crate::object::VmContext;

/// A value a native can return to JIT code, with the dummy it returns when it throws (JIT code
/// ignores it: the caller's pending-exception check goes to the dispatch block first).
pub trait NativeRet {
    fn dummy() -> Self;
}

macro_rules! native_ret {
    ($($t:ty => $v:expr),* $(,)?) => { $(impl NativeRet for $t { fn dummy() -> Self { $v } })* };
}

native_ret!(
    () => (), bool => false, i8 => 0, u8 => 0, i16 => 0, u16 => 0, i32 => 0, u32 => 0,
    i64 => 0, u64 => 0, isize => 0, usize => 0, f32 => 0.0, f64 => 0.0,
);

impl<T> NativeRet for *mut T {
    fn dummy() -> Self {
        std::ptr::null_mut()
    }
}

impl<T> NativeRet for *const T {
    fn dummy() -> Self {
        std::ptr::null()
    }
}

/// Runs a native body. A managed exception it raises ([`crate::fault::throw`]) unwinds to here
/// and the native returns a dummy value with the exception pending. A Rust panic becomes a
/// pending `System.ExecutionEngineException` the same way (or a fatal report when the core
/// library lacks that class): a panic must never cross the `extern "C"` boundary into JIT
/// frames, since nothing can unwind through them (docs/cranelift.md §2).
///
/// # Safety
/// `ctx` must be the live context the VM passed to the native.
pub unsafe fn guard<R: NativeRet>(
    ctx: *mut crate::object::VmContext,
    body: impl FnOnce() -> R,
) -> R {
    use crate::fault::GUARD_DEPTH;
    GUARD_DEPTH.with(|d| d.set(d.get() + 1));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body));
    GUARD_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    match r {
        Ok(r) => r,
        Err(payload) if payload.is::<crate::fault::ManagedThrow>() => R::dummy(),
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "native method panicked".to_string());
            // SAFETY: forwarded contract.
            unsafe {
                crate::fault::raise(
                    ctx,
                    "System.ExecutionEngineException",
                    &format!("Internal error in a native method: {msg}"),
                )
            };
            R::dummy()
        }
    }
}

/// What a delegate's method is, for its equality and hash: a method's compiled code changes
/// when it is compiled again optimised (`jit/tiers.rs`), so code addresses are identified by
/// the method they belong to (a value with the top bit set, which no address has); any other
/// address (a native, an unboxing stub) stands for itself.
///
/// # Safety
/// `ctx` must be the live context of the VM thread with no Rust borrow of the runtime active.
pub unsafe fn method_identity(ctx: *mut VmContext, code: i64) -> i64 {
    // SAFETY: forwarded contract; a short borrow that runs no managed code.
    let exec = unsafe { &*crate::jit::exec(ctx) };
    match exec.jit.code_map.method_at(code as usize) {
        Some(key) => key.pack() | i64::MIN,
        None => code,
    }
}
