//! Turning stack overflow into a clean "Stack overflow." message instead of a raw crash.
//! Floor 5 (the runtime).
//!
//! Two mechanisms (docs/cranelift.md §5): every JIT prologue compares the stack pointer with
//! `VmContext::stack_limit` and executes `ud2` below it (SIGILL), which catches managed recursion
//! with a margin left for natives; and the thread's guard page (SIGSEGV) catches the rest, such as
//! deep recursion inside a native. Both signals are handled on an alternate signal stack, since the
//! thread's own stack is exhausted. The handler flushes stdout, prints "Stack overflow." like .NET
//! and exits with 134. A fault that is not near the stack's end gets the default action back.

use std::cell::Cell;
use std::sync::Once;

/// Room left below `stack_limit` for natives and runtime helpers called from managed code.
pub const NATIVE_MARGIN: usize = 512 * 1024;
const ALT_STACK_SIZE: usize = 256 * 1024;

thread_local! {
    /// Lowest usable address of this VM thread's stack (0 when not a VM thread).
    static STACK_LO: Cell<usize> = const { Cell::new(0) };
    /// The thread's VM context, to flush stdout from the handler.
    static CONTEXT: Cell<*mut crate::object::VmContext> = const { Cell::new(std::ptr::null_mut()) };
}

static INSTALL: Once = Once::new();

/// The bounds `[lo, hi)` of the current thread's stack, from pthreads.
fn current_stack_bounds() -> Option<(usize, usize)> {
    // SAFETY: plain pthread queries on the current thread; attr is initialized by getattr_np and
    // destroyed once.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if rc != 0 {
            return None;
        }
        Some((addr as usize, addr as usize + size))
    }
}

/// Guards the current thread while it runs managed code; undone on drop.
pub(crate) struct ThreadGuard {
    alt_stack: *mut libc::c_void,
    /// The value for `VmContext::stack_limit`.
    pub stack_limit: usize,
}

impl ThreadGuard {
    pub(crate) fn enter(ctx: *mut crate::object::VmContext) -> ThreadGuard {
        INSTALL.call_once(install_handlers);
        let (lo, _hi) = current_stack_bounds().unwrap_or((0, 0));
        STACK_LO.with(|c| c.set(lo));
        CONTEXT.with(|c| c.set(ctx));
        // SAFETY: a fresh anonymous mapping becomes this thread's alternate signal stack.
        let alt_stack = unsafe {
            let p = libc::mmap(
                std::ptr::null_mut(),
                ALT_STACK_SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            );
            if p == libc::MAP_FAILED {
                std::ptr::null_mut()
            } else {
                let ss = libc::stack_t {
                    ss_sp: p,
                    ss_flags: 0,
                    ss_size: ALT_STACK_SIZE,
                };
                libc::sigaltstack(&ss, std::ptr::null_mut());
                p
            }
        };
        let stack_limit = if lo == 0 { 0 } else { lo + NATIVE_MARGIN };
        ThreadGuard {
            alt_stack,
            stack_limit,
        }
    }
}

impl Drop for ThreadGuard {
    fn drop(&mut self) {
        STACK_LO.with(|c| c.set(0));
        CONTEXT.with(|c| c.set(std::ptr::null_mut()));
        if !self.alt_stack.is_null() {
            // SAFETY: disable the alternate stack before unmapping the memory it used.
            unsafe {
                let ss = libc::stack_t {
                    ss_sp: std::ptr::null_mut(),
                    ss_flags: libc::SS_DISABLE,
                    ss_size: 0,
                };
                libc::sigaltstack(&ss, std::ptr::null_mut());
                libc::munmap(self.alt_stack, ALT_STACK_SIZE);
            }
        }
    }
}

fn install_handlers() {
    for sig in [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL] {
        // SAFETY: installs a SA_SIGINFO handler; the struct is fully initialized.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = handler as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, std::ptr::null_mut());
        }
    }
}

/// The stack pointer at the fault, from the signal's machine context.
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
unsafe fn fault_sp(uc: *mut libc::c_void) -> usize {
    // SAFETY: the kernel passes a ucontext_t as the handler's third argument.
    unsafe { (*(uc as *mut libc::ucontext_t)).uc_mcontext.gregs[libc::REG_RSP as usize] as usize }
}

#[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
unsafe fn fault_sp(_uc: *mut libc::c_void) -> usize {
    0
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, uc: *mut libc::c_void) {
    let lo = STACK_LO.with(|c| c.get());
    // SAFETY: info and uc come from the kernel for this signal.
    let (addr, sp) = unsafe { ((*info).si_addr() as usize, fault_sp(uc)) };
    let near =
        |x: usize| lo != 0 && x >= lo.saturating_sub(1 << 20) && x < lo + NATIVE_MARGIN + (1 << 20);
    let overflow = match sig {
        libc::SIGILL => near(sp),
        _ => near(addr) || near(sp),
    };
    if !overflow {
        // Not ours: restore the default action; returning re-executes the faulting instruction.
        // SAFETY: signal() is async-signal-safe.
        unsafe { libc::signal(sig, libc::SIG_DFL) };
        return;
    }
    let ctx = CONTEXT.with(|c| c.get());
    // SAFETY: only write(2) and _exit(2), both async-signal-safe; the stdout buffer belongs to
    // this thread, which is stopped in the fault.
    unsafe {
        if !ctx.is_null() && !(*ctx).capture_stdout {
            let out = &(*ctx).stdout;
            let mut off = 0;
            while off < out.len() {
                let n = libc::write(
                    1,
                    out.as_ptr().add(off) as *const libc::c_void,
                    out.len() - off,
                );
                if n <= 0 {
                    break;
                }
                off += n as usize;
            }
        }
        let msg = b"Stack overflow.\n";
        libc::write(2, msg.as_ptr() as *const libc::c_void, msg.len());
        libc::_exit(crate::error::UNHANDLED_EXIT_CODE);
    }
}
