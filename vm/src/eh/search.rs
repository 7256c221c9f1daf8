//! The first pass of exception handling: is there a handler at all?
//!
//! ECMA-335 (I.12.4.2.5) handles an exception in two passes. The first walks up the stack
//! looking for a handler that takes the exception, without running anything; if there is none,
//! the runtime reports the exception and ends the program without running a single finally
//! block (CoreCLR does exactly this; Mono runs them first). The second pass unwinds to the
//! handler, running finally and fault blocks on the way: that is the one-pass dispatch of
//! `jit/eh.rs`, which starts only once this search has found a handler.
//!
//! The search runs once per exception, from the first dispatch block that sees it
//! (`VmContext::searched` says it has run; a new throw clears it). It follows the frame
//! pointers every JIT frame keeps: `[fp]` is the caller's frame pointer and `[fp + 8]` the
//! return address into the caller, which the code map (`jit/code_map.rs`) turns into the
//! calling method and the IL offset of its call. In each frame it tests the clauses whose try
//! block holds that offset, innermost first:
//!
//! - a typed catch that the exception is an instance of: a handler, stop;
//! - a filter: the filter's code is part of its method's body and can only run in that frame's
//!   own dispatch, so the search stops and counts it as a handler; the second pass then runs
//!   the filter after the inner finally blocks (the one place where Sharp's order still
//!   differs from .NET's, and only for filters with side effects);
//! - finally and fault blocks: nothing to decide in this pass.
//!
//! An offset inside a filter's own code is also a stop: a filter swallows what it raises. A
//! frame the walk cannot place (a return address outside JIT code, a frame chain that does not
//! climb) ends the search as "handled", so the second pass behaves as before: the search only
//! ever *removes* finally blocks from an unhandled path, never from a handled one. Only when
//! the walk reaches the entry point's frame, called from the VM itself, is the exception
//! unhandled: its trace gets every frame the walk passed, and the report ends the process.

use crate::loader::MethodKey;
use crate::object::{Object, VmContext};
use metadata::{EhClause, EhKind};
use std::rc::Rc;

use super::trace::vm_eh_frame;

/// Deeper stacks than this end the search (as "handled"): a guard against a corrupt chain.
const MAX_FRAMES: usize = 1 << 20;

/// What one frame's clauses say about the exception at an IL offset.
enum Verdict {
    /// A clause takes it (or may: a filter), or the offset is inside a filter.
    Handled,
    /// No clause of this frame takes it: ask the caller.
    NotHere,
}

impl crate::Runtime {
    /// The exception clauses of `key`'s body (cached: a search may visit a method often).
    fn clauses_of(&mut self, key: MethodKey) -> Option<Rc<[EhClause]>> {
        if let Some(c) = self.eh.clauses.get(&key) {
            return Some(c.clone());
        }
        let body = self.image(key.asm).method_body(key.row).ok()??;
        let c: Rc<[EhClause]> = body.eh_clauses.into();
        self.eh.clauses.insert(key, c.clone());
        Some(c)
    }
}

/// The verdict of frame `key` stopped at IL offset `il` (None: unknown) for `exc`.
///
/// # Safety
/// `ctx` must be the live context with no Rust borrow of the runtime active; `exc` live.
unsafe fn frame_verdict(
    ctx: *mut VmContext,
    exc: *mut Object,
    key: MethodKey,
    il: Option<u32>,
) -> Verdict {
    // SAFETY: short borrows of the live runtime; `vm_isinst` runs no managed code.
    unsafe {
        let rt = &mut *(*ctx).runtime;
        let Some(clauses) = rt.clauses_of(key) else {
            return Verdict::Handled;
        };
        if clauses.is_empty() {
            return Verdict::NotHere;
        }
        let Some(il) = il else {
            return Verdict::Handled;
        };
        let inside = |start: u32, len: u32| il >= start && il - start < len;
        for c in clauses.iter() {
            if let EhKind::Filter(f) = c.kind
                && il >= f
                && il < c.handler_offset
            {
                return Verdict::Handled;
            }
        }
        for c in clauses.iter() {
            if !inside(c.try_offset, c.try_length) {
                continue;
            }
            match c.kind {
                EhKind::Catch(tok) => {
                    let rt = &mut *(*ctx).runtime;
                    let mt = match rt.resolve_type_token(key.asm, tok) {
                        Ok(t) => match rt.ensure_layout(t) {
                            Ok(l) => l.method_table,
                            Err(_) => return Verdict::Handled,
                        },
                        // A catch type the VM cannot load: let the second pass report it.
                        Err(_) => return Verdict::Handled,
                    };
                    if !crate::dispatch::vm_isinst(ctx, exc, mt).is_null() {
                        return Verdict::Handled;
                    }
                }
                EhKind::Filter(_) => return Verdict::Handled,
                EhKind::Finally | EhKind::Fault => {}
            }
        }
        Verdict::NotHere
    }
}

/// The first pass for the pending exception, called by the dispatch block of the frame of
/// method `key` (frame pointer `fp`) that sees it first, where it was raised at IL offset
/// `il_offset`. Returns when a handler exists (or may); otherwise reports the exception as
/// unhandled and ends the process. Returns `ctx` for the JIT code's convenience.
pub(crate) extern "C" fn vm_eh_search(
    ctx: *mut VmContext,
    key: i64,
    fp: i64,
    il_offset: u32,
) -> *mut VmContext {
    // SAFETY: JIT code passes its live context and its own frame pointer; every JIT frame
    // keeps the caller's frame pointer and the return address at [fp] and [fp + 8].
    unsafe {
        (*ctx).searched = 1;
        let exc = (*ctx).pending;
        if exc.is_null() {
            return ctx;
        }
        let entry = (*(*ctx).runtime).eh.entry;
        let mut frame = (Some(MethodKey::unpack(key)), fp as usize, Some(il_offset));
        let mut passed: Vec<(MethodKey, usize, Option<u32>)> = Vec::new();
        let mut reached_entry = false;
        for _ in 0..MAX_FRAMES {
            let (key, fp, il) = frame;
            if let Some(k) = key {
                passed.push((k, fp, il));
                if let Verdict::Handled = frame_verdict(ctx, exc, k, il) {
                    return ctx;
                }
            }
            if fp == 0 {
                return ctx;
            }
            let caller_fp = (fp as *const usize).read();
            let ret = ((fp + 8) as *const usize).read();
            let found = (*(*ctx).runtime).jit.code_map.lookup_return(ret);
            // A JIT caller's frame lies above this one; a VM (Rust) caller's frame pointer
            // means nothing here.
            if found.is_some() && caller_fp <= fp {
                return ctx;
            }
            match found {
                Some((crate::jit::code_map::FrameKind::Method(k), il)) => {
                    frame = (Some(k), caller_fp, il)
                }
                Some((crate::jit::code_map::FrameKind::Stub, _)) => frame = (None, caller_fp, None),
                None => {
                    // Called from the VM: unhandled only if this is the entry point's frame
                    // (anything else, say a static constructor, is left to the second pass).
                    reached_entry = key.is_some() && key == entry;
                    break;
                }
            }
        }
        if !reached_entry {
            return ctx;
        }
        // Unhandled: the trace names every frame up to the entry point, then the report.
        for (k, fp, il) in passed {
            vm_eh_frame(ctx, exc, k.pack(), fp as i64, il.unwrap_or(u32::MAX));
        }
        super::report_unhandled(ctx);
        ctx
    }
}
