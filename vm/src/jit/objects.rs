//! Boxing, unboxing and type tests (ECMA-335 III.4.1 box, III.4.3 castclass, III.4.6 isinst,
//! III.4.32 unbox, III.4.33 unbox.any). The type checks run in helpers (`dispatch.rs`).
//! Floor 4 (execution).

use super::translate::{Fx, SType, SVal};
use crate::error::Result;
use crate::loader::RType;
use crate::object::{HEADER_SIZE, Object, VmContext};
use crate::types::ValKind;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use metadata::{Instr, Opcode as Op};

/// Copies a field's initial data into an array: as many bytes as the array holds, or as the
/// image has left after the field's RVA, whichever is less.
extern "C" fn vm_init_array(_ctx: *mut VmContext, arr: *mut Object, data: *const u8, avail: usize) {
    // SAFETY: JIT code passes a live non-null array and an address inside the loaded image with
    // `avail` readable bytes.
    unsafe {
        let mt = &*(*arr).method_table;
        let n = crate::object::array_len(arr) * mt.component_size as usize;
        // An array's elements start at its MethodTable's base size (vectors and general arrays).
        let dst = (arr as *mut u8).add(mt.base_size as usize);
        std::ptr::copy_nonoverlapping(data, dst, n.min(avail));
    }
}

/// Is a signature type a reference type (boxing it is the identity).
pub(crate) fn is_ref_type(r: &RType, ts: &crate::loader::TypeSystem) -> bool {
    match r {
        RType::String | RType::Object | RType::SzArray(_) | RType::Array(..) => true,
        RType::Class(_) => true,
        RType::Value(t) => !ts.types[*t as usize].is_value_type(),
        _ => false,
    }
}

/// Does the instruction after `ins` only test the pushed reference against null?
fn null_test_follows(all: &[Instr], ins: &Instr) -> bool {
    let Ok(i) = all.binary_search_by_key(&ins.offset, |x| x.offset) else { return false };
    let next = |k: usize| all.get(i + k).map(|x| x.opcode);
    match next(1) {
        Some(Op::Brtrue | Op::BrtrueS | Op::Brfalse | Op::BrfalseS) => true,
        Some(Op::Ldnull) => matches!(next(2), Some(Op::Ceq | Op::CgtUn | Op::Beq | Op::BeqS | Op::BneUn | Op::BneUnS)),
        _ => false,
    }
}

/// Where a `System.Nullable<T>` keeps its parts (its layout is the library's).
struct NullableLayout {
    info: crate::types::StructInfo,
    has_value: u32,
    value: u32,
    inner: RType,
    inner_mt: *const crate::object::MethodTable,
}

/// `box` of a `T?` at `src`: null without a value, else a boxed `T` (ECMA-335 III.4.1).
extern "C" fn vm_box_nullable(
    ctx: *mut crate::object::VmContext,
    src: *const u8,
    has_value: i64,
    value: i64,
    mt: *const crate::object::MethodTable,
) -> *mut crate::object::Object {
    // SAFETY: JIT code passes the live context, the address of a T? and the offsets and the
    // MethodTable of T that the layout gave; T's boxed size is its MethodTable's.
    unsafe {
        if *src.add(has_value as usize) == 0 {
            return std::ptr::null_mut();
        }
        let size = (*mt).base_size as usize;
        let obj = crate::object::gc_alloc(ctx, mt, size);
        std::ptr::copy_nonoverlapping(src.add(value as usize), (obj as *mut u8).add(HEADER_SIZE as usize), size - HEADER_SIZE as usize);
        obj
    }
}

/// `unbox.any` to `T?` into `dst`: null gives no value, a boxed `T` gives it; anything else is
/// InvalidCastException (III.4.33).
extern "C" fn vm_unbox_nullable(
    ctx: *mut crate::object::VmContext,
    obj: *mut crate::object::Object,
    dst: *mut u8,
    has_value: i64,
    value: i64,
    mt: *const crate::object::MethodTable,
    size: i64,
) {
    // SAFETY: as for vm_box_nullable; `dst` is a temporary of the T?'s size.
    unsafe {
        std::ptr::write_bytes(dst, 0, size as usize);
        if obj.is_null() {
            return;
        }
        if (*obj).method_table != mt {
            let msg = format!("Unable to cast object of type '{}' to type 'System.Nullable`1[{}]'.", (*(*obj).method_table).name, (*mt).name);
            crate::fault::raise(ctx, "System.InvalidCastException", &msg);
            return;
        }
        let n = (*mt).base_size as usize - HEADER_SIZE as usize;
        std::ptr::copy_nonoverlapping((obj as *const u8).add(HEADER_SIZE as usize), dst.add(value as usize), n);
        *dst.add(has_value as usize) = 1;
    }
}

impl Fx<'_> {
    /// `box` of a `T?` (III.4.1): null, or a boxed T. None when `r` is no Nullable.
    pub(crate) fn box_nullable(&mut self, r: &RType, v: SVal) -> Result<Option<Value>> {
        let Some(n) = self.nullable_layout(r)? else { return Ok(None) };
        let ctx = self.ctx;
        let args = [ctx, v.v, self.iconst(types::I64, n.has_value as i64), self.iconst(types::I64, n.value as i64), self.iconst(types::I64, n.inner_mt as i64)];
        Ok(Some(self.call_helper(vm_box_nullable as *const u8, &[types::I64; 5], &[types::I64], &args)[0]))
    }

    /// The layout of `r` when it is `System.Nullable<T>`.
    fn nullable_layout(&mut self, r: &RType) -> Result<Option<NullableLayout>> {
        let RType::Value(tid) = r else { return Ok(None) };
        let t = &self.exec.types[*tid as usize];
        let Some(g) = t.generic_def else { return Ok(None) };
        let gt = &self.exec.types[g as usize];
        if !(gt.asm == 0 && gt.namespace == "System" && gt.name == "Nullable`1") {
            return Ok(None);
        }
        let inner = t.type_args.first().cloned().ok_or_else(|| self.invalid("Nullable without an argument"))?;
        let ValKind::Struct(info) = self.exec.value_kind(*tid).map_err(|e| self.ctx_err(e))? else {
            return Err(self.invalid("System.Nullable`1 is not a struct"));
        };
        let mut offsets = (None, None);
        for row in self.exec.type_fields(*tid) {
            let img = self.exec.image(0);
            let name = img.tables.field.get(row as usize - 1).and_then(|f| img.string(f.name).ok()).unwrap_or("").to_string();
            let Ok(f) = self.exec.field_info(*tid, row) else { continue };
            match name.as_str() {
                "hasValue" => offsets.0 = Some(f.offset),
                "value" => offsets.1 = Some(f.offset),
                _ => {}
            }
        }
        let (Some(has_value), Some(value)) = offsets else {
            return Err(self.invalid("System.Nullable`1 lacks hasValue or value"));
        };
        let inner_mt = self.exec.mt_of(&inner).map_err(|e| self.ctx_err(e))?;
        Ok(Some(NullableLayout { info, has_value, value, inner, inner_mt }))
    }

    /// Translates box, unbox, unbox.any, isinst and castclass; false if `ins` is none of them.
    pub fn objects(&mut self, ins: &Instr, all: &[Instr]) -> Result<bool> {
        match ins.opcode {
            Op::Box => {
                let tok = self.token_operand(ins)?;
                let r = self.token_rtype(tok)?;
                let v = self.pop()?;
                if is_ref_type(&r, self.exec) {
                    self.stack.push(v);
                    return Ok(true);
                }
                if let Some(obj) = self.box_nullable(&r, v)? {
                    self.push(obj, SType::Obj);
                    return Ok(true);
                }
                // `box T; brtrue` and `box T; ldnull; ceq`, what `x != null`
                // on a type parameter compiles to, only ask whether the box is
                // null, which a boxed value type never is: no object is made
                // (as RyuJIT does), only a non-null stand-in that is compared
                // and dropped.
                if null_test_follows(all, ins) {
                    let one = self.iconst(types::I64, 1);
                    self.push(one, SType::Obj);
                    return Ok(true);
                }
                let obj = self.box_value(&r, v)?;
                self.push(obj, SType::Obj);
            }
            Op::UnboxAny | Op::Unbox => {
                let tok = self.token_operand(ins)?;
                let r = self.token_rtype(tok)?;
                let v = self.pop()?;
                if v.t != SType::Obj {
                    return Err(self.invalid(&format!("unbox of a {:?}", v.t)));
                }
                if is_ref_type(&r, self.exec) {
                    if ins.opcode == Op::Unbox {
                        return Err(self.invalid("unbox of a reference type"));
                    }
                    // unbox.any of a reference type is castclass (III.4.33).
                    let out = self.type_test(&r, v.v, true)?;
                    self.push(out, SType::Obj);
                    return Ok(true);
                }
                if let Some(n) = self.nullable_layout(&r)? {
                    if ins.opcode == Op::Unbox {
                        return Err(self.unsupported("unbox (the address form) to a nullable type"));
                    }
                    // null unboxes to a T? without a value, a boxed T to one with it.
                    let dst = self.temp_struct(n.info);
                    let ctx = self.ctx;
                    let args = [
                        ctx,
                        v.v,
                        dst,
                        self.iconst(types::I64, n.has_value as i64),
                        self.iconst(types::I64, n.value as i64),
                        self.iconst(types::I64, n.inner_mt as i64),
                        self.iconst(types::I64, n.info.size as i64),
                    ];
                    self.call_helper(vm_unbox_nullable as *const u8, &[types::I64; 7], &[], &args);
                    self.check_pending();
                    self.push(dst, SType::Struct(n.info));
                    return Ok(true);
                }
                let mt = self.exec.mt_of(&r).map_err(|e| self.ctx_err(e))?;
                let mtv = self.iconst(types::I64, mt as i64);
                let ctx = self.ctx;
                let p = self.call_helper(
                    crate::dispatch::vm_unbox as *const u8,
                    &[types::I64; 3],
                    &[types::I64],
                    &[ctx, v.v, mtv],
                )[0];
                self.check_pending();
                if ins.opcode == Op::Unbox {
                    self.push(p, SType::ByRef);
                } else {
                    let k = self.exec.kind_of(&r).map_err(|e| self.ctx_err(e))?;
                    let out = self.load_kind(k, p, 0)?;
                    self.stack.push(out);
                }
            }
            Op::Isinst | Op::Castclass => {
                let tok = self.token_operand(ins)?;
                let r = self.token_rtype(tok)?;
                let v = self.pop()?;
                if v.t != SType::Obj {
                    return Err(self.invalid("isinst/castclass of a non-object"));
                }
                // A test against T? is a test against T (III.4.6).
                let r = match self.nullable_layout(&r)? {
                    Some(n) => n.inner,
                    None => r,
                };
                let out = self.type_test(&r, v.v, ins.opcode == Op::Castclass)?;
                self.note_ref(out, &r);
                self.push(out, SType::Obj);
            }
            Op::Ldtoken => {
                let tok = self.token_operand(ins)?;
                if matches!(
                    tok.table(),
                    Some(metadata::TableId::TypeDef)
                        | Some(metadata::TableId::TypeRef)
                        | Some(metadata::TableId::TypeSpec)
                ) {
                    let v = self.type_handle(tok)?;
                    self.stack.push(v);
                    return Ok(true);
                }
                let data = self.field_rva_data(tok)?;
                // Only the array-initializer pattern uses a field handle (`ldtoken` then
                // `RuntimeHelpers.InitializeArray`): the handle is the field's data address,
                // remembered for that call.
                let v = self.iconst(types::I64, data.0 as i64);
                self.field_handles.insert(v, data);
                self.push(v, SType::Nat);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `ldtoken <type>` (III.4.17): a `System.RuntimeTypeHandle` holding the type's MethodTable,
    /// which `Type.GetTypeFromHandle` turns into the type's `System.Type` object.
    fn type_handle(&mut self, tok: metadata::Token) -> Result<SVal> {
        let r = self.token_rtype(tok)?;
        let mt = match &r {
            // `typeof(List<>)`: the unbound definition, which has no layout.
            RType::Class(t) | RType::Value(t) if self.exec.is_generic_type_definition(*t) => self.exec.open_type_mt(*t),
            _ => self.exec.mt_of(&r).map_err(|e| self.ctx_err(e))?,
        };
        if mt.is_null() {
            return Err(self.unsupported("ldtoken of a pointer or byref type"));
        }
        let handle = self
            .exec
            .core_type("RuntimeTypeHandle")
            .and_then(|t| self.exec.value_kind(t))
            .map_err(|e| self.ctx_err(e))?;
        let ValKind::Struct(s) = handle else {
            return Err(self.invalid("System.RuntimeTypeHandle is not a struct"));
        };
        if s.size < 8 {
            return Err(self.invalid("System.RuntimeTypeHandle has no room for a handle"));
        }
        let tmp = self.temp_struct(s);
        self.zero_mem(tmp, s.size);
        let v = self.iconst(types::I64, mt as i64);
        self.b.ins().store(super::translate::mflags(), v, tmp, 0);
        Ok(SVal {
            v: tmp,
            t: SType::Struct(s),
        })
    }

    /// The initial data (address, bytes available) of a field with an RVA (II.22.18, II.16.3.2).
    fn field_rva_data(&mut self, tok: metadata::Token) -> Result<(usize, usize)> {
        if !matches!(
            tok.table(),
            Some(metadata::TableId::Field) | Some(metadata::TableId::MemberRef)
        ) {
            return Err(self.unsupported("ldtoken of a type or method (reflection arrives later)"));
        }
        let (fowner, frow) = self
            .exec
            .resolve_field_token(self.asm, tok)
            .map_err(|e| self.ctx_err(e))?;
        let fasm = self.exec.types[fowner as usize].asm;
        let img = self.exec.image(fasm);
        let rva = img
            .tables
            .field_rva
            .iter()
            .find(|r| r.field == frow)
            .map(|r| r.rva)
            .ok_or_else(|| self.unsupported("ldtoken of a field without initial data"))?;
        // The image's bytes live as long as the runtime and never move.
        let bytes = img.slice_at_rva(rva)?;
        Ok((bytes.as_ptr() as usize, bytes.len()))
    }

    /// `RuntimeHelpers.InitializeArray(array, handle)` where `handle` came from `ldtoken`.
    pub fn initialize_array(&mut self, args: &[SVal]) -> Result<()> {
        let [arr, handle] = args else {
            return Err(self.invalid("InitializeArray takes two arguments"));
        };
        let &(ptr, len) = self
            .field_handles
            .get(&handle.v)
            .ok_or_else(|| self.unsupported("InitializeArray with a handle not from ldtoken"))?;
        self.null_check(arr.v);
        let p = self.iconst(types::I64, ptr as i64);
        let n = self.iconst(types::I64, len as i64);
        let ctx = self.ctx;
        self.call_helper(
            vm_init_array as *const u8,
            &[types::I64; 4],
            &[],
            &[ctx, arr.v, p, n],
        );
        Ok(())
    }

    /// Calls the isinst or castclass helper for target type `r`.
    fn type_test(&mut self, r: &RType, obj: Value, cast: bool) -> Result<Value> {
        let mt = self.exec.mt_of(r).map_err(|e| self.ctx_err(e))?;
        if mt.is_null() {
            return Err(self.unsupported("a type test against a pointer type"));
        }
        let helper = if cast {
            crate::dispatch::vm_castclass as *const u8
        } else {
            crate::dispatch::vm_isinst as *const u8
        };
        let mtv = self.iconst(types::I64, mt as i64);
        let ctx = self.ctx;
        let r = self.call_helper(helper, &[types::I64; 3], &[types::I64], &[ctx, obj, mtv])[0];
        if cast {
            self.check_pending();
        }
        Ok(r)
    }

    /// A new boxed copy of the value type `r` holding `v` (a heap object: MethodTable pointer,
    /// then the value).
    pub fn box_value(&mut self, r: &RType, v: SVal) -> Result<Value> {
        let mt = self.exec.mt_of(r).map_err(|e| self.ctx_err(e))?;
        if mt.is_null() {
            return Err(self.unsupported("boxing a pointer"));
        }
        let k: ValKind = self.exec.kind_of(r).map_err(|e| self.ctx_err(e))?;
        let obj = self.alloc_object(mt);
        self.store_kind(k, obj, HEADER_SIZE as i32, v)?;
        Ok(obj)
    }

    /// A new zeroed object of MethodTable `mt` (the allocation helper, which may collect).
    pub fn alloc_object(&mut self, mt: *const crate::object::MethodTable) -> Value {
        let mtv = self.iconst(types::I64, mt as i64);
        let ctx = self.ctx;
        // SAFETY: MethodTables live as long as the runtime.
        let (size, finalizable) = unsafe { ((*mt).base_size as usize, (*mt).has_finalizer) };
        if self.quick || finalizable || size > crate::gc::MAX_SMALL {
            let obj = self.call_helper(super::memory::vm_alloc_object as *const u8, &[types::I64; 2], &[types::I64], &[ctx, mtv])[0];
            // Allocation never yields null: out of memory ends the process.
            self.nonnull_vals.push(obj);
            return obj;
        }
        // Optimised code takes the object from its size class's run inline (`gc::AllocRun`):
        // a full or empty run (always empty under SHARP_GC_STRESS) leaves it to the helper,
        // which refills the run, collects when it is time, and runs ready finalizers, whose
        // queue fills only in a collection, after which every run is empty.
        let class = crate::gc::size_class(size.max(crate::object::HEADER_SIZE as usize));
        let cell = i64::from(crate::gc::CLASS_SIZES[class]);
        let run = crate::object::CTX_RUNS_OFFSET + 16 * class as i32;
        let flags = super::translate::mflags();
        let next = self.b.ins().load(types::I64, flags, ctx, run);
        let end = self.b.ins().load(types::I64, flags, ctx, run + 8);
        let after = self.b.ins().iadd_imm_s(next, cell);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, after, end);
        let (fast, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        let obj = self.b.append_block_param(join, types::I64);
        self.b.ins().brif(fits, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.b.ins().store(flags, after, ctx, run);
        self.b.ins().store(flags, mtv, next, 0);
        self.b.ins().jump(join, &[cranelift_codegen::ir::BlockArg::Value(next)]);
        self.b.switch_to_block(slow);
        let made = self.call_helper(super::memory::vm_alloc_object as *const u8, &[types::I64; 2], &[types::I64], &[ctx, mtv])[0];
        self.b.ins().jump(join, &[cranelift_codegen::ir::BlockArg::Value(made)]);
        self.b.switch_to_block(join);
        self.nonnull_vals.push(obj);
        obj
    }
}
