//! What the core library's reflection natives ask the type system: `System.Type` objects, type
//! names as .NET spells them, and the literal fields of enums.
//! Floor 3 (dispatch and reflection).
//!
//! Each runtime type (a MethodTable: TypeDefs, and each array type) has at most one
//! `System.RuntimeType` object, made on first request and cached on the MethodTable, so type
//! objects compare by reference as in .NET. The object's `m_handle` field holds the MethodTable
//! address, which is also what `ldtoken <type>` puts in a `System.RuntimeTypeHandle`.

use crate::error::{Result, VmError};
use crate::loader::TypeSystem;
use crate::object::{MethodTable, Object, VmContext};
use crate::types::{TypeId, TypeKind, ValKind};

/// Bits of [`type_flags`], which `RuntimeType`'s `Is…` properties test.
pub const TYPE_IS_VALUE_TYPE: i32 = 1;
pub const TYPE_IS_ENUM: i32 = 2;
pub const TYPE_IS_ARRAY: i32 = 4;
pub const TYPE_IS_INTERFACE: i32 = 8;
pub const TYPE_IS_PRIMITIVE: i32 = 16;
pub const TYPE_IS_ABSTRACT: i32 = 32;
pub const TYPE_IS_SEALED: i32 = 64;

impl TypeSystem {
    /// The namespace of a type: that of its outermost enclosing type for nested ones.
    fn reflection_namespace(&self, tid: TypeId) -> &str {
        let mut t = tid;
        // Bounded by the number of types, in case of a malformed cycle.
        for _ in 0..self.types.len() {
            match self.types[t as usize].enclosing {
                Some(o) if o != t => t = o,
                _ => break,
            }
        }
        &self.types[t as usize].namespace
    }

    /// The `System.RuntimeType` object of a MethodTable (made once, then cached on it),
    /// allocated in `ctx`'s heap.
    ///
    /// # Safety
    /// `ctx` must be the live context of the VM this type system belongs to.
    unsafe fn type_object_of(
        &mut self,
        ctx: *mut VmContext,
        mt: *mut MethodTable,
    ) -> Result<*mut Object> {
        // SAFETY: mt is a live MethodTable of this runtime.
        let cached = unsafe { (*mt).type_object };
        if !cached.is_null() {
            return Ok(cached);
        }
        let rt_type = self.core_type("RuntimeType")?;
        let rt_mt = self.ensure_layout(rt_type)?.method_table;
        let handle_row = self
            .type_fields(rt_type)
            .find(|&r| {
                let img = self.image(0);
                img.tables
                    .field
                    .get(r as usize - 1)
                    .and_then(|f| img.string(f.name).ok())
                    == Some("m_handle")
            })
            .ok_or_else(|| VmError::MissingField("System.RuntimeType::m_handle".into()))?;
        let off = self.field_info_in(0, handle_row)?.offset;
        // SAFETY: ctx is the live context; the object has room for the field at `off`.
        unsafe {
            let obj = crate::object::gc_alloc(ctx, rt_mt, (*rt_mt).base_size as usize);
            ((obj as *mut u8).add(off as usize) as *mut i64).write(mt as i64);
            (*mt).type_object = obj;
            Ok(obj)
        }
    }
}

/// Reads a value of an enum's underlying kind at `p`, widened as [`EnumInfo::values`] are.
///
/// # Safety
/// `p` must point to a readable value of kind `k`.
pub unsafe fn read_enum_bits(p: *const u8, k: ValKind) -> u64 {
    // SAFETY: forwarded contract; unaligned reads tolerate any payload address.
    unsafe {
        match k {
            ValKind::I1 => p.read() as i8 as i64 as u64,
            ValKind::U1 | ValKind::Bool => p.read() as u64,
            ValKind::I2 => (p as *const i16).read_unaligned() as i64 as u64,
            ValKind::U2 | ValKind::Char => (p as *const u16).read_unaligned() as u64,
            ValKind::I4 => (p as *const i32).read_unaligned() as i64 as u64,
            ValKind::U4 => (p as *const u32).read_unaligned() as u64,
            _ => (p as *const u64).read_unaligned(),
        }
    }
}

/// The `System.Type` object of `mt` (cached), or a managed fault if the core library lacks
/// `System.RuntimeType`.
///
/// # Safety
/// `ctx` must be the live context of the VM thread with no Rust borrow of the runtime active;
/// `mt` a live MethodTable.
pub unsafe fn type_object(ctx: *mut VmContext, mt: *const MethodTable) -> *mut Object {
    // SAFETY: forwarded contract; the borrow ends before returning to managed code.
    unsafe {
        let ts = (*ctx).types;
        match (&mut *ts).type_object_of(ctx, mt as *mut MethodTable) {
            Ok(o) => o,
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}

/// `Type.Name`: the simple name (`Int32`, `Inner` for `Outer+Inner`, `Int32[]`).
///
/// # Safety
/// As for [`type_object`].
pub unsafe fn type_name(ctx: *mut VmContext, mt: *const MethodTable) -> String {
    // SAFETY: forwarded contract.
    unsafe {
        let m = &*mt;
        if m.rank != 0 {
            let suffix = array_suffix_of(m);
            if m.element.is_null() {
                return m.name.clone();
            }
            return format!("{}{}", type_name(ctx, m.element), suffix);
        }
        let ts = &*(*ctx).types;
        match ts.types.get(m.type_id as usize) {
            Some(t) => t.name.clone(),
            None => m.name.clone(),
        }
    }
}

/// `Type.Namespace`: None for types outside any namespace.
///
/// # Safety
/// As for [`type_object`].
pub unsafe fn type_namespace(ctx: *mut VmContext, mt: *const MethodTable) -> Option<String> {
    // SAFETY: forwarded contract.
    unsafe {
        let m = &*mt;
        if m.rank != 0 {
            return if m.element.is_null() {
                None
            } else {
                type_namespace(ctx, m.element)
            };
        }
        let ts = &*(*ctx).types;
        if m.type_id as usize >= ts.types.len() {
            return None;
        }
        let ns = ts.reflection_namespace(m.type_id);
        (!ns.is_empty()).then(|| ns.to_string())
    }
}

/// The `[]`, `[,]` or `[*]` that ends an array type's name.
fn array_suffix_of(m: &MethodTable) -> String {
    if m.is_szarray {
        "[]".to_string()
    } else {
        crate::loader::array_suffix(m.rank as u32)
    }
}

/// The `TYPE_IS_*` bits that hold for `mt`.
///
/// # Safety
/// As for [`type_object`].
pub unsafe fn type_flags(ctx: *mut VmContext, mt: *const MethodTable) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        let m = &*mt;
        if m.rank != 0 {
            return TYPE_IS_ARRAY | TYPE_IS_SEALED;
        }
        let ts = &*(*ctx).types;
        let Some(t) = ts.types.get(m.type_id as usize) else {
            return 0;
        };
        let mut f = 0;
        if t.is_value_type() {
            f |= TYPE_IS_VALUE_TYPE;
        }
        match t.kind {
            TypeKind::Enum => f |= TYPE_IS_ENUM,
            TypeKind::Interface => f |= TYPE_IS_INTERFACE,
            TypeKind::Primitive(_) => f |= TYPE_IS_PRIMITIVE,
            _ => {}
        }
        // TypeAttributes.Abstract and Sealed (II.23.1.15).
        if t.flags & 0x80 != 0 {
            f |= TYPE_IS_ABSTRACT;
        }
        if t.flags & 0x100 != 0 {
            f |= TYPE_IS_SEALED;
        }
        f
    }
}

/// The storage kind of a boxed primitive or enum of MethodTable `mt` (None for other types).
///
/// # Safety
/// As for [`type_object`].
pub unsafe fn primitive_kind_of(ctx: *mut VmContext, mt: *const MethodTable) -> Option<ValKind> {
    // SAFETY: forwarded contract.
    unsafe {
        if let Some(info) = &(*mt).enum_info {
            return Some(info.underlying);
        }
        let ts = &*(*ctx).types;
        match ts.types.get((*mt).type_id as usize)?.kind {
            TypeKind::Primitive(k) => Some(k),
            _ => None,
        }
    }
}

/// The MethodTable of the core library's primitive struct for `k` (`Int32` for I4...).
///
/// # Safety
/// As for [`type_object`].
pub unsafe fn primitive_method_table(ctx: *mut VmContext, k: ValKind) -> *const MethodTable {
    // SAFETY: forwarded contract; a short borrow that runs no managed code.
    unsafe {
        let ts = &mut *(*ctx).types;
        let r = ts
            .find_type(0, "System", primitive_name(k))
            .ok_or_else(|| VmError::MissingType(format!("System.{}", primitive_name(k))))
            .and_then(|t| {
                ts.ensure_layout(t)
                    .map(|l| l.method_table as *const MethodTable)
            });
        r.unwrap_or_else(|e| crate::fault::throw_vm_error(ctx, &e))
    }
}

fn primitive_name(k: ValKind) -> &'static str {
    match k {
        ValKind::Bool => "Boolean",
        ValKind::Char => "Char",
        ValKind::I1 => "SByte",
        ValKind::U1 => "Byte",
        ValKind::I2 => "Int16",
        ValKind::U2 => "UInt16",
        ValKind::I4 => "Int32",
        ValKind::U4 => "UInt32",
        ValKind::I8 => "Int64",
        ValKind::U8 => "UInt64",
        ValKind::R4 => "Single",
        ValKind::R8 => "Double",
        ValKind::I => "IntPtr",
        ValKind::U => "UIntPtr",
        _ => "Object",
    }
}

/// A new `string[]` holding `items`.
///
/// # Safety
/// As for [`type_object`].
pub unsafe fn new_string_array(ctx: *mut VmContext, items: &[String]) -> *mut Object {
    // SAFETY: forwarded contract; the borrow ends before any allocation is handed out.
    unsafe {
        let ts = &mut *(*ctx).types;
        let mt = match ts.array_mt(&crate::loader::RType::String) {
            Ok(mt) => mt,
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        };
        let arr = crate::object::alloc_array(ctx, mt, items.len());
        for (i, s) in items.iter().enumerate() {
            let units: Vec<u16> = s.encode_utf16().collect();
            let str_obj = crate::object::alloc_string(ctx, &units);
            crate::object::array_elements::<*mut Object>(arr)[i] = str_obj;
        }
        arr
    }
}

/// `Enum.GetValues`: a new array of the enum type `mt` holding `values`, each stored in the
/// enum's size (`component_size` of the array).
///
/// # Safety
/// As for [`new_string_array`]; `mt` is a live enum's MethodTable.
pub unsafe fn new_enum_array(ctx: *mut VmContext, mt: *const MethodTable, values: &[u64]) -> *mut Object {
    // SAFETY: forwarded contract; the borrow ends before the allocation.
    unsafe {
        let ts = &mut *(*ctx).types;
        let element = ts.normalize((*mt).type_id);
        let array_mt = match ts.array_mt(&element) {
            Ok(a) => a,
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        };
        let size = (*array_mt).component_size as usize;
        let arr = crate::object::alloc_array(ctx, array_mt, values.len());
        let first = crate::object::array_data(arr);
        for (i, v) in values.iter().enumerate() {
            std::ptr::copy_nonoverlapping(v.to_le_bytes().as_ptr(), first.add(i * size), size.min(8));
        }
        arr
    }
}

/// `Type.BaseType`'s MethodTable: null for System.Object and interfaces.
///
/// # Safety
/// `mt` must be a live MethodTable.
pub unsafe fn base_type(mt: *const MethodTable) -> *const MethodTable {
    // SAFETY: forwarded contract.
    unsafe { (*mt).parent }
}

/// `Type.GetElementType()`'s MethodTable for an array type: its element's (object's when the
/// array names none); null for a type that is no array.
///
/// # Safety
/// As for [`type_object`]; `mt` a live MethodTable.
pub unsafe fn element_type(ctx: *mut VmContext, mt: *const MethodTable) -> *const MethodTable {
    // SAFETY: forwarded contract; a short borrow that runs no managed code.
    unsafe {
        if (*mt).rank == 0 {
            return std::ptr::null();
        }
        if !(*mt).element.is_null() {
            return (*mt).element;
        }
        match (&mut *(*ctx).types).mt_of(&crate::loader::RType::Object) {
            Ok(object) => object,
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}

/// Can a value of MethodTable `from` be stored where `to` is expected (I.8.7)? What
/// `Array.Copy` asks of the element types of two arrays.
///
/// # Safety
/// As for [`type_object`]; `from` and `to` live MethodTables.
pub unsafe fn is_assignable(ctx: *mut VmContext, from: *const MethodTable, to: *const MethodTable) -> bool {
    // SAFETY: forwarded contract; a short borrow that runs no managed code.
    unsafe {
        match (&mut *(*ctx).types).is_assignable(from, to) {
            Ok(b) => b,
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}

/// `Array.CreateInstance(Type, int)`: a new vector of `len` elements of the type whose
/// MethodTable is `element`.
///
/// # Safety
/// As for [`type_object`]; `element` a live MethodTable.
pub unsafe fn new_vector(ctx: *mut VmContext, element: *const MethodTable, len: usize) -> *mut Object {
    // SAFETY: forwarded contract; the borrow ends before the allocation.
    unsafe {
        let ts = &mut *(*ctx).types;
        let elem = ts.rtype_of_table(element);
        let mt = match ts.array_mt(&elem) {
            Ok(mt) => mt,
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        };
        crate::object::alloc_array(ctx, mt, len)
    }
}

