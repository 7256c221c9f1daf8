//! The JIT: CIL to Cranelift IR, one method at a time, on the method's first call.
//! Floor 4 (execution), with `eh/`: the [`Exec`] here is the type system plus what running code
//! needs.
//!
//! Every MethodDef has a code slot (`Assembly::slots`). A call site calls through the callee's
//! slot, which holds the method's entry stub until [`vm_compile`] has compiled it (or bound the
//! native) and filled the slot (`entry_stub.rs`); where there are no stubs, the call site tests
//! the slot for 0 and calls [`vm_compile`] itself (docs/cranelift.md §1). Every managed method
//! takes the `VmContext` as a hidden first parameter (`ArgumentPurpose::VMContext`), whose
//! `stack_limit` the prologue checks (docs/cranelift.md §5).

mod analysis;
mod arith;
mod bounds;
mod calls;
mod checks;
mod code_memory;
mod class_init;
mod delegates;
mod disasm;
mod entry_stub;
pub(crate) mod code_map;
mod eh;
mod frame;
pub(crate) mod icache;
mod inline;
mod mdarray;
mod memory;
mod objects;
mod osr;
mod reftypes;
mod registry;
mod resolve;
mod tiers;
mod translate;

pub use registry::NativeRegistry;
pub(crate) use resolve::{vm_interface_miss, vm_resolve_virtual};

use crate::error::{Result, VmError};
use crate::loader::{MethodKey, RType, TypeSystem};
use crate::object::VmContext;
use crate::types::{TypeId, ValKind};
use cranelift_codegen::ir::{self, AbiParam, ArgumentPurpose, Signature, types};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use metadata::TableId;
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;
use std::sync::atomic::Ordering;

/// MethodAttributes and MethodImplAttributes bits (ECMA-335 II.23.1.10, II.23.1.11).
const METHOD_STATIC: u16 = 0x10;
const METHOD_ABSTRACT: u16 = 0x400;
const METHOD_PINVOKE: u16 = 0x2000;
const IMPL_INTERNAL_CALL: u16 = 0x1000;

/// What the JIT needs about a method to compile it or call it.
#[derive(Clone)]
pub(crate) struct MethodInfo {
    pub key: MethodKey,
    pub owner: TypeId,
    /// `Namespace.Type::Name(paramtypes)`: error messages and native keys.
    pub full_name: String,
    pub has_this: bool,
    /// `this` is a managed pointer for value types' methods, an object reference otherwise.
    pub this_kind: ValKind,
    pub params: Vec<ValKind>,
    pub param_types: Vec<RType>,
    /// None for void.
    pub ret: Option<ValKind>,
    pub ret_type: RType,
    pub native: bool,
    pub is_abstract: bool,
    pub sig: Signature,
}

impl MethodInfo {
    /// Does the signature carry a hidden pointer to a return buffer (struct returns).
    pub fn has_retbuf(&self) -> bool {
        matches!(self.ret, Some(ValKind::Struct(_)))
    }
}

/// A parameter of a Cranelift signature for a value of `k`, with the extension the C ABI expects.
pub(crate) fn abi_param(k: ValKind) -> AbiParam {
    let p = AbiParam::new(k.abi_type());
    match k {
        ValKind::Bool | ValKind::U1 | ValKind::Char | ValKind::U2 => p.uext(),
        ValKind::I1 | ValKind::I2 => p.sext(),
        _ => p,
    }
}

/// The executor: the type system plus what running code needs on top of it (compiled methods,
/// the natives they bind to, exception bookkeeping). JIT helpers reach it through
/// `VmContext::exec` ([`exec`]); it dereferences to the [`TypeSystem`], so the JIT asks about
/// types as if it were one.
pub(crate) struct Exec {
    pub ts: TypeSystem,
    pub ctx: Box<VmContext>,
    pub natives: NativeRegistry,
    /// What the JIT needs about each method, decoded once (`method_info`).
    pub methods: HashMap<MethodKey, Rc<MethodInfo>>,
    /// Unboxing stubs of value types' methods, by method (`resolve.rs`).
    pub unboxing_stubs: HashMap<MethodKey, usize>,
    /// Exception bookkeeping (`eh/`); the pending exception itself is in the `VmContext`.
    pub eh: Box<crate::eh::EhState>,
    pub jit: Jit,
}

impl std::ops::Deref for Exec {
    type Target = TypeSystem;
    fn deref(&self) -> &TypeSystem {
        &self.ts
    }
}

impl std::ops::DerefMut for Exec {
    fn deref_mut(&mut self) -> &mut TypeSystem {
        &mut self.ts
    }
}

/// The executor of the VM `ctx` belongs to.
///
/// # Safety
/// `ctx` must be the live context of a VM whose executor is wired (`runtime.rs`).
pub(crate) unsafe fn exec(ctx: *mut VmContext) -> *mut Exec {
    // SAFETY: forwarded contract; the pointer was set from the executor's address.
    unsafe { (*ctx).exec.cast::<Exec>() }
}

pub(crate) struct Jit {
    pub module: JITModule,
    pub ctx: cranelift_codegen::Context,
    pub call_conv: CallConv,
    /// IR text collected by `dump_all`.
    pub dump: Option<String>,
    /// The inline caches of interface call sites (`icache.rs`); boxed for fixed addresses,
    /// which the compiled code holds, and freed with the VM.
    #[allow(clippy::vec_box)] // a Vec<IcCell> would move the cells when it grows
    pub ic_cells: Vec<Box<icache::IcCell>>,
    /// (MethodTable address, interface method) → code: the slow path of interface calls.
    /// Keyed by addresses and small integers, not attacker-chosen data, so
    /// FxHash's one multiply per word serves where SipHash would cost
    /// 15–20 ns a probe.
    pub interface_code: rustc_hash::FxHashMap<(usize, MethodKey), usize>,
    /// The code of generic virtual methods per (MethodTable, called instantiation).
    pub generic_virtual_code: rustc_hash::FxHashMap<(usize, MethodKey), usize>,
    /// Print each method's machine code, with IL offsets, to stderr as it is compiled
    /// (`sharp dump asm`, or the environment variable `SHARP_DUMP_ASM` for a run with
    /// arguments).
    pub dump_asm: bool,
    /// Code address → method and IL offset, for stack walks (`code_map.rs`).
    pub code_map: code_map::CodeMap,
    /// The translator's SSA-building context, kept between methods for its allocations (the
    /// function being built is likewise the last one compiled, cleared: `ctx.func`).
    pub builder_context: cranelift_frontend::FunctionBuilderContext,
    /// What uncompiled methods' slots hold (`entry_stub.rs`).
    pub entry_stubs: entry_stub::EntryStubs,
    /// Print each method's Cranelift IR to stderr as it is compiled (`sharp dump clif`).
    pub dump_clif: bool,
    /// Which methods may be inlined at their call sites (`inline.rs`), decided once each.
    pub inline_verdicts: rustc_hash::FxHashMap<MethodKey, bool>,
    /// Inlining is on unless the environment variable `SHARP_NO_INLINE` is set, which
    /// benchmarks and debugging use to compare.
    pub inlining: bool,
    /// The quick tier's target settings (`tiers.rs`); None when every method is compiled
    /// optimised (`SHARP_TIERS=0`, or a target whose quick code cannot be patched).
    pub quick_isa: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    /// Methods compiled optimised after their quick code got hot: never quick again.
    pub optimised: std::collections::HashSet<MethodKey>,
    /// The counters of each method's quick code (boxed: the code holds their address).
    pub tier_counters: HashMap<MethodKey, Box<tiers::Counters>>,
    /// The continuations of methods at their loop heads (`osr.rs`), by method and IL offset.
    pub continuations: HashMap<(MethodKey, u32), usize>,
    /// With the environment variable `SHARP_PERF_MAP` set, `/tmp/perf-PID.map`: a line
    /// `START SIZE NAME` per compiled function, the file Linux `perf` reads to name JIT code.
    pub perf_map: Option<std::fs::File>,
}

/// The host's Cranelift target: optimising, or with the quick tier's cheap pipeline
/// (`opt_level=none`, the single-pass register allocator).
fn target_isa(quick: bool) -> Result<cranelift_codegen::isa::OwnedTargetIsa> {
    let err = |e: String| VmError::Internal(format!("cannot set up Cranelift: {e}"));
    let mut flags = settings::builder();
    let verifier = if cfg!(debug_assertions) { "true" } else { "false" };
    for (k, v) in [
        ("opt_level", if quick { "none" } else { "speed" }),
        ("regalloc_algorithm", if quick { "single_pass" } else { "backtracking" }),
        ("enable_verifier", verifier),
        ("is_pic", "false"),
        // Every function sets up a frame pointer: it identifies the frame in stack traces
        // (`eh.rs::record_frame`).
        ("preserve_frame_pointers", "true"),
    ] {
        flags.set(k, v).map_err(|e| err(e.to_string()))?;
    }
    cranelift_native::builder()
        .map_err(|e| err(e.to_string()))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| err(e.to_string()))
}

/// `Module::define_function` with another target's settings (the quick tier's): compiled by
/// `isa`, placed and linked by the module.
fn define_with(
    module: &mut JITModule,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
    id: cranelift_module::FuncId,
    ctx: &mut cranelift_codegen::Context,
) -> cranelift_module::ModuleResult<()> {
    ctx.compile(isa, &mut Default::default())?;
    let missing = || cranelift_module::ModuleError::Compilation(cranelift_codegen::CodegenError::Unsupported("no code".into()));
    let compiled = ctx.compiled_code().ok_or_else(missing)?;
    let alignment = compiled.buffer.alignment as u64;
    let relocs: Vec<cranelift_module::ModuleReloc> =
        compiled.buffer.relocs().iter().map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &ctx.func, id)).collect();
    module.define_function_bytes(id, alignment, compiled.code_buffer(), &relocs)
}

impl Jit {
    pub fn new(dump_clif: bool, dump_asm: bool) -> Result<Jit> {
        let isa = target_isa(false)?;
        let tiers = tiers::SUPPORTED && std::env::var_os("SHARP_TIERS").is_none_or(|v| v != "0");
        let quick_isa = if tiers { Some(target_isa(true)?) } else { None };
        let call_conv = isa.default_call_conv();
        let mut builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        if cfg!(target_arch = "x86_64") {
            builder.memory_provider(Box::new(code_memory::CodeMemory::new()));
        }
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        Ok(Jit {
            module,
            ctx,
            call_conv,
            dump: None,
            ic_cells: Vec::new(),
            interface_code: Default::default(),
            generic_virtual_code: Default::default(),
            dump_asm: dump_asm || std::env::var_os("SHARP_DUMP_ASM").is_some(),
            code_map: Default::default(),
            entry_stubs: entry_stub::EntryStubs::new(),
            builder_context: Default::default(),
            dump_clif,
            inline_verdicts: Default::default(),
            inlining: std::env::var_os("SHARP_NO_INLINE").is_none(),
            quick_isa,
            optimised: Default::default(),
            tier_counters: HashMap::default(),
            continuations: HashMap::default(),
            perf_map: std::env::var_os("SHARP_PERF_MAP").and_then(|_| {
                std::fs::File::create(format!("/tmp/perf-{}.map", std::process::id())).ok()
            }),
        })
    }
}

impl Exec {
    /// Decodes what the JIT needs about a method (cached).
    pub(crate) fn method_info(&mut self, key: MethodKey) -> Result<Rc<MethodInfo>> {
        if let Some(m) = self.methods.get(&key) {
            return Ok(m.clone());
        }
        let owner = self.method_owner(key)?;
        let name = self.method_name(key)?;
        let (sig, ret_type, param_types) = self.method_def_sig(key)?;
        if sig.generic_param_count as usize != self.key_ctx(key).method_args.len() {
            return Err(VmError::BadImage(format!("generic method {name} called without its type arguments")));
        }
        let md = &self.image(key.asm).tables.method_def[key.row as usize - 1];
        let (flags, impl_flags, rva) = (md.flags, md.impl_flags, md.rva);
        let is_abstract = flags & METHOD_ABSTRACT != 0;
        let native = impl_flags & IMPL_INTERNAL_CALL != 0
            || flags & METHOD_PINVOKE != 0
            || (rva == 0 && !is_abstract);
        let full_name = self.member_name(owner, &name, &param_types);
        let params = param_types
            .iter()
            .map(|p| self.kind_of(p))
            .collect::<Result<Vec<_>>>()?;
        let ret = match ret_type {
            RType::Void => None,
            ref r => Some(self.kind_of(r)?),
        };
        let has_this = sig.has_this && flags & METHOD_STATIC == 0;
        let this_kind = if self.types[owner as usize].is_value_type() {
            ValKind::ByRef
        } else {
            ValKind::Ref
        };
        let mut s = Signature::new(self.jit.call_conv);
        s.params
            .push(AbiParam::special(types::I64, ArgumentPurpose::VMContext));
        // The return buffer comes before `this`: a static method taking the
        // receiver as its first parameter then has the instance method's
        // layout, which an array's IList<T> methods (SZArrayHelper) rely on.
        if let Some(ValKind::Struct(_)) = ret {
            s.params.push(AbiParam::new(types::I64));
        }
        if has_this {
            s.params.push(AbiParam::new(types::I64));
        }
        s.params.extend(params.iter().map(|&k| abi_param(k)));
        match ret {
            None | Some(ValKind::Struct(_)) => {}
            Some(k) => s.returns.push(abi_param(k)),
        }
        let info = Rc::new(MethodInfo {
            key,
            owner,
            full_name,
            has_this,
            this_kind,
            params,
            param_types,
            ret,
            ret_type,
            native,
            is_abstract,
            sig: s,
        });
        self.methods.insert(key, info.clone());
        Ok(info)
    }

    /// The address of a method's code slot, which holds its entry stub (`entry_stub.rs`) until
    /// it is compiled, where the target has them.
    pub(crate) fn filled_slot_addr(&mut self, key: MethodKey) -> Result<usize> {
        let slot = self.slot_addr(key)?;
        if entry_stub::SUPPORTED && self.slot_value(key) == 0 {
            let stub = self.jit.entry_stubs.stub(key).map_err(|e| VmError::Internal(format!("entry stub: {e}")))?;
            self.set_slot(key, stub as *const u8);
        }
        Ok(slot)
    }

    /// The address of a method's code slot.
    pub(crate) fn slot_addr(&mut self, key: MethodKey) -> Result<usize> {
        if key.inst != 0 {
            let slot = self.inst_slots.entry(key).or_insert_with(|| Box::new(std::sync::atomic::AtomicUsize::new(0)));
            return Ok(&**slot as *const _ as usize);
        }
        let a = &self.assemblies[key.asm as usize];
        a.slots
            .get((key.row as usize).wrapping_sub(1))
            .map(|s| s as *const _ as usize)
            .ok_or_else(|| {
                crate::loader::bad_row(metadata::Token::new(TableId::MethodDef, key.row))
            })
    }

    fn slot_value(&self, key: MethodKey) -> usize {
        if key.inst != 0 {
            return self.inst_slots.get(&key).map_or(0, |s| s.load(Ordering::Acquire));
        }
        self.assemblies[key.asm as usize]
            .slots
            .get((key.row as usize).wrapping_sub(1))
            .map_or(0, |s| s.load(Ordering::Acquire))
    }

    fn set_slot(&mut self, key: MethodKey, code: *const u8) {
        if key.inst != 0 {
            let slot = self.inst_slots.entry(key).or_insert_with(|| Box::new(std::sync::atomic::AtomicUsize::new(0)));
            slot.store(code as usize, Ordering::Release);
            return;
        }
        if let Some(s) = self.assemblies[key.asm as usize]
            .slots
            .get((key.row as usize).wrapping_sub(1))
        {
            s.store(code as usize, Ordering::Release);
        }
    }

    /// Compiles a method (or binds its native) unless already done; returns its code.
    pub(crate) fn compile(&mut self, key: MethodKey) -> Result<*const u8> {
        let done = self.slot_value(key);
        if done != 0 && !self.jit.entry_stubs.is_stub(key, done) {
            return Ok(done as *const u8);
        }
        let info = self.method_info(key)?;
        if info.native {
            let p = self
                .natives
                .get(&info.full_name)
                .ok_or_else(|| VmError::MissingNative(info.full_name.clone()))?;
            self.set_slot(key, p);
            return Ok(p);
        }
        if info.is_abstract {
            return Err(VmError::Unsupported {
                what: "calling an abstract method".into(),
                method: info.full_name.clone(),
            });
        }
        let quick = self.jit.quick_isa.is_some() && !self.jit.optimised.contains(&key);
        let code = self.compile_body(key, quick)?;
        self.set_slot(key, code);
        Ok(code)
    }

    /// Translates and compiles `key`'s body: quick (`tiers.rs`) when `quick` and every loop
    /// of its IL can be left for optimised code (`osr.rs`), else optimised.
    pub(crate) fn compile_body(&mut self, key: MethodKey, quick: bool) -> Result<*const u8> {
        let info = self.method_info(key)?;
        let body = self
            .image(key.asm)
            .method_body(key.row)?
            .ok_or_else(|| VmError::BadImage(format!("{} has no body", info.full_name)))?;
        // The body reads its signatures in its instantiation's context.
        let ctx = self.key_ctx(key);
        let outer = self.swap_ctx(ctx);
        let func = self.translate_tiered(key, &info, &body, quick);
        self.swap_ctx(outer);
        let (func, quick) = func?;
        let tier = if quick { " (quick)" } else { "" };
        let text = if self.jit.dump_clif || self.jit.dump.is_some() {
            Some(format!("; {}{tier}\n{}", info.full_name, func.display()))
        } else {
            None
        };
        if let Some(t) = &text {
            if self.jit.dump_clif {
                eprintln!("{t}");
            }
            if let Some(d) = &mut self.jit.dump {
                d.push_str(t);
                d.push('\n');
            }
        }
        let name = format!("{}{tier}", info.full_name);
        self.define(func, &name, code_map::FrameKind::Method(key), quick)
    }

    /// Translates `key`'s body quick if it may be, else optimised; says which it did.
    fn translate_tiered(&mut self, key: MethodKey, info: &Rc<MethodInfo>, body: &metadata::MethodBody, quick: bool) -> Result<(ir::Function, bool)> {
        // The entry point's loops are compiled optimised at once. It runs once, to the end of
        // the program, and quick code spills every value to a slot no later code overwrites:
        // the collector's conservative scan would keep what those slots last held, say a large
        // tree built and dropped before the first loop, alive until the loop moved on.
        let quick = quick && {
            let instrs = metadata::decode_il(&body.code)?;
            !analysis::has_loop(&instrs)
                || (self.eh.entry != Some(key) && osr::can_leave_loops(body, &instrs, &translate::local_kinds(self, key.asm, body)?.0))
        };
        if quick {
            let counters = &**self.jit.tier_counters.entry(key).or_insert_with(tiers::new_counters) as *const _;
            match translate::translate(self, info, body, translate::Part::Body, Some(counters)) {
                Err(VmError::Unsupported { .. }) => {}
                done => return done.map(|f| (f, true)),
            }
        }
        translate::translate(self, info, body, translate::Part::Body, None).map(|f| (f, false))
    }

    /// The funclet of the filter of clause `index` of `key` (`translate::Part::Filter`),
    /// compiled on first use.
    pub(crate) fn filter_funclet(&mut self, key: MethodKey, index: usize) -> Result<*const u8> {
        if let Some(&code) = self.eh.funclets.get(&(key, index)) {
            return Ok(code as *const u8);
        }
        // A funclet's frame has no clauses of its own: to a stack walk it is glue.
        let code = self.compile_part(key, translate::Part::Filter(index), code_map::FrameKind::Stub)?;
        self.eh.funclets.insert((key, index), code as usize);
        Ok(code)
    }

    /// Translates and compiles, optimised, a part of `key`'s body other than the whole
    /// (`translate::Part`: a filter funclet, a continuation), in its instantiation's context.
    pub(crate) fn compile_part(&mut self, key: MethodKey, part: translate::Part, kind: code_map::FrameKind) -> Result<*const u8> {
        let info = self.method_info(key)?;
        let body = self
            .image(key.asm)
            .method_body(key.row)?
            .ok_or_else(|| VmError::BadImage(format!("{} has no body", info.full_name)))?;
        let ctx = self.key_ctx(key);
        let outer = self.swap_ctx(ctx);
        let func = translate::translate(self, &info, &body, part, None);
        self.swap_ctx(outer);
        let func = func?;
        let name = match part {
            translate::Part::Filter(index) => format!("{} (filter of clause {index})", info.full_name),
            translate::Part::Continuation(head) => format!("{} (from IL_{head:04x})", info.full_name),
            translate::Part::Body => info.full_name.clone(),
        };
        if self.jit.dump_clif {
            eprintln!("; {name}\n{}", func.display());
        }
        self.define(func, &name, kind, false)
    }

    /// Hands finished IR to Cranelift and returns the executable code, which the code map
    /// records as a frame of kind `kind`; `quick` compiles with the quick tier's settings.
    pub(crate) fn define(
        &mut self,
        func: ir::Function,
        name: &str,
        kind: code_map::FrameKind,
        quick: bool,
    ) -> Result<*const u8> {
        let codegen = |message: String| VmError::Codegen {
            method: name.to_string(),
            message,
        };
        let jit = &mut self.jit;
        let id = jit
            .module
            .declare_anonymous_function(&func.signature)
            .map_err(|e| codegen(e.to_string()))?;
        jit.ctx.clear();
        jit.ctx.func = func;
        let disasm = jit.dump_asm;
        // Cranelift can panic on misuse (docs/cranelift.md §0): report it as an error of this method.
        let defined = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let defined = match (quick, &jit.quick_isa) {
                (true, Some(isa)) => define_with(&mut jit.module, &**isa, id, &mut jit.ctx),
                _ => jit.module.define_function(id, &mut jit.ctx),
            };
            defined
                .map_err(|e| match e {
                    cranelift_module::ModuleError::Compilation(
                        cranelift_codegen::CodegenError::Verifier(errs),
                    ) => {
                        format!(
                            "verifier: {}",
                            cranelift_codegen::print_errors::pretty_verifier_error(
                                &jit.ctx.func,
                                None,
                                errs
                            )
                        )
                    }
                    e => format!("{e:?}"),
                })?;
            let (len, ranges) = match jit.ctx.compiled_code() {
                Some(cc) => (
                    cc.code_info().total_size as usize,
                    cc.buffer
                        .get_srclocs_sorted()
                        .iter()
                        .filter(|r| !r.loc.is_default())
                        .map(|r| (r.start, r.end, r.loc.bits()))
                        .collect(),
                ),
                None => (0, Vec::new()),
            };
            jit.module
                .finalize_definitions()
                .map_err(|e| e.to_string())?;
            let code = jit.module.get_finalized_function(id);
            jit.code_map.insert(code as usize, len, kind, ranges.clone());
            if let Some(f) = &mut jit.perf_map {
                use std::io::Write;
                // A profiling aid: a failed write only leaves a function unnamed.
                let _ = writeln!(f, "{:x} {len:x} {name}", code as usize);
            }
            Ok::<_, String>((code, len, ranges))
        }));
        jit.ctx.clear();
        let (code, len, ranges) = match defined {
            Ok(Ok(done)) => done,
            Ok(Err(m)) => return Err(codegen(m)),
            Err(_) => return Err(codegen("Cranelift panicked".into())),
        };
        if disasm {
            let positions = self.describe_positions(&ranges);
            // SAFETY: the finalized function is `len` bytes of readable code at `code`.
            let bytes = unsafe { std::slice::from_raw_parts(code, len) };
            eprint!("{}", disasm::listing(name, bytes, code as u64, &ranges, &positions));
        }
        Ok(code)
    }

    /// How `sharp dump asm` names each code map position of `ranges`: `IL_0007`, or for
    /// inlined code the call's offset and the callee's (`IL_0001 > P::Fib(int32) IL_000c`).
    fn describe_positions(&mut self, ranges: &[(u32, u32, u32)]) -> HashMap<u32, String> {
        let mut out = HashMap::default();
        for &(_, _, pos) in ranges {
            if out.contains_key(&pos) {
                continue;
            }
            let (inlined, offset) = self.jit.code_map.unfold(pos);
            let mut text = format!("IL_{offset:04x}");
            for (method, il) in inlined.into_iter().rev() {
                let callee = self.method_info(method).map_or_else(|_| "?".to_string(), |i| i.full_name.clone());
                text.push_str(&format!(" > {callee} IL_{il:04x}"));
            }
            out.insert(pos, text);
        }
        out
    }

    pub(crate) fn find_cctor(&self, tid: TypeId) -> Result<Option<MethodKey>> {
        let asm = self.types[tid as usize].asm;
        let inst = self.inst_of_type(tid);
        for row in self.type_methods(tid) {
            let key = MethodKey { asm, row, inst };
            if self.method_name(key)? == ".cctor" {
                return Ok(Some(key));
            }
        }
        Ok(None)
    }

    /// Compiles every method with a body in `asm`; returns the IR text.
    pub(crate) fn dump_all(&mut self, asm: u32) -> Result<String> {
        self.jit.dump = Some(String::new());
        let n = self
            .assemblies
            .get(asm as usize)
            .map_or(0, |a| a.slots.len() as u32);
        let mut result = Ok(());
        for row in 1..=n {
            let key = MethodKey::new(asm, row);
            // Generic code compiles only per instantiation: a generic method, or a method of a
            // generic type, has none to be compiled for here.
            if self.is_generic_definition(key) {
                continue;
            }
            let info = match self.method_info(key) {
                Ok(i) => i,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            };
            if info.native || info.is_abstract {
                continue;
            }
            if let Err(e) = self.compile(key) {
                result = Err(e);
                break;
            }
        }
        let text = self.jit.dump.take().unwrap_or_default();
        result.map(|_| text)
    }
}

/// Compiles `key` (unless done). Static constructors no longer run here: the code itself checks
/// at the points ECMA-335 II.10.5.3 names (`class_init.rs`), so compiling a method that merely
/// mentions a type runs nothing. Works through a raw pointer for callers that run managed code
/// next.
///
/// # Safety
/// `exec` must be the live executor, on the VM thread, with no Rust borrow of it active.
pub(crate) unsafe fn compile_entry(exec: *mut Exec, key: MethodKey) -> Result<*const u8> {
    // SAFETY: a short borrow; compiling runs no managed code.
    unsafe { (&mut *exec).compile(key) }
}

/// The compile helper JIT call sites call while a callee's slot is still 0.
pub(crate) extern "C" fn vm_compile(ctx: *mut VmContext, key: i64) -> *const u8 {
    // SAFETY: JIT code passes the live context of this VM thread.
    let executor = unsafe { exec(ctx) };
    // SAFETY: the executor is live and no Rust borrow of it is active while JIT code runs.
    match unsafe { compile_entry(executor, MethodKey::unpack(key)) } {
        Ok(p) => p,
        Err(e) => crate::fault::raise_vm_error(ctx, &e),
    }
}
