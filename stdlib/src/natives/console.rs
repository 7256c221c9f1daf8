//! `System.Console` natives: output goes to the VM's stdout buffer, flushed on every exit path.

use vm::object::{Object, VmContext, string_chars};

/// `Console.WriteString(string)`: appends the UTF-8 encoding of the string (null writes nothing).
pub extern "C" fn write_string(ctx: *mut VmContext, s: *mut Object) {
    // SAFETY: the VM passes its live context and a string object or null; natives run on the VM
    // thread that owns the context.
    unsafe {
        vm::natives::guard(ctx, || {
            let text = String::from_utf16_lossy(string_chars(s));
            (*ctx).write_stdout(text.as_bytes());
        })
    }
}
