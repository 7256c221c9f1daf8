//! When static constructors run (ECMA-335 II.10.5.3.1, II.10.5.3.2), lazily, as CoreCLR does.
//! Floor 4 (execution).
//!
//! A type *without* `beforefieldinit` ("precise" init) runs its `.cctor` exactly once, at the
//! first of: an access to one of its static fields, a call of one of its static methods, or a
//! call of one of its instance constructors (`newobj`, or a struct's `.ctor` called on an
//! address). A `beforefieldinit` type may run it any time before the first static field access;
//! CoreCLR runs it at that access, and so does Sharp. Either way, compiling code that merely
//! mentions a type runs nothing.
//!
//! The checks: each static field access site tests the owner's `MethodTable::class_init_done`
//! byte and calls [`vm_class_init`] while it is 0; the prologue of a static method or instance
//! constructor of a precise type does the same for its own type. Checks are left out once the
//! type is initialized when the code is compiled. A `.cctor` that is already running on this
//! thread (a cycle: A's initializer reads B, whose initializer reads A) lets the access
//! proceed and see the fields as they are, as II.10.5.3.3 prescribes for a single thread.

use super::Exec;
use super::translate::Fx;
use crate::error::Result;
use crate::object::{MT_CLASS_INIT_OFFSET, VmContext};
use crate::types::{CctorState, TypeId};
use cranelift_codegen::ir::{InstBuilder, types};

/// TypeAttributes.BeforeFieldInit (II.23.1.15).
const TYPE_BEFORE_FIELD_INIT: u32 = 0x0010_0000;

impl Exec {
    /// Does `tid` still need its class-init check? Marks types without a `.cctor` as done.
    fn needs_class_init(&mut self, tid: TypeId) -> Result<bool> {
        if self.types[tid as usize].cctor_state == CctorState::Done {
            return Ok(false);
        }
        if self.find_cctor(tid)?.is_none() {
            self.types[tid as usize].cctor_state = CctorState::Done;
            let mt = self.ensure_layout(tid)?.method_table;
            // SAFETY: mt is a live MethodTable of this runtime.
            unsafe { (*mt).class_init_done = 1 };
            return Ok(false);
        }
        Ok(true)
    }

    /// Is `tid` initialized precisely (no `beforefieldinit`): then its static methods and
    /// instance constructors trigger the `.cctor` too.
    pub(crate) fn precise_init(&self, tid: TypeId) -> bool {
        self.types[tid as usize].flags & TYPE_BEFORE_FIELD_INIT == 0
    }
}

/// Runs `tid`'s static constructor unless it has run or is running.
///
/// # Safety
/// `exec` must be the live executor, on the VM thread, with no Rust borrow of it active.
unsafe fn run_class_init(exec: *mut Exec, tid: TypeId) -> Result<()> {
    // SAFETY: each `&mut *exec` is a short borrow that ends before managed code runs.
    unsafe {
        let ctx: *mut VmContext = &mut *(*exec).ctx;
        match (&*exec).types[tid as usize].cctor_state {
            CctorState::NotRun => {}
            CctorState::Failed => {
                if let Some(slot) = (&*exec).eh.failed_inits.get(&tid) {
                    crate::fault::set_pending(ctx, **slot);
                }
                return Ok(());
            }
            CctorState::Running | CctorState::Done => return Ok(()),
        }
        (&mut *exec).types[tid as usize].cctor_state = CctorState::Running;
        let mt = (&mut *exec).ensure_layout(tid)?.method_table;
        if let Some(cctor) = (&*exec).find_cctor(tid)? {
            let code = super::compile_entry(exec, cctor)?;
            let f: extern "C" fn(*mut VmContext) = std::mem::transmute(code);
            f(ctx);
        }
        // An exception out of the static constructor is wrapped, as .NET does (II.10.5.3.3
        // leaves the type unusable): the type stays uninitialized and keeps the wrapper.
        let inner = crate::fault::pending(ctx);
        if !inner.is_null() {
            let name = (&*exec).reflection_name(tid);
            if let Some(wrapper) = crate::fault::type_initialization_exception(ctx, &name, inner) {
                let mut slot = Box::new(wrapper);
                crate::gc::add_root(ctx, &mut *slot);
                (&mut *exec).eh.failed_inits.insert(tid, slot);
                (&mut *exec).types[tid as usize].cctor_state = CctorState::Failed;
                crate::fault::set_pending(ctx, wrapper);
                return Ok(());
            }
        }
        (&mut *exec).types[tid as usize].cctor_state = CctorState::Done;
        (*mt).class_init_done = 1;
        Ok(())
    }
}

/// The helper a class-init check calls while the type's flag is 0.
pub(crate) extern "C" fn vm_class_init(ctx: *mut VmContext, tid: u32) {
    // SAFETY: JIT code passes the live context of this VM thread; no Rust borrow is active.
    unsafe {
        let exec = super::exec(ctx);
        if let Err(e) = run_class_init(exec, tid) {
            crate::fault::throw_vm_error(ctx, &e);
        }
    }
}

impl Fx<'_> {
    /// Emits the class-init check of `tid` (nothing if it is done, has no `.cctor`, or the
    /// method being compiled is that `.cctor`).
    pub fn class_init_check(&mut self, tid: TypeId) -> Result<()> {
        if !self.exec.needs_class_init(tid)? {
            return Ok(());
        }
        if self.info.owner == tid && self.exec.method_name(self.info.key)? == ".cctor" {
            return Ok(());
        }
        let mt = self.exec.ensure_layout(tid)?.method_table;
        let mtv = self.iconst(types::I64, mt as i64);
        let flag = self.b.ins().uload8(
            types::I32,
            super::translate::mflags(),
            mtv,
            MT_CLASS_INIT_OFFSET,
        );
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(flag, cont, &[], cold, &[]);
        self.b.switch_to_block(cold);
        let ctx = self.ctx;
        let t = self.iconst(types::I32, tid as i64);
        self.call_helper(
            vm_class_init as *const u8,
            &[types::I64, types::I32],
            &[],
            &[ctx, t],
        );
        // A static constructor that throws leaves its exception pending.
        self.check_pending();
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// The prologue check: static methods and instance constructors of precise types.
    pub fn prologue_class_init(&mut self) -> Result<()> {
        let owner = self.info.owner;
        if !self.exec.precise_init(owner) {
            return Ok(());
        }
        let is_ctor = self.info.has_this && self.exec.method_name(self.info.key)? == ".ctor";
        if self.info.has_this && !is_ctor {
            return Ok(());
        }
        self.class_init_check(owner)
    }
}
