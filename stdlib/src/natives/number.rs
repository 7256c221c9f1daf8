//! `System.Number` natives: invariant-culture formatting.

use vm::object::{Object, VmContext, alloc_string};

/// `Number.FormatInt64(long)`: decimal digits, '-' for negatives.
pub extern "C" fn format_int64(ctx: *mut VmContext, value: i64) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            let units: Vec<u16> = value.to_string().encode_utf16().collect();
            alloc_string(ctx, &units)
        })
    }
}
