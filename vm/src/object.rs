//! The object model shared by JIT code and natives.
//! Floor 2 (the object model and the heap).
//!
//! Every object starts with a pointer to its [`MethodTable`]. A string is the header, an `i32`
//! length at offset 8 and the UTF-16 units inline from offset 12: exactly the corlib's
//! `_stringLength` and `_firstChar` fields, so C# code that reads them with `ldfld` works.
//! An array (a single-dimensional, zero-based "vector", ECMA-335 I.8.9.1) is the header, a
//! pointer-sized length at offset 8 and the elements from offset 16.
//! All allocation goes through [`gc_alloc`], which may run a collection (`gc/`) first.

pub use crate::types::{
    ARRAY_DATA_OFFSET, ARRAY_LENGTH_OFFSET, HEADER_SIZE, MD_BOUNDS_OFFSET, MT_CLASS_INIT_OFFSET,
    MT_IMT_OFFSET, MT_VTABLE_OFFSET, MethodTable, Object, STRING_CHARS_OFFSET,
    STRING_LENGTH_OFFSET, md_data_offset,
};

/// Per-thread state of the running VM, the hidden first parameter of every managed method and
/// native. `stack_limit` must stay at offset 0: every JIT prologue loads it (docs/cranelift.md §5).
#[repr(C)]
pub struct VmContext {
    /// Lowest stack address managed frames may use; the prologue check traps below it.
    pub stack_limit: usize,
    /// The executor (`jit::Exec`), for the helpers that compile and run code. Opaque here:
    /// the object model sits below the JIT, whose helpers cast it back (`jit::exec`).
    pub(crate) exec: *mut std::ffi::c_void,
    /// The type system (`loader.rs`), for the helpers and natives that ask about types.
    pub(crate) types: *mut crate::loader::TypeSystem,
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
    /// `Environment.ExitCode`: what the process exits with when a `void Main` returns.
    pub exit_code: i32,
    /// `Environment.GetCommandLineArgs()`: the program's path, then its arguments.
    pub command_line: Vec<String>,
    pub(crate) heap: crate::gc::Heap,
}

/// Offset of the heap's allocation runs (`gc::AllocRun`, one per size class, 16 bytes each),
/// which JIT code bumps to allocate (`jit/objects.rs`).
pub const CTX_RUNS_OFFSET: i32 =
    (std::mem::offset_of!(VmContext, heap) + std::mem::offset_of!(crate::gc::Heap, runs)) as i32;

/// Offset of `VmContext::pending`, which JIT code loads after calls.
pub const CTX_PENDING_OFFSET: i32 = std::mem::offset_of!(VmContext, pending) as i32;

/// Offset of `VmContext::searched`, which dispatch blocks test.
pub const CTX_SEARCHED_OFFSET: i32 = std::mem::offset_of!(VmContext, searched) as i32;

impl VmContext {
    pub(crate) fn new(capture_stdout: bool) -> Self {
        VmContext {
            stack_limit: 0,
            exec: std::ptr::null_mut(),
            types: std::ptr::null_mut(),
            string_mt: std::ptr::null(),
            pending: std::ptr::null_mut(),
            searched: 0,
            stdout: Vec::new(),
            capture_stdout,
            exit_code: 0,
            command_line: Vec::new(),
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

/// Allocation failed: what the program wrote so far is flushed, then the process ends as .NET's
/// does on out of memory.
pub(crate) fn out_of_memory(ctx: *mut VmContext) -> ! {
    // SAFETY: allocation runs on the VM thread with its live context.
    unsafe { (*ctx).flush_stdout() };
    crate::error::out_of_memory()
}

/// Allocates a string holding `chars`.
///
/// # Safety
/// `ctx` must be the live context of the running VM.
pub unsafe fn alloc_string(ctx: *mut VmContext, chars: &[u16]) -> *mut Object {
    // SAFETY: the caller passes the live context.
    let mt = unsafe { (*ctx).string_mt };
    let len = i32::try_from(chars.len()).unwrap_or_else(|_| out_of_memory(ctx));
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
        out_of_memory(ctx);
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
        out_of_memory(ctx);
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

/// Stores a reference field.
///
/// # Safety
/// `obj` must be a live object with a reference field at `off`.
pub(crate) unsafe fn write_ref(obj: *mut Object, off: i32, v: *mut Object) {
    // SAFETY: forwarded contract.
    unsafe { ((obj as *mut u8).add(off as usize) as *mut *mut Object).write(v) }
}

/// Reads a reference field.
///
/// # Safety
/// As for [`write_ref`].
pub(crate) unsafe fn read_ref(obj: *mut Object, off: i32) -> *mut Object {
    // SAFETY: forwarded contract.
    unsafe { ((obj as *mut u8).add(off as usize) as *const *mut Object).read() }
}
