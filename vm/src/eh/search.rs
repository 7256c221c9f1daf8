//! The first pass of exception handling: is there a handler at all?
//! Floor 4 (execution).
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
//! - a filter: the search runs it, as .NET does, before any finally block, through its
//!   *funclet* (the filter compiled alone, reaching the suspended frame's locals through the
//!   directory the frame registered, `jit/frame.rs`). A true result is a handler; either way
//!   the verdict is recorded, so the second pass enters the handler (or moves on) without
//!   running the filter again;
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
/// Filter verdicts kept before the oldest are dropped (they belong to exceptions long handled;
/// a dropped verdict only means a filter may run a second time).
const MAX_VERDICTS: usize = 4096;

/// What one frame's clauses say about the exception at an IL offset.
enum Verdict {
    /// A clause takes it (or may: a filter), or the offset is inside a filter.
    Handled,
    /// No clause of this frame takes it: ask the caller.
    NotHere,
}

impl crate::jit::Exec {
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

/// The verdict of frame `key` (frame pointer `fp`) stopped at position `il` (None: unknown;
/// `jit/code_map.rs`) for `exc`.
///
/// # Safety
/// `ctx` must be the live context with no Rust borrow of the runtime active; `exc` live.
unsafe fn frame_verdict(
    ctx: *mut VmContext,
    exc: *mut Object,
    key: MethodKey,
    fp: usize,
    il: Option<u32>,
) -> Verdict {
    // SAFETY: short borrows of the live runtime; `vm_isinst` runs no managed code.
    unsafe {
        let exec = &mut *crate::jit::exec(ctx);
        let Some(clauses) = exec.clauses_of(key) else {
            return Verdict::Handled;
        };
        if clauses.is_empty() {
            return Verdict::NotHere;
        }
        // Code inlined into the method answers to the clauses of the call it replaced.
        let il = match il.map(|p| exec.jit.code_map.offset_of(p)) {
            Some(il) if il != crate::jit::code_map::UNKNOWN => il,
            _ => return Verdict::Handled,
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
        for (index, c) in clauses.iter().enumerate() {
            if !inside(c.try_offset, c.try_length) {
                continue;
            }
            match c.kind {
                EhKind::Catch(tok) => {
                    let exec = &mut *crate::jit::exec(ctx);
                    let mt = match exec.resolve_type_token(key.asm, tok) {
                        Ok(t) => match exec.ensure_layout(t) {
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
                EhKind::Filter(_) => {
                    match run_filter(ctx, exc, key, fp, index) {
                        // A filter it cannot run: the second pass will.
                        None => return Verdict::Handled,
                        Some(true) => return Verdict::Handled,
                        Some(false) => {}
                    }
                }
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
        // A rethrown exception is filtered afresh; verdicts of dead exceptions go eventually.
        let verdicts = &mut (*crate::jit::exec(ctx)).eh.filter_verdicts;
        verdicts.retain(|v| v.0 != exc as usize);
        if verdicts.len() > MAX_VERDICTS {
            verdicts.clear();
        }
        let entry = (*crate::jit::exec(ctx)).eh.entry;
        let mut frame = (Some(MethodKey::unpack(key)), fp as usize, Some(il_offset));
        let mut passed: Vec<(MethodKey, usize, Option<u32>)> = Vec::new();
        let mut reached_entry = false;
        // The method of the last managed frame: glue between it and the VM (a quick frame
        // suspended in its continuation, `jit/osr.rs`) still leaves it the entry point's.
        let mut last_method = None;
        for _ in 0..MAX_FRAMES {
            let (key, fp, il) = frame;
            if let Some(k) = key {
                last_method = Some(k);
                passed.push((k, fp, il));
                if let Verdict::Handled = frame_verdict(ctx, exc, k, fp, il) {
                    return ctx;
                }
            }
            if fp == 0 {
                return ctx;
            }
            let caller_fp = (fp as *const usize).read();
            let ret = ((fp + 8) as *const usize).read();
            let found = (*crate::jit::exec(ctx)).jit.code_map.lookup_return(ret);
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
                    reached_entry = last_method.is_some() && last_method == entry;
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

/// Runs the filter of clause `index` of the frame of `key` at frame pointer `fp` for `exc`, and
/// records its verdict for the second pass. None when it cannot run (no directory registered
/// for the frame, or the funclet does not compile).
///
/// # Safety
/// `ctx` live with no Rust borrow of the runtime active; `fp` a live frame of `key`.
unsafe fn run_filter(
    ctx: *mut VmContext,
    exc: *mut Object,
    key: MethodKey,
    fp: usize,
    index: usize,
) -> Option<bool> {
    // SAFETY: forwarded contract; borrows of the runtime end before managed code runs.
    unsafe {
        let exec = crate::jit::exec(ctx);
        let dir = (*exec)
            .eh
            .filter_frames
            .iter()
            .rev()
            .find(|f| f.0 == fp)
            .map(|f| f.1)?;
        let code = (&mut *exec).filter_funclet(key, index).ok()?;
        let f: extern "C" fn(*mut VmContext, *mut Object, usize) -> i32 = std::mem::transmute(code);
        // The filter's own calls must not see the exception as theirs: nothing is pending while
        // it runs, and what it raises it swallows (its funclet returns 0).
        (*ctx).pending = std::ptr::null_mut();
        let took = f(ctx, exc, dir) != 0;
        (*ctx).pending = exc;
        (*ctx).searched = 1;
        (*exec)
            .eh
            .filter_verdicts
            .push((exc as usize, fp, index as u32, took));
        Some(took)
    }
}

/// Registers the directory `dir` of a frame (frame pointer `fp`) of a method with filters, at
/// its entry (`jit/frame.rs`). Every registered frame at or below `fp` has returned.
pub(crate) extern "C" fn vm_eh_register_frame(ctx: *mut VmContext, fp: usize, dir: usize) {
    // SAFETY: JIT code passes its live context.
    unsafe {
        // Registered frames are in stack order, outermost (highest address) first.
        let frames = &mut (*crate::jit::exec(ctx)).eh.filter_frames;
        while frames.last().is_some_and(|f| f.0 <= fp) {
            frames.pop();
        }
        frames.push((fp, dir));
    }
}

/// The second pass at a filter clause: 1 if the first pass ran this filter (frame pointer `fp`,
/// clause `index`) for `exc` and it took the exception, 0 if it declined, 2 if it did not run
/// (then the dispatch code runs it now).
pub(crate) extern "C" fn vm_eh_filter_verdict(
    ctx: *mut VmContext,
    exc: *mut Object,
    fp: usize,
    index: u32,
) -> i32 {
    // SAFETY: JIT code passes its live context.
    unsafe {
        let verdicts = &(*crate::jit::exec(ctx)).eh.filter_verdicts;
        match verdicts
            .iter()
            .rev()
            .find(|v| v.0 == exc as usize && v.1 == fp && v.2 == index)
        {
            Some(v) => v.3 as i32,
            None => 2,
        }
    }
}
