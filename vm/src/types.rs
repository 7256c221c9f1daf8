//! The type system: what the loader knows about each type, and how values are laid out.
//! Floor 1, at the bottom: plain data, down to the object header and the MethodTable every object
//! points to.
//!
//! Layout follows the CLI's auto layout (ECMA-335 II.10.1.2): fields in declaration order, each
//! at its natural alignment. Instance fields of a class come after the object header and the
//! parent's fields; a struct's fields start at 0 and the struct is stored inline wherever it is
//! used. The primitive structs of the core library (`System.Int32`...) *are* their primitive
//! (ECMA-335 I.8.2.2): their one field `m_value` sits at offset 0.

use cranelift_codegen::ir::{Type, types};

/// Slots of the interface method table in every MethodTable (`imt.rs`). Mono uses 19; a power
/// of two keeps the arithmetic plain, and 16 words is a small price per type.
pub const IMT_SLOTS: u32 = 16;

/// Offset of a string's length (`System.String::_stringLength`).
pub const STRING_LENGTH_OFFSET: i32 = 8;
/// Offset of a string's first UTF-16 unit (`System.String::_firstChar`).
pub const STRING_CHARS_OFFSET: i32 = 12;
/// Offset of an array's length (native int).
pub const ARRAY_LENGTH_OFFSET: i32 = 8;
/// Offset of an array's first element; 8-aligned so `long`/`double` elements are aligned.
pub const ARRAY_DATA_OFFSET: i32 = 16;
/// Size of the object header (the MethodTable pointer).
pub const HEADER_SIZE: u32 = 8;

/// A managed object: only the header is common to all.
#[repr(C)]
pub struct Object {
    pub method_table: *const MethodTable,
}

/// Per-type runtime data every object points to. JIT code reads only the fixed fields at the
/// top (`#[repr(C)]`): the sizes, and the vtable pointer at [`MT_VTABLE_OFFSET`].
#[repr(C)]
pub struct MethodTable {
    /// Object size without array elements, header included.
    pub base_size: u32,
    /// Size of one array element or string unit, 0 for other objects.
    pub component_size: u32,
    /// The VM's type index (`u32::MAX` for array types).
    pub type_id: u32,
    /// For arrays: does the element hold object references (what a GC must scan).
    pub elements_are_refs: bool,
    /// Arrays: the rank (1 for vectors); 0 for every other type.
    pub rank: u8,
    /// A single-dimensional zero-based array ("vector", ECMA-335 I.8.9.1), as opposed to a
    /// general array (`T[,]`, or `T[*]`), which carries its bounds.
    pub is_szarray: bool,
    /// Does this type derive from System.ValueType (a boxed value: the payload follows the header).
    pub is_value_type: bool,
    /// 1 once the type's static constructor has run (or it has none): JIT code tests this byte
    /// at [`MT_CLASS_INIT_OFFSET`] before calling the class-init helper (`jit/class_init.rs`).
    pub class_init_done: u8,
    /// The base type's MethodTable (null for System.Object and interfaces); arrays: System.Array.
    pub parent: *const MethodTable,
    /// Arrays: the element type's MethodTable (null for pointer elements).
    pub element: *const MethodTable,
    /// The number of virtual slots (ECMA-335 II.10.3). Their code words follow the MethodTable
    /// in the same allocation, after the interface method table (`imt.rs`), at
    /// [`MT_VTABLE_OFFSET`], so a virtual call is two dependent loads: the object's
    /// MethodTable, then the slot. A slot is 0 until the first call through it.
    pub vtable_len: u32,
    /// The IMT slots that two interface methods of this type share (a bit each), once known.
    pub imt_shared: Option<u32>,
    /// The class overrides `System.Object::Finalize`: its objects are registered for
    /// finalization when allocated (`gc/finalize.rs`).
    pub has_finalizer: bool,
    /// Type name for diagnostics, as .NET spells it (`System.String`, `System.Int32[,]`).
    pub name: String,
    /// Enums: the literal fields and `[Flags]`, for `Enum.ToString()` (`reflect.rs`).
    pub enum_info: Option<Box<EnumInfo>>,
    /// The `System.Type` object of this type, made on first request (`reflect::type_object`)
    /// so that `a.GetType() == b.GetType()` holds by reference. The collector treats it as a
    /// root: it lives as long as the MethodTable.
    pub type_object: *mut Object,
    /// The reference map: offsets of the object references in an instance, counted from the
    /// object's start (for a value type, from the start of its boxed form, so a struct stored
    /// inline has them at `offset - HEADER_SIZE`). Includes the base classes' references and
    /// those inside embedded structs; empty for arrays and strings (`elements_are_refs` and
    /// the element type's map cover arrays). Built in `layout.rs`, read by `gc/mark.rs`.
    pub ref_map: Box<[u32]>,
}

/// Offset of `MethodTable::class_init_done`, which JIT code tests before a static access.
pub const MT_CLASS_INIT_OFFSET: i32 = std::mem::offset_of!(MethodTable, class_init_done) as i32;

/// Offset of the interface method table (`imt.rs`) from the MethodTable's start: it follows
/// the struct.
pub const MT_IMT_OFFSET: i32 = std::mem::size_of::<MethodTable>() as i32;
/// Where a MethodTable says whether it is a vector's and how its elements are stored, for the
/// JIT's run-time check of element accesses whose array it could not type (`jit/reftypes.rs`).
pub const MT_IS_SZARRAY_OFFSET: i32 = std::mem::offset_of!(MethodTable, is_szarray) as i32;
pub const MT_COMPONENT_SIZE_OFFSET: i32 = std::mem::offset_of!(MethodTable, component_size) as i32;
pub const MT_ELEMENTS_ARE_REFS_OFFSET: i32 = std::mem::offset_of!(MethodTable, elements_are_refs) as i32;
/// Where an array's MethodTable names its element type, for the JIT's inline store check.
pub const MT_ELEMENT_OFFSET: i32 = std::mem::offset_of!(MethodTable, element) as i32;

/// Offset of vtable slot 0 from the MethodTable's start: the slots follow the IMT.
pub const MT_VTABLE_OFFSET: i32 = MT_IMT_OFFSET + 8 * IMT_SLOTS as i32;

impl MethodTable {
    /// A MethodTable with `slots` vtable slots, all 0 (not compiled yet). Place it in memory
    /// with [`MethodTable::into_raw`], which allocates the IMT and the slots after it.
    pub fn new(name: String, base_size: u32, type_id: u32, slots: usize) -> MethodTable {
        MethodTable {
            base_size,
            component_size: 0,
            type_id,
            elements_are_refs: false,
            rank: 0,
            is_szarray: false,
            is_value_type: false,
            class_init_done: 0,
            parent: std::ptr::null(),
            element: std::ptr::null(),
            vtable_len: slots as u32,
            imt_shared: None,
            has_finalizer: false,
            name,
            enum_info: None,
            type_object: std::ptr::null_mut(),
            ref_map: Box::new([]),
        }
    }

    /// The layout of a MethodTable with the IMT and `slots` vtable slots after it.
    fn alloc_layout(slots: u32) -> std::alloc::Layout {
        let words = IMT_SLOTS as usize + slots as usize;
        let vtable = std::alloc::Layout::array::<usize>(words)
            .unwrap_or_else(|_| std::alloc::Layout::new::<usize>());
        // size_of::<MethodTable>() is a multiple of its (pointer) alignment, so the words start
        // exactly at MT_IMT_OFFSET.
        match std::alloc::Layout::new::<MethodTable>().extend(vtable) {
            Ok((layout, _)) => layout,
            Err(_) => std::alloc::handle_alloc_error(vtable),
        }
    }

    /// Moves `self` to a new allocation followed by its zeroed IMT and vtable slots. The pointer is
    /// freed by [`MethodTable::free`] and nothing else.
    pub fn into_raw(self) -> *mut MethodTable {
        let layout = Self::alloc_layout(self.vtable_len);
        // SAFETY: the layout is non-zero-sized; the block is written before it is used.
        unsafe {
            let p = std::alloc::alloc_zeroed(layout) as *mut MethodTable;
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            p.write(self);
            p
        }
    }

    /// The interface method table after the MethodTable `mt`. Computed from the raw pointer
    /// `into_raw` returned, whose provenance covers the words after the struct (a pointer
    /// derived from `&MethodTable` would cover the struct only).
    pub fn imt(mt: *const MethodTable) -> *mut usize {
        (mt as *mut u8).wrapping_add(MT_IMT_OFFSET as usize) as *mut usize
    }

    /// The vtable slots after the IMT of `mt` (see [`MethodTable::imt`]).
    pub fn vtable(mt: *const MethodTable) -> *mut usize {
        (mt as *mut u8).wrapping_add(MT_VTABLE_OFFSET as usize) as *mut usize
    }

    /// Drops and frees a MethodTable made by [`MethodTable::into_raw`].
    ///
    /// # Safety
    /// `p` came from `into_raw` and is used no more.
    pub unsafe fn free(p: *mut MethodTable) {
        // SAFETY: forwarded contract; the layout is the one `into_raw` used.
        unsafe {
            let layout = Self::alloc_layout((*p).vtable_len);
            std::ptr::drop_in_place(p);
            std::alloc::dealloc(p as *mut u8, layout);
        }
    }
}

/// A general array (`T[,]`): the header, the total element count (native int) at 8, then
/// `rank` int32 lengths and `rank` int32 lower bounds, then the elements, 8-aligned.
pub const MD_BOUNDS_OFFSET: i32 = 16;

/// Offset of the first element of a general array of `rank` dimensions.
pub fn md_data_offset(rank: u32) -> i32 {
    ((MD_BOUNDS_OFFSET as u32 + 8 * rank + 7) & !7) as i32
}

/// Index of a type in `TypeSystem::types`.
pub type TypeId = u32;

/// A signature type with every token resolved: what MemberRef matching compares and what native
/// keys are spelled from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RType {
    Void,
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
    I,
    U,
    String,
    Object,
    TypedByRef,
    Class(TypeId),
    Value(TypeId),
    SzArray(Box<RType>),
    /// A general array (`T[,]`, II.14.2) of the given rank; lower bounds and sizes in the
    /// signature are not part of the type.
    Array(Box<RType>, u32),
    ByRef(Box<RType>),
    Ptr(Box<RType>),
    /// A generic method's own parameter, only while two generic method signatures are
    /// compared (no code ever sees one).
    MVar(u32),
    /// A generic type's own parameter, only while signatures are compared in their declared
    /// form (to tell `M(T)` from `M(int)` in `C<int>`).
    Var(u32),
}

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
    /// An instantiated generic type: its definition (whose rows it shares) and arguments.
    pub generic_def: Option<TypeId>,
    pub type_args: Vec<RType>,
    /// An instance's arguments as .NET prints them after the name: `[System.Int32]`.
    pub args_shown: String,
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

/// Where the VM writes in an exception object (offsets from the object's start): what it
/// needs to create one without running a constructor, and to add stack-trace lines.
#[derive(Clone, Copy, Debug)]
pub struct ExceptionFields {
    pub exception: TypeId,
    pub message: i32,
    pub stack_trace: i32,
    pub trace_frame: i32,
    /// `ArgumentException._paramName`.
    pub param_name: Option<(TypeId, i32)>,
}

/// Where the VM reads and writes in a delegate object (offsets from the object's start): the
/// fields of `System.Delegate` the core library declares for it (`Delegate.cs`).
#[derive(Clone, Copy, Debug)]
pub struct DelegateFields {
    pub multicast: TypeId,
    pub target: i32,
    pub method_ptr: i32,
    pub open_static: i32,
    pub invocation_list: i32,
    pub invocation_count: i32,
}

/// Whether the type's static constructor (.cctor, ECMA-335 II.10.5.3) has run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CctorState {
    NotRun,
    Running,
    Done,
    /// The static constructor threw: every use of the type throws its
    /// TypeInitializationException again (`EhState::failed_inits`).
    Failed,
}

impl TypeInfo {
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            format!("{}{}", self.name, self.args_shown)
        } else {
            format!("{}.{}{}", self.namespace, self.name, self.args_shown)
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
