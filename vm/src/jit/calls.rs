//! Calls, object creation, returns and string literals.
//! Floor 4 (execution).
//!
//! `callvirt` of an overridable method loads the code from the object's vtable slot (filled on
//! first use by `dispatch::vm_resolve_virtual`); of an interface method, it goes through the
//! site's inline cache (`icache.rs`), whose misses `dispatch::vm_interface_miss` fills. Every `callvirt` null-checks `this` first (III.4.2).
//!
//! A call to a managed method goes through its code slot, which holds its code or, until it is
//! compiled, its entry stub (`entry_stub.rs`), which compiles it on the way in. Where there are
//! no stubs, the call site loads the slot and, while it is 0, calls `vm_compile`, which compiles
//! the callee and returns its code (docs/cranelift.md §1). Natives
//! are bound while the caller compiles, so a missing native is reported at bind time. After
//! every call, an exception the callee left pending goes to the dispatch block (`eh.rs`).

use super::MethodInfo;
use super::translate::{Fx, SType, SVal};
use crate::error::{Result, VmError};
use crate::loader::{MethodKey, RType};
use std::rc::Rc;
use crate::types::ValKind;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, BlockArg, InstBuilder, Signature, Type, Value, types};
use metadata::Token;
use metadata::{Instr, Opcode as Op, Operand, UserStringIdx};

/// `s[i]`, which the JIT reads in place rather than calling the native.
const STRING_GET_CHARS: &str = "System.String::get_Chars(int32)";
/// Ordinal string equality, expanded inline (`Fx::string_equals`).
const STRING_EQUALS_HELPER: &str = "System.String::EqualsHelper(string,string)";
/// What `new T()` calls (C# spec §12.8.17.2; csc and mcs both emit it).
const CREATE_INSTANCE: &str = "System.Activator::CreateInstance()";
/// The array-initializer helper, which the JIT expands inline (see `objects.rs`).
const INITIALIZE_ARRAY: &str = "System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)";

impl Fx<'_> {
    /// Calls a Rust helper at a fixed address with the platform calling convention.
    pub fn call_helper(
        &mut self,
        addr: *const u8,
        params: &[Type],
        rets: &[Type],
        args: &[Value],
    ) -> Vec<Value> {
        let mut sig = Signature::new(self.exec.jit.call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        let sr = self.b.import_signature(sig);
        let f = self.iconst(types::I64, addr as i64);
        let call = self.b.ins().call_indirect(sr, f, args);
        self.b.inst_results(call).to_vec()
    }

    /// Translates a call-related instruction; false if `ins` is none.
    pub fn calls(&mut self, ins: &Instr, _all: &[Instr]) -> Result<bool> {
        match ins.opcode {
            Op::Ldstr => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("ldstr operand"));
                };
                let s = self.intern(tok.0)?;
                let v = self.iconst(types::I64, s as i64);
                self.note_ref(v, &crate::loader::RType::String);
                self.push(v, SType::Obj);
            }
            Op::Constrained => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("constrained. operand"));
                };
                self.constrained = Some(tok);
            }
            // Prefixes with no effect on this VM's code (III.2).
            Op::Readonly | Op::Volatile | Op::Unaligned | Op::Tail => {}
            Op::Call | Op::Callvirt => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("call operand"));
                };
                let constrained = self.constrained.take();
                if self.md_array_call(tok, false)? {
                    return Ok(true);
                }
                let key = self
                    .exec
                    .resolve_method_token(self.asm, tok)
                    .map_err(|e| self.ctx_err(e))?;
                let info = self.exec.method_info(key).map_err(|e| self.ctx_err(e))?;
                let n = info.params.len() + info.has_this as usize;
                if self.stack.len() < n {
                    return Err(self.invalid("not enough arguments on the stack"));
                }
                let mut args: Vec<SVal> = self.stack.split_off(self.stack.len() - n);
                self.check_call_args(&info, &args, true)?;
                if info.has_this && self.is_delegate_invoke(&info)? {
                    return self.invoke_delegate(&info, &args).map(|_| true);
                }
                if info.key.asm == 0 && info.full_name == CREATE_INSTANCE && self.create_instance(key)? {
                    return Ok(true);
                }
                if info.key.asm == 0 && !info.has_this && self.default_comparer(key)? {
                    return Ok(true);
                }
                if info.full_name == INITIALIZE_ARRAY {
                    self.initialize_array(&args)?;
                    return Ok(true);
                }
                if info.key.asm == 0 && info.full_name == STRING_GET_CHARS && args.len() == 2 && args[0].t == SType::Obj {
                    let c = self.string_char(args[0].v, args[1].v);
                    self.push(c, SType::I32);
                    return Ok(true);
                }
                if info.key.asm == 0 && info.full_name == STRING_EQUALS_HELPER && args.len() == 2 && args.iter().all(|a| a.t == SType::Obj) {
                    let eq = self.string_equals(args[0].v, args[1].v);
                    self.push(eq, SType::I32);
                    return Ok(true);
                }
                if info.key.asm == 0
                    && !info.has_this
                    && let Some(r) = self.math_intrinsic(&info.full_name, &args)
                {
                    self.push(r, SType::F64);
                    return Ok(true);
                }
                let virt = ins.opcode == Op::Callvirt && info.has_this;
                if let (Some(ctok), true) = (constrained, virt) {
                    match self.constrained_call(ctok, &info, &mut args)? {
                        Some(Some(r)) => self.stack.push(r),
                        Some(None) => {}
                        None => self.call_virtual(&info, &args)?,
                    }
                    return Ok(true);
                }
                if virt {
                    self.call_virtual(&info, &args)?;
                    return Ok(true);
                }
                // A `call` of an instance method with a null receiver throws here, as C#
                // requires, so that no method body ever sees a null `this` (`Fx::nonnull_args`).
                if info.has_this
                    && let Some(this) = args.first()
                    && this.t == SType::Obj
                {
                    self.null_check(this.v);
                }
                if let Some(r) = self.emit_call(&info, &args, None, None)? {
                    self.stack.push(r);
                }
            }
            Op::Newobj => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("newobj operand"));
                };
                if self.md_array_call(tok, true)? {
                    return Ok(true);
                }
                let key = self
                    .exec
                    .resolve_method_token(self.asm, tok)
                    .map_err(|e| self.ctx_err(e))?;
                self.newobj(key)?;
            }
            Op::Ldftn | Op::Ldvirtftn => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("ldftn operand"));
                };
                self.load_function(tok, ins.opcode == Op::Ldvirtftn)?;
            }
            Op::Calli | Op::Jmp => {
                return Err(self.unsupported(&format!("{} (function pointers)", ins.opcode.name())));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `Activator.CreateInstance<T>()`, what `new T()` compiles to: each instantiation is compiled
    /// on its own, so for a class T it is `newobj` of T's parameterless constructor, made here;
    /// for a value type the library's body (`default(T)`) is called. False: not a class.
    fn create_instance(&mut self, key: MethodKey) -> Result<bool> {
        let ctx = self.exec.key_ctx(key);
        let tid = match ctx.method_args.first() {
            Some(crate::loader::RType::Class(t)) => *t,
            Some(crate::loader::RType::Object) => self.exec.core_type("Object").map_err(|e| self.ctx_err(e))?,
            _ => return Ok(false),
        };
        let ctor = self.exec.type_methods(tid).find(|&row| {
            let k = self.exec.method_key_of(tid, row);
            self.exec.method_name(k).is_ok_and(|n| n == ".ctor")
                && self.exec.method_def_sig(k).is_ok_and(|(s, _, p)| s.has_this && p.is_empty())
        });
        let Some(row) = ctor else {
            let name = self.exec.types[tid as usize].full_name();
            return Err(self.ctx_err(crate::error::VmError::MissingMethod(format!("{name}::.ctor()"))));
        };
        let k = self.exec.method_key_of(tid, row);
        self.newobj(k)?;
        Ok(true)
    }

    /// `Comparer<T>.CreateDefault()` and `EqualityComparer<T>.CreateDefault()` for a T that
    /// implements `IComparable<T>` (`IEquatable<T>`): `new GenericComparer<T>()`
    /// (`GenericEqualityComparer<T>`), whose constraint lets it call T's method without boxing.
    /// The library cannot name those types for an unconstrained T; CoreCLR makes the same choice
    /// by reflection. False: not such a call, or T does not qualify (the library's body runs).
    fn default_comparer(&mut self, key: MethodKey) -> Result<bool> {
        let owner = self.exec.method_owner(key).map_err(|e| self.ctx_err(e))?;
        let t = &self.exec.types[owner as usize];
        let Some(g) = t.generic_def else { return Ok(false) };
        let Some(arg) = t.type_args.first().cloned() else { return Ok(false) };
        let gt = &self.exec.types[g as usize];
        if gt.namespace != "System.Collections.Generic" {
            return Ok(false);
        }
        let (iface, specialized) = match gt.name.as_str() {
            "Comparer`1" => ("IComparable`1", "GenericComparer`1"),
            "EqualityComparer`1" => ("IEquatable`1", "GenericEqualityComparer`1"),
            _ => return Ok(false),
        };
        if self.exec.method_name(key).map_err(|e| self.ctx_err(e))? != "CreateDefault" {
            return Ok(false);
        }
        let e = &mut *self.exec;
        let found = (|| -> Result<Option<MethodKey>> {
            let Ok(arg_tid) = e.type_id_of(&arg) else { return Ok(None) };
            let Some(iface_def) = e.find_type(0, "System", iface) else { return Ok(None) };
            let iface_inst = e.instantiate(iface_def, vec![arg.clone()])?;
            if !e.interfaces_of(arg_tid)?.contains(&iface_inst) {
                return Ok(None);
            }
            let Some(spec_def) = e.find_type(0, "System.Collections.Generic", specialized) else { return Ok(None) };
            let spec = e.instantiate(spec_def, vec![arg])?;
            let ctor = e.type_methods(spec).find(|&row| e.method_name(MethodKey::new(0, row)).is_ok_and(|n| n == ".ctor"));
            Ok(ctor.map(|row| e.method_key_of(spec, row)))
        })()
        .map_err(|err| self.ctx_err(err))?;
        match found {
            Some(ctor) => {
                self.newobj(ctor)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `newobj` of the constructor `key` (III.4.21): a struct built in a zeroed temporary, an
    /// object allocated and then constructed.
    fn newobj(&mut self, key: MethodKey) -> Result<()> {
        let info = self.exec.method_info(key).map_err(|e| self.ctx_err(e))?;
        // III.4.21: the method must be an instance constructor.
        let is_ctor =
            info.has_this && info.full_name.contains("::.ctor(") && info.ret.is_none();
        if !is_ctor {
            return Err(self.invalid("newobj of a method that is not a constructor"));
        }
        let n = info.params.len();
        if self.stack.len() < n {
            return Err(self.invalid("not enough constructor arguments on the stack"));
        }
        let args: Vec<SVal> = self.stack.split_off(self.stack.len() - n);
        self.check_call_args(&info, &args, false)?;
        let owner = info.owner;
        if info.native && self.is_delegate_type(owner)? {
            return self.new_delegate(&info, &args);
        }
        if self.exec.types[owner as usize].is_value_type() {
            let k = self.exec.value_kind(owner)?;
            let ValKind::Struct(s) = k else {
                return Err(self.unsupported("newobj of a primitive value type"));
            };
            let tmp = self.temp_struct(s);
            self.zero_mem(tmp, s.size);
            self.emit_call(
                &info,
                &args,
                Some(SVal {
                    v: tmp,
                    t: SType::ByRef,
                }),
                None,
            )?;
            self.push(tmp, SType::Struct(s));
        } else {
            let t = &self.exec.types[owner as usize];
            if t.asm == 0 && t.namespace == "System" && t.name == "String" {
                let r = self.string_ctor(&info, &args)?;
                self.push(r, SType::Obj);
                return Ok(());
            }
            let mt = self.exec.ensure_layout(owner)?.method_table;
            let obj = self.alloc_object(mt);
            self.emit_call(
                &info,
                &args,
                Some(SVal {
                    v: obj,
                    t: SType::Obj,
                }),
                None,
            )?;
            self.note_ref(obj, &crate::loader::RType::Class(owner));
            self.push(obj, SType::Obj);
        }
        Ok(())
    }

    /// The interned string object of an `ldstr` token (one object per assembly and token).
    fn intern(&mut self, tok: u32) -> Result<*mut crate::object::Object> {
        if let Some(&s) = self.exec.ctx.heap.literals.get(&(self.asm, tok)) {
            return Ok(s);
        }
        let units = self
            .exec
            .image(self.asm)
            .user_string(UserStringIdx(tok & 0x00FF_FFFF))?;
        let ctx: *mut crate::object::VmContext = &mut *self.exec.ctx;
        // SAFETY: ctx is the executor's live context.
        let s = unsafe { crate::object::alloc_string(ctx, &units) };
        self.exec.ctx.heap.literals.insert((self.asm, tok), s);
        Ok(s)
    }

    /// Emits a call of `info` with `args` (this first, if any; or `this_val` given separately
    /// for constructors). Returns the pushed result, if any.
    pub(super) fn emit_call(
        &mut self,
        info: &MethodInfo,
        args: &[SVal],
        this_val: Option<SVal>,
        target: Option<Value>,
    ) -> Result<Option<SVal>> {
        if target.is_none() && !info.native {
            let inlined = match this_val {
                Some(t) => {
                    let all: Vec<SVal> = std::iter::once(t).chain(args.iter().copied()).collect();
                    self.try_inline(info, &all)?
                }
                None => self.try_inline(info, args)?,
            };
            if let Some(r) = inlined {
                return Ok(r);
            }
        }
        let mut vals = vec![self.ctx];
        let mut rest = args;
        let this = match this_val {
            Some(t) => Some(t),
            None if info.has_this => {
                let (first, tail) = args
                    .split_first()
                    .ok_or_else(|| self.invalid("missing this"))?;
                rest = tail;
                Some(*first)
            }
            None => None,
        };
        // The return buffer, then `this` (see `method_info`).
        let retbuf = match info.ret {
            Some(ValKind::Struct(s)) => {
                let tmp = self.temp_struct(s);
                vals.push(tmp);
                Some((tmp, s))
            }
            _ => None,
        };
        if let Some(t) = this {
            let v = match t.t {
                SType::I32 => return Err(self.invalid("this is an int32")),
                SType::F32 | SType::F64 => return Err(self.invalid("this is a float")),
                _ => t.v,
            };
            vals.push(v);
        }
        for (a, &k) in rest.iter().zip(&info.params) {
            let v = match k {
                ValKind::Struct(_) => match a.t {
                    // Stack structs are private copies already: the callee may own this one.
                    SType::Struct(_) => a.v,
                    _ => return Err(self.invalid("a non-struct argument for a struct parameter")),
                },
                _ => self.abi_value(*a, k)?,
            };
            vals.push(v);
        }
        let callee = match target {
            Some(t) => t,
            None => self.callee_address(info.key, info.native)?,
        };
        self.calls_out = true;
        let sr = self.b.import_signature(info.sig.clone());
        let call = self.b.ins().call_indirect(sr, callee, &vals);
        let results = self.b.inst_results(call).to_vec();
        self.check_pending();
        if let Some((tmp, s)) = retbuf {
            return Ok(Some(SVal {
                v: tmp,
                t: SType::Struct(s),
            }));
        }
        match (info.ret, results.first()) {
            (Some(k), Some(&v)) => {
                self.note_ref(v, &info.ret_type);
                Ok(Some(self.widen_abi(v, k)))
            }
            (None, _) => Ok(None),
            _ => Err(VmError::Internal("call without its result".into())),
        }
    }

    /// The code address to call: a constant if native, else the callee's slot, which holds its
    /// code or, until it is compiled, its entry stub (`entry_stub.rs`), or else 0 (targets
    /// without stubs), when the call site compiles the callee first.
    pub(super) fn callee_address(&mut self, key: MethodKey, native: bool) -> Result<Value> {
        if native || !super::entry_stub::SUPPORTED {
            return self.compiled_address(key, native);
        }
        let slot = self.exec.filled_slot_addr(key)?;
        let slot_v = self.iconst(types::I64, slot as i64);
        Ok(self.b.ins().load(types::I64, super::translate::mflags(), slot_v, 0))
    }

    /// The callee's code itself, compiled first if need be: what `ldftn` puts in a delegate.
    /// Never a stub: a delegate's equality finds the method its code belongs to in the code
    /// map, which holds compiled code only.
    pub(super) fn compiled_address(&mut self, key: MethodKey, native: bool) -> Result<Value> {
        if native {
            let p = self.exec.compile(key).map_err(|e| self.ctx_err(e))?;
            return Ok(self.iconst(types::I64, p as i64));
        }
        let slot = self.exec.filled_slot_addr(key)?;
        let slot_v = self.iconst(types::I64, slot as i64);
        let p = self
            .b
            .ins()
            .load(types::I64, super::translate::mflags(), slot_v, 0);
        let uncompiled = match self.exec.jit.entry_stubs.stub_of(key) {
            Some(stub) => self.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, p, stub as i64),
            None => self.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, p, 0),
        };
        let call_blk = self.b.create_block();
        let param = self.b.append_block_param(call_blk, types::I64);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(
            uncompiled,
            cold,
            &[],
            call_blk,
            &[cranelift_codegen::ir::BlockArg::Value(p)],
        );
        self.b.switch_to_block(cold);
        let ctx = self.ctx;
        let k = self.iconst(types::I64, key.pack());
        let compiled = self.call_helper(
            super::vm_compile as *const u8,
            &[types::I64; 2],
            &[types::I64],
            &[ctx, k],
        )[0];
        self.b.ins().jump(
            call_blk,
            &[cranelift_codegen::ir::BlockArg::Value(compiled)],
        );
        self.b.switch_to_block(call_blk);
        Ok(param)
    }

    /// `ret` (III.3.56): struct results are copied to the caller's return buffer.
    pub fn ret(&mut self) -> Result<()> {
        if let Some(exit) = self.inline_exit {
            return self.inline_ret(exit);
        }
        match self.info.ret {
            None => {
                self.b.ins().return_(&[]);
            }
            Some(ValKind::Struct(s)) => {
                let v = self.pop()?;
                let dst = self
                    .retbuf
                    .ok_or_else(|| self.invalid("struct return without a buffer"))?;
                self.copy_struct(dst, v.v, s);
                self.b.ins().return_(&[]);
            }
            Some(k) => {
                let v = self.pop()?;
                let declared = self.info.ret_type.clone();
                self.check_ref(&v, &declared)?;
                let v = self.abi_value(v, k)?;
                self.b.ins().return_(&[v]);
            }
        }
        self.terminated = true;
        Ok(())
    }
}

impl Fx<'_> {
    /// `callvirt`: null-checks `this`, then calls through the vtable or the interface map when
    /// the method can be overridden, directly otherwise.
    fn call_virtual(&mut self, info: &MethodInfo, args: &[SVal]) -> Result<()> {
        let this = *args
            .first()
            .ok_or_else(|| self.invalid("callvirt without this"))?;
        let mut target = None;
        if this.t == SType::Obj {
            self.null_check(this.v);
            if !self.exec.key_ctx(info.key).method_args.is_empty() && (self.exec.is_interface(info.owner) || self.exec.needs_dispatch(info.key, info.owner)?) {
                let ctx = self.ctx;
                let k = self.iconst(types::I64, info.key.pack());
                let code = self.call_helper(
                    crate::jit::resolve::vm_resolve_generic_virtual as *const u8,
                    &[types::I64; 3],
                    &[types::I64],
                    &[ctx, this.v, k],
                )[0];
                self.check_pending();
                target = Some(code);
            } else if let Some(exact) = self.devirtualized(info, this.v)? {
                // One possible target: called directly, and so perhaps inlined.
                if let Some(r) = self.emit_call(&exact, args, None, None)? {
                    self.stack.push(r);
                }
                return Ok(());
            } else if self.exec.is_interface(info.owner) {
                target = Some(self.interface_target(this.v, info.owner, info.key));
            } else if self.exec.needs_dispatch(info.key, info.owner)? {
                let slot = self
                    .exec
                    .virtual_slot(info.key)?
                    .ok_or_else(|| self.invalid("virtual method without a vtable slot"))?;
                target = Some(self.virtual_target(this.v, slot));
            }
        }
        if let Some(r) = self.emit_call(info, args, None, target)? {
            self.stack.push(r);
        }
        Ok(())
    }

    /// The one method a virtual or interface call of `info` on `obj` can reach, when the
    /// static type of `obj` is a sealed class (`string`, a `sealed` class, a type argument
    /// that is one): that class's implementation, as RyuJIT devirtualizes. None when the call
    /// needs no dispatch anyway, or the implementation cannot be found while compiling (the
    /// dispatch at run time then reports it).
    fn devirtualized(&mut self, info: &MethodInfo, obj: Value) -> Result<Option<Rc<MethodInfo>>> {
        match self.ref_types.get(&obj).cloned() {
            Some(t) => self.sealed_target(info, &t),
            None => Ok(None),
        }
    }

    /// The one method a virtual or interface call of `info` reaches on an object whose static
    /// type is `t`, when `t` is sealed (see [`Fx::devirtualized`]).
    pub(crate) fn sealed_target(&mut self, info: &MethodInfo, t: &RType) -> Result<Option<Rc<MethodInfo>>> {
        let tid = match t {
            RType::Class(id) if self.exec.is_sealed(*id) => *id,
            RType::String => {
                let mt = self.exec.mt_of(&RType::String).map_err(|e| self.ctx_err(e))?;
                // SAFETY: mt_of returns a live MethodTable.
                unsafe { (*mt).type_id }
            }
            _ => return Ok(None),
        };
        // A target that cannot be found now is left to the dispatch at run time.
        let key = match self.implementation_in(tid, info) {
            Ok((key, true)) => key,
            _ => return Ok(None),
        };
        let exact = self.exec.method_info(key).map_err(|e| self.ctx_err(e))?;
        Ok((!exact.is_abstract && exact.has_this).then_some(exact))
    }

    /// Loads the code word at `offset` in `obj`'s MethodTable (a vtable or IMT slot) and
    /// branches on it: a filled word goes to the returned call block, whose parameter is the
    /// code to call. The builder is left in a new cold block for an empty word, which must jump
    /// to the call block with the code it finds. Returns (the parameter, the call block).
    fn method_table_code(
        &mut self,
        obj: Value,
        offset: i32,
    ) -> (Value, cranelift_codegen::ir::Block) {
        let f = super::translate::mflags();
        let mt = self.b.ins().load(types::I64, f, obj, 0);
        let code = self.b.ins().load(types::I64, f, mt, offset);
        let call_blk = self.b.create_block();
        let param = self.b.append_block_param(call_blk, types::I64);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(
            code,
            call_blk,
            &[cranelift_codegen::ir::BlockArg::Value(code)],
            cold,
            &[],
        );
        self.b.switch_to_block(cold);
        (param, call_blk)
    }

    /// The code in vtable slot `slot` of `obj`'s type: the MethodTable, then the slot after it
    /// (two dependent loads, as in CoreCLR). A slot is 0 until its method is first called
    /// through it; then the helper compiles the method and fills the slot.
    pub(super) fn virtual_target(&mut self, obj: Value, slot: u32) -> Value {
        let offset = crate::object::MT_VTABLE_OFFSET + 8 * slot as i32;
        let (param, call_blk) = self.method_table_code(obj, offset);
        let ctx = self.ctx;
        let s = self.iconst(types::I32, slot as i64);
        let resolved = self.call_helper(
            crate::jit::vm_resolve_virtual as *const u8,
            &[types::I64, types::I64, types::I32],
            &[types::I64],
            &[ctx, obj, s],
        )[0];
        self.b.ins().jump(
            call_blk,
            &[cranelift_codegen::ir::BlockArg::Value(resolved)],
        );
        self.b.switch_to_block(call_blk);
        param
    }

    /// A new inline cache cell for a call site and the fast path through it: loads `obj`'s
    /// MethodTable, indexes the cell with its address and compares the one entry it selects.
    /// Leaves the builder in the miss block (cold), which must jump to the returned call block
    /// with the code to call; the call block's parameter is that code.
    /// Returns (call block's parameter, the cell's address, call block).
    fn ic_probe(&mut self, obj: Value) -> (Value, Value, cranelift_codegen::ir::Block) {
        use super::icache;
        let mut cell = Box::new(icache::IcCell::new());
        let cell_addr = &mut *cell as *mut icache::IcCell as i64;
        self.exec.jit.ic_cells.push(cell);
        let f = super::translate::mflags();
        let mt = self.b.ins().load(types::I64, f, obj, 0);
        let cell_v = self.iconst(types::I64, cell_addr);
        let shift = self
            .b
            .ins()
            .load(types::I64, f, cell_v, icache::IC_SHIFT_OFFSET);
        let h = self.b.ins().ushr(mt, shift);
        let i = self.b.ins().band_imm_s(h, icache::IC_INDEX_MASK);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let entry = self.b.ins().iadd(cell_v, off);
        let cached_mt = self
            .b
            .ins()
            .load(types::I64, f, entry, icache::IC_MTS_OFFSET);
        let code = self
            .b
            .ins()
            .load(types::I64, f, entry, icache::IC_CODES_OFFSET);
        let hit = self.b.ins().icmp(IntCC::Equal, cached_mt, mt);
        let call_blk = self.b.create_block();
        let param = self.b.append_block_param(call_blk, types::I64);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(
            hit,
            call_blk,
            &[cranelift_codegen::ir::BlockArg::Value(code)],
            cold,
            &[],
        );
        self.b.switch_to_block(cold);
        (param, cell_v, call_blk)
    }

    /// The code implementing interface method `imethod` (of interface `iface`) for `obj`'s
    /// type: the word at the method's IMT slot (`imt.rs`) when it is filled, as cheap as a
    /// virtual call; else the site's inline cache (`icache.rs`), whose misses call the helper,
    /// which fills both.
    pub(super) fn interface_target(&mut self, obj: Value, iface: u32, imethod: MethodKey) -> Value {
        let slot = self.exec.imt_slot(iface, imethod);
        let offset = crate::object::MT_IMT_OFFSET + 8 * slot as i32;
        let (param, call_blk) = self.method_table_code(obj, offset);
        let (cached, cell_v, cached_blk) = self.ic_probe(obj);
        let ctx = self.ctx;
        let k = self.iconst(types::I64, imethod.pack());
        let resolved = self.call_helper(
            crate::jit::vm_interface_miss as *const u8,
            &[types::I64; 4],
            &[types::I64],
            &[ctx, obj, k, cell_v],
        )[0];
        self.b.ins().jump(
            cached_blk,
            &[cranelift_codegen::ir::BlockArg::Value(resolved)],
        );
        // Reached only from the cache path: keep it out of the hot layout too.
        self.b.set_cold_block(cached_blk);
        self.b.switch_to_block(cached_blk);
        self.b
            .ins()
            .jump(call_blk, &[cranelift_codegen::ir::BlockArg::Value(cached)]);
        self.b.switch_to_block(call_blk);
        param
    }

    /// `constrained. T callvirt M` (III.2.1) with `this` a managed pointer to a T. For a
    /// reference type T, `this` is dereferenced and the call proceeds as a callvirt (returns
    /// None). For a value type, the method T uses for M is called directly: with the pointer if
    /// T itself implements it, else with a boxed copy. Returns the pushed result.
    fn constrained_call(
        &mut self,
        ctok: Token,
        info: &MethodInfo,
        args: &mut [SVal],
    ) -> Result<Option<Option<SVal>>> {
        let r = self.token_rtype(ctok)?;
        if args.is_empty() || args[0].t != SType::ByRef && args[0].t != SType::Nat {
            return Err(self.invalid("constrained. call without a managed pointer as this"));
        }
        if super::objects::is_ref_type(&r, self.exec) {
            let v = self
                .b
                .ins()
                .load(types::I64, super::translate::mflags(), args[0].v, 0);
            // A sealed T is the object's exact class: the callvirt may be devirtualized.
            self.note_ref(v, &r);
            args[0] = SVal { v, t: SType::Obj };
            return Ok(None);
        }
        let (impl_info, boxed) = self.constrained_value_target(&r, info)?;
        if boxed {
            let k = self.exec.kind_of(&r).map_err(|e| self.ctx_err(e))?;
            let value = self.load_kind(k, args[0].v, 0)?;
            // A T? boxes as its T, or null (then the call throws NullReferenceException).
            let obj = match self.box_nullable(&r, value)? {
                Some(obj) => obj,
                None => self.box_value(&r, value)?,
            };
            args[0] = SVal {
                v: obj,
                t: SType::Obj,
            };
        }
        Ok(Some(self.emit_call(&impl_info, args, None, None)?))
    }

    /// The method a `constrained. T callvirt M` calls when T is the value type `r`: T's own
    /// implementation of M, or the one it inherits, in which case `this` must be boxed (true).
    pub(crate) fn constrained_value_target(
        &mut self,
        r: &crate::loader::RType,
        info: &MethodInfo,
    ) -> Result<(std::rc::Rc<MethodInfo>, bool)> {
        let mt = self.exec.mt_of(r).map_err(|e| self.ctx_err(e))?;
        // SAFETY: mt_of returns a live MethodTable for a value type.
        let tid = unsafe { (*mt).type_id };
        let (impl_key, _) = self.implementation_in(tid, info)?;
        let impl_info = self
            .exec
            .method_info(impl_key)
            .map_err(|e| self.ctx_err(e))?;
        let boxed = impl_info.owner != tid;
        Ok((impl_info, boxed))
    }

    /// The method type `tid` runs for a call of `info`: its implementation of an interface
    /// method, or what its vtable holds in the method's slot (true: the call dispatches);
    /// `info` itself when the method is not dispatched (false).
    fn implementation_in(&mut self, tid: crate::types::TypeId, info: &MethodInfo) -> Result<(MethodKey, bool)> {
        if self.exec.is_interface(info.owner) {
            return Ok((self.exec.interface_impl(tid, info.key)?, true));
        }
        if !self.exec.needs_dispatch(info.key, info.owner)? {
            return Ok((info.key, false));
        }
        let slot = self
            .exec
            .virtual_slot(info.key)?
            .ok_or_else(|| self.invalid("virtual method without a vtable slot"))?;
        let keys = self.exec.vtable_keys(tid)?;
        let key = *keys
            .get(slot as usize)
            .ok_or_else(|| self.invalid("vtable slot out of range"))?;
        Ok((key, true))
    }

    /// `s[i]` inline: the bounds check against the string's length (IndexOutOfRangeException,
    /// as the native throws it) and a load of the UTF-16 unit, zero-extended.
    fn string_char(&mut self, s: Value, idx: Value) -> Value {
        self.null_check(s);
        let f = super::translate::mflags();
        let len = self.b.ins().load(types::I32, f, s, crate::types::STRING_LENGTH_OFFSET);
        let bad = self.b.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::UnsignedGreaterThanOrEqual, idx, len);
        self.trap_if(bad, crate::fault::FaultKind::IndexOutOfRange);
        let wide = self.b.ins().uextend(types::I64, idx);
        let off = self.b.ins().ishl_imm_s(wide, 1);
        let addr = self.b.ins().iadd(s, off);
        self.b.ins().uload16(types::I32, f, addr, crate::types::STRING_CHARS_OFFSET)
    }

    /// `String.EqualsHelper(a, b)` (ordinal equality, what `==` and `Equals` on strings come
    /// to) inline: the same reference or two nulls are equal, one null or different lengths
    /// are not, and only strings of the same length go to a helper comparing their units.
    /// Most comparisons a hash table makes end in the helper; the native would cost a guard
    /// and two length lookups more each time.
    fn string_equals(&mut self, a: Value, b: Value) -> Value {
        let f = super::translate::mflags();
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I32);
        let one = self.iconst(types::I32, 1);
        let zero = self.iconst(types::I32, 0);
        let check = self.b.create_block();
        let same = self.b.ins().icmp(IntCC::Equal, a, b);
        self.b.ins().brif(same, done, &[BlockArg::Value(one)], check, &[]);
        self.b.switch_to_block(check);
        let lengths = self.b.create_block();
        let a_null = self.b.ins().icmp_imm_s(IntCC::Equal, a, 0);
        let b_null = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        let either = self.b.ins().bor(a_null, b_null);
        self.b.ins().brif(either, done, &[BlockArg::Value(zero)], lengths, &[]);
        self.b.switch_to_block(lengths);
        let units = self.b.create_block();
        let la = self.b.ins().load(types::I32, f, a, crate::types::STRING_LENGTH_OFFSET);
        let lb = self.b.ins().load(types::I32, f, b, crate::types::STRING_LENGTH_OFFSET);
        let differ = self.b.ins().icmp(IntCC::NotEqual, la, lb);
        self.b.ins().brif(differ, done, &[BlockArg::Value(zero)], units, &[]);
        self.b.switch_to_block(units);
        let pa = self.b.ins().iadd_imm_s(a, crate::types::STRING_CHARS_OFFSET as i64);
        let pb = self.b.ins().iadd_imm_s(b, crate::types::STRING_CHARS_OFFSET as i64);
        let n = self.b.ins().uextend(types::I64, la);
        let eq = self.call_helper(
            vm_units_equal as *const u8,
            &[types::I64; 3],
            &[types::I32],
            &[pa, pb, n],
        )[0];
        self.b.ins().jump(done, &[BlockArg::Value(eq)]);
        self.b.switch_to_block(done);
        result
    }

    /// `System.Math` methods on `double` that are one IEEE 754 operation, emitted as that
    /// instruction instead of a call, as RyuJIT and Mono do: `Sqrt` (squareRoot), `Abs`,
    /// `Floor` (roundToIntegralTowardNegative), `Ceiling`, `Truncate` (…TowardZero) and
    /// `Round` (roundToIntegralTiesToEven, .NET's default MidpointRounding.ToEven). Each gives
    /// the same result as the native for every input, NaN and -0.0 included, and none can throw.
    /// `callee` is a core-library method's full name.
    fn math_intrinsic(&mut self, callee: &str, args: &[SVal]) -> Option<Value> {
        let op = callee
            .strip_prefix("System.Math::")?
            .strip_suffix("(float64)")?;
        let [x] = args else { return None };
        if x.t != SType::F64 {
            return None;
        }
        let ins = self.b.ins();
        Some(match op {
            "Sqrt" => ins.sqrt(x.v),
            "Abs" => ins.fabs(x.v),
            "Floor" => ins.floor(x.v),
            "Ceiling" => ins.ceil(x.v),
            "Truncate" => ins.trunc(x.v),
            "Round" => ins.nearest(x.v),
            _ => return None,
        })
    }

    /// `newobj` of a System.String constructor: the runtime allocates strings, so each
    /// constructor `.ctor(P)` is implemented by the static native `String::Ctor(P)` that returns
    /// the new string, as in CoreCLR.
    fn string_ctor(&mut self, info: &MethodInfo, args: &[SVal]) -> Result<Value> {
        let key = info.full_name.replacen("::.ctor(", "::Ctor(", 1);
        let f = self
            .exec
            .natives
            .get(&key)
            .ok_or_else(|| VmError::MissingNative(key.clone()))?;
        let mut sig = Signature::new(self.exec.jit.call_conv);
        sig.params.push(AbiParam::new(types::I64));
        let mut vals = vec![self.ctx];
        for (a, &k) in args.iter().zip(&info.params) {
            sig.params.push(super::abi_param(k));
            vals.push(self.abi_value(*a, k)?);
        }
        sig.returns.push(AbiParam::new(types::I64));
        self.calls_out = true;
        let sr = self.b.import_signature(sig);
        let fv = self.iconst(types::I64, f as i64);
        let call = self.b.ins().call_indirect(sr, fv, &vals);
        let r = self.b.inst_results(call)[0];
        self.check_pending();
        Ok(r)
    }
}

/// Are the `n` UTF-16 units at `a` and `b` the same? (`Fx::string_equals`.)
extern "C" fn vm_units_equal(a: *const u16, b: *const u16, n: usize) -> i32 {
    // SAFETY: JIT code passes the units of two live strings of length n.
    let (a, b) = unsafe { (std::slice::from_raw_parts(a, n), std::slice::from_raw_parts(b, n)) };
    (a == b) as i32
}
