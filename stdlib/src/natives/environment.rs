//! `System.Environment` natives (and the clock behind `Stopwatch`): the process's command
//! line, exit code, variables and clocks.

use std::io::Write;
use vm::object::{Object, VmContext, alloc_string};

/// `Environment.GetEnvironmentVariable(name)`: its value, or null when it is not set.
pub extern "C" fn get_environment_variable(ctx: *mut VmContext, name: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a string (checked for null in C#).
    unsafe {
        vm::natives::guard(ctx, || {
            match std::env::var_os(vm::object::string_to_rust(name)) {
                Some(v) => {
                    let units: Vec<u16> = v.to_string_lossy().encode_utf16().collect();
                    alloc_string(ctx, &units)
                }
                None => std::ptr::null_mut(),
            }
        })
    }
}

/// `Environment.CommandLine()`: the program's path and arguments joined by NUL characters.
pub extern "C" fn command_line(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            let units: Vec<u16> = (*ctx).command_line.join("\0").encode_utf16().collect();
            alloc_string(ctx, &units)
        })
    }
}

/// `Environment.GetExitCode()`.
pub extern "C" fn get_exit_code(ctx: *mut VmContext) -> i32 {
    // SAFETY: the VM passes its live context.
    unsafe { (*ctx).exit_code }
}

/// `Environment.SetExitCode(code)`: what a `void Main` returning normally exits with.
pub extern "C" fn set_exit_code(ctx: *mut VmContext, code: i32) {
    // SAFETY: the VM passes its live context.
    unsafe { (*ctx).exit_code = code }
}

/// The system's monotonic clock (time since boot on Linux) in nanoseconds.
fn monotonic_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// `Environment.TickCountNative()`: milliseconds of the monotonic clock, as .NET's TickCount.
pub extern "C" fn tick_count(_ctx: *mut VmContext) -> i64 {
    monotonic_ns() / 1_000_000
}

/// `Stopwatch.QueryNanoseconds()`: Stopwatch's timestamps.
pub extern "C" fn query_nanoseconds(_ctx: *mut VmContext) -> i64 {
    monotonic_ns()
}

/// `DateTime.UtcNowTicksSinceEpoch()`: the system clock (UTC) in 100 ns ticks since 1970.
pub extern "C" fn utc_now_ticks(_ctx: *mut VmContext) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid timespec to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
    ts.tv_sec * 10_000_000 + ts.tv_nsec / 100
}

/// `DateTime.LocalOffsetSeconds(unixSeconds)`: the local zone's offset from UTC at that
/// moment (the TZ variable and /etc/localtime decide, as for .NET on Linux).
pub extern "C" fn local_offset_seconds(_ctx: *mut VmContext, unix_seconds: i64) -> i32 {
    // SAFETY: localtime_r fills the tm it is given; a zeroed tm is a valid start.
    unsafe {
        let t = unix_seconds as libc::time_t;
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff as i32
    }
}

/// `Environment.ProcessorCountNative()`.
pub extern "C" fn processor_count(_ctx: *mut VmContext) -> i32 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i32)
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
