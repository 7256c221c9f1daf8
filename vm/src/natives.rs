//! The registry of native methods: the bodies of the core library's `extern` methods, in Rust.
//!
//! A native is an `extern "C"` function whose first parameter is the `*mut VmContext`, followed by
//! the method's parameters with the Cranelift types of their metadata signature (`int32` → i32,
//! `bool` → i8, `char` → u16, references → pointers). Keys use ilasm's short type names:
//! `System.Console::WriteString(string)`, `System.String::Concat(string[])`.

use std::collections::HashMap;

/// Native method bodies by key (`Namespace.Type::Method(paramtypes)`).
#[derive(Default, Clone)]
pub struct NativeRegistry {
    map: HashMap<String, usize>,
}

impl NativeRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `f` (an `extern "C"` function) under `key`; a later registration replaces it.
    pub fn register(&mut self, key: &str, f: *const u8) {
        self.map.insert(key.to_string(), f as usize);
    }

    pub fn get(&self, key: &str) -> Option<*const u8> {
        self.map.get(key).map(|&p| p as *const u8)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(|s| s.as_str())
    }
}

/// Runs a native body, turning a Rust panic into an unhandled managed exception. A panic must never
/// cross the `extern "C"` boundary into JIT frames: nothing can unwind through them (notes §2).
///
/// # Safety
/// `ctx` must be the live context the VM passed to the native.
pub unsafe fn guard<R>(ctx: *mut crate::object::VmContext, body: impl FnOnce() -> R) -> R {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "native method panicked".to_string());
            // SAFETY: forwarded contract.
            unsafe {
                crate::fault::throw(
                    ctx,
                    "System.ExecutionEngineException",
                    &format!("Internal error in a native method: {msg}"),
                )
            }
        }
    }
}
