//! The Sharp runtime: loads ECMA-335 assemblies and runs them with a Cranelift JIT.
//!
//! In: the core library's bytes, the natives that implement its `extern` methods, and user
//! assemblies. Out: the program's exit code and its standard output. Each method is compiled from
//! CIL to Cranelift IR on its first call (through a per-method code slot, `jit/`). Invariants:
//! malformed input is a [`VmError`], never a panic; a fault of the managed program (null
//! dereference, bounds, division, overflow, a bad cast) raises the managed exception .NET raises,
//! which try/catch/finally handle (`eh/`, `jit/eh.rs`); an unhandled one, or a stack overflow,
//! ends the process the way .NET does (`eh/`, `stack_overflow.rs`), with stdout flushed first.

mod dispatch;
mod eh;
pub mod error;
pub mod fault;
pub mod gc;
mod imt;
mod jit;
mod layout;
mod loader;
pub mod natives;
pub mod object;
pub mod reflect;
mod stack_overflow;
pub mod types;

pub use error::VmError;
pub use loader::CORLIB_NAMES;
pub use natives::NativeRegistry;
pub use object::VmContext;

use crate::error::Result;
use crate::loader::{Assembly, MethodKey, RType};
use crate::object::{MethodTable, Object};
use crate::types::{FieldInfo, TypeId, TypeInfo};
use std::collections::HashMap;
use std::rc::Rc;

/// Options of a VM instance.
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// Print each method's Cranelift IR to stderr as it is compiled (`sharp dump clif`).
    pub dump_clif: bool,
    /// Keep the program's stdout in memory ([`Vm::stdout`]) instead of writing it to fd 1.
    pub capture_stdout: bool,
}

/// Index of a loaded assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AssemblyId(pub u32);

/// A virtual machine: the core library plus the assemblies loaded into it.
pub struct Vm {
    rt: Box<Runtime>,
}

/// Everything the VM knows; JIT code reaches it through `VmContext::runtime`.
pub(crate) struct Runtime {
    pub opts: VmOptions,
    pub natives: NativeRegistry,
    pub ctx: Box<VmContext>,
    pub assemblies: Vec<Assembly>,
    pub types: Vec<TypeInfo>,
    pub fields: HashMap<(u32, u32), FieldInfo>,
    pub static_blocks: Vec<Box<[u64]>>,
    pub method_tables: Vec<*mut MethodTable>,
    pub array_mts: HashMap<String, *mut MethodTable>,
    pub type_ref_cache: HashMap<(u32, u32), TypeId>,
    pub member_cache: HashMap<(u32, u32), MethodKey>,
    pub methods: HashMap<MethodKey, Rc<jit::MethodInfo>>,
    /// `ldstr` literals, interned per (assembly, token) (ECMA-335 III.4.16).
    pub strings: HashMap<(u32, u32), *mut Object>,
    /// The method in each vtable slot, per type (`dispatch.rs`).
    pub vtables: HashMap<TypeId, Rc<Vec<MethodKey>>>,
    /// Every interface a type implements, transitively.
    pub interface_lists: HashMap<TypeId, Rc<Vec<TypeId>>>,
    /// (type, interface method) → the implementing method.
    pub interface_maps: HashMap<(TypeId, MethodKey), MethodKey>,
    /// The IMT slot of each interface method (`imt.rs`).
    pub imt: imt::ImtSlots,
    /// `System.Object::Finalize` and its vtable slot, once looked up (`gc/finalize.rs`).
    pub finalize: Option<Option<(MethodKey, u32)>>,
    /// Unboxing stubs of value types' methods, by method.
    pub unboxing_stubs: HashMap<MethodKey, usize>,
    /// The pending exception and exception bookkeeping (`eh/`); boxed for a fixed address.
    pub eh: Box<eh::EhState>,
    pub jit: jit::Jit,
}

impl Drop for Runtime {
    fn drop(&mut self) {
        for &mt in &self.method_tables {
            // SAFETY: each came from MethodTable::into_raw and no object outlives the VM.
            unsafe { crate::object::MethodTable::free(mt) };
        }
    }
}

impl Vm {
    /// Creates a VM around the core library image.
    pub fn new(corlib: Vec<u8>, natives: NativeRegistry, opts: VmOptions) -> Result<Vm, VmError> {
        let ctx = Box::new(VmContext::new(opts.capture_stdout));
        let mut rt = Box::new(Runtime {
            opts,
            natives,
            ctx,
            assemblies: Vec::new(),
            types: Vec::new(),
            fields: HashMap::new(),
            static_blocks: Vec::new(),
            method_tables: Vec::new(),
            array_mts: HashMap::new(),
            type_ref_cache: HashMap::new(),
            member_cache: HashMap::new(),
            methods: HashMap::new(),
            strings: HashMap::new(),
            vtables: HashMap::new(),
            imt: Default::default(),
            finalize: None,
            interface_lists: HashMap::new(),
            interface_maps: HashMap::new(),
            unboxing_stubs: HashMap::new(),
            eh: Box::default(),
            jit: jit::Jit::new()?,
        });
        let rt_ptr: *mut Runtime = &mut *rt;
        rt.ctx.runtime = rt_ptr;
        rt.add_assembly(corlib)?;
        let string = rt
            .find_type(0, "System", "String")
            .ok_or_else(|| VmError::MissingType("System.String".into()))?;
        let mt = rt.ensure_layout(string)?.method_table;
        // SAFETY: mt is the live MethodTable just created for System.String.
        unsafe { (*mt).component_size = 2 };
        rt.ctx.string_mt = mt;
        Ok(Vm { rt })
    }

    /// Loads an assembly; its AssemblyRefs resolve to the core library or earlier assemblies.
    pub fn load(&mut self, assembly: Vec<u8>) -> Result<AssemblyId, VmError> {
        self.rt.add_assembly(assembly).map(AssemblyId)
    }

    /// Gives `asm` its sequence points: the bytes of its Portable PDB, which must be the one
    /// the assembly names (same PDB id), so a stale file next to a rebuilt assembly is refused
    /// rather than giving wrong line numbers. Stack traces then show `in file.cs:line N`.
    pub fn load_debug_info(&mut self, asm: AssemblyId, pdb: &[u8]) -> Result<(), VmError> {
        let info = metadata::pdb::DebugInfo::parse(pdb)
            .map_err(|e| VmError::BadImage(format!("PDB: {e}")))?;
        let a = self
            .rt
            .assemblies
            .get_mut(asm.0 as usize)
            .ok_or_else(|| VmError::Internal("no such assembly".into()))?;
        match a.image.pdb_link() {
            Ok(Some(link)) if link.id == info.id => {
                a.debug = Some(info);
                Ok(())
            }
            _ => Err(VmError::BadImage(format!(
                "the PDB does not belong to assembly {}",
                a.name
            ))),
        }
    }

    /// Runs the assembly's entry point with `args` and returns the exit code (0 for `void Main`).
    pub fn run_main(&mut self, asm: AssemblyId, args: &[String]) -> Result<i32, VmError> {
        self.rt.run_main(asm.0, args)
    }

    /// Compiles every method with a body in `asm` and returns their Cranelift IR.
    pub fn dump_clif(&mut self, asm: AssemblyId) -> Result<String, VmError> {
        self.rt.dump_all(asm.0)
    }

    /// The captured standard output (with [`VmOptions::capture_stdout`]).
    pub fn stdout(&self) -> &[u8] {
        &self.rt.ctx.stdout
    }
}

/// A raw pointer allowed into the VM thread; the spawning thread waits for it (scoped).
struct SendPtr<T>(*mut T);
// SAFETY: the pointee is used by exactly one thread at a time: the spawner blocks in join.
unsafe impl<T> Send for SendPtr<T> {}

/// Stack size of the thread managed code runs on, so deep-but-finite recursion works.
const VM_STACK_SIZE: usize = 64 * 1024 * 1024;

impl Runtime {
    fn run_main(&mut self, asm: u32, args: &[String]) -> Result<i32> {
        let a = self
            .assemblies
            .get(asm as usize)
            .ok_or_else(|| VmError::Internal(format!("no assembly {asm}")))?;
        let ep = a.image.entry_point;
        if ep.table() != Some(metadata::TableId::MethodDef) || ep.is_nil() {
            return Err(VmError::BadEntryPoint(
                "the assembly has no entry point".into(),
            ));
        }
        let key = MethodKey { asm, row: ep.row() };
        self.eh.entry = Some(key);
        let info = self.method_info(key)?;
        let takes_args = match info.param_types.as_slice() {
            [] => false,
            [RType::SzArray(e)] if **e == RType::String => true,
            _ => {
                return Err(VmError::BadEntryPoint(format!(
                    "{} must take no parameters or string[]",
                    info.full_name
                )));
            }
        };
        let returns_int = match info.ret_type {
            RType::Void => false,
            RType::I4 | RType::U4 => true,
            _ => {
                return Err(VmError::BadEntryPoint(format!(
                    "{} must return void or int",
                    info.full_name
                )));
            }
        };
        if info.has_this {
            return Err(VmError::BadEntryPoint(format!(
                "{} must be static",
                info.full_name
            )));
        }
        let rt = SendPtr(self as *mut Runtime);
        let args = args.to_vec();
        let spawned = std::thread::scope(|s| {
            let h = std::thread::Builder::new()
                .name("sharp-main".into())
                .stack_size(VM_STACK_SIZE)
                .spawn_scoped(s, move || {
                    let rt = rt;
                    // SAFETY: this thread is the only user of the runtime until the scope ends.
                    unsafe { run_on_vm_thread(rt.0, key, &args, takes_args, returns_int) }
                });
            match h {
                Ok(h) => h
                    .join()
                    .map_err(|_| VmError::Internal("the VM thread panicked".into())),
                Err(e) => Err(VmError::Internal(format!(
                    "cannot start the VM thread: {e}"
                ))),
            }
        });
        spawned?
    }
}

/// Compiles Main, builds `string[] args` and calls it on the current (big-stack) thread.
///
/// # Safety
/// `rt` must be the only live reference to the runtime.
unsafe fn run_on_vm_thread(
    rt: *mut Runtime,
    key: MethodKey,
    args: &[String],
    takes_args: bool,
    returns_int: bool,
) -> Result<i32> {
    // SAFETY: exclusive per the contract.
    let ctx: *mut VmContext = unsafe { &mut *(*rt).ctx };
    // The collector scans this thread's stack from here up (before `argv` exists).
    // SAFETY: ctx is live and used by this thread only until leave_thread below.
    unsafe { gc::enter_thread(ctx) };
    // SAFETY: forwarded contract.
    let result = unsafe { run_main_scanned(rt, ctx, key, args, takes_args, returns_int) };
    // SAFETY: as above.
    unsafe { gc::leave_thread(ctx) };
    result
}

/// The body of [`run_on_vm_thread`], in a frame below the one that recorded the stack base.
///
/// # Safety
/// As for [`run_on_vm_thread`]; `ctx` is the runtime's context.
#[inline(never)]
unsafe fn run_main_scanned(
    rt: *mut Runtime,
    ctx: *mut VmContext,
    key: MethodKey,
    args: &[String],
    takes_args: bool,
    returns_int: bool,
) -> Result<i32> {
    // SAFETY: exclusive per the contract; dropped before managed code runs.
    let (code, argv) = unsafe {
        let r = &mut *rt;
        let code = jit::compile_entry(rt, key)?;
        let mt = r.array_mt(&RType::String)?;
        let arr = object::alloc_array(ctx, mt, args.len());
        // An empty array's element pointer is one past its end, the start of the next cell:
        // left in this frame (as a debug build leaves it) the conservative stack scan would
        // take it for a reference to whatever object the program puts there.
        if !args.is_empty() {
            let elems = object::array_elements::<*mut Object>(arr);
            for (slot, a) in elems.iter_mut().zip(args) {
                let units: Vec<u16> = a.encode_utf16().collect();
                *slot = object::alloc_string(ctx, &units);
            }
        }
        (code, arr)
    };
    let guard = stack_overflow::ThreadGuard::enter(ctx);
    // SAFETY: ctx is live; code was compiled with the signature chosen by the flags below.
    let status = unsafe {
        (*ctx).stack_limit = guard.stack_limit;
        match (takes_args, returns_int) {
            (false, false) => {
                let f: extern "C" fn(*mut VmContext) = std::mem::transmute(code);
                f(ctx);
                0
            }
            (false, true) => {
                let f: extern "C" fn(*mut VmContext) -> i32 = std::mem::transmute(code);
                f(ctx)
            }
            (true, false) => {
                let f: extern "C" fn(*mut VmContext, *mut Object) = std::mem::transmute(code);
                f(ctx, argv);
                0
            }
            (true, true) => {
                let f: extern "C" fn(*mut VmContext, *mut Object) -> i32 =
                    std::mem::transmute(code);
                f(ctx, argv)
            }
        }
    };
    // An exception still pending when Main returns is unhandled: report it and exit (134).
    // SAFETY: managed code has returned; ctx is live and no Rust borrow of the runtime is active.
    unsafe { eh::report_unhandled(ctx) };
    drop(guard);
    // SAFETY: managed code has returned; ctx is live.
    unsafe { (*ctx).flush_stdout() };
    Ok(status)
}
