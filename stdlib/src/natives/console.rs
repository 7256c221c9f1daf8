//! `System.Console` natives. Standard output goes to the VM's buffer,
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

/// `Console.IsTerminal(fd)`: whether the descriptor is a terminal. Stdout the runtime keeps in
/// memory is not, whatever fd 1 is.
pub extern "C" fn is_terminal(ctx: *mut VmContext, fd: i32) -> bool {
    // SAFETY: the VM passes its live context; isatty only reads the descriptor's state.
    unsafe { vm::natives::guard(ctx, || !(fd == 1 && (*ctx).capture_stdout) && libc::isatty(fd) == 1) }
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
            let mut units = take_pending();
            // A peeked line end ends the line.
            if let Some(i) = units.iter().position(|&u| u == b'\n' as u16) {
                PENDING.with(|p| p.borrow_mut().extend(&units[i + 1..]));
                units.truncate(i);
                if units.last() == Some(&(b'\r' as u16)) {
                    units.pop();
                }
                return alloc_string(ctx, &units);
            }
            let mut line = Vec::new();
            match std::io::stdin().lock().read_until(b'\n', &mut line) {
                Ok(0) | Err(_) if units.is_empty() => std::ptr::null_mut(),
                _ => {
                    let text = String::from_utf8_lossy(&strip_newline(line)).into_owned();
                    units.extend(text.encode_utf16());
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
            let mut units = take_pending();
            let mut bytes = Vec::new();
            let _ = std::io::stdin().lock().read_to_end(&mut bytes);
            units.extend(String::from_utf8_lossy(&bytes).encode_utf16());
            alloc_string(ctx, &units)
        })
    }
}

thread_local! {
    /// UTF-16 units of stdin taken from its buffer but not yet returned: the low half of a
    /// surrogate pair whose high half `Read` returned, or what `Peek` looked at. Every reader
    /// of stdin starts with them.
    static PENDING: std::cell::RefCell<std::collections::VecDeque<u16>> = const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
}

/// The pending units, taken.
fn take_pending() -> Vec<u16> {
    PENDING.with(|p| p.borrow_mut().drain(..).collect())
}

/// Takes the next character (UTF-8) from stdin's buffer, as UTF-16 units into `out`; false at
/// the end. A malformed sequence is U+FFFD.
fn next_stdin_char(out: &mut std::collections::VecDeque<u16>) -> bool {
    let mut stdin = std::io::stdin().lock();
    let Some(&b0) = stdin.fill_buf().ok().and_then(|b| b.first()) else {
        return false;
    };
    let len = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 1,
    };
    // A character split across two reads of a pipe: gather it byte by byte.
    let mut bytes = Vec::with_capacity(4);
    while bytes.len() < len {
        let b = match stdin.fill_buf() {
            Ok(b) if !b.is_empty() => b[0],
            _ => break,
        };
        if !bytes.is_empty() && b & 0xC0 != 0x80 {
            break;
        }
        bytes.push(b);
        stdin.consume(1);
    }
    let c = std::str::from_utf8(&bytes)
        .ok()
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{FFFD}');
    let mut units = [0u16; 2];
    out.extend(c.encode_utf16(&mut units).iter());
    true
}

/// `Console.StdinRead(peek)` (behind `Console.Read()` and `Console.In.Peek()`): the next UTF-16
/// unit of stdin, or -1 at the end; `peek` leaves it to be read again.
pub extern "C" fn stdin_read(ctx: *mut VmContext, peek: bool) -> i32 {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            (*ctx).flush_stdout();
            PENDING.with(|p| {
                let mut p = p.borrow_mut();
                if p.is_empty() && !next_stdin_char(&mut p) {
                    return -1;
                }
                let unit = if peek {
                    p[0]
                } else {
                    p.pop_front().unwrap_or(0)
                };
                unit as i32
            })
        })
    }
}

/// `Console.FlushStdout()` (behind `Console.Out.Flush()`).
pub extern "C" fn flush_stdout(ctx: *mut VmContext) {
    // SAFETY: the VM passes its live context.
    unsafe { vm::natives::guard(ctx, || (*ctx).flush_stdout()) }
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
