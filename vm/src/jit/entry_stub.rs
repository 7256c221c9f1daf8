//! Entry stubs: what a method's code slot holds until the method is compiled (x86-64 Unix).
//! Floor 4 (execution).
//!
//! A call site calls through its callee's code slot. Without stubs an uncompiled callee's slot
//! is 0, so every call site tests it and, on 0, calls [`vm_compile`] first: four blocks and a
//! dozen instructions per call, which Cranelift pays for at each of them. A program's start is
//! mostly code that runs once, where compiling that test costs far more than it ever saves;
//! the quick tier spent about 150,000 instructions per call site of a large `Main`.
//!
//! With stubs, a slot is never 0 once a call site has been compiled against it: it holds a
//! stub of that method, 22 bytes that load the method's key and jump to [`compile_stub`]. That
//! one saves the argument registers, calls [`vm_compile`] (which compiles the method, or binds
//! its native, and fills the slot), restores them and jumps to the code it returned, as if the
//! caller had called it. A call site is then a load of the slot and an indirect call, as the
//! CLR's precode makes it.
//!
//! The stub frame keeps the frame-pointer chain, and compiling runs no managed code, so no stack
//! walk meets it; the saved arguments lie in it, where the collector's conservative stack scan
//! sees them, should compiling allocate. A method that fails to compile gets
//! `vm_failed_method` from [`vm_compile`], with the exception pending, as before.

use super::vm_compile;
use crate::loader::MethodKey;

/// Whether this target has entry stubs; elsewhere call sites test the slot for 0 themselves.
pub(crate) const SUPPORTED: bool = cfg!(all(target_arch = "x86_64", unix));

/// A stub's size: `mov r11, key` (10 bytes), `mov rax, compile_stub` (10), `jmp rax` (2),
/// padded.
const STUB_LEN: usize = 32;

/// The stubs made so far, and the memory they are written into.
pub(crate) struct EntryStubs {
    memory: super::code_memory::CodeMemory,
    by_method: rustc_hash::FxHashMap<MethodKey, usize>,
}

impl EntryStubs {
    pub(crate) fn new() -> EntryStubs {
        EntryStubs { memory: super::code_memory::CodeMemory::new(), by_method: Default::default() }
    }

    /// Whether `code` is `key`'s stub, i.e. the method is not compiled yet.
    pub(crate) fn is_stub(&self, key: MethodKey, code: usize) -> bool {
        self.by_method.get(&key) == Some(&code)
    }

    /// `key`'s stub, if it has one.
    pub(crate) fn stub_of(&self, key: MethodKey) -> Option<usize> {
        self.by_method.get(&key).copied()
    }

    /// `key`'s stub, made on first request.
    pub(crate) fn stub(&mut self, key: MethodKey) -> std::io::Result<usize> {
        if let Some(&s) = self.by_method.get(&key) {
            return Ok(s);
        }
        use cranelift_jit::JITMemoryProvider;
        let at = self.memory.allocate(STUB_LEN, 16, cranelift_jit::JITMemoryKind::Executable)?;
        let mut code = [0xCCu8; STUB_LEN];
        // mov r11, imm64 (49 BB imm64): r11 is scratch at a call and carries no argument.
        code[0..2].copy_from_slice(&[0x49, 0xBB]);
        code[2..10].copy_from_slice(&(key.pack() as u64).to_le_bytes());
        // mov rax, imm64 (48 B8 imm64); jmp rax (FF E0): rax carries no argument either (it
        // counts vector registers only for variadic calls, which managed code never makes).
        code[10..12].copy_from_slice(&[0x48, 0xB8]);
        code[12..20].copy_from_slice(&(compile_stub as *const () as u64).to_le_bytes());
        code[20..22].copy_from_slice(&[0xFF, 0xE0]);
        // SAFETY: `at` is STUB_LEN fresh bytes of writable and executable memory.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), at, STUB_LEN) };
        self.by_method.insert(key, at as usize);
        Ok(at as usize)
    }
}

/// The stubs' common part, entered by a jump with the caller's return address on top of the
/// stack, the method's key in r11 and its arguments where the caller put them (System V: six
/// integer and eight vector registers, the rest on the stack above the return address, which
/// this frame leaves alone). The context, the first argument, is still in rdi for
/// [`vm_compile`].
#[cfg(all(target_arch = "x86_64", unix))]
#[unsafe(naked)]
extern "C" fn compile_stub() {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        // 6 integer registers and 8 vector ones: 176 bytes, keeping rsp 16-byte aligned.
        "sub rsp, 176",
        "mov [rsp], rdi",
        "mov [rsp + 8], rsi",
        "mov [rsp + 16], rdx",
        "mov [rsp + 24], rcx",
        "mov [rsp + 32], r8",
        "mov [rsp + 40], r9",
        "movdqu [rsp + 48], xmm0",
        "movdqu [rsp + 64], xmm1",
        "movdqu [rsp + 80], xmm2",
        "movdqu [rsp + 96], xmm3",
        "movdqu [rsp + 112], xmm4",
        "movdqu [rsp + 128], xmm5",
        "movdqu [rsp + 144], xmm6",
        "movdqu [rsp + 160], xmm7",
        "mov rsi, r11",
        "call {compile}",
        "mov r11, rax",
        "mov rdi, [rsp]",
        "mov rsi, [rsp + 8]",
        "mov rdx, [rsp + 16]",
        "mov rcx, [rsp + 24]",
        "mov r8, [rsp + 32]",
        "mov r9, [rsp + 40]",
        "movdqu xmm0, [rsp + 48]",
        "movdqu xmm1, [rsp + 64]",
        "movdqu xmm2, [rsp + 80]",
        "movdqu xmm3, [rsp + 96]",
        "movdqu xmm4, [rsp + 112]",
        "movdqu xmm5, [rsp + 128]",
        "movdqu xmm6, [rsp + 144]",
        "movdqu xmm7, [rsp + 160]",
        "mov rsp, rbp",
        "pop rbp",
        "jmp r11",
        compile = sym vm_compile,
    )
}

#[cfg(not(all(target_arch = "x86_64", unix)))]
extern "C" fn compile_stub() {
    unreachable!("entry stubs are made only where SUPPORTED")
}
