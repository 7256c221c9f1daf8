//! Sharp's core library: the C# in `cs/` compiled to `mscorlib.dll` at build time (by `build.rs`)
//! and embedded here, plus the Rust bodies of its `extern` methods.
//!
//! In: nothing at run time. Out: [`CORLIB`] (the image) and [`natives`] (a registry with every
//! native the C# declares). Invariant: every native runs under `vm::natives::guard`, so a Rust
//! panic becomes a managed fault instead of unwinding into JIT frames.

pub mod format;
pub mod natives;

/// The core library image, compiled from `cs/` by `build.rs`.
pub const CORLIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mscorlib.dll"));

/// Every native method of the core library, keyed as the VM binds them.
pub fn natives() -> vm::NativeRegistry {
    let mut r = vm::NativeRegistry::new();
    natives::register_all(&mut r);
    r
}
