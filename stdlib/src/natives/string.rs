//! `System.String` natives.

use vm::object::{Object, VmContext, alloc_string, array_elements, string_chars};

/// `String.Concat(string, string)`: null counts as empty (as in .NET).
pub extern "C" fn concat2(ctx: *mut VmContext, a: *mut Object, b: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            let (a, b) = (string_chars(a), string_chars(b));
            let mut units = Vec::with_capacity(a.len() + b.len());
            units.extend_from_slice(a);
            units.extend_from_slice(b);
            alloc_string(ctx, &units)
        })
    }
}

/// `String.Concat(string[])`: null elements count as empty. A null array would throw
/// ArgumentNullException in .NET; it is treated as empty until exceptions exist.
pub extern "C" fn concat_array(ctx: *mut VmContext, values: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a string[] (or null) whose elements are
    // strings or nulls.
    unsafe {
        vm::natives::guard(ctx, || {
            let mut units = Vec::new();
            for &s in array_elements::<*mut Object>(values).iter() {
                units.extend_from_slice(string_chars(s));
            }
            alloc_string(ctx, &units)
        })
    }
}
