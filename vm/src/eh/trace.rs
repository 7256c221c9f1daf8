//! Stack traces: each frame an exception leaves, or is caught in, adds a line `   at
//! Type.Method(Int32 n, String s)` to the exception's `_stackTraceString`, the format of .NET's
//! `Exception.StackTrace` without line numbers.
//! Floor 4 (execution).

use super::{ExceptionFields, is_exception, read_ref, stored_text, write_ref};
use crate::jit::Exec;
use crate::loader::{MethodKey, RType};
use crate::object::{Object, VmContext};

impl Exec {
    /// The short .NET name of a parameter type, as stack traces print it (`Int32`, `String[]`).
    fn trace_type_name(&self, t: &RType) -> String {
        if let Some(p) = crate::loader::primitive_type_name(t) {
            return p.to_string();
        }
        match t {
            RType::String => "String".into(),
            RType::Object => "Object".into(),
            RType::Class(id) | RType::Value(id) => self.types[*id as usize].name.clone(),
            RType::SzArray(e) => format!("{}[]", self.trace_type_name(e)),
            RType::Array(e, rank) => {
                format!(
                    "{}[{}]",
                    self.trace_type_name(e),
                    ",".repeat(*rank as usize - 1)
                )
            }
            RType::ByRef(e) => format!("{}&", self.trace_type_name(e)),
            RType::Ptr(e) => format!("{}*", self.trace_type_name(e)),
            _ => self.rtype_name(t),
        }
    }

    /// The source document and line of IL offset `il_offset` in method `key`, from the
    /// assembly's sequence points (its PDB), if it has them.
    fn source_line(&self, key: MethodKey, il_offset: u32) -> Option<(String, u32)> {
        if il_offset == u32::MAX {
            return None; // not known
        }
        let debug = self.assemblies.get(key.asm as usize)?.debug.as_ref()?;
        debug
            .line_at(key.row, il_offset)
            .map(|(document, line)| (document.to_string(), line))
    }

    /// `Namespace.Outer.Inner.Method(Int32 n)`, as a .NET stack trace names a frame.
    fn frame_name(&mut self, key: MethodKey) -> String {
        if let Some(n) = self.eh.frame_names.get(&key) {
            return n.clone();
        }
        let name = (|| {
            let owner = self.method_owner(key).ok()?;
            // A generic type's frames name its definition (`List`1.Add`), as .NET's do.
            let def_name = |t: &crate::types::TypeInfo| match t.namespace.as_str() {
                "" => t.name.clone(),
                ns => format!("{ns}.{}", t.name),
            };
            let mut ty = def_name(&self.types[owner as usize]);
            let mut outer = self.types[owner as usize].enclosing;
            while let Some(o) = outer {
                ty = format!("{}.{ty}", def_name(&self.types[o as usize]));
                outer = self.types[o as usize].enclosing;
            }
            let method = self.method_name(key).ok()?;
            let (_, _, params) = self.method_def_sig(key).ok()?;
            let img = self.image(key.asm);
            let mut names = vec![String::new(); params.len()];
            for row in img.method_params(key.row) {
                if let Some(p) = img.tables.param.get(row as usize - 1)
                    && p.sequence >= 1
                    && let Some(slot) = names.get_mut(p.sequence as usize - 1)
                {
                    *slot = img.string(p.name).unwrap_or_default().to_string();
                }
            }
            let ps: Vec<String> = params
                .iter()
                .zip(&names)
                .map(|(t, n)| format!("{} {n}", self.trace_type_name(t)))
                .collect();
            Some(format!("{ty}.{method}({})", ps.join(", ")))
        })()
        .unwrap_or_else(|| "<unknown method>".into());
        self.eh.frame_names.insert(key, name.clone());
        name
    }
}

/// Called when the exception `exc` leaves the frame of method `key` or is caught in it: adds the
/// frame's line to the trace, once per frame (`frame` identifies the activation: a rethrow from
/// a catch block must not add its frame a second time). `il_offset` is the position in the
/// method where the exception was raised (`jit/code_map.rs`), which the sequence points of the
/// method, and of the methods inlined into it there, turn into source lines.
pub(crate) extern "C" fn vm_eh_frame(
    ctx: *mut VmContext,
    exc: *mut Object,
    key: i64,
    frame: i64,
    il_offset: u32,
) {
    // SAFETY: JIT code passes its live context and the exception in flight.
    unsafe {
        let exec = &mut *crate::jit::exec(ctx);
        let Some(f) = exec.exception_fields() else {
            return;
        };
        if !is_exception(exec, exc, f.exception) {
            return;
        }
        let last = (exc as *mut u8).add(f.trace_frame as usize) as *mut i64;
        if last.read() == frame {
            return;
        }
        last.write(frame);
        // Calls inlined into the method keep their frames in the trace (`jit/code_map.rs`).
        let (inlined, il_offset) = exec.jit.code_map.unfold(il_offset);
        let frames = inlined.into_iter().chain([(MethodKey::unpack(key), il_offset)]);
        let lines: Vec<String> = frames
            .map(|(key, il)| {
                let mut line = format!("   at {}", exec.frame_name(key));
                if let Some((document, n)) = exec.source_line(key, il) {
                    line.push_str(&format!(" in {document}:line {n}"));
                }
                line
            })
            .collect();
        append_line(ctx, exc, f, &lines.join("\n"));
    }
}

/// Appends a line to `_stackTraceString`.
///
/// # Safety
/// `ctx` live; `exc` a live exception object.
unsafe fn append_line(ctx: *mut VmContext, exc: *mut Object, f: ExceptionFields, line: &str) {
    // SAFETY: forwarded contract.
    unsafe {
        let old = crate::object::string_chars(read_ref(exc, f.stack_trace));
        let mut units: Vec<u16> = Vec::with_capacity(old.len() + line.len() + 1);
        units.extend_from_slice(old);
        if !old.is_empty() {
            units.push(b'\n' as u16);
        }
        units.extend(line.encode_utf16());
        let s = crate::object::alloc_string(ctx, &units);
        write_ref(exc, f.stack_trace, s);
    }
}

/// `exc.ToString()`, run as managed code (a user's exception class may override it); if that
/// throws in turn, the VM's own rendering of the type, message and trace.
///
/// # Safety
/// `ctx` must be the live context of the VM thread with no Rust borrow of the runtime active.
pub(super) unsafe fn to_string(ctx: *mut VmContext, exc: *mut Object) -> String {
    // SAFETY: forwarded contract; the runtime borrows end before managed code runs.
    unsafe {
        if let Some(slot) = to_string_slot(crate::jit::exec(ctx)) {
            let code = crate::jit::vm_resolve_virtual(ctx, exc, slot);
            let f: extern "C" fn(*mut VmContext, *mut Object) -> *mut Object =
                std::mem::transmute(code);
            let s = f(ctx, exc);
            if super::pending(ctx).is_null() && !s.is_null() {
                return crate::object::string_to_rust(s);
            }
            super::set_pending(ctx, std::ptr::null_mut());
        }
        let (head, trace) = stored_text(ctx, exc);
        if trace.is_empty() {
            head
        } else {
            format!("{head}\n{trace}")
        }
    }
}

/// The vtable slot of `System.Object::ToString()`.
///
/// # Safety
/// `exec` must be the live executor with no other borrow active.
unsafe fn to_string_slot(exec: *mut Exec) -> Option<u32> {
    // SAFETY: forwarded contract.
    let exec = unsafe { &mut *exec };
    let object = exec.find_type(0, "System", "Object")?;
    for row in exec.type_methods(object) {
        let key = MethodKey::new(0, row);
        if exec.method_name(key).ok()? == "ToString"
            && exec.method_info(key).ok()?.params.is_empty()
        {
            return exec.virtual_slot(key).ok().flatten();
        }
    }
    None
}
