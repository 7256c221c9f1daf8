//! `System.Console` and `System.Environment` natives. Standard output goes to the VM's buffer,
//! flushed on every exit path and before anything that lets the user see the terminal
//! (reading stdin, writing stderr).

use std::io::{BufRead, Read, Write};
use vm::object::{Object, VmContext, alloc_string, string_chars};

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

/// `Console.WriteErrorString(string)`: straight to stderr (unbuffered), after flushing stdout
/// so the two streams interleave in program order.
pub extern "C" fn write_error_string(ctx: *mut VmContext, s: *mut Object) {
    // SAFETY: as for write_string.
    unsafe {
        vm::natives::guard(ctx, || {
            (*ctx).flush_stdout();
            let text = String::from_utf16_lossy(string_chars(s));
            // A closed stderr loses the text, as in .NET.
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
        })
    }
}

/// Removes one line terminator ("\n" or "\r\n"), as TextReader.ReadLine does.
pub fn strip_newline(mut line: Vec<u8>) -> Vec<u8> {
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    line
}

/// `Console.ReadLine()`: the next line of stdin (UTF-8) without its terminator; null at EOF.
pub extern "C" fn read_line(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            (*ctx).flush_stdout();
            let mut line = Vec::new();
            match std::io::stdin().lock().read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => std::ptr::null_mut(),
                Ok(_) => {
                    let text = String::from_utf8_lossy(&strip_newline(line)).into_owned();
                    let units: Vec<u16> = text.encode_utf16().collect();
                    alloc_string(ctx, &units)
                }
            }
        })
    }
}

/// `Console.StdinReadToEnd()` (behind `Console.In.ReadToEnd()`): the rest of stdin.
pub extern "C" fn stdin_read_to_end(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            (*ctx).flush_stdout();
            let mut bytes = Vec::new();
            let _ = std::io::stdin().lock().read_to_end(&mut bytes);
            let units: Vec<u16> = String::from_utf8_lossy(&bytes).encode_utf16().collect();
            alloc_string(ctx, &units)
        })
    }
}

/// `Environment.Exit(int)`: flushes stdout and ends the process with that code.
pub extern "C" fn environment_exit(ctx: *mut VmContext, code: i32) {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            (*ctx).flush_stdout();
            let _ = std::io::stderr().flush();
            std::process::exit(code)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_newline_takes_one_terminator() {
        assert_eq!(strip_newline(b"a\r\n".to_vec()), b"a");
        assert_eq!(strip_newline(b"a\n".to_vec()), b"a");
        assert_eq!(strip_newline(b"a".to_vec()), b"a");
        assert_eq!(strip_newline(b"a\n\n".to_vec()), b"a\n");
    }
}
