//! The VM's error type: everything that stops an assembly from loading or a method from compiling.
//! Floor 1, at the bottom: every floor reports these.

use std::fmt;

/// Why the VM could not load or run something. Runtime faults of the managed program (null
/// dereference, bounds, ...) are not errors of this kind: they are managed exceptions (`fault.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VmError {
    /// The bytes are not a readable ECMA-335 image.
    BadImage(String),
    /// A type named by a TypeRef (or a signature) could not be found.
    MissingType(String),
    /// A type that cannot be laid out (a field without its explicit offset, a reference
    /// overlapped by data): the message of .NET's TypeLoadException.
    TypeLoad(String),
    /// Something valid that Sharp's runtime does not do yet: NotSupportedException, with a
    /// message that says so.
    NotSupported(String),
    /// A MemberRef or call target that no loaded method matches, e.g. `System.Console::Foo(int32)`.
    MissingMethod(String),
    /// A field reference that no loaded field matches.
    MissingField(String),
    /// A method without a body whose native is not registered: `System.Console::WriteString(string)`.
    MissingNative(String),
    /// An AssemblyRef that names no known assembly.
    MissingAssembly(String),
    /// Valid CIL this VM does not handle yet.
    UnsupportedOpcode { opcode: String, method: String },
    /// Some other feature not implemented yet (exception clauses, generics...).
    Unsupported { what: String, method: String },
    /// CIL that breaks a rule of ECMA-335 III (stack underflow, type mismatch at a join...).
    InvalidProgram { reason: String, method: String },
    /// The entry point is missing or has a shape the VM cannot call.
    BadEntryPoint(String),
    /// Cranelift refused the generated code (a VM bug, reported with the method).
    Codegen { method: String, message: String },
    /// Anything else the VM's own machinery failed at (thread spawn...).
    Internal(String),
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VmError::BadImage(m) => write!(f, "bad image: {m}"),
            // .NET's wording; a member is named by its key, `Type::Name(params)`, dotted.
            VmError::MissingType(t) => write!(f, "Could not load type '{t}'."),
            VmError::TypeLoad(m) | VmError::NotSupported(m) => write!(f, "{m}"),
            VmError::MissingMethod(m) => write!(f, "Method not found: '{}'.", m.replace("::", ".")),
            VmError::MissingField(m) => write!(f, "Field not found: '{}'.", m.replace("::", ".")),
            VmError::MissingNative(m) => write!(f, "missing native method {m} (not registered)"),
            VmError::MissingAssembly(a) => write!(f, "missing assembly {a}"),
            VmError::UnsupportedOpcode { opcode, method } => {
                write!(f, "unsupported opcode {opcode} in {method}")
            }
            VmError::Unsupported { what, method } => write!(f, "unsupported: {what} in {method}"),
            VmError::InvalidProgram { reason, method } => {
                write!(f, "invalid program: {reason} in {method}")
            }
            VmError::BadEntryPoint(m) => write!(f, "bad entry point: {m}"),
            VmError::Codegen { method, message } => {
                write!(f, "code generation failed for {method}: {message}")
            }
            VmError::Internal(m) => write!(f, "internal VM error: {m}"),
        }
    }
}

impl std::error::Error for VmError {}

impl From<metadata::MetadataError> for VmError {
    fn from(e: metadata::MetadataError) -> Self {
        VmError::BadImage(e.to_string())
    }
}

pub type Result<T, E = VmError> = std::result::Result<T, E>;

/// The exit status of a process killed by an unhandled exception (SIGABRT on .NET/Linux, 128 + 6).
pub const UNHANDLED_EXIT_CODE: i32 = 134;

/// Allocation failure: like .NET, fatal. Here, below the heap, because allocation meets it.
pub fn out_of_memory() -> ! {
    eprintln!("Out of memory.");
    std::process::exit(UNHANDLED_EXIT_CODE)
}
