//! The type system: what the loader knows about each type, and how values are laid out.
//!
//! Layout follows the CLI's auto layout (ECMA-335 II.10.1.2): fields in declaration order, each
//! at its natural alignment. Instance fields of a class come after the object header and the
//! parent's fields; a struct's fields start at 0 and the struct is stored inline wherever it is
//! used. The primitive structs of the core library (`System.Int32`...) *are* their primitive
//! (ECMA-335 I.8.2.2): their one field `m_value` sits at offset 0.

use crate::object::MethodTable;
use cranelift_codegen::ir::{Type, types};

/// Index of a type in `Runtime::types`.
pub type TypeId = u32;

/// The storage kind of a value: what a local, field, array element or parameter holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValKind {
    Bool,
    Char,
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    /// `native int` (and unmanaged pointers).
    I,
    /// `native unsigned int`.
    U,
    /// An object reference.
    Ref,
    /// A managed pointer (`T&`), interior or not.
    ByRef,
    /// A user struct stored inline.
    Struct(StructInfo),
}

/// What the JIT needs to copy a struct value around.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StructInfo {
    pub ty: TypeId,
    pub size: u32,
    pub align: u32,
}

impl ValKind {
    pub fn size(self) -> u32 {
        match self {
            ValKind::Bool | ValKind::I1 | ValKind::U1 => 1,
            ValKind::Char | ValKind::I2 | ValKind::U2 => 2,
            ValKind::I4 | ValKind::U4 | ValKind::R4 => 4,
            ValKind::I8
            | ValKind::U8
            | ValKind::R8
            | ValKind::I
            | ValKind::U
            | ValKind::Ref
            | ValKind::ByRef => 8,
            ValKind::Struct(s) => s.size,
        }
    }

    pub fn align(self) -> u32 {
        match self {
            ValKind::Struct(s) => s.align,
            k => k.size(),
        }
    }

    /// The Cranelift type of this kind in a signature (structs pass by pointer).
    pub fn abi_type(self) -> Type {
        match self {
            ValKind::Bool | ValKind::I1 | ValKind::U1 => types::I8,
            ValKind::Char | ValKind::I2 | ValKind::U2 => types::I16,
            ValKind::I4 | ValKind::U4 => types::I32,
            ValKind::R4 => types::F32,
            ValKind::R8 => types::F64,
            _ => types::I64,
        }
    }

    /// Small integers are sign-extended to int32 on the evaluation stack when signed.
    pub fn is_signed_small(self) -> bool {
        matches!(self, ValKind::I1 | ValKind::I2)
    }

    /// Does a value of this kind hold an object reference (for a future GC's reference maps).
    pub fn is_ref(self) -> bool {
        matches!(self, ValKind::Ref)
    }
}

/// The kind of a TypeDef, decided from its name and base type when its assembly loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Class,
    Interface,
    /// A user struct (extends System.ValueType).
    Struct,
    /// A core-library primitive struct: laid out as the primitive.
    Primitive(ValKind),
    /// An enum (extends System.Enum): laid out as its underlying type, found at layout time.
    Enum,
}

/// Where an instance or static field lives.
#[derive(Clone, Copy, Debug)]
pub struct FieldInfo {
    pub owner: TypeId,
    pub offset: u32,
    pub kind: ValKind,
    pub is_static: bool,
}

/// The computed layout of a type.
pub struct Layout {
    /// Objects: full object size, header included. Value types: the value's size.
    pub size: u32,
    pub align: u32,
    /// The MethodTable objects of this type point to (also made for value types, for boxing).
    pub method_table: *mut MethodTable,
    /// Storage of the static fields (never freed while the VM lives).
    pub statics: *mut u8,
    /// For enums and primitives: the kind the value is stored as.
    pub value_kind: Option<ValKind>,
}

/// One loaded TypeDef.
pub struct TypeInfo {
    pub asm: u32,
    pub row: u32,
    pub namespace: String,
    pub name: String,
    pub flags: u32,
    pub kind: TypeKind,
    pub layout: Option<Layout>,
    /// Set while the layout is computed, to report a struct that contains itself.
    pub layout_in_progress: bool,
    pub cctor_state: CctorState,
    /// The enclosing type of a nested type (NestedClass table, II.22.32).
    pub enclosing: Option<TypeId>,
}

/// What `Enum.ToString()` needs about an enum type (ECMA-335 II.14.3): its literal fields'
/// names and values, and whether it carries `[System.FlagsAttribute]`. Built when the enum is
/// laid out and kept on its MethodTable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnumInfo {
    /// The storage kind of `value__`.
    pub underlying: ValKind,
    /// Each value as .NET's `Enum` sees it: widened to 64 bits (sign-extended for signed
    /// underlying types) and compared as unsigned. Sorted ascending, stably, as CoreCLR's
    /// `Enum.GetEnumInfo` sorts them; `names` is parallel.
    pub values: Vec<u64>,
    pub names: Vec<String>,
    pub is_flags: bool,
}

/// Whether the type's static constructor (.cctor, ECMA-335 II.10.5.3) has run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CctorState {
    NotRun,
    Running,
    Done,
}

impl TypeInfo {
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.namespace, self.name)
        }
    }

    pub fn is_value_type(&self) -> bool {
        matches!(
            self.kind,
            TypeKind::Struct | TypeKind::Primitive(_) | TypeKind::Enum
        )
    }
}

/// The primitive a core-library struct in namespace System stands for.
pub fn primitive_kind(name: &str) -> Option<ValKind> {
    Some(match name {
        "Boolean" => ValKind::Bool,
        "Char" => ValKind::Char,
        "SByte" => ValKind::I1,
        "Byte" => ValKind::U1,
        "Int16" => ValKind::I2,
        "UInt16" => ValKind::U2,
        "Int32" => ValKind::I4,
        "UInt32" => ValKind::U4,
        "Int64" => ValKind::I8,
        "UInt64" => ValKind::U8,
        "Single" => ValKind::R4,
        "Double" => ValKind::R8,
        "IntPtr" => ValKind::I,
        "UIntPtr" => ValKind::U,
        _ => return None,
    })
}

/// Rounds `n` up to a multiple of `align` (a power of two).
pub fn align_up(n: u32, align: u32) -> u32 {
    (n + align - 1) & !(align - 1)
}

/// Lays out fields in order at natural alignment starting at `start`; returns the offsets and the
/// end offset and maximum alignment.
pub fn layout_fields(start: u32, kinds: &[ValKind]) -> (Vec<u32>, u32, u32) {
    let mut off = start;
    let mut max_align = 1;
    let mut offsets = Vec::with_capacity(kinds.len());
    for k in kinds {
        let a = k.align().max(1);
        off = align_up(off, a);
        offsets.push(off);
        off += k.size();
        max_align = max_align.max(a);
    }
    (offsets, off, max_align)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_fields_land_where_the_object_model_expects() {
        // System.String: int _stringLength; char _firstChar; after the 8-byte header.
        let (offs, end, _) = layout_fields(8, &[ValKind::I4, ValKind::Char]);
        assert_eq!(offs, vec![8, 12]);
        assert_eq!(end, 14);
    }

    #[test]
    fn natural_alignment_pads() {
        let (offs, end, align) = layout_fields(0, &[ValKind::U1, ValKind::I8, ValKind::I2]);
        assert_eq!(offs, vec![0, 8, 16]);
        assert_eq!((end, align), (18, 8));
    }
}
