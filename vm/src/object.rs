//! The object model shared by JIT code and natives.
//!
//! Every object starts with a pointer to its [`MethodTable`]. A string is the header, an `i32`
//! length at offset 8 and the UTF-16 units inline from offset 12: exactly the corlib's
//! `_stringLength` and `_firstChar` fields, so C# code that reads them with `ldfld` works.
//! An array (a single-dimensional, zero-based "vector", ECMA-335 I.8.9.1) is the header, a
//! pointer-sized length at offset 8 and the elements from offset 16.
//! All allocation goes through [`gc_alloc`], which may run a collection (`gc/`) first.

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
    pub enum_info: Option<Box<crate::types::EnumInfo>>,
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

/// Offset of vtable slot 0 from the MethodTable's start: the slots follow the IMT.
pub const MT_VTABLE_OFFSET: i32 = MT_IMT_OFFSET + 8 * crate::imt::IMT_SLOTS as i32;

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
        let words = crate::imt::IMT_SLOTS as usize + slots as usize;
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

/// Per-thread state of the running VM, the hidden first parameter of every managed method and
/// native. `stack_limit` must stay at offset 0: every JIT prologue loads it (docs/cranelift.md §5).
#[repr(C)]
pub struct VmContext {
    /// Lowest stack address managed frames may use; the prologue check traps below it.
    pub stack_limit: usize,
    /// The VM internals, for the lazy compile helper.
    pub(crate) runtime: *mut crate::Runtime,
    /// `System.String`'s MethodTable, for [`alloc_string`].
    pub string_mt: *const MethodTable,
    /// The exception in flight, or null (`eh/`). JIT code tests it after every call that can
    /// throw, at [`CTX_PENDING_OFFSET`] from the context it already has in a register, so the
    /// check is one load with no address to materialise. A root for the collector while set.
    pub(crate) pending: *mut Object,
    /// 1 once the pending exception had its first pass (`eh/search.rs`); a new exception
    /// clears it.
    pub(crate) searched: u8,
    /// Buffered standard output; flushed on every exit path.
    pub stdout: Vec<u8>,
    /// Keep stdout in memory instead of writing it to fd 1 (tests).
    pub capture_stdout: bool,
    pub(crate) heap: crate::gc::Heap,
}

/// Offset of `VmContext::pending`, which JIT code loads after calls.
pub const CTX_PENDING_OFFSET: i32 = std::mem::offset_of!(VmContext, pending) as i32;

/// Offset of `VmContext::searched`, which dispatch blocks test.
pub const CTX_SEARCHED_OFFSET: i32 = std::mem::offset_of!(VmContext, searched) as i32;

impl VmContext {
    pub(crate) fn new(capture_stdout: bool) -> Self {
        VmContext {
            stack_limit: 0,
            runtime: std::ptr::null_mut(),
            string_mt: std::ptr::null(),
            pending: std::ptr::null_mut(),
            searched: 0,
            stdout: Vec::new(),
            capture_stdout,
            heap: crate::gc::Heap::default(),
        }
    }

    /// Appends bytes to standard output, writing the buffer out once it is large.
    pub fn write_stdout(&mut self, bytes: &[u8]) {
        self.stdout.extend_from_slice(bytes);
        if !self.capture_stdout && self.stdout.len() >= 64 * 1024 {
            self.flush_stdout();
        }
    }

    /// Writes the buffered output to fd 1 (unless capturing). Called on every exit path.
    pub fn flush_stdout(&mut self) {
        if self.capture_stdout {
            return;
        }
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        // A closed stdout (EPIPE) must not turn into a panic: the output is simply lost, as in .NET.
        let _ = out.write_all(&self.stdout);
        let _ = out.flush();
        self.stdout.clear();
    }
}

/// Allocates `size` zeroed bytes (header included) and stores `mt` in the header.
///
/// # Safety
/// `ctx` must be the live context of the running VM.
pub unsafe fn gc_alloc(ctx: *mut VmContext, mt: *const MethodTable, size: usize) -> *mut Object {
    // SAFETY: the caller passes the live context; objects the caller holds are on its stack.
    let p = unsafe { crate::gc::alloc(ctx, size.max(HEADER_SIZE as usize)) } as *mut Object;
    // SAFETY: p points to at least HEADER_SIZE fresh bytes.
    unsafe { (*p).method_table = mt };
    p
}

/// Allocates a string holding `chars`.
///
/// # Safety
/// `ctx` must be the live context of the running VM.
pub unsafe fn alloc_string(ctx: *mut VmContext, chars: &[u16]) -> *mut Object {
    // SAFETY: the caller passes the live context.
    let mt = unsafe { (*ctx).string_mt };
    let len = i32::try_from(chars.len()).unwrap_or_else(|_| crate::fault::out_of_memory());
    // One extra unit keeps a terminating NUL, as CoreCLR does.
    let size = STRING_CHARS_OFFSET as usize + 2 * (chars.len() + 1);
    // SAFETY: as above.
    let p = unsafe { gc_alloc(ctx, mt, size) };
    // SAFETY: the allocation holds the length and chars.len() units after the header.
    unsafe {
        let base = p as *mut u8;
        (base.add(STRING_LENGTH_OFFSET as usize) as *mut i32).write(len);
        let dst = base.add(STRING_CHARS_OFFSET as usize) as *mut u16;
        std::ptr::copy_nonoverlapping(chars.as_ptr(), dst, chars.len());
    }
    p
}

/// The UTF-16 units of a string; empty for null.
///
/// # Safety
/// `s` must be null or a live string object, and the slice must not outlive it.
pub unsafe fn string_chars<'a>(s: *const Object) -> &'a [u16] {
    if s.is_null() {
        return &[];
    }
    // SAFETY: a live string has its length at offset 8 and that many units at offset 12.
    unsafe {
        let base = s as *const u8;
        let len = (base.add(STRING_LENGTH_OFFSET as usize) as *const i32).read();
        let chars = base.add(STRING_CHARS_OFFSET as usize) as *const u16;
        std::slice::from_raw_parts(chars, len.max(0) as usize)
    }
}

/// A string's contents as Rust text (unpaired surrogates become U+FFFD).
///
/// # Safety
/// As for [`string_chars`].
pub unsafe fn string_to_rust(s: *const Object) -> String {
    // SAFETY: forwarded contract.
    String::from_utf16_lossy(unsafe { string_chars(s) })
}

/// The length of an array; 0 for null.
///
/// # Safety
/// `a` must be null or a live array object.
pub unsafe fn array_len(a: *const Object) -> usize {
    if a.is_null() {
        return 0;
    }
    // SAFETY: a live array has its length at offset 8.
    unsafe { ((a as *const u8).add(ARRAY_LENGTH_OFFSET as usize) as *const usize).read() }
}

/// A pointer to an array's first element.
///
/// # Safety
/// `a` must be a live array object.
pub unsafe fn array_data(a: *mut Object) -> *mut u8 {
    // SAFETY: the elements start at offset 16 of every array.
    unsafe { (a as *mut u8).add(ARRAY_DATA_OFFSET as usize) }
}

/// The elements of an array whose element type is `T` (e.g. `*mut Object` for `string[]`).
///
/// # Safety
/// `a` must be null or a live array whose elements are `T`s; the slice must not outlive it.
pub unsafe fn array_elements<'a, T>(a: *mut Object) -> &'a mut [T] {
    if a.is_null() {
        return &mut [];
    }
    // SAFETY: forwarded contract; data is 8-aligned, enough for every element type.
    unsafe { std::slice::from_raw_parts_mut(array_data(a) as *mut T, array_len(a)) }
}

/// Allocates a zeroed array of `len` elements of `component_size` bytes.
///
/// # Safety
/// `ctx` must be the live context and `mt` an array MethodTable.
pub unsafe fn alloc_array(ctx: *mut VmContext, mt: *const MethodTable, len: usize) -> *mut Object {
    // SAFETY: mt is a live MethodTable.
    let component = unsafe { (*mt).component_size } as usize;
    let Some(size) = len
        .checked_mul(component)
        .and_then(|n| n.checked_add(ARRAY_DATA_OFFSET as usize))
    else {
        crate::fault::out_of_memory();
    };
    // SAFETY: forwarded contract.
    let p = unsafe { gc_alloc(ctx, mt, size) };
    // SAFETY: the allocation has room for the length.
    unsafe { ((p as *mut u8).add(ARRAY_LENGTH_OFFSET as usize) as *mut usize).write(len) };
    p
}

/// Rank and length of dimension `dim` of an array object (vector or general array); None when
/// `dim` is out of range.
///
/// # Safety
/// `a` must be a live array object.
pub unsafe fn array_dim_length(a: *const Object, dim: i32) -> Option<i32> {
    // SAFETY: a live array's MethodTable says which layout it has.
    unsafe {
        let mt = &*(*a).method_table;
        if dim < 0 || dim as u32 >= mt.rank.max(1) as u32 {
            return None;
        }
        if mt.is_szarray {
            return Some(array_len(a) as i32);
        }
        let p = (a as *const u8).add(MD_BOUNDS_OFFSET as usize + 4 * dim as usize) as *const i32;
        Some(p.read())
    }
}

/// Allocates a zeroed general array with the given lengths and lower bounds.
///
/// # Safety
/// `ctx` must be the live context and `mt` a general-array MethodTable of `lengths.len()` rank.
pub unsafe fn alloc_md_array(
    ctx: *mut VmContext,
    mt: *const MethodTable,
    lengths: &[i32],
    lower: &[i32],
) -> *mut Object {
    // SAFETY: mt is a live MethodTable.
    let component = unsafe { (*mt).component_size } as usize;
    let rank = lengths.len() as u32;
    let total = lengths
        .iter()
        .try_fold(1usize, |acc, &n| acc.checked_mul(n.max(0) as usize));
    let Some((total, size)) = total.and_then(|t| {
        t.checked_mul(component)
            .and_then(|n| n.checked_add(md_data_offset(rank) as usize))
            .map(|s| (t, s))
    }) else {
        crate::fault::out_of_memory();
    };
    // SAFETY: forwarded contract.
    let p = unsafe { gc_alloc(ctx, mt, size) };
    // SAFETY: the allocation has room for the count and both bound arrays.
    unsafe {
        let base = p as *mut u8;
        (base.add(ARRAY_LENGTH_OFFSET as usize) as *mut usize).write(total);
        let b = base.add(MD_BOUNDS_OFFSET as usize) as *mut i32;
        for (i, (&n, &lo)) in lengths.iter().zip(lower).enumerate() {
            b.add(i).write(n);
            b.add(rank as usize + i).write(lo);
        }
    }
    p
}
