//! Two tiers of compiled code. Cold code is most code: a script's `Main` runs once, and most
//! methods of a program are called a few times. Cranelift's optimiser and backtracking
//! register allocator cost about three times what its `opt_level=none` and single-pass
//! allocator cost, on code that then runs once. So a method is first compiled *quick*: that
//! cheap pipeline, no inlining, and a counter at its entry. A method with a loop also counts
//! its loop iterations, and a call that loops long moves to optimised code mid-loop
//! (on-stack replacement, `osr.rs`); a method whose loops cannot be left that way (`osr.rs`
//! says which) is compiled optimised at once.
//!
//! The call counter starts at [`TIER_UP_CALLS`] and counts calls down; the call that takes it
//! to zero calls [`vm_tier_up`], which compiles the method optimised, points its slot and the
//! dispatch words that hold the quick code (vtables, IMTs, inline caches) at the new code, and
//! overwrites the quick code's first bytes with a jump to it. Whatever else kept the quick
//! code's address (a delegate made by `ldftn`) so reaches the optimised code through one
//! jump, and the call in flight finishes in the quick code (or leaves it mid-loop).
//! Patching needs x86-64 (a 13-byte absolute jump, no instruction-cache flush, code memory
//! that stays writable: `code_memory.rs`); elsewhere, and with `SHARP_TIERS=0`, every method
//! is compiled optimised.
//!
//! Measured on a 23,000-line program of 2,000 methods each called once, three quarters of
//! them with loops (benches/README.md): compiling everything optimised takes 1.28 s from the
//! built assembly, the two tiers 0.44 s.

use std::sync::atomic::AtomicI32;

use super::Exec;
use crate::error::Result;
use crate::loader::MethodKey;
use crate::object::VmContext;

/// Calls a method's quick code takes before it is compiled optimised: enough that code run a
/// few times never pays for the optimiser, few enough that a hot method is soon fast.
pub(crate) const TIER_UP_CALLS: i32 = 30;

/// The length of the jump [`patch_entry`] writes: `mov r11, imm64; jmp r11`.
const JUMP_LEN: usize = 13;

/// Whether this target can patch quick code (see the module comment).
pub(crate) const SUPPORTED: bool = cfg!(target_arch = "x86_64");

/// The counters of a method's quick code, whose addresses are built into that code: calls
/// left before it is compiled optimised, and loop iterations left before a running call moves
/// to optimised code (`osr.rs`).
pub(crate) struct Counters {
    pub calls: AtomicI32,
    pub back_edges: AtomicI32,
    /// Set by a continuation that declined the call it was handed (`osr.rs`).
    pub declined: AtomicI32,
}

/// Where [`Counters::back_edges`] and [`Counters::declined`] lie in the struct, for the code
/// that reads and writes them.
pub(crate) const BACK_EDGES_OFFSET: i32 = std::mem::offset_of!(Counters, back_edges) as i32;
pub(crate) const DECLINED_OFFSET: i32 = std::mem::offset_of!(Counters, declined) as i32;

pub(crate) fn new_counters() -> Box<Counters> {
    Box::new(Counters {
        calls: AtomicI32::new(TIER_UP_CALLS),
        back_edges: AtomicI32::new(super::osr::OSR_BACK_EDGES),
        declined: AtomicI32::new(0),
    })
}

impl Exec {
    /// Compiles `key` optimised in place of its quick code, which its slot holds: the slot and
    /// the quick code's entry lead to the new code from now on.
    pub(crate) fn tier_up(&mut self, key: MethodKey) -> Result<()> {
        let quick = self.slot_value(key) as *const u8;
        self.jit.optimised.insert(key);
        let code = self.compile_body(key, false)?;
        self.set_slot(key, code);
        let len = if quick.is_null() { 0 } else { self.jit.code_map.function_len(quick as usize) };
        if len == 0 {
            return Ok(());
        }
        self.redirect(quick as usize, code as usize);
        if len >= JUMP_LEN {
            // SAFETY: `quick` is the start of a finished function of at least JUMP_LEN bytes,
            // and no thread runs its first bytes now: the VM is single-threaded and the call
            // that got here is past them.
            unsafe { patch_entry(quick as *mut u8, code) };
        }
        Ok(())
    }
}

impl super::translate::Fx<'_> {
    /// Quick code's entry: counts the call down, and on the last call of the quick tier asks
    /// for the optimised code (a cold call; this call goes on in the quick code).
    pub(crate) fn count_call(&mut self, counters: *const Counters) {
        use cranelift_codegen::ir::{InstBuilder, types};
        let cell = self.iconst(types::I64, counters as i64 + std::mem::offset_of!(Counters, calls) as i64);
        let flags = super::translate::mflags();
        let left = self.b.ins().load(types::I32, flags, cell, 0);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(flags, left, cell, 0);
        let hot = self.b.create_block();
        let go_on = self.b.create_block();
        self.b.set_cold_block(hot);
        self.b.ins().brif(left, go_on, &[], hot, &[]);
        self.b.switch_to_block(hot);
        let (ctx, key) = (self.ctx, self.iconst(types::I64, self.root_key.pack()));
        self.call_helper(vm_tier_up as *const u8, &[types::I64; 2], &[], &[ctx, key]);
        self.b.ins().jump(go_on, &[]);
        self.b.switch_to_block(go_on);
    }
}

impl Exec {
    /// Points the dispatch words that hold `old` code at `new`: vtable and IMT slots, inline
    /// caches and the interface and generic-virtual maps. Calls through them then skip the
    /// jump the quick code's entry becomes (a virtual call per iteration would pay it).
    fn redirect(&mut self, old: usize, new: usize) {
        let words = crate::types::IMT_SLOTS as usize;
        for &mt in &self.ts.method_tables {
            // SAFETY: every MethodTable of the type system is live, with its IMT and vtable
            // words after the struct (`MethodTable::into_raw`).
            unsafe {
                let first = (mt as *mut u8).add(crate::types::MT_IMT_OFFSET as usize) as *mut usize;
                for i in 0..words + (*mt).vtable_len as usize {
                    if *first.add(i) == old {
                        *first.add(i) = new;
                    }
                }
            }
        }
        for cell in &mut self.jit.ic_cells {
            for code in cell.codes.iter_mut().filter(|c| **c == old) {
                *code = new;
            }
        }
        for code in self.jit.interface_code.values_mut().chain(self.jit.generic_virtual_code.values_mut()).filter(|c| **c == old) {
            *code = new;
        }
    }
}

/// The helper quick code calls when its counter reaches zero.
pub(crate) extern "C" fn vm_tier_up(ctx: *mut VmContext, key: i64) {
    // SAFETY: JIT code passes the live context of this VM thread.
    let exec = unsafe { super::exec(ctx) };
    // SAFETY: the executor is live and no Rust borrow of it is active while JIT code runs.
    // A method that compiled quick compiles optimised too; if it does not, the quick code
    // simply stays.
    let _ = unsafe { (&mut *exec).tier_up(MethodKey::unpack(key)) };
}

/// Overwrites the first bytes of the function at `at` with an absolute jump to `target`.
///
/// # Safety
/// `at` is the start of a finished function of at least [`JUMP_LEN`] bytes that no thread is
/// executing the first bytes of, in JIT memory that is writable (`code_memory.rs`).
unsafe fn patch_entry(at: *mut u8, target: *const u8) {
    let mut jump = [0u8; JUMP_LEN];
    // mov r11, imm64 (49 BB imm64); jmp r11 (41 FF E3). r11 is scratch at a call boundary
    // and carries no argument (System V).
    jump[0] = 0x49;
    jump[1] = 0xBB;
    jump[2..10].copy_from_slice(&(target as u64).to_le_bytes());
    jump[10..].copy_from_slice(&[0x41, 0xFF, 0xE3]);
    // SAFETY: forwarded contract.
    unsafe { std::ptr::copy_nonoverlapping(jump.as_ptr(), at, JUMP_LEN) };
}
