//! Delegates (ECMA-335 II.14.6): `ldftn` and `ldvirtftn`, a delegate type's constructor, and
//! its `Invoke`. Floor 4 (execution).
//!
//! A delegate is an object of a class derived from `System.MulticastDelegate` whose fields the
//! core library declares (`Delegate.cs`) and the VM fills: the target object, the code of the
//! method, whether that method is static and called without the target, and for a combined
//! delegate the list of single-cast delegates it calls. The runtime provides the bodies of
//! the constructor and `Invoke` (they have none in metadata); both are expanded here where
//! they are called:
//!
//! - `ldftn M` pushes M's code (compiled on first use, through its slot); `ldvirtftn M` finds
//!   the override on the object first, as `callvirt` would. The JIT remembers which method
//!   each such value is, so the constructor that follows knows whether the method is static.
//! - `newobj D::.ctor(object, native int)` allocates the delegate and stores the three words.
//!   A static method with as many parameters as `Invoke` is *open*: it is called without the
//!   target. One with one more (an extension method) is *closed* over its first argument, which
//!   is passed where an instance method gets `this`, so both are called alike.
//! - `callvirt D::Invoke(args)` is an indirect call of the stored code, with the target first
//!   unless the method is open. A combined delegate runs the same call once per element of its
//!   invocation list and returns the last result (§20.5); a loop of one for a single delegate.

use super::translate::{Fx, SType, SVal, mflags};
use super::MethodInfo;
use crate::error::Result;
use crate::fault::FaultKind;
use crate::loader::MethodKey;
use crate::types::{ARRAY_DATA_OFFSET, DelegateFields, TypeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, BlockArg, InstBuilder, Value, types};

/// What the JIT knows of a value pushed by `ldftn` or `ldvirtftn`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FnPtr {
    pub is_static: bool,
    /// The method's parameters, `this` not counted.
    pub params: usize,
    /// It is a delegate type's `Invoke` (`new D(d)`, which csc and Sharp emit as
    /// `ldvirtftn D::Invoke`): the new delegate calls what `d` calls.
    pub invoke: bool,
}

impl Fx<'_> {
    /// The delegate fields, or an error when the core library has none.
    fn delegate_layout(&mut self) -> Result<DelegateFields> {
        self.exec.delegate_fields().ok_or_else(|| self.ctx_err(crate::error::VmError::MissingType("System.Delegate with its fields".into())))
    }

    /// Whether `tid` is a delegate type (derived from MulticastDelegate, which is not one).
    pub(super) fn is_delegate_type(&mut self, tid: TypeId) -> Result<bool> {
        let Some(fields) = self.exec.delegate_fields() else { return Ok(false) };
        Ok(tid != fields.multicast && self.exec.parent(tid).map_err(|e| self.ctx_err(e))? == Some(fields.multicast))
    }

    /// Whether a call is of a delegate type's runtime-provided `Invoke`.
    pub(super) fn is_delegate_invoke(&mut self, info: &MethodInfo) -> Result<bool> {
        Ok(info.native && info.full_name.contains("::Invoke(") && self.is_delegate_type(info.owner)?)
    }

    /// `ldftn` (III.4.16) or `ldvirtftn` (III.4.18): pushes the code of a method.
    pub(super) fn load_function(&mut self, tok: metadata::Token, virt: bool) -> Result<()> {
        let key = self.exec.resolve_method_token(self.asm, tok).map_err(|e| self.ctx_err(e))?;
        let info = self.exec.method_info(key).map_err(|e| self.ctx_err(e))?;
        if info.has_this && self.is_delegate_invoke(&info)? {
            // Invoke has no code of its own: the constructor copies the delegate instead.
            if virt {
                let obj = self.pop()?;
                self.null_check(obj.v);
            }
            let none = self.iconst(types::I64, 0);
            self.fn_ptrs.insert(none, FnPtr { is_static: false, params: info.params.len(), invoke: true });
            self.push(none, SType::Nat);
            return Ok(());
        }
        let code = if virt {
            let obj = self.pop()?;
            if obj.t != SType::Obj {
                return Err(self.invalid("ldvirtftn of a non-object"));
            }
            if !info.has_this {
                return Err(self.invalid("ldvirtftn of a static method"));
            }
            self.null_check(obj.v);
            self.virtual_code(&info, obj.v)?
        } else {
            self.compiled_address(key, info.native)?
        };
        self.fn_ptrs.insert(code, FnPtr { is_static: !info.has_this, params: info.params.len(), invoke: false });
        self.push(code, SType::Nat);
        Ok(())
    }

    /// The code a virtual call of `info` on `obj` would run.
    fn virtual_code(&mut self, info: &MethodInfo, obj: Value) -> Result<Value> {
        let generic = !self.exec.key_ctx(info.key).method_args.is_empty();
        let interface = self.exec.is_interface(info.owner);
        let dispatch = self.exec.needs_dispatch(info.key, info.owner)?;
        if generic && (interface || dispatch) {
            let ctx = self.ctx;
            let k = self.iconst(types::I64, info.key.pack());
            let code = self.call_helper(super::resolve::vm_resolve_generic_virtual as *const u8, &[types::I64; 3], &[types::I64], &[ctx, obj, k])[0];
            self.check_pending();
            return Ok(code);
        }
        if interface {
            return Ok(self.interface_target(obj, info.owner, info.key));
        }
        if dispatch {
            let slot = self.exec.virtual_slot(info.key)?.ok_or_else(|| self.invalid("virtual method without a vtable slot"))?;
            return Ok(self.virtual_target(obj, slot));
        }
        self.compiled_address(info.key, info.native)
    }

    /// `newobj D::.ctor(object, native int)`: a new delegate of `info`'s type.
    pub(super) fn new_delegate(&mut self, info: &MethodInfo, args: &[SVal]) -> Result<()> {
        let [target, code] = args else { return Err(self.invalid("a delegate constructor takes two arguments")) };
        let Some(f) = self.fn_ptrs.get(&code.v).copied() else {
            return Err(self.invalid("a delegate's method must come from ldftn or ldvirtftn just before its constructor (III.4.21)"));
        };
        if target.t != SType::Obj {
            return Err(self.invalid("a delegate's target is not an object"));
        }
        if f.invoke {
            return self.copy_delegate(info, target.v);
        }
        let invoke = self.invoke_of(info.owner)?;
        let open = f.is_static && f.params == invoke.params.len();
        if f.is_static && !open && f.params != invoke.params.len() + 1 {
            return Err(self.invalid("a delegate's static method does not match its Invoke"));
        }
        if !f.is_static {
            self.trap_if_zero(target.v, FaultKind::NullDelegateTarget);
        }
        let fields = self.delegate_layout()?;
        let mt = self.exec.ensure_layout(info.owner)?.method_table;
        let obj = self.alloc_object(mt);
        let flags = mflags();
        self.b.ins().store(flags, target.v, obj, fields.target);
        self.b.ins().store(flags, code.v, obj, fields.method_ptr);
        let open_v = self.iconst(types::I32, i64::from(open));
        self.b.ins().store(flags, open_v, obj, fields.open_static);
        self.note_ref(obj, &crate::loader::RType::Class(info.owner));
        self.push(obj, SType::Obj);
        Ok(())
    }

    /// `new D(d)`: a delegate of type D that calls what `d` calls (its target, code and
    /// invocation list, copied).
    fn copy_delegate(&mut self, info: &MethodInfo, source: Value) -> Result<()> {
        self.trap_if_zero(source, FaultKind::NullReference);
        let fields = self.delegate_layout()?;
        let mt = self.exec.ensure_layout(info.owner)?.method_table;
        let obj = self.alloc_object(mt);
        let flags = mflags();
        for (offset, ty) in [
            (fields.target, types::I64),
            (fields.method_ptr, types::I64),
            (fields.open_static, types::I32),
            (fields.invocation_list, types::I64),
            (fields.invocation_count, types::I32),
        ] {
            let v = self.b.ins().load(ty, flags, source, offset);
            self.b.ins().store(flags, v, obj, offset);
        }
        self.note_ref(obj, &crate::loader::RType::Class(info.owner));
        self.push(obj, SType::Obj);
        Ok(())
    }

    /// The `Invoke` method of delegate type `tid`.
    fn invoke_of(&mut self, tid: TypeId) -> Result<std::rc::Rc<MethodInfo>> {
        let rows: Vec<u32> = self.exec.type_methods(tid).collect();
        for row in rows {
            let k: MethodKey = self.exec.method_key_of(tid, row);
            if self.exec.method_name(k).map_err(|e| self.ctx_err(e))? == "Invoke" {
                return self.exec.method_info(k).map_err(|e| self.ctx_err(e));
            }
        }
        Err(self.invalid("a delegate type without Invoke"))
    }

    /// `callvirt D::Invoke(args)`: calls each delegate of the invocation list (the delegate
    /// itself when it has none) with the arguments, and pushes the last result. A delegate
    /// with no list, by far the most common, is called straight away: no loop, so nothing
    /// the caller keeps across the call competes with a counter and a list for the
    /// callee-saved registers.
    pub(super) fn invoke_delegate(&mut self, info: &MethodInfo, args: &[SVal]) -> Result<()> {
        let fields = self.delegate_layout()?;
        let d = args[0];
        if d.t != SType::Obj {
            return Err(self.invalid("Invoke on a non-object"));
        }
        self.null_check(d.v);
        let flags = mflags();
        let list = self.b.ins().load(types::I64, flags, d.v, fields.invocation_list);
        let (single, multi, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().brif(list, multi, &[], single, &[]);
        self.b.switch_to_block(single);
        let result = self.call_delegate_element(info, args, d.v, done)?;
        // The list: i from 0 to its count - 1, each element called in turn.
        self.b.switch_to_block(multi);
        let count = self.b.ins().load(types::I32, flags, d.v, fields.invocation_count);
        let head = self.b.create_block();
        let i = self.b.append_block_param(head, types::I32);
        let zero = self.iconst(types::I32, 0);
        self.b.ins().jump(head, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(head);
        let offset = self.b.ins().uextend(types::I64, i);
        let offset = self.b.ins().imul_imm_u(offset, 8);
        let slot = self.b.ins().iadd(list, offset);
        let element = self.b.ins().load(types::I64, flags, slot, ARRAY_DATA_OFFSET);
        let next_blk = self.b.create_block();
        let last = self.call_delegate_element(info, args, element, next_blk)?;
        self.b.switch_to_block(next_blk);
        let next = self.b.ins().iadd_imm_u(i, 1);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, next, count);
        let last_arg: Vec<BlockArg> = last.map(|(_, v)| BlockArg::Value(v)).into_iter().collect();
        self.b.ins().brif(more, head, &[BlockArg::Value(next)], done, &last_arg);
        self.b.switch_to_block(done);
        if let Some((t, v)) = result {
            self.push(v, t);
        }
        Ok(())
    }

    /// Calls one single-cast delegate `e` with `args` (after the delegate itself) and jumps to
    /// `join`, passing the result: returns its type and the parameter of `join` that receives
    /// it, if the delegate returns a value.
    fn call_delegate_element(&mut self, info: &MethodInfo, args: &[SVal], e: Value, join: ir::Block) -> Result<Option<(SType, Value)>> {
        let fields = self.delegate_layout()?;
        let flags = mflags();
        let target = self.b.ins().load(types::I64, flags, e, fields.target);
        let code = self.b.ins().load(types::I64, flags, e, fields.method_ptr);
        let open = self.b.ins().load(types::I32, flags, e, fields.open_static);
        let closed_blk = self.b.create_block();
        let open_blk = self.b.create_block();
        self.b.ins().brif(open, open_blk, &[], closed_blk, &[]);
        // Closed: the target where an instance method takes `this`.
        self.b.switch_to_block(closed_blk);
        let mut closed_args = args.to_vec();
        closed_args[0] = SVal { v: target, t: SType::Obj };
        let r1 = self.emit_call(info, &closed_args, None, Some(code))?;
        let result = r1.map(|r| (r.t, self.b.append_block_param(join, r.t.clif())));
        self.b.ins().jump(join, &r1.map(|r| BlockArg::Value(r.v)).into_iter().collect::<Vec<_>>());
        // Open: the arguments alone.
        self.b.switch_to_block(open_blk);
        let mut open_info = info.clone();
        open_info.has_this = false;
        open_info.sig.params.remove(1);
        let r2 = self.emit_call(&open_info, &args[1..], None, Some(code))?;
        self.b.ins().jump(join, &r2.map(|r| BlockArg::Value(r.v)).into_iter().collect::<Vec<_>>());
        Ok(result)
    }
}
