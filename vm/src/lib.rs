//! The Sharp runtime: loads ECMA-335 assemblies and runs them with a Cranelift JIT.
//!
//! In: the core library's bytes, the natives that implement its `extern` methods, and user
//! assemblies. Out: the program's exit code and its standard output. Each method is compiled from
//! CIL to Cranelift IR on its first call (through a per-method code slot, `jit/`). Invariants:
//! malformed input is a [`VmError`], never a panic; a fault of the managed program (null
//! dereference, bounds, division, overflow, a bad cast) raises the managed exception .NET raises,
//! which try/catch/finally handle (`eh/`, `jit/eh.rs`); an unhandled one, or a stack overflow,
//! ends the process the way .NET does (`eh/`, `stack_overflow.rs`), with stdout flushed first.

// The crate is built in floors, lowest first. A module imports only from its own floor or
// below, and only two pairs depend on each other: `object` and `gc`, `jit` and `eh`. Lower
// floors reach higher ones only through what the runtime hands them (the context's opaque
// `exec` pointer, the heap's finalizer hook), never by naming them.

// Floor 1, the type system and metadata view: what each type is, where its fields and virtual
// slots are. Runs no code and allocates no objects.
mod assignable;
pub mod error;
mod imt;
mod field_layout;
mod layout;
mod loader;
pub mod types;
mod vtable;

// Floor 2, the object model and the heap: allocation and collection. Finalizers are run from
// above, through a hook the runtime gives the heap.
pub mod gc;
pub mod object;

// Floor 3, dispatch and reflection: what run-time helpers ask the type system (casts, type
// objects), and the managed exceptions that faults raise.
mod dispatch;
pub mod fault;
pub mod reflect;

// Floor 4, execution: the JIT and exception handling, which call each other.
mod eh;
mod jit;

// Floor 5, the runtime that wires the floors into a VM: the entry point, natives, and the
// stack-overflow guard.
pub mod attributes;
pub mod natives;
mod runtime;
mod stack_overflow;

pub use error::VmError;
pub use loader::CORLIB_NAMES;
pub use natives::NativeRegistry;
pub use object::VmContext;

/// Options of a VM instance.
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// Print each method's Cranelift IR to stderr as it is compiled (`sharp dump clif`).
    pub dump_clif: bool,
    /// Print each method's machine code, with the IL offsets it came from, to stderr as it
    /// is compiled (`sharp dump asm`).
    pub dump_asm: bool,
    /// Keep the program's stdout in memory ([`Vm::stdout`]) instead of writing it to fd 1.
    pub capture_stdout: bool,
}

/// Index of a loaded assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AssemblyId(pub u32);

/// A virtual machine: the core library plus the assemblies loaded into it.
pub struct Vm {
    rt: runtime::Runtime,
}

impl Vm {
    /// Creates a VM around the core library image.
    pub fn new(corlib: Vec<u8>, natives: NativeRegistry, opts: VmOptions) -> Result<Vm, VmError> {
        let rt = runtime::Runtime::new(corlib, natives, opts.dump_clif, opts.dump_asm, opts.capture_stdout)?;
        Ok(Vm { rt })
    }

    /// Loads an assembly; its AssemblyRefs resolve to the core library or earlier assemblies.
    pub fn load(&mut self, assembly: Vec<u8>) -> Result<AssemblyId, VmError> {
        self.rt.load(assembly).map(AssemblyId)
    }

    /// Gives `asm` its sequence points: the bytes of its Portable PDB, which must be the one
    /// the assembly names (same PDB id), so a stale file next to a rebuilt assembly is refused
    /// rather than giving wrong line numbers. Stack traces then show `in file.cs:line N`.
    pub fn load_debug_info(&mut self, asm: AssemblyId, pdb: &[u8]) -> Result<(), VmError> {
        self.rt.load_debug_info(asm.0, pdb)
    }

    /// Runs the assembly's entry point with `args` and returns the exit code (for `void Main`,
    /// `Environment.ExitCode`: 0 unless the program set it). `program` is the first element of
    /// `Environment.GetCommandLineArgs()`, the path of the program being run.
    pub fn run_main(&mut self, asm: AssemblyId, program: &str, args: &[String]) -> Result<i32, VmError> {
        self.rt.run_main(asm.0, program, args)
    }

    /// Compiles every method with a body in `asm` and returns their Cranelift IR.
    pub fn dump_clif(&mut self, asm: AssemblyId) -> Result<String, VmError> {
        self.rt.dump_clif(asm.0)
    }

    /// The captured standard output (with [`VmOptions::capture_stdout`]).
    pub fn stdout(&self) -> &[u8] {
        self.rt.stdout()
    }
}
