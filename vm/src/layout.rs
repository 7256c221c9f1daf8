//! Computing type layouts, MethodTables and static storage (the rules are in `types.rs`).
//! Floor 1 (the type system and metadata view).

use crate::error::{Result, VmError};
use crate::loader::RType;
use crate::loader::TypeSystem;
use crate::types::{
    EnumInfo, ExceptionFields, FieldInfo, Layout, StructInfo, TypeId, TypeKind, ValKind, align_up,
    layout_fields,
};
use crate::types::{HEADER_SIZE, MethodTable};
use metadata::{TableId, Token};

/// FieldAttributes (ECMA-335 II.23.1.5).
const FIELD_STATIC: u16 = 0x10;
const FIELD_LITERAL: u16 = 0x40;

impl TypeSystem {
    /// Lays out a type (and, first, its base type and the structs its fields hold).
    pub(crate) fn ensure_layout(&mut self, tid: TypeId) -> Result<&Layout> {
        if self.types[tid as usize].layout.is_none() {
            self.compute_layout(tid)?;
        }
        self.types[tid as usize]
            .layout
            .as_ref()
            .ok_or_else(|| VmError::Internal("layout missing".into()))
    }

    fn compute_layout(&mut self, tid: TypeId) -> Result<()> {
        let full = self.types[tid as usize].full_name();
        if self.types[tid as usize].layout_in_progress {
            return Err(VmError::BadImage(format!("type {full} contains itself")));
        }
        self.types[tid as usize].layout_in_progress = true;
        let result = self.compute_layout_inner(tid, &full);
        self.types[tid as usize].layout_in_progress = false;
        let layout = result?;
        self.types[tid as usize].layout = Some(layout);
        Ok(())
    }

    fn compute_layout_inner(&mut self, tid: TypeId, full: &str) -> Result<Layout> {
        let kind = self.types[tid as usize].kind;
        let asm = self.types[tid as usize].asm;
        // Field kinds first: instance and static separately, skipping literals (no storage).
        let mut inst: Vec<(u32, ValKind)> = Vec::new();
        let mut stat: Vec<(u32, ValKind)> = Vec::new();
        // Static fields of the struct's own type (`static readonly Complex
        // Zero`): their kind needs the size being computed, so they get it
        // once the instance fields are laid out.
        let mut own_statics: Vec<usize> = Vec::new();
        for row in self.type_fields(tid) {
            let img = self.image(asm);
            let f =
                img.tables.field.get(row as usize - 1).ok_or_else(|| {
                    crate::loader::bad_row(metadata::Token::new(TableId::Field, row))
                })?;
            if f.flags & FIELD_LITERAL != 0 {
                continue;
            }
            let flags = f.flags;
            let sig = metadata::decode_field_sig(img.blob(f.signature)?)?;
            // A field of `Box<T>` in Box<int> has type int.
            let ctx = self.type_ctx(tid);
            let rt = self.with_ctx(ctx, |ts| ts.rtype(asm, &sig))?;
            // A primitive's own `m_value` is the primitive itself, not the struct again.
            let is_static = flags & FIELD_STATIC != 0;
            let k = match (kind, &rt) {
                (TypeKind::Primitive(p), RType::Value(t)) if *t == tid => p,
                (TypeKind::Struct, RType::Value(t)) if *t == tid && is_static => {
                    own_statics.push(stat.len());
                    ValKind::I1
                }
                _ => self.kind_of(&rt)?,
            };
            if is_static {
                stat.push((row, k))
            } else {
                inst.push((row, k))
            }
        }
        let (start, value_kind) = match kind {
            TypeKind::Primitive(p) => (0, Some(p)),
            TypeKind::Enum => {
                let k = inst.first().map(|f| f.1).ok_or_else(|| {
                    VmError::BadImage(format!("enum {full} has no value__ field"))
                })?;
                (0, Some(k))
            }
            TypeKind::Struct => (0, None),
            TypeKind::Class | TypeKind::Interface => {
                let base = match self.parent(tid)? {
                    Some(p) => self.ensure_layout(p)?.size,
                    None => HEADER_SIZE,
                };
                (base, None)
            }
        };
        let kinds: Vec<ValKind> = inst.iter().map(|f| f.1).collect();
        let crate::field_layout::Placement { offsets, end, align } = self.place_fields(tid, start, &inst)?;
        let is_value = !matches!(kind, TypeKind::Class | TypeKind::Interface);
        let ref_map = self.reference_map(tid, is_value, &kinds, &offsets)?;
        for (&(row, k), off) in inst.iter().zip(offsets) {
            self.fields.insert(
                (tid, row),
                FieldInfo {
                    owner: tid,
                    offset: off,
                    kind: k,
                    is_static: false,
                },
            );
        }
        let size = match kind {
            TypeKind::Class | TypeKind::Interface => end.max(HEADER_SIZE),
            // An empty struct still occupies one byte (ECMA-335 II.10.7).
            _ => align_up(end.max(1), align),
        };
        for &i in &own_statics {
            stat[i].1 = ValKind::Struct(StructInfo {
                ty: tid,
                size,
                align,
            });
        }
        let skinds: Vec<ValKind> = stat.iter().map(|f| f.1).collect();
        let (soffsets, send, _) = layout_fields(0, &skinds);
        let statics = if send == 0 {
            std::ptr::null_mut()
        } else {
            let block = vec![0u64; (send as usize).div_ceil(8)].into_boxed_slice();
            let p = block.as_ptr() as *mut u8;
            self.static_blocks.push(block);
            p
        };
        for (&(row, k), off) in stat.iter().zip(soffsets) {
            self.fields.insert(
                (tid, row),
                FieldInfo {
                    owner: tid,
                    offset: off,
                    kind: k,
                    is_static: true,
                },
            );
        }
        // The vtable's shape (ECMA-335 II.10.3) and the base type's MethodTable, for casts.
        let slots = self.vtable_keys(tid)?.len();
        let parent_mt = match self.parent(tid)? {
            Some(p) => self.ensure_layout(p)?.method_table as *const MethodTable,
            None => std::ptr::null(),
        };
        let mut mt = MethodTable::new(
            self.reflection_name(tid),
            // A boxed value type is the header followed by the value.
            if is_value { HEADER_SIZE + size } else { size },
            tid,
            slots,
        );
        mt.is_value_type = is_value;
        mt.parent = parent_mt;
        mt.ref_map = ref_map;
        mt.has_finalizer = !is_value && self.overrides_finalize(tid)?;
        if let (TypeKind::Enum, Some(k)) = (kind, value_kind) {
            mt.enum_info = Some(Box::new(self.build_enum_info(tid, k)?));
        }
        let mt_ptr = mt.into_raw();
        self.method_tables.push(mt_ptr);
        Ok(Layout {
            size,
            align,
            method_table: mt_ptr,
            statics,
            value_kind,
        })
    }

    /// The reference map of a type (`MethodTable::ref_map`): where its instances hold object
    /// references, counted from the start of the object (boxed, for a value type). A class
    /// starts from its base class's map; a field of struct type contributes the struct's
    /// references shifted to where the struct sits. `kinds` and `offsets` are the instance
    /// fields, with offsets as `layout_fields` gave them (from the object start for a class,
    /// from the value's start for a value type). Managed pointers (`ValKind::ByRef`) can only
    /// be fields of ref structs, which never live in the heap (ECMA-335 II.14.4.2).
    fn reference_map(
        &mut self,
        tid: TypeId,
        is_value: bool,
        kinds: &[ValKind],
        offsets: &[u32],
    ) -> Result<Box<[u32]>> {
        let mut map: Vec<u32> = Vec::new();
        if !is_value && let Some(p) = self.parent(tid)? {
            let pmt = self.ensure_layout(p)?.method_table;
            // SAFETY: MethodTables live as long as the runtime.
            map.extend_from_slice(unsafe { &(*pmt).ref_map });
        }
        // A value type's fields sit after the header once boxed.
        let shift = if is_value { HEADER_SIZE } else { 0 };
        for (k, &off) in kinds.iter().zip(offsets) {
            match k {
                ValKind::Ref => map.push(off + shift),
                ValKind::Struct(s) => {
                    let smt = self.ensure_layout(s.ty)?.method_table;
                    // SAFETY: as above. The struct's map counts from its boxed start.
                    let inner = unsafe { &(*smt).ref_map };
                    map.extend(inner.iter().map(|&r| off + shift + r - HEADER_SIZE));
                }
                _ => {}
            }
        }
        // Explicit layout may put two references in one place (a union of two classes).
        map.sort_unstable();
        map.dedup();
        Ok(map.into_boxed_slice())
    }

    /// The storage kind of a value type.
    pub(crate) fn value_kind(&mut self, tid: TypeId) -> Result<ValKind> {
        if let TypeKind::Primitive(k) = self.types[tid as usize].kind {
            return Ok(k);
        }
        let l = self.ensure_layout(tid)?;
        Ok(match l.value_kind {
            Some(k) => k,
            None => ValKind::Struct(StructInfo {
                ty: tid,
                size: l.size,
                align: l.align,
            }),
        })
    }

    /// Where a field of type `owner` (an instance for a generic type's field) lives; lays out
    /// the owner on first use.
    pub(crate) fn field_info(&mut self, owner: TypeId, row: u32) -> Result<FieldInfo> {
        if let Some(f) = self.fields.get(&(owner, row)) {
            return Ok(*f);
        }
        self.ensure_layout(owner)?;
        self.fields
            .get(&(owner, row))
            .copied()
            .ok_or_else(|| VmError::Unsupported {
                what: format!(
                    "literal field {row} of {}",
                    self.types[owner as usize].full_name()
                ),
                method: String::new(),
            })
    }

    /// Where the field at a Field row of `asm` lives (its owner is not generic).
    pub(crate) fn field_info_in(&mut self, asm: u32, row: u32) -> Result<FieldInfo> {
        let owner = self.field_owner(asm, row)?;
        self.field_info(owner, row)
    }

    /// The MethodTable of vectors (`T[]`) with elements of type `elem`.
    pub(crate) fn array_mt(&mut self, elem: &RType) -> Result<*const MethodTable> {
        self.make_array_mt(elem, None)
    }

    /// The MethodTable of general arrays (`T[,]`) of `rank` dimensions.
    pub(crate) fn md_array_mt(&mut self, elem: &RType, rank: u32) -> Result<*const MethodTable> {
        self.make_array_mt(elem, Some(rank))
    }

    fn make_array_mt(&mut self, elem: &RType, rank: Option<u32>) -> Result<*const MethodTable> {
        let suffix = match rank {
            None => "[]".to_string(),
            Some(r) => crate::loader::array_suffix(r),
        };
        let key = format!("{}{suffix}", self.rtype_name(elem));
        if let Some(&mt) = self.array_mts.get(&key) {
            return Ok(mt);
        }
        let k = self.kind_of(elem)?;
        let element = self.mt_of(elem)?;
        let array = self
            .find_type(0, "System", "Array")
            .ok_or_else(|| VmError::MissingType("System.Array".into()))?;
        let parent = self.ensure_layout(array)?.method_table as *const MethodTable;
        let slots = self.vtable_keys(array)?.len();
        let elem_name = if element.is_null() {
            self.rtype_name(elem)
        } else {
            // SAFETY: MethodTables live as long as the runtime.
            unsafe { (*element).name.clone() }
        };
        let base = match rank {
            None => crate::types::ARRAY_DATA_OFFSET,
            Some(r) => crate::types::md_data_offset(r),
        };
        let mut mt = MethodTable::new(format!("{elem_name}{suffix}"), base as u32, u32::MAX, slots);
        mt.component_size = k.size();
        mt.elements_are_refs = k.is_ref();
        mt.rank = rank.unwrap_or(1).min(32) as u8;
        mt.is_szarray = rank.is_none();
        mt.parent = parent;
        mt.element = element;
        let mt = mt.into_raw();
        self.method_tables.push(mt);
        self.array_mts.insert(key, mt);
        Ok(mt)
    }

    /// The MethodTable of a signature type (null for pointers and byrefs, which have none).
    pub(crate) fn mt_of(&mut self, t: &RType) -> Result<*const MethodTable> {
        let tid = match t {
            RType::SzArray(e) => return self.array_mt(e),
            RType::Array(e, r) => return self.md_array_mt(e, *r),
            RType::ByRef(_) | RType::Ptr(_) | RType::Void | RType::TypedByRef => {
                return Ok(std::ptr::null());
            }
            RType::Class(t) | RType::Value(t) => *t,
            RType::String => self.core_type("String")?,
            RType::Object => self.core_type("Object")?,
            prim => {
                let name = crate::loader::primitive_type_name(prim)
                    .ok_or_else(|| VmError::Internal("mt_of: unknown primitive".into()))?;
                self.core_type(name)?
            }
        };
        Ok(self.ensure_layout(tid)?.method_table)
    }

    /// The offset of field `name`, declared by `tid` or a base type.
    pub(crate) fn field_offset(&mut self, tid: TypeId, name: &str) -> Option<i32> {
        let mut t = Some(tid);
        while let Some(cur) = t {
            let asm = self.types[cur as usize].asm;
            for row in self.type_fields(cur) {
                let img = self.image(asm);
                let Some(f) = img.tables.field.get(row as usize - 1) else {
                    continue;
                };
                if img.string(f.name).ok() == Some(name) {
                    return self.field_info_in(asm, row).ok().map(|f| f.offset as i32);
                }
            }
            t = self.parent(cur).ok().flatten();
        }
        None
    }

    /// The offsets of `System.Exception`'s fields the VM writes (None: the core library has no
    /// such class, e.g. a test's stub library; then every exception is fatal).
    pub(crate) fn exception_fields(&mut self) -> Option<ExceptionFields> {
        if let Some(f) = self.exception_layout {
            return f;
        }
        let found = (|| {
            let exception = self.find_type(0, "System", "Exception")?;
            let message = self.field_offset(exception, "_message")?;
            let stack_trace = self.field_offset(exception, "_stackTraceString")?;
            let trace_frame = self.field_offset(exception, "_traceFrame")?;
            let param_name = self
                .find_type(0, "System", "ArgumentException")
                .and_then(|a| Some((a, self.field_offset(a, "_paramName")?)));
            Some(ExceptionFields {
                exception,
                message,
                stack_trace,
                trace_frame,
                param_name,
            })
        })();
        self.exception_layout = Some(found);
        found
    }

    /// The offsets of `System.Delegate`'s fields (None: the core library has no delegates).
    pub(crate) fn delegate_fields(&mut self) -> Option<crate::types::DelegateFields> {
        if let Some(f) = self.delegate_layout {
            return f;
        }
        let found = (|| {
            let delegate = self.find_type(0, "System", "Delegate")?;
            Some(crate::types::DelegateFields {
                multicast: self.find_type(0, "System", "MulticastDelegate")?,
                target: self.field_offset(delegate, "_target")?,
                method_ptr: self.field_offset(delegate, "_methodPtr")?,
                open_static: self.field_offset(delegate, "_openStatic")?,
                invocation_list: self.field_offset(delegate, "_invocationList")?,
                invocation_count: self.field_offset(delegate, "_invocationCount")?,
            })
        })();
        self.delegate_layout = Some(found);
        found
    }

    /// Is `tid` the class `base` or derived from it. A base chain is no longer than the number
    /// of types, so one that loops (bad metadata) ends the walk.
    pub(crate) fn is_subclass(&mut self, tid: TypeId, base: TypeId) -> bool {
        let mut t = Some(tid);
        for _ in 0..=self.types.len() {
            match t {
                Some(cur) if cur == base => return true,
                Some(cur) => t = self.parent(cur).ok().flatten(),
                None => return false,
            }
        }
        false
    }

    /// The name .NET's `Type.FullName` gives a TypeDef: `Ns.Name`, and `Ns.Outer+Inner` for
    /// nested types (a nested TypeDef's own namespace is empty, II.22.37); an instance of a
    /// nested generic type has all its arguments at the end, `Outer`1+Inner`1[Int32,String]`.
    pub(crate) fn reflection_name(&self, tid: TypeId) -> String {
        let t = &self.types[tid as usize];
        match t.enclosing {
            Some(outer) if outer != tid => format!("{}+{}{}", self.reflection_name(outer), t.name, t.args_shown),
            _ => t.full_name(),
        }
    }

    /// Collects an enum's literal fields with their Constant rows (II.22.9), in metadata order,
    /// then sorts them by value as CoreCLR does.
    pub(crate) fn build_enum_info(&self, tid: TypeId, underlying: ValKind) -> Result<EnumInfo> {
        let (asm, row) = (self.types[tid as usize].asm, self.types[tid as usize].row);
        let img = self.image(asm);
        let mut members: Vec<(u64, String)> = Vec::new();
        for frow in self.type_fields(tid) {
            let f = img
                .tables
                .field
                .get(frow as usize - 1)
                .ok_or_else(|| crate::loader::bad_row(Token::new(TableId::Field, frow)))?;
            if f.flags & (FIELD_STATIC | FIELD_LITERAL) != FIELD_STATIC | FIELD_LITERAL {
                continue;
            }
            let parent = Token::new(TableId::Field, frow);
            let Some(c) = img.tables.constant.iter().find(|c| c.parent == parent) else {
                continue;
            };
            let value = in_underlying(constant_bits(c.ty, img.blob(c.value)?), underlying);
            members.push((value, img.string(f.name)?.to_string()));
        }
        // A stable sort, as CoreCLR's (an insertion sort for the sizes enums have) keeps
        // duplicates in declaration order.
        members.sort_by_key(|m| m.0);
        let is_flags = self.has_custom_attribute(
            asm,
            Token::new(TableId::TypeDef, row),
            "System",
            "FlagsAttribute",
        )?;
        Ok(EnumInfo {
            underlying,
            values: members.iter().map(|m| m.0).collect(),
            names: members.into_iter().map(|m| m.1).collect(),
            is_flags,
        })
    }

    /// Does `parent` carry a custom attribute (II.22.10) whose constructor belongs to `ns.name`?
    fn has_custom_attribute(&self, asm: u32, parent: Token, ns: &str, name: &str) -> Result<bool> {
        let img = self.image(asm);
        for ca in img
            .tables
            .custom_attribute
            .iter()
            .filter(|c| c.parent == parent)
        {
            // The attribute type is the owner of the constructor: a MethodDef's TypeDef, or a
            // MemberRef's class (II.24.2.6 CustomAttributeType).
            let owner = match ca.ty.table() {
                Some(TableId::MethodDef) => {
                    let key = crate::loader::MethodKey::new(asm, ca.ty.row());
                    let tid = self.method_owner(key)?;
                    let t = &self.types[tid as usize];
                    (t.namespace.clone(), t.name.clone())
                }
                Some(TableId::MemberRef) => {
                    let mr = img
                        .tables
                        .member_ref
                        .get((ca.ty.row() as usize).wrapping_sub(1))
                        .ok_or_else(|| crate::loader::bad_row(ca.ty))?;
                    self.token_name(img, mr.class)?
                }
                _ => continue,
            };
            if owner.0 == ns && owner.1 == name {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// A Constant blob (II.22.9) widened to 64 bits as .NET's `Enum` widens values: signed types
/// sign-extend, unsigned ones (and char, bool) zero-extend.
/// A constant's bits read as the enum's underlying type: a compiler may type a member's
/// Constant row otherwise than the enum (ilasm writes `int8(0xFF)` as I1 for a byte enum),
/// and the runtime compares the values as the underlying type holds them.
fn in_underlying(bits: u64, underlying: ValKind) -> u64 {
    match underlying {
        ValKind::I1 => bits as u8 as i8 as i64 as u64,
        ValKind::I2 => bits as u16 as i16 as i64 as u64,
        ValKind::I4 => bits as u32 as i32 as i64 as u64,
        ValKind::U1 | ValKind::Bool => bits as u8 as u64,
        ValKind::U2 | ValKind::Char => bits as u16 as u64,
        ValKind::U4 => bits as u32 as u64,
        _ => bits,
    }
}

fn constant_bits(ty: u8, v: &[u8]) -> u64 {
    use metadata::signature::element_type as et;
    let le = |n: usize| -> u64 {
        let mut b = [0u8; 8];
        for (i, x) in v.iter().take(n).enumerate() {
            b[i] = *x;
        }
        u64::from_le_bytes(b)
    };
    match ty {
        et::I1 => le(1) as u8 as i8 as i64 as u64,
        et::I2 => le(2) as u16 as i16 as i64 as u64,
        et::I4 => le(4) as u32 as i32 as i64 as u64,
        et::U1 | et::BOOLEAN => le(1),
        et::U2 | et::CHAR => le(2),
        et::U4 => le(4),
        _ => le(8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use metadata::signature::element_type as et;

    #[test]
    fn constants_widen_like_dotnet_enums() {
        assert_eq!(constant_bits(et::I1, &[0xFF]), u64::MAX);
        assert_eq!(constant_bits(et::U1, &[0xFF]), 255);
        assert_eq!(
            constant_bits(et::I4, &(-5i32).to_le_bytes()),
            (-5i64) as u64
        );
        assert_eq!(
            constant_bits(et::U4, &0x8000_0000u32.to_le_bytes()),
            0x8000_0000
        );
        // A short blob reads as zero-padded rather than failing.
        assert_eq!(constant_bits(et::I8, &[1]), 1);
    }
}
