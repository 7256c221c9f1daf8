//! Calls, object creation, returns and string literals.
//!
//! A call to a managed method goes through its code slot: load the slot; while it is 0, call
//! `vm_compile`, which compiles the callee and returns its code (notes §1, variant b). Natives
//! are bound while the caller compiles, so a missing native is reported at bind time.

use super::MethodInfo;
use super::translate::{Fx, SType, SVal};
use crate::error::{Result, VmError};
use crate::loader::MethodKey;
use crate::types::ValKind;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Type, Value, types};
use metadata::{Instr, Opcode as Op, Operand, UserStringIdx};

/// MethodAttributes.Virtual (ECMA-335 II.23.1.10).
const METHOD_VIRTUAL: u16 = 0x40;
const METHOD_FINAL: u16 = 0x20;

impl Fx<'_> {
    /// Calls a Rust helper at a fixed address with the platform calling convention.
    pub fn call_helper(
        &mut self,
        addr: *const u8,
        params: &[Type],
        rets: &[Type],
        args: &[Value],
    ) -> Vec<Value> {
        let mut sig = Signature::new(self.rt.jit.call_conv);
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
                self.push(v, SType::Obj);
            }
            Op::Call | Op::Callvirt => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("call operand"));
                };
                let key = self
                    .rt
                    .resolve_method_token(self.asm, tok)
                    .map_err(|e| self.ctx_err(e))?;
                let info = self.rt.method_info(key).map_err(|e| self.ctx_err(e))?;
                if ins.opcode == Op::Callvirt && info.has_this {
                    let md = &self.rt.image(key.asm).tables.method_def[key.row as usize - 1];
                    let sealed = self.rt.types[info.owner as usize].flags & 0x100 != 0;
                    if md.flags & METHOD_VIRTUAL != 0 && md.flags & METHOD_FINAL == 0 && !sealed {
                        return Err(self.unsupported(&format!(
                            "virtual call to {} (vtables arrive later)",
                            info.full_name
                        )));
                    }
                }
                let n = info.params.len() + info.has_this as usize;
                if self.stack.len() < n {
                    return Err(self.invalid("not enough arguments on the stack"));
                }
                let args: Vec<SVal> = self.stack.split_off(self.stack.len() - n);
                if ins.opcode == Op::Callvirt && info.has_this && args[0].t == SType::Obj {
                    self.null_check(args[0].v);
                }
                if let Some(r) = self.emit_call(&info, &args, None)? {
                    self.stack.push(r);
                }
            }
            Op::Newobj => {
                let Operand::Token(tok) = ins.operand else {
                    return Err(self.invalid("newobj operand"));
                };
                let key = self
                    .rt
                    .resolve_method_token(self.asm, tok)
                    .map_err(|e| self.ctx_err(e))?;
                let info = self.rt.method_info(key).map_err(|e| self.ctx_err(e))?;
                let n = info.params.len();
                if self.stack.len() < n {
                    return Err(self.invalid("not enough constructor arguments on the stack"));
                }
                let args: Vec<SVal> = self.stack.split_off(self.stack.len() - n);
                let owner = info.owner;
                if self.rt.types[owner as usize].is_value_type() {
                    let k = self.rt.value_kind(owner)?;
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
                    )?;
                    self.push(tmp, SType::Struct(s));
                } else {
                    let t = &self.rt.types[owner as usize];
                    if t.asm == 0 && t.namespace == "System" && t.name == "String" {
                        return Err(self.unsupported("string constructors"));
                    }
                    let mt = self.rt.ensure_layout(owner)?.method_table;
                    let mtv = self.iconst(types::I64, mt as i64);
                    let ctx = self.ctx;
                    let obj = self.call_helper(
                        super::memory::vm_alloc_object as *const u8,
                        &[types::I64; 2],
                        &[types::I64],
                        &[ctx, mtv],
                    )[0];
                    self.emit_call(
                        &info,
                        &args,
                        Some(SVal {
                            v: obj,
                            t: SType::Obj,
                        }),
                    )?;
                    self.push(obj, SType::Obj);
                }
            }
            Op::Ldftn | Op::Ldvirtftn | Op::Calli | Op::Jmp => {
                return Err(self.unsupported(&format!(
                    "{} (delegates and function pointers arrive later)",
                    ins.opcode.name()
                )));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The interned string object of an `ldstr` token (one object per assembly and token).
    fn intern(&mut self, tok: u32) -> Result<*mut crate::object::Object> {
        if let Some(&s) = self.rt.strings.get(&(self.asm, tok)) {
            return Ok(s);
        }
        let units = self
            .rt
            .image(self.asm)
            .user_string(UserStringIdx(tok & 0x00FF_FFFF))?;
        let ctx: *mut crate::object::VmContext = &mut *self.rt.ctx;
        // SAFETY: ctx is the runtime's live context.
        let s = unsafe { crate::object::alloc_string(ctx, &units) };
        self.rt.strings.insert((self.asm, tok), s);
        Ok(s)
    }

    /// Emits a call of `info` with `args` (this first, if any; or `this_val` given separately
    /// for constructors). Returns the pushed result, if any.
    fn emit_call(
        &mut self,
        info: &MethodInfo,
        args: &[SVal],
        this_val: Option<SVal>,
    ) -> Result<Option<SVal>> {
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
        if let Some(t) = this {
            let v = match t.t {
                SType::I32 => return Err(self.invalid("this is an int32")),
                SType::F32 | SType::F64 => return Err(self.invalid("this is a float")),
                _ => t.v,
            };
            vals.push(v);
        }
        let retbuf = match info.ret {
            Some(ValKind::Struct(s)) => {
                let tmp = self.temp_struct(s);
                vals.push(tmp);
                Some((tmp, s))
            }
            _ => None,
        };
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
        let callee = self.callee_address(info.key, info.native)?;
        let sr = self.b.import_signature(info.sig.clone());
        let call = self.b.ins().call_indirect(sr, callee, &vals);
        if let Some((tmp, s)) = retbuf {
            return Ok(Some(SVal {
                v: tmp,
                t: SType::Struct(s),
            }));
        }
        let results = self.b.inst_results(call).to_vec();
        match (info.ret, results.first()) {
            (Some(k), Some(&v)) => Ok(Some(self.widen_abi(v, k))),
            (None, _) => Ok(None),
            _ => Err(VmError::Internal("call without its result".into())),
        }
    }

    /// The code address to call: a constant if compiled (or native), else through the slot.
    fn callee_address(&mut self, key: MethodKey, native: bool) -> Result<Value> {
        if native {
            let p = self.rt.compile(key).map_err(|e| self.ctx_err(e))?;
            return Ok(self.iconst(types::I64, p as i64));
        }
        let slot = self.rt.slot_addr(key)?;
        let slot_v = self.iconst(types::I64, slot as i64);
        let p = self
            .b
            .ins()
            .load(types::I64, super::translate::mflags(), slot_v, 0);
        let call_blk = self.b.create_block();
        let param = self.b.append_block_param(call_blk, types::I64);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(
            p,
            call_blk,
            &[cranelift_codegen::ir::BlockArg::Value(p)],
            cold,
            &[],
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
                let v = self.abi_value(v, k)?;
                self.b.ins().return_(&[v]);
            }
        }
        self.terminated = true;
        Ok(())
    }
}
