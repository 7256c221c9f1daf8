//! The runtime: the floors below wired into a VM that runs a program. Floor 5, the top: it
//! creates the executor, points the context at it and at its type system, gives the heap its
//! finalizer runner, and runs the entry point on a thread of its own with the stack-overflow
//! guard. Natives (`natives.rs`) and the stack-overflow handler (`stack_overflow.rs`) share the
//! floor.

use crate::eh::EhState;
use crate::error::{Result, VmError};
use crate::jit::{Exec, Jit, NativeRegistry};
use crate::loader::{MethodKey, RType, TypeSystem};
use crate::object::{Object, VmContext};
use crate::{eh, fault, gc, jit, object, stack_overflow};
use rustc_hash::FxHashMap as HashMap;

/// A VM's machinery: the executor, which owns the type system and the context.
pub(crate) struct Runtime {
    /// Boxed for a fixed address: the context points into it (`VmContext::exec`, `::types`).
    exec: Box<Exec>,
}

impl Runtime {
    /// Creates a runtime around the core library image.
    pub fn new(
        corlib: Vec<u8>,
        natives: NativeRegistry,
        dump_clif: bool,
        dump_asm: bool,
        capture_stdout: bool,
    ) -> Result<Runtime> {
        let mut exec = Box::new(Exec {
            ts: TypeSystem::default(),
            ctx: Box::new(VmContext::new(capture_stdout)),
            natives,
            methods: HashMap::default(),
            unboxing_stubs: HashMap::default(),
            eh: Box::<EhState>::default(),
            jit: Jit::new(dump_clif, dump_asm)?,
        });
        let exec_ptr: *mut Exec = &mut *exec;
        exec.ctx.exec = exec_ptr.cast();
        exec.ctx.types = &mut exec.ts;
        exec.ctx.heap.finalizer_runner = Some(run_ready_finalizers);
        exec.add_assembly(corlib)?;
        let string = exec
            .find_type(0, "System", "String")
            .ok_or_else(|| VmError::MissingType("System.String".into()))?;
        let mt = exec.ensure_layout(string)?.method_table;
        // SAFETY: mt is the live MethodTable just created for System.String.
        unsafe { (*mt).component_size = 2 };
        exec.ctx.string_mt = mt;
        Ok(Runtime { exec })
    }

    /// Loads an assembly; its AssemblyRefs resolve to the core library or earlier assemblies.
    pub fn load(&mut self, assembly: Vec<u8>) -> Result<u32> {
        self.exec.add_assembly(assembly)
    }

    /// Gives `asm` its sequence points: the bytes of its Portable PDB, which must be the one
    /// the assembly names (same PDB id), so a stale file next to a rebuilt assembly is refused
    /// rather than giving wrong line numbers. Stack traces then show `in file.cs:line N`.
    pub fn load_debug_info(&mut self, asm: u32, pdb: &[u8]) -> Result<()> {
        let info = metadata::pdb::DebugInfo::parse(pdb)
            .map_err(|e| VmError::BadImage(format!("PDB: {e}")))?;
        let a = self
            .exec
            .assemblies
            .get_mut(asm as usize)
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

    /// Compiles every method with a body in `asm` and returns their Cranelift IR.
    pub fn dump_clif(&mut self, asm: u32) -> Result<String> {
        self.exec.dump_all(asm)
    }

    /// The captured standard output.
    pub fn stdout(&self) -> &[u8] {
        &self.exec.ctx.stdout
    }
}

/// Runs the finalizers of the heap's ready queue (`gc/finalize.rs`): each object's
/// `Finalize` through its vtable slot, stopping at an exception, which ends the process as
/// on .NET.
///
/// # Safety
/// `ctx` must be the live context on the VM thread, with no Rust borrow of the runtime active.
unsafe fn run_ready_finalizers(ctx: *mut VmContext) {
    // SAFETY: forwarded contract; each borrow of the heap or type system ends before managed
    // code runs, and the object being finalized stays on this stack, so the stack scan keeps it.
    unsafe {
        let Some(slot) = (*(*ctx).types).finalize_slot() else {
            while gc::next_ready(ctx).is_some() {}
            return;
        };
        while let Some(obj) = gc::next_ready(ctx) {
            let code = jit::vm_resolve_virtual(ctx, obj, slot);
            if !fault::pending(ctx).is_null() {
                break;
            }
            let f: extern "C" fn(*mut VmContext, *mut Object) = std::mem::transmute(code);
            f(ctx, obj);
            std::hint::black_box(obj);
            if !fault::pending(ctx).is_null() {
                break;
            }
        }
        eh::report_unhandled(ctx);
    }
}

/// A raw pointer allowed into the VM thread; the spawning thread waits for it (scoped).
struct SendPtr<T>(*mut T);
// SAFETY: the pointee is used by exactly one thread at a time: the spawner blocks in join.
unsafe impl<T> Send for SendPtr<T> {}

/// Stack size of the thread managed code runs on, so deep-but-finite recursion works.
const VM_STACK_SIZE: usize = 64 * 1024 * 1024;

impl Runtime {
    /// Runs the assembly's entry point with `args` on a thread of its own; returns the exit
    /// code (0 for `void Main`).
    pub fn run_main(&mut self, asm: u32, program: &str, args: &[String]) -> Result<i32> {
        let a = self
            .exec
            .assemblies
            .get(asm as usize)
            .ok_or_else(|| VmError::Internal(format!("no assembly {asm}")))?;
        let ep = a.image.entry_point;
        if ep.table() != Some(metadata::TableId::MethodDef) || ep.is_nil() {
            return Err(VmError::BadEntryPoint(
                "the assembly has no entry point".into(),
            ));
        }
        let key = MethodKey::new(asm, ep.row());
        self.exec.eh.entry = Some(key);
        let info = self.exec.method_info(key)?;
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
        self.exec.ctx.command_line = std::iter::once(program.to_string()).chain(args.iter().cloned()).collect();
        let exec = SendPtr(&mut *self.exec as *mut Exec);
        let args = args.to_vec();
        let spawned = std::thread::scope(|s| {
            let h = std::thread::Builder::new()
                .name("sharp-main".into())
                .stack_size(VM_STACK_SIZE)
                .spawn_scoped(s, move || {
                    let exec = exec;
                    // SAFETY: this thread is the only user of the runtime until the scope ends.
                    unsafe { run_on_vm_thread(exec.0, key, &args, takes_args, returns_int) }
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
/// `exec` must be the only live reference to the executor.
unsafe fn run_on_vm_thread(
    exec: *mut Exec,
    key: MethodKey,
    args: &[String],
    takes_args: bool,
    returns_int: bool,
) -> Result<i32> {
    // SAFETY: exclusive per the contract.
    let ctx: *mut VmContext = unsafe { &mut *(*exec).ctx };
    // The collector scans this thread's stack from here up (before `argv` exists).
    // SAFETY: ctx is live and used by this thread only until leave_thread below.
    unsafe { gc::enter_thread(ctx) };
    // SAFETY: forwarded contract.
    let result = unsafe { run_main_scanned(exec, ctx, key, args, takes_args, returns_int) };
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
    exec: *mut Exec,
    ctx: *mut VmContext,
    key: MethodKey,
    args: &[String],
    takes_args: bool,
    returns_int: bool,
) -> Result<i32> {
    // SAFETY: exclusive per the contract; dropped before managed code runs.
    let (code, argv) = unsafe {
        let e = &mut *exec;
        // Main itself may be invalid IL or name a missing member: .NET reports that as the
        // unhandled exception it throws, not as a loader error.
        let code = match jit::compile_entry(exec, key) {
            Ok(code) => code,
            Err(
                err @ (VmError::InvalidProgram { .. }
                | VmError::MissingMethod(_)
                | VmError::MissingField(_)
                | VmError::MissingType(_)
                | VmError::TypeLoad(_)
                | VmError::NotSupported(_)),
            ) => crate::fault::throw_vm_error(ctx, &err),
            Err(err) => return Err(err),
        };
        let mt = e.array_mt(&RType::String)?;
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
                (*ctx).exit_code
            }
            (false, true) => {
                let f: extern "C" fn(*mut VmContext) -> i32 = std::mem::transmute(code);
                f(ctx)
            }
            (true, false) => {
                let f: extern "C" fn(*mut VmContext, *mut Object) = std::mem::transmute(code);
                f(ctx, argv);
                (*ctx).exit_code
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
