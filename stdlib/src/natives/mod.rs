//! The native methods of the core library, one file per C# class.
//!
//! Each is an `extern "C"` function taking the VM context first, then `this` for instance
//! methods, then the C# parameters with the types the VM's JIT passes (`string` → object
//! pointer, `long` → i64, `char` → u16, `bool` → bool). Keys name instance methods without
//! `this`: `System.String::get_Chars(int32)`. `new string(...)` binds to the static native
//! `System.String::Ctor(...)`, which returns the new string.

mod array;
mod chars;
mod console;
mod decimal;
mod enums;
mod environment;
mod gc;
mod guid;
mod io;
mod math;
mod number;
mod numfmt;
mod object;
mod reflect;
mod string;

/// Registers every native under its key (`Namespace.Type::Method(paramtypes)`).
pub fn register_all(r: &mut vm::NativeRegistry) {
    let natives: &[(&str, *const u8)] = &[
        (
            "System.Console::WriteString(string)",
            console::write_string as *const u8,
        ),
        (
            "System.Console::WriteErrorString(string)",
            console::write_error_string as *const u8,
        ),
        (
            "System.Console::StdinReadLine()",
            console::read_line as *const u8,
        ),
        // The fixtures' stub core library declares ReadLine itself as the native.
        (
            "System.Console::ReadLine()",
            console::read_line as *const u8,
        ),
        (
            "System.Console::StdinReadToEnd()",
            console::stdin_read_to_end as *const u8,
        ),
        (
            "System.Console::StdinRead(bool)",
            console::stdin_read as *const u8,
        ),
        (
            "System.Console::FlushStdout()",
            console::flush_stdout as *const u8,
        ),
        ("System.Console::IsTerminal(int32)", console::is_terminal as *const u8),
        (
            "System.Environment::Exit(int32)",
            environment::environment_exit as *const u8,
        ),
        (
            "System.Environment::GetEnvironmentVariableNative(string)",
            environment::get_environment_variable as *const u8,
        ),
        (
            "System.Environment::CommandLine()",
            environment::command_line as *const u8,
        ),
        (
            "System.Environment::GetExitCode()",
            environment::get_exit_code as *const u8,
        ),
        (
            "System.Environment::SetExitCode(int32)",
            environment::set_exit_code as *const u8,
        ),
        (
            "System.Environment::TickCountNative()",
            environment::tick_count as *const u8,
        ),
        (
            "System.Diagnostics.Stopwatch::QueryNanoseconds()",
            environment::query_nanoseconds as *const u8,
        ),
        (
            "System.DateTime::UtcNowTicksSinceEpoch()",
            environment::utc_now_ticks as *const u8,
        ),
        (
            "System.DateTime::LocalOffsetSeconds(int64)",
            environment::local_offset_seconds as *const u8,
        ),
        (
            "System.Environment::ProcessorCountNative()",
            environment::processor_count as *const u8,
        ),
        (
            "System.Number::FormatInt64(int64)",
            number::format_int64 as *const u8,
        ),
        (
            "System.Number::FormatUInt64(uint64)",
            number::format_uint64 as *const u8,
        ),
        (
            "System.Number::FormatDouble(float64)",
            number::format_double as *const u8,
        ),
        (
            "System.Number::FormatSingle(float32)",
            number::format_single as *const u8,
        ),
        ("System.Array::get_Length()", array::get_length as *const u8),
        ("System.Array::get_Rank()", array::get_rank as *const u8),
        (
            "System.Array::GetLength(int32)",
            array::get_length_of as *const u8,
        ),
    ];
    for &(k, f) in natives {
        r.register(k, f);
    }
    string::register(r);
    math::register(r);
    decimal::register(r);
    array::register(r);
    chars::register(r);
    numfmt::register(r);
    object::register(r);
    enums::register(r);
    reflect::register(r);
    gc::register(r);
    guid::register(r);
    io::register(r);
}
