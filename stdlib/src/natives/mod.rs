//! The native methods of the core library, one file per C# class.
//!
//! Each is an `extern "C"` function taking the VM context first, then the C# parameters with
//! the types the VM's JIT passes (`string` → object pointer, `long` → i64).

mod console;
mod number;
mod string;

/// Registers every native under its key (`Namespace.Type::Method(paramtypes)`).
pub fn register_all(r: &mut vm::NativeRegistry) {
    r.register(
        "System.Console::WriteString(string)",
        console::write_string as *const u8,
    );
    r.register(
        "System.String::Concat(string,string)",
        string::concat2 as *const u8,
    );
    r.register(
        "System.String::Concat(string[])",
        string::concat_array as *const u8,
    );
    r.register(
        "System.Number::FormatInt64(int64)",
        number::format_int64 as *const u8,
    );
}
