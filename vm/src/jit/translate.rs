//! CIL to Cranelift IR for one method: the driver, the evaluation stack and control flow.
//! Floor 4 (execution).
//!
//! The evaluation stack is interpreted at compile time: each entry is an SSA value with its CIL
//! stack type (ECMA-335 III.1.1: int32, int64, native int, F, O, &, or a value type, which we
//! hold as a pointer to a private copy). Locals and arguments are Cranelift variables, except
//! those whose address is taken (`ldloca`/`ldarga`) and structs, which live in stack slots. At a
//! block boundary the stack's values become block parameters (see `analysis.rs`).

use super::Exec;
use super::MethodInfo;
use super::analysis;
use crate::error::{Result, VmError};
use crate::fault::FaultKind;
use crate::loader::{MethodKey, RType};
use crate::types::{StructInfo, ValKind};
use cranelift_codegen::ir::{
    self, Block, BlockArg, Function, GlobalValueData, InstBuilder, MemFlagsData, StackSlot,
    StackSlotData, StackSlotKind, Type, UserFuncName, Value, types,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use metadata::{EhKind, Instr, MethodBody, Opcode as Op, Operand, TableId};
use rustc_hash::FxHashMap as HashMap;

/// The type of an evaluation stack entry (ECMA-335 III.1.1, with F split by width).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SType {
    I32,
    I64,
    F32,
    F64,
    /// native int (also unmanaged pointers).
    Nat,
    /// An object reference.
    Obj,
    /// A managed pointer.
    ByRef,
    /// A value type: the value is a pointer to a private copy.
    Struct(StructInfo),
}

impl SType {
    pub fn clif(self) -> Type {
        match self {
            SType::I32 => types::I32,
            SType::F32 => types::F32,
            SType::F64 => types::F64,
            _ => types::I64,
        }
    }

    pub fn of_kind(k: ValKind) -> SType {
        match k {
            ValKind::Bool
            | ValKind::Char
            | ValKind::I1
            | ValKind::U1
            | ValKind::I2
            | ValKind::U2
            | ValKind::I4
            | ValKind::U4 => SType::I32,
            ValKind::I8 | ValKind::U8 => SType::I64,
            ValKind::I | ValKind::U => SType::Nat,
            ValKind::R4 => SType::F32,
            ValKind::R8 => SType::F64,
            ValKind::Ref => SType::Obj,
            ValKind::ByRef => SType::ByRef,
            ValKind::Struct(s) => SType::Struct(s),
        }
    }

    pub fn is_int(self) -> bool {
        matches!(self, SType::I32 | SType::I64 | SType::Nat)
    }

    pub fn is_float(self) -> bool {
        matches!(self, SType::F32 | SType::F64)
    }

    /// Whether a stack value of this type may be stored where a `k` is
    /// expected: an argument, local, field, array element or return value
    /// (ECMA-335 III.1.8.1.2). Integers of any width store into integers
    /// (truncated or extended), floats into floats, references only into
    /// references; a managed pointer also stores into a native int, and an
    /// unmanaged one (native int) into a managed pointer, as unverifiable
    /// code does. Anything else is invalid IL: an `int32` passed where a
    /// string is expected would be dereferenced as one.
    pub fn assignable_to(self, k: ValKind) -> bool {
        match k {
            ValKind::Ref => self == SType::Obj,
            ValKind::ByRef => matches!(self, SType::ByRef | SType::Nat),
            ValKind::I | ValKind::U => self.is_int() || self == SType::ByRef,
            ValKind::R4 | ValKind::R8 => self.is_float(),
            ValKind::Struct(s) => self == SType::Struct(s),
            _ => self.is_int(),
        }
    }
}

/// One evaluation stack entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SVal {
    pub v: Value,
    pub t: SType,
}

/// Where a local or argument lives.
#[derive(Clone, Copy)]
pub(crate) enum Storage {
    Var(Variable),
    Mem(StackSlot),
    /// A struct argument: the caller's private copy.
    Ptr(Value),
}

#[derive(Clone, Copy)]
pub(crate) struct LocalVar {
    pub st: Storage,
    pub kind: ValKind,
}

pub(crate) struct BlockState {
    block: Block,
    /// The stack types on entry, once the first edge into the block is seen.
    entry: Option<Vec<SType>>,
}

/// Translation state of one method.
pub(crate) struct Fx<'a> {
    pub exec: &'a mut Exec,
    pub b: FunctionBuilder<'a>,
    pub info: std::rc::Rc<MethodInfo>,
    pub asm: u32,
    /// The VmContext parameter (defined in the entry block, so it dominates everything).
    pub ctx: Value,
    pub args: Vec<LocalVar>,
    pub locals: Vec<LocalVar>,
    pub stack: Vec<SVal>,
    pub(crate) blocks: HashMap<u32, BlockState>,
    pub throw_blocks: Vec<(FaultKind, super::eh::Target, Block)>,
    /// Exception-handling clauses and their blocks (`eh.rs`).
    pub eh: super::eh::EhFx,
    pub retbuf: Option<Value>,
    /// The current block already ended (branch, ret, throw).
    pub terminated: bool,
    /// Offset of the instruction being translated, in the method being compiled: for
    /// messages and the choice of exception clauses. Inlined code keeps its call's.
    pub offset: u32,
    /// Where the code being emitted comes from, for the code map and stack traces: `offset`,
    /// or inside an inlined body its inline site (`code_map.rs`).
    pub position: super::code_map::Position,
    /// In an inlined body, the position of the call it replaces.
    pub inline_caller: super::code_map::Position,
    /// The type of a pending `constrained.` prefix, for the `callvirt` that follows.
    pub constrained: Option<metadata::Token>,
    /// Values pushed by `ldtoken <field>`: the field's data (address, length).
    pub field_handles: HashMap<Value, (usize, usize)>,
    /// Values pushed by `ldftn`/`ldvirtftn`: which method's code they are (`delegates.rs`).
    pub fn_ptrs: HashMap<Value, super::delegates::FnPtr>,
    /// The static type of object references where it is known (`reftypes.rs`), and the kind
    /// of variable a managed pointer from `ldloca`/`ldarga` points to.
    pub ref_types: HashMap<Value, RType>,
    pub byref_targets: HashMap<Value, ValKind>,
    /// The declared type of each local: what `ldloc` gives and `stloc` must be given.
    pub local_types: Vec<RType>,
    /// Null-check elimination (`checks.rs`): the variable each `ldarg`/`ldloc` value came from.
    pub value_src: HashMap<Value, VarSrc>,
    /// Variables and values already null-checked in the current IL basic block.
    pub nonnull_vars: Vec<VarSrc>,
    pub nonnull_vals: Vec<Value>,
    /// The arguments of the body being translated that are never null in it: references the
    /// body never stores to nor takes the address of, which were not null at the call. For
    /// the method itself, `this` (`callvirt`, `call` (`calls.rs`) and delegate construction
    /// check the receiver); for an inlined body, also what the caller knew
    /// (`inline.rs`), such as a constructor's `this` after `newobj`'s allocation.
    pub nonnull_args: Vec<u32>,
    /// Array lengths already loaded on the current straight path (`checks.rs`).
    pub known_lengths: super::checks::KnownLengths,
    /// The method calls another method (managed or native), so it may recurse.
    pub calls_out: bool,
    /// The VmContext as the exit path sees it: the throw blocks redefine it from their helper's
    /// result, so that in a method whose only calls are on those cold paths `ctx` need not
    /// survive a call, and so need not occupy a callee-saved register (saved and restored by
    /// every call of, say, a getter).
    pub ctx_var: Variable,
    /// The IL offset an exception in flight was raised at in this method (a throw, a failed
    /// check, a call that returned with one pending), for the stack trace's line number. Only
    /// cold blocks define it (see `Fx::branch_to_raise`), so it costs the normal path nothing.
    pub raise_off: Variable,
    /// The raise sites of failed null checks, for `checks::remove_dominated_null_checks`.
    pub null_sites: Vec<Block>,
    /// The cold blocks of array bounds checks, for `bounds.rs`.
    pub bounds_sites: Vec<Block>,
    /// Translating a filter funclet (`Part::Filter`): `endfilter` returns, and an exception
    /// the filter raises makes it return 0.
    pub filter_funclet: bool,
    /// The method being compiled, whichever body is being translated.
    pub root_key: MethodKey,
    /// Translating an inlined body (`inline.rs`): where its `ret` goes, the methods inlined
    /// on the way to it (outermost first) and the IL inlined into this method so far.
    pub inline_exit: Option<super::inline::InlineExit>,
    pub inline_chain: Vec<MethodKey>,
    pub inlined_bytes: usize,
    /// Quick code (`tiers.rs`): nothing is inlined, and the entry counts calls.
    pub quick: bool,
    /// Quick code of a method with loops: the counters its loop heads count down, the heads,
    /// and whether one of them could not be a patchpoint (`osr.rs`).
    pub loop_counters: Option<*const super::tiers::Counters>,
    pub loop_heads: std::collections::BTreeSet<u32>,
    pub osr_missed: bool,
    /// In a continuation: the block that hands the call back to the quick code, and the
    /// block that enters the loop (`osr.rs`).
    pub continuation: Option<super::bounds::Entry>,
}

/// An argument or local held in a Cranelift variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarSrc {
    Arg(u32),
    Local(u32),
}

/// The largest frame (stack slots, in bytes) of a method without the stack-limit check; far
/// below `stack_overflow::NATIVE_MARGIN` (512 KiB).
const LEAF_FRAME_LIMIT: u32 = 16 * 1024;

/// Memory flags for the VM's own accesses: aligned and known not to trap (checks come first).
pub(crate) fn mflags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Which code of a method body a translation covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// The whole body, as the method itself.
    Body,
    /// The filter of clause i alone, as a *funclet* `(ctx, exception, locals) -> i32` that the
    /// first pass of exception handling calls while the method's frame is suspended deeper in
    /// a call (`eh/search.rs`). `locals` is the frame's directory: the address of each argument,
    /// then of each local, which a method with filters keeps in memory for this purpose. An
    /// exception the filter raises is swallowed: the funclet returns 0 (II.19).
    Filter(usize),
    /// The body entered at the loop head at this IL offset, as a *continuation*
    /// `(ctx, area) -> result` that quick code moves a running call to (`osr.rs`).
    Continuation(u32),
}

/// Translates a method body (or one filter of it, see [`Part`]) to a Cranelift function.
/// `counters`, for quick code (`tiers.rs`): the counters its entry and loop heads count down.
/// Quick code of a method with a loop head it cannot leave (`osr.rs`) is not made: that is
/// an `Unsupported` error, and the caller compiles the method optimised instead.
pub(crate) fn translate(
    exec: &mut Exec,
    info: &std::rc::Rc<MethodInfo>,
    body: &MethodBody,
    part: Part,
    counters: Option<*const super::tiers::Counters>,
) -> Result<Function> {
    // The builder's context is reused, for its allocations (`Jit::builder_context`); one a
    // failed translation left half-used is dropped.
    let mut fctx = std::mem::take(&mut exec.jit.builder_context);
    let func = translate_with(exec, info, body, part, counters, &mut fctx)?;
    exec.jit.builder_context = fctx;
    Ok(func)
}

fn translate_with(
    exec: &mut Exec,
    info: &std::rc::Rc<MethodInfo>,
    body: &MethodBody,
    part: Part,
    counters: Option<*const super::tiers::Counters>,
    fctx: &mut cranelift_frontend::FunctionBuilderContext,
) -> Result<Function> {
    let method = info.full_name.clone();
    let all_instrs = metadata::decode_il(&body.code)?;
    let asm = info.key.asm;
    let (local_kinds, local_types) = local_kinds(exec, asm, body)?;
    // A filter funclet translates the filter's instructions only, and starts at the filter.
    let (instrs, filter_start) = match part {
        Part::Body | Part::Continuation(_) => (all_instrs, None),
        Part::Filter(i) => {
            let c = body
                .eh_clauses
                .get(i)
                .ok_or_else(|| VmError::Internal(format!("no clause {i}")))?;
            let EhKind::Filter(f) = c.kind else {
                return Err(VmError::Internal(format!("clause {i} is not a filter")));
            };
            let region: Vec<Instr> = all_instrs
                .into_iter()
                .filter(|x| x.offset >= f && x.offset < c.handler_offset)
                .collect();
            (region, Some(f))
        }
    };
    // A method with filters keeps its arguments and locals in memory, where its filters'
    // funclets reach them through the frame's directory.
    let has_filters = !matches!(part, Part::Filter(_))
        && body
            .eh_clauses
            .iter()
            .any(|c| matches!(c.kind, EhKind::Filter(_)));
    let n_args = info.params.len() + info.has_this as usize;
    let (addr_args, addr_locals) = address_taken(&instrs, n_args, local_kinds.len(), has_filters);

    let sig = match part {
        Part::Body => info.sig.clone(),
        Part::Filter(_) => {
            let mut sig = ir::Signature::new(info.sig.call_conv);
            sig.params.push(ir::AbiParam::special(
                types::I64,
                ir::ArgumentPurpose::VMContext,
            ));
            sig.params.push(ir::AbiParam::new(types::I64));
            sig.params.push(ir::AbiParam::new(types::I64));
            sig.returns.push(ir::AbiParam::new(types::I32));
            sig
        }
        Part::Continuation(_) => super::osr::continuation_signature(&info.sig),
    };
    let name_space = match part {
        Part::Body => 0,
        Part::Filter(_) => 2,
        Part::Continuation(_) => 3,
    };
    // The last function compiled, cleared, is reused for its allocations.
    let mut func = std::mem::replace(&mut exec.jit.ctx.func, Function::new());
    func.clear();
    func.name = UserFuncName::user(name_space, info.key.row);
    func.signature = sig;
    // Stack limit check in the prologue: load VmContext::stack_limit (offset 0), docs/cranelift.md §5.
    let vmctx = func.create_global_value(GlobalValueData::VMContext);
    let flags = func
        .dfg
        .mem_flags
        .insert(MemFlagsData::trusted().with_readonly())
        .map_err(|_| VmError::Internal("memflags".into()))?;
    let limit = func.create_global_value(GlobalValueData::Load {
        base: vmctx,
        offset: ir::immediates::Offset32::new(0),
        global_type: types::I64,
        flags,
    });
    func.stack_limit = Some(limit);

    let mut b = FunctionBuilder::new(&mut func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params: Vec<Value> = b.block_params(entry).to_vec();
    let ctx = params[0];
    let ctx_var = b.declare_var(types::I64);
    b.def_var(ctx_var, ctx);
    let raise_off = b.declare_var(types::I32);
    let mut fx = Fx {
        exec,
        b,
        info: info.clone(),
        asm,
        ctx,
        args: Vec::new(),
        locals: Vec::new(),
        stack: Vec::new(),
        blocks: HashMap::default(),
        throw_blocks: Vec::new(),
        eh: super::eh::EhFx::new(if matches!(part, Part::Filter(_)) {
            &[]
        } else {
            &body.eh_clauses
        }),
        retbuf: None,
        terminated: false,
        // The prologue is outside every try block.
        offset: u32::MAX,
        position: super::code_map::UNKNOWN,
        inline_caller: super::code_map::UNKNOWN,
        constrained: None,
        field_handles: HashMap::default(),
        fn_ptrs: HashMap::default(),
        ref_types: HashMap::default(),
        byref_targets: HashMap::default(),
        local_types,
        value_src: HashMap::default(),
        nonnull_vars: Vec::new(),
        nonnull_vals: Vec::new(),
        nonnull_args: if info.has_this && info.this_kind == ValKind::Ref && never_stored(&instrs, &addr_args, 0) {
            vec![0]
        } else {
            Vec::new()
        },
        known_lengths: Default::default(),
        calls_out: false,
        ctx_var,
        raise_off,
        null_sites: Vec::new(),
        bounds_sites: Vec::new(),
        filter_funclet: matches!(part, Part::Filter(_)),
        inline_exit: None,
        inline_chain: Vec::new(),
        root_key: info.key,
        inlined_bytes: 0,
        quick: counters.is_some(),
        loop_counters: None,
        loop_heads: std::collections::BTreeSet::new(),
        osr_missed: false,
        continuation: None,
    };
    match part {
        Part::Body => {
            fx.bind_parameters(&params, &addr_args, &addr_locals, &local_kinds)?;
            if let Some(counters) = counters {
                fx.count_call(counters);
                fx.loop_heads = analysis::loop_heads(&instrs);
                fx.loop_counters = Some(counters);
            }
            if has_filters {
                fx.publish_directory()?;
            }
            fx.prologue_class_init()?;
        }
        // The method's own entry ran the prologue's checks and class initialisation.
        Part::Continuation(_) => {
            fx.bind_area(params[1], &addr_args, &addr_locals, &local_kinds)?;
        }
        Part::Filter(_) => fx.bind_directory(params[2], &local_kinds),
    }
    let mut starts = analysis::block_starts(&instrs);
    starts.extend(fx.eh.block_starts());
    if let Some(f) = filter_start {
        // The analysis always starts a block at offset 0; a funclet starts at its filter.
        starts.retain(|&s| s >= f);
        starts.insert(f);
    }
    for &start in &starts {
        if !analysis::is_instruction_boundary(&instrs, start) {
            return Err(VmError::InvalidProgram {
                reason: format!("branch to IL_{start:04x}, not an instruction"),
                method,
            });
        }
        let block = fx.b.create_block();
        fx.blocks.insert(start, BlockState { block, entry: None });
    }
    // Handlers are entered by the dispatch code, with the exception or nothing on the stack;
    // a filter funclet enters its filter with the exception.
    let mut entry_stacks = fx.eh.entry_stacks();
    entry_stacks.extend(filter_start.map(|f| (f, vec![SType::Obj])));
    for (offset, stack) in entry_stacks {
        if let Some(st) = fx.blocks.get_mut(&offset) {
            for t in &stack {
                fx.b.append_block_param(st.block, t.clif());
            }
            st.entry = Some(stack);
        }
    }
    match (filter_start, part) {
        (None, Part::Continuation(head)) => fx.enter_loop(head)?,
        (None, _) => fx.branch_to(0)?,
        (Some(f), _) => {
            fx.stack.push(SVal {
                v: params[1],
                t: SType::Obj,
            });
            fx.branch_to(f)?;
        }
    }
    fx.translate_instrs(&instrs, true)?;
    if fx.osr_missed {
        return Err(fx.unsupported("leaving a loop whose head has values on the evaluation stack"));
    }
    let null_blocks = std::mem::take(&mut fx.null_sites);
    let bounds_blocks = std::mem::take(&mut fx.bounds_sites);
    let quick = fx.quick;
    let continuation = fx.continuation;
    fx.finish_throw_blocks();
    fx.finish_eh()?;
    // A method that calls no other method cannot recurse: its frame is the last managed one
    // on the stack, and the native margin below `stack_limit` (`stack_overflow.rs`) has room
    // for it and the runtime helpers it calls. Such small methods skip the prologue's
    // stack-limit check (a load and a compare on every call of, say, a property getter); any
    // recursion still passes through a method that checks.
    let frame: u32 = fx.b.func.sized_stack_slots.values().map(|s| s.size).sum();
    if !fx.calls_out && frame <= LEAF_FRAME_LIMIT {
        fx.b.func.stack_limit = None;
    }
    fx.b.seal_all_blocks();
    let cfg = cranelift_module::Module::target_config(&fx.exec.jit.module);
    fx.b.finalize(cfg);
    // Quick code skips the analyses (each builds the dominator tree): it is compiled to run
    // a few times.
    if !quick {
        super::checks::remove_dominated_null_checks(&mut func, &null_blocks);
        super::bounds::remove_decided_bounds_checks(&mut func, &bounds_blocks, &null_blocks, continuation);
    }
    Ok(func)
}

/// Whether a body's argument `i` keeps the value it was called with: no `starg`, no `ldarga`.
pub(crate) fn never_stored(instrs: &[Instr], addr_args: &[bool], i: u32) -> bool {
    !addr_args.get(i as usize).copied().unwrap_or(true)
        && !instrs.iter().any(|ins| matches!(ins.opcode, Op::Starg | Op::StargS) && matches!(ins.operand, Operand::Var(v) if u32::from(v) == i))
}

/// Which arguments and locals need memory: those whose address `ldarga`/`ldloca` takes, or
/// all of them when `all` (a method with filters).
pub(crate) fn address_taken(instrs: &[Instr], n_args: usize, n_locals: usize, all: bool) -> (Vec<bool>, Vec<bool>) {
    let mut addr_args = vec![all; n_args];
    let mut addr_locals = vec![all; n_locals];
    for ins in instrs {
        if let Operand::Var(i) = ins.operand {
            let flag = match ins.opcode {
                Op::Ldloca | Op::LdlocaS => addr_locals.get_mut(i as usize),
                Op::Ldarga | Op::LdargaS => addr_args.get_mut(i as usize),
                _ => None,
            };
            if let Some(f) = flag {
                *f = true;
            }
        }
    }
    (addr_args, addr_locals)
}

/// The storage kinds and declared types of a body's locals (ECMA-335 II.23.2.6).
pub(crate) fn local_kinds(exec: &mut Exec, asm: u32, body: &MethodBody) -> Result<(Vec<ValKind>, Vec<RType>)> {
    let tok = body.local_var_sig;
    if tok.is_nil() {
        return Ok((Vec::new(), Vec::new()));
    }
    if tok.table() != Some(TableId::StandAloneSig) {
        return Err(VmError::BadImage(format!(
            "local signature token 0x{:08x}",
            tok.0
        )));
    }
    let img = exec.image(asm);
    let row = img
        .tables
        .stand_alone_sig
        .get((tok.row() as usize).wrapping_sub(1))
        .ok_or_else(|| crate::loader::bad_row(tok))?;
    let sigs = metadata::decode_local_sig(img.blob(row.signature)?)?;
    let (mut kinds, mut types) = (Vec::with_capacity(sigs.len()), Vec::with_capacity(sigs.len()));
    for s in &sigs {
        let r = exec.rtype(asm, s)?;
        kinds.push(exec.kind_of(&r)?);
        types.push(r);
    }
    Ok((kinds, types))
}

impl<'a> Fx<'a> {
    pub fn invalid(&self, reason: &str) -> VmError {
        VmError::InvalidProgram {
            reason: format!("IL_{:04x}: {reason}", self.offset),
            method: self.info.full_name.clone(),
        }
    }

    pub fn unsupported(&self, what: &str) -> VmError {
        VmError::Unsupported {
            what: format!("IL_{:04x}: {what}", self.offset),
            method: self.info.full_name.clone(),
        }
    }

    /// Adds context (the method) to errors from the loader.
    pub fn ctx_err(&self, e: VmError) -> VmError {
        match e {
            VmError::Unsupported { what, method } if method.is_empty() => VmError::Unsupported {
                what,
                method: self.info.full_name.clone(),
            },
            e => e,
        }
    }

    pub fn pop(&mut self) -> Result<SVal> {
        self.stack
            .pop()
            .ok_or_else(|| self.invalid("evaluation stack underflow"))
    }

    pub fn push(&mut self, v: Value, t: SType) {
        self.stack.push(SVal { v, t });
    }

    /// An integer constant; narrow immediates are stored zero-extended, as Cranelift requires.
    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        let v = match ty.bits() {
            8 => v as u8 as i64,
            16 => v as u16 as i64,
            32 => v as u32 as i64,
            _ => v,
        };
        self.b.ins().iconst(ty, v)
    }

    /// Storage for a local or argument; zero-initialized if `zero` (locals: ECMA-335 says
    /// `localsinit` zeroes them, and C# compilers always set it).
    pub(crate) fn new_storage(
        &mut self,
        k: ValKind,
        address_taken: bool,
        zero: bool,
    ) -> Result<LocalVar> {
        if address_taken || matches!(k, ValKind::Struct(_)) {
            let size = k.size().max(1);
            let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                size,
                3,
            ));
            if zero {
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                self.zero_mem(addr, size);
            }
            return Ok(LocalVar {
                st: Storage::Mem(slot),
                kind: k,
            });
        }
        let ty = SType::of_kind(k).clif();
        let var = self.b.declare_var(ty);
        if zero {
            let z = self.zero_of(ty);
            self.b.def_var(var, z);
        }
        Ok(LocalVar {
            st: Storage::Var(var),
            kind: k,
        })
    }

    pub fn zero_of(&mut self, ty: Type) -> Value {
        match ty {
            types::F32 => self.b.ins().f32const(0.0),
            types::F64 => self.b.ins().f64const(0.0),
            t => self.b.ins().iconst(t, 0),
        }
    }

    pub fn load_local(&mut self, lv: LocalVar) -> Result<SVal> {
        match lv.st {
            Storage::Var(var) => {
                let v = self.b.use_var(var);
                Ok(SVal {
                    v,
                    t: SType::of_kind(lv.kind),
                })
            }
            Storage::Mem(slot) => {
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                self.load_kind(lv.kind, addr, 0)
            }
            Storage::Ptr(p) => self.load_kind(lv.kind, p, 0),
        }
    }

    pub fn store_local(&mut self, lv: LocalVar, sv: SVal) -> Result<()> {
        match lv.st {
            Storage::Var(var) => {
                let v = self.normalize(sv, lv.kind)?;
                self.b.def_var(var, v);
                Ok(())
            }
            Storage::Mem(slot) => {
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                self.store_kind(lv.kind, addr, 0, sv)
            }
            Storage::Ptr(p) => self.store_kind(lv.kind, p, 0, sv),
        }
    }

    pub fn local_addr(&mut self, lv: LocalVar) -> Result<Value> {
        match lv.st {
            Storage::Mem(slot) => Ok(self.b.ins().stack_addr(types::I64, slot, 0)),
            Storage::Ptr(p) => Ok(p),
            Storage::Var(_) => Err(self.invalid("address of a register local")),
        }
    }

    /// A stack value converted to how a local of kind `k` holds it in a variable: the stack type,
    /// with small integers truncated and re-extended (storing to an int8 local truncates).
    fn normalize(&mut self, sv: SVal, k: ValKind) -> Result<Value> {
        let abi = self.abi_value(sv, k)?;
        Ok(self.widen_abi(abi, k).v)
    }

    /// Converts a stack value to the Cranelift type of `k` in signatures and memory.
    pub fn abi_value(&mut self, sv: SVal, k: ValKind) -> Result<Value> {
        if !sv.t.assignable_to(k) {
            return Err(self.invalid(&format!("a {:?} value where {:?} is expected", sv.t, k)));
        }
        let want = k.abi_type();
        let have = sv.t.clif();
        if want == have {
            return Ok(sv.v);
        }
        Ok(match (have, want) {
            (types::F64, types::F32) => self.b.ins().fdemote(types::F32, sv.v),
            (types::F32, types::F64) => self.b.ins().fpromote(types::F64, sv.v),
            (h, w) if h.is_int() && w.is_int() && h.bits() > w.bits() => {
                self.b.ins().ireduce(w, sv.v)
            }
            (h, w) if h.is_int() && w.is_int() => {
                if matches!(k, ValKind::U | ValKind::U8) {
                    self.b.ins().uextend(w, sv.v)
                } else {
                    self.b.ins().sextend(w, sv.v)
                }
            }
            _ => return Err(self.invalid(&format!("a {:?} value where {:?} is expected", sv.t, k))),
        })
    }

    /// A value of kind `k` as the Cranelift type `to_abi` gives, widened to its stack type.
    pub fn widen_abi(&mut self, v: Value, k: ValKind) -> SVal {
        let t = SType::of_kind(k);
        let v = match k {
            ValKind::I1 | ValKind::I2 => self.b.ins().sextend(types::I32, v),
            ValKind::Bool | ValKind::U1 | ValKind::Char | ValKind::U2 => {
                self.b.ins().uextend(types::I32, v)
            }
            _ => v,
        };
        SVal { v, t }
    }

    /// Loads a value of kind `k` from `addr + off` and pushes-ready converts it to its stack form.
    pub fn load_kind(&mut self, k: ValKind, addr: Value, off: i32) -> Result<SVal> {
        let f = mflags();
        let v = match k {
            ValKind::I1 => self.b.ins().sload8(types::I32, f, addr, off),
            ValKind::Bool | ValKind::U1 => self.b.ins().uload8(types::I32, f, addr, off),
            ValKind::I2 => self.b.ins().sload16(types::I32, f, addr, off),
            ValKind::Char | ValKind::U2 => self.b.ins().uload16(types::I32, f, addr, off),
            ValKind::Struct(s) => {
                let tmp = self.temp_struct(s);
                let src = if off == 0 {
                    addr
                } else {
                    self.b.ins().iadd_imm_s(addr, off as i64)
                };
                self.copy_struct(tmp, src, s);
                return Ok(SVal {
                    v: tmp,
                    t: SType::Struct(s),
                });
            }
            _ => self.b.ins().load(k.abi_type(), f, addr, off),
        };
        Ok(SVal {
            v,
            t: SType::of_kind(k),
        })
    }

    /// Stores a stack value as kind `k` at `addr + off` (truncating small integers).
    pub fn store_kind(&mut self, k: ValKind, addr: Value, off: i32, sv: SVal) -> Result<()> {
        if let ValKind::Struct(s) = k {
            let SType::Struct(_) = sv.t else {
                return Err(self.invalid("storing a non-struct value into a struct"));
            };
            let dst = if off == 0 {
                addr
            } else {
                self.b.ins().iadd_imm_s(addr, off as i64)
            };
            self.copy_struct(dst, sv.v, s);
            return Ok(());
        }
        let v = self.abi_value(sv, k)?;
        self.b.ins().store(mflags(), v, addr, off);
        Ok(())
    }

    /// A fresh stack slot for a struct temporary; returns its address.
    pub fn temp_struct(&mut self, s: StructInfo) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            s.size.max(1),
            3,
        ));
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// Copies a struct value; sizes are small, so the copy is unrolled.
    pub fn copy_struct(&mut self, dst: Value, src: Value, s: StructInfo) {
        let mut off = 0u32;
        for (w, ty) in [
            (8, types::I64),
            (4, types::I32),
            (2, types::I16),
            (1, types::I8),
        ] {
            while s.size - off >= w {
                let v = self.b.ins().load(ty, mflags(), src, off as i32);
                self.b.ins().store(mflags(), v, dst, off as i32);
                off += w;
            }
        }
    }

    pub fn zero_mem(&mut self, addr: Value, size: u32) {
        let mut off = 0u32;
        for (w, ty) in [
            (8, types::I64),
            (4, types::I32),
            (2, types::I16),
            (1, types::I8),
        ] {
            while size - off >= w {
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().store(mflags(), z, addr, off as i32);
                off += w;
            }
        }
    }

    /// Translates `instrs`, whose blocks exist, starting in the block at their first offset.
    /// `own_offsets` is false for an inlined callee: its code keeps the call site's offset, for
    /// exception dispatch, and is tagged with inline sites (`inline.rs`).
    pub(crate) fn translate_instrs(&mut self, instrs: &[Instr], own_offsets: bool) -> Result<()> {
        for ins in instrs {
            self.position = if own_offsets {
                self.offset = ins.offset;
                ins.offset
            } else {
                let key = self.info.key;
                self.exec.jit.code_map.inline_site(key, ins.offset, self.inline_caller)
            };
            if self.blocks.contains_key(&ins.offset) {
                if !self.terminated {
                    self.branch_to(ins.offset)?;
                }
                self.enter_block(ins.offset);
                if let Some(counters) = self.loop_counters.filter(|_| own_offsets && self.loop_heads.contains(&ins.offset)) {
                    self.patchpoint(ins.offset, counters)?;
                }
            } else if self.terminated {
                return Err(self.invalid("code after an unconditional branch that nothing jumps to"));
            }
            // Tags the instruction's code with its position (`code_map.rs`).
            self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(self.position));
            self.instr(ins, instrs)?;
        }
        if !self.terminated {
            return Err(self.invalid("control falls off the end of the method"));
        }
        Ok(())
    }

    /// Creates a block for each IL offset in `starts`.
    pub(crate) fn create_blocks(&mut self, starts: impl IntoIterator<Item = u32>) {
        for start in starts {
            let block = self.b.create_block();
            self.blocks.insert(start, BlockState { block, entry: None });
        }
    }

    /// The block that starts at IL `offset`, if one does.
    pub fn block_at(&self, offset: u32) -> Option<Block> {
        self.blocks.get(&offset).map(|s| s.block)
    }

    /// The block of a branch target, checked.
    fn target_block(&self, target: u32) -> Result<&BlockState> {
        self.blocks
            .get(&target)
            .ok_or_else(|| self.invalid(&format!("branch to IL_{target:04x}, not an instruction")))
    }

    /// The block arguments for a jump to `target`: the current stack, recording (or checking)
    /// the target's entry types.
    pub fn edge_args(&mut self, target: u32) -> Result<(Block, Vec<BlockArg>)> {
        let types: Vec<SType> = self.stack.iter().map(|s| s.t).collect();
        let st = self.target_block(target)?;
        let block = st.block;
        match &st.entry {
            Some(e) => {
                let same = e.len() == types.len()
                    && e.iter().zip(&types).all(|(a, b)| a.clif() == b.clif());
                if !same {
                    return Err(self.invalid(&format!(
                        "stack {types:?} does not match {e:?} at IL_{target:04x}"
                    )));
                }
            }
            None => {
                for t in &types {
                    self.b.append_block_param(block, t.clif());
                }
                if let Some(s) = self.blocks.get_mut(&target) {
                    s.entry = Some(types);
                }
            }
        }
        Ok((
            block,
            self.stack.iter().map(|s| BlockArg::Value(s.v)).collect(),
        ))
    }

    /// Ends the current block with a jump to the block at `target`.
    pub fn branch_to(&mut self, target: u32) -> Result<()> {
        let (block, args) = self.edge_args(target)?;
        self.b.ins().jump(block, &args);
        self.terminated = true;
        Ok(())
    }

    /// Starts translating the block at `offset`: the stack becomes its parameters.
    fn enter_block(&mut self, offset: u32) {
        let Some(st) = self.blocks.get_mut(&offset) else {
            return;
        };
        let entry = st.entry.get_or_insert_with(Vec::new).clone();
        let block = st.block;
        self.b.switch_to_block(block);
        // Control may merge here: nothing is known to be non-null any more.
        self.nonnull_vars.clear();
        self.nonnull_vals.clear();
        let params = self.b.block_params(block).to_vec();
        self.stack = params
            .into_iter()
            .zip(entry)
            .map(|(v, t)| SVal { v, t })
            .collect();
        self.terminated = false;
    }

    /// A conditional branch: to `target` if `cond` is non-zero, else to the next instruction.
    pub fn cond_branch(&mut self, cond: Value, target: u32, next: u32) -> Result<()> {
        let (tb, targs) = self.edge_args(target)?;
        let (fb, fargs) = self.edge_args(next)?;
        self.b.ins().brif(cond, tb, &targs, fb, &fargs);
        self.terminated = true;
        Ok(())
    }

    fn instr(&mut self, ins: &Instr, all: &[Instr]) -> Result<()> {
        let next = ins.offset + ins.size;
        match ins.opcode {
            Op::Nop => {}
            Op::Br | Op::BrS => {
                let t = self.branch_target(ins)?;
                self.branch_to(t)?;
            }
            Op::Brtrue | Op::BrtrueS | Op::Brfalse | Op::BrfalseS => {
                let t = self.branch_target(ins)?;
                let v = self.pop()?;
                if !v.t.is_int() && !matches!(v.t, SType::Obj | SType::ByRef) {
                    return Err(self.invalid("brtrue/brfalse on a non-integer"));
                }
                if matches!(ins.opcode, Op::Brtrue | Op::BrtrueS) {
                    self.cond_branch(v.v, t, next)?;
                } else {
                    let (tb, targs) = self.edge_args(t)?;
                    let (fb, fargs) = self.edge_args(next)?;
                    self.b.ins().brif(v.v, fb, &fargs, tb, &targs);
                    self.terminated = true;
                }
            }
            Op::Beq
            | Op::BeqS
            | Op::BneUn
            | Op::BneUnS
            | Op::Bge
            | Op::BgeS
            | Op::BgeUn
            | Op::BgeUnS
            | Op::Bgt
            | Op::BgtS
            | Op::BgtUn
            | Op::BgtUnS
            | Op::Ble
            | Op::BleS
            | Op::BleUn
            | Op::BleUnS
            | Op::Blt
            | Op::BltS
            | Op::BltUn
            | Op::BltUnS => {
                let t = self.branch_target(ins)?;
                let b = self.pop()?;
                let a = self.pop()?;
                let c = self.compare(branch_cond(ins.opcode), a, b)?;
                self.cond_branch(c, t, next)?;
            }
            Op::Switch => {
                let Operand::Switch(targets) = &ins.operand else {
                    return Err(self.invalid("switch operand"));
                };
                let v = self.pop()?;
                let v = match v.t {
                    SType::I32 => v.v,
                    SType::I64 | SType::Nat => self.b.ins().ireduce(types::I32, v.v),
                    t => return Err(self.invalid(&format!("switch on a {t:?}"))),
                };
                // Every case and the fall-through receive the same stack as block arguments;
                // br_table treats the index as unsigned, as `switch` does (III.3.66).
                let mut table = Vec::with_capacity(targets.len());
                for &t in targets {
                    let t = u32::try_from(t).map_err(|_| self.invalid("switch target"))?;
                    let (blk, args) = self.edge_args(t)?;
                    table.push(self.b.func.dfg.block_call(blk, &args));
                }
                let (fb, fargs) = self.edge_args(next)?;
                let default = self.b.func.dfg.block_call(fb, &fargs);
                let jt = self
                    .b
                    .create_jump_table(ir::JumpTableData::new(default, &table));
                self.b.ins().br_table(v, jt);
                self.terminated = true;
            }
            Op::Ret => self.ret()?,
            Op::Dup => {
                let v = *self
                    .stack
                    .last()
                    .ok_or_else(|| self.invalid("dup on an empty stack"))?;
                let v = match v.t {
                    // A struct entry is a private copy: the duplicate needs its own.
                    SType::Struct(s) => {
                        let tmp = self.temp_struct(s);
                        self.copy_struct(tmp, v.v, s);
                        SVal { v: tmp, t: v.t }
                    }
                    _ => v,
                };
                self.stack.push(v);
            }
            Op::Pop => {
                self.pop()?;
            }
            Op::Throw => self.eh_throw()?,
            Op::Rethrow => self.eh_rethrow()?,
            Op::Leave | Op::LeaveS => {
                let t = self.branch_target(ins)?;
                self.eh_leave(t)?;
            }
            Op::Endfinally => self.eh_endfinally()?,
            Op::Endfilter => self.eh_endfilter()?,
            _ => {
                if self.arith(ins)?
                    || self.memory(ins)?
                    || self.objects(ins, all)?
                    || self.calls(ins, all)?
                {
                    return Ok(());
                }
                return Err(VmError::UnsupportedOpcode {
                    opcode: ins.opcode.name().to_string(),
                    method: self.info.full_name.clone(),
                });
            }
        }
        Ok(())
    }

    fn branch_target(&self, ins: &Instr) -> Result<u32> {
        match ins.operand {
            Operand::Branch(t) => {
                u32::try_from(t).map_err(|_| self.invalid("negative branch target"))
            }
            _ => Err(self.invalid("branch without a target")),
        }
    }
}

/// The comparison a two-operand conditional branch performs.
fn branch_cond(op: Op) -> super::arith::Cmp {
    use super::arith::Cmp;
    match op {
        Op::Beq | Op::BeqS => Cmp::Eq,
        Op::BneUn | Op::BneUnS => Cmp::NeUn,
        Op::Bge | Op::BgeS => Cmp::Ge,
        Op::BgeUn | Op::BgeUnS => Cmp::GeUn,
        Op::Bgt | Op::BgtS => Cmp::Gt,
        Op::BgtUn | Op::BgtUnS => Cmp::GtUn,
        Op::Ble | Op::BleS => Cmp::Le,
        Op::BleUn | Op::BleUnS => Cmp::LeUn,
        Op::Blt | Op::BltS => Cmp::Lt,
        _ => Cmp::LtUn,
    }
}
