//! Custom attributes as objects, for `Type.GetCustomAttributes`: a type's CustomAttribute rows
//! (ECMA-335 II.22.10), their value blobs decoded (II.23.3), and each attribute made the way
//! the CLR makes it: the constructor called with the fixed arguments, then the named fields
//! set and the named properties' setters called. Floor 5 (the runtime): it runs managed code.
//!
//! Arguments are passed in integer registers (ints, bools, chars, enums, strings, types),
//! which is what attribute constructors take in practice; one with a float or array parameter
//! is reported as not supported rather than called wrongly.

use crate::error::{Result, VmError};
use crate::jit::{self, Exec};
use crate::loader::{MethodKey, RType};
use crate::object::{self, MethodTable, Object, VmContext};
use crate::types::{TypeId, ValKind};
use metadata::{TableId, Token};

/// A decoded argument: an integer of `size` bytes, a string, or a type named by its name.
#[derive(Clone, Debug)]
enum Value {
    Int(u64, u32),
    Str(Option<String>),
    Type(Option<String>),
}

/// A named argument: field (true) or property, its name and value.
type Named = (bool, String, Value);

/// One attribute to make.
struct Pending {
    ctor: MethodKey,
    class: TypeId,
    fixed: Vec<Value>,
    named: Vec<Named>,
}

/// Reads a blob front to back.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        let s = self.bytes.get(self.pos..self.pos + n).ok_or_else(|| bad("a custom attribute blob ends early"))?;
        self.pos += n;
        Ok(s)
    }

    fn int(&mut self, size: u32) -> Result<u64> {
        let mut v = 0u64;
        for (i, b) in self.take(size as usize)?.iter().enumerate() {
            v |= (*b as u64) << (8 * i);
        }
        Ok(v)
    }

    /// A SerString: a compressed length (0xFF for null), then UTF-8.
    fn ser_string(&mut self) -> Result<Option<String>> {
        let first = *self.take(1)?.first().unwrap_or(&0);
        if first == 0xFF {
            return Ok(None);
        }
        let len = if first & 0x80 == 0 {
            first as usize
        } else if first & 0xC0 == 0x80 {
            ((first as usize & 0x3F) << 8) | self.int(1)? as usize
        } else {
            let rest = self.take(3)?;
            ((first as usize & 0x1F) << 24) | (rest[0] as usize) << 16 | (rest[1] as usize) << 8 | rest[2] as usize
        };
        Ok(Some(String::from_utf8_lossy(self.take(len)?).into_owned()))
    }
}

fn bad(what: &str) -> VmError {
    VmError::Internal(format!("{what}"))
}

fn unsupported(what: &str) -> VmError {
    VmError::NotSupported(format!("Custom attribute arguments of {what} are not supported by Sharp yet."))
}

/// The size in bytes of an integral element type of a blob (II.23.1.16), or None.
fn element_size(code: u8) -> Option<u32> {
    match code {
        0x02 | 0x04 | 0x05 => Some(1),
        0x03 | 0x06 | 0x07 => Some(2),
        0x08 | 0x09 => Some(4),
        0x0A | 0x0B => Some(8),
        _ => None,
    }
}

impl Exec {
    /// The value of a fixed argument of parameter type `t`.
    fn fixed_value(&mut self, r: &mut Reader<'_>, t: &RType) -> Result<Value> {
        Ok(match t {
            RType::String => Value::Str(r.ser_string()?),
            RType::Bool | RType::I1 | RType::U1 => Value::Int(r.int(1)?, 1),
            RType::Char | RType::I2 | RType::U2 => Value::Int(r.int(2)?, 2),
            RType::I4 | RType::U4 => Value::Int(r.int(4)?, 4),
            RType::I8 | RType::U8 => Value::Int(r.int(8)?, 8),
            RType::Class(tid) if self.is_system_type(*tid) => Value::Type(r.ser_string()?),
            RType::Value(_) => {
                // An enum: stored as its underlying integer.
                let size = match self.ts.kind_of(t)? {
                    ValKind::I1 | ValKind::U1 | ValKind::Bool => 1,
                    ValKind::I2 | ValKind::U2 | ValKind::Char => 2,
                    ValKind::I4 => 4,
                    ValKind::I8 => 8,
                    _ => return Err(unsupported("this value type")),
                };
                Value::Int(r.int(size)?, size)
            }
            RType::R4 | RType::R8 => return Err(unsupported("floating-point types")),
            _ => return Err(unsupported("this type")),
        })
    }

    fn is_system_type(&self, tid: TypeId) -> bool {
        let t = &self.ts.types[tid as usize];
        t.asm == 0 && t.namespace == "System" && t.name == "Type"
    }

    /// A named argument (II.23.3): FIELD (0x53) or PROPERTY (0x54), its type
    /// (FieldOrPropType: an element type, or 0x55 and an enum's name), its name, its value.
    fn named_argument(&mut self, r: &mut Reader<'_>) -> Result<Named> {
        let is_field = *r.take(1)?.first().unwrap_or(&0) == 0x53;
        let code = *r.take(1)?.first().unwrap_or(&0);
        let enum_size = if code == 0x55 {
            let enum_name = r.ser_string()?.unwrap_or_default();
            Some(match self.type_by_name(&enum_name) {
                Some(tid) => match self.ts.kind_of(&RType::Value(tid))? {
                    ValKind::I1 | ValKind::U1 => 1,
                    ValKind::I2 | ValKind::U2 => 2,
                    ValKind::I8 => 8,
                    _ => 4,
                },
                None => 4,
            })
        } else {
            None
        };
        let name = r.ser_string()?.unwrap_or_default();
        let value = match (enum_size.or(element_size(code)), code) {
            (Some(size), _) => Value::Int(r.int(size)?, size),
            (None, 0x0E) => Value::Str(r.ser_string()?),
            (None, 0x50) => Value::Type(r.ser_string()?),
            _ => return Err(unsupported("this named argument type")),
        };
        Ok((is_field, name, value))
    }

    /// A type by the name a blob gives it (`Ns.Name`, maybe `, Assembly, Version=…`,
    /// nested types after `+`).
    fn type_by_name(&self, name: &str) -> Option<TypeId> {
        let full = name.split(',').next()?.trim();
        let (outer, nested) = match full.split_once('+') {
            Some((o, n)) => (o, Some(n)),
            None => (full, None),
        };
        let (ns, simple) = match outer.rfind('.') {
            Some(i) => (&outer[..i], &outer[i + 1..]),
            None => ("", outer),
        };
        let asms = self.ts.types.iter().map(|t| t.asm).max().unwrap_or(0);
        let top = (0..=asms).find_map(|a| self.ts.find_type(a, ns, simple))?;
        match nested {
            None => Some(top),
            Some(n) => self.ts.types.iter().position(|t| t.enclosing == Some(top) && t.name == n).map(|i| i as TypeId),
        }
    }

    /// The attributes on type `tid` whose class is `filter` or derives from it (all when
    /// `filter` is None), decoded.
    fn pending_attributes(&mut self, tid: TypeId, filter: Option<TypeId>) -> Result<Vec<Pending>> {
        let def = self.ts.types[tid as usize].generic_def.unwrap_or(tid);
        let (asm, row) = (self.ts.types[def as usize].asm, self.ts.types[def as usize].row);
        let parent = Token::new(TableId::TypeDef, row);
        let rows: Vec<(Token, Vec<u8>)> = {
            let img = self.ts.image(asm);
            img.tables
                .custom_attribute
                .iter()
                .filter(|a| a.parent == parent)
                .map(|a| (a.ty, img.blob(a.value).map(|b| b.to_vec()).unwrap_or_default()))
                .collect()
        };
        let mut out = Vec::new();
        for (ctor_tok, blob) in rows {
            let ctor = self.ts.resolve_method_token(asm, ctor_tok)?;
            let info = self.method_info(ctor)?;
            let class = info.owner;
            if let Some(f) = filter
                && !self.derives_from(class, f)?
            {
                continue;
            }
            let mut r = Reader { bytes: &blob, pos: 2 };
            let mut fixed = Vec::new();
            for t in info.param_types.clone() {
                fixed.push(self.fixed_value(&mut r, &t)?);
            }
            let count = r.int(2).unwrap_or(0);
            let mut named = Vec::new();
            for _ in 0..count {
                named.push(self.named_argument(&mut r)?);
            }
            out.push(Pending { ctor, class, fixed, named });
        }
        Ok(out)
    }

    fn derives_from(&mut self, mut t: TypeId, base: TypeId) -> Result<bool> {
        for _ in 0..self.ts.types.len() {
            if t == base {
                return Ok(true);
            }
            match self.ts.parent(t)? {
                Some(p) => t = p,
                None => return Ok(false),
            }
        }
        Ok(false)
    }

    /// The setter `set_<name>` of `class` or a base.
    fn setter(&mut self, mut class: TypeId, name: &str) -> Result<Option<MethodKey>> {
        let wanted = format!("set_{name}");
        for _ in 0..self.ts.types.len() {
            let asm = self.ts.types[class as usize].asm;
            for row in self.ts.type_methods(class) {
                let img = self.ts.image(asm);
                let Some(m) = img.tables.method_def.get(row as usize - 1) else { continue };
                if img.string(m.name).ok() == Some(wanted.as_str()) {
                    return Ok(Some(self.ts.method_key_of(class, row)));
                }
            }
            match self.ts.parent(class)? {
                Some(p) => class = p,
                None => break,
            }
        }
        Ok(None)
    }
}

/// A value as the register that passes it: strings and types become objects (kept alive by
/// the caller's stack slots, which the collector scans).
///
/// # Safety
/// `ctx` is the live context on the VM thread, with no Rust borrow of the runtime active.
unsafe fn register(ctx: *mut VmContext, exec: *mut Exec, v: &Value) -> u64 {
    // SAFETY: forwarded contract.
    unsafe {
        match v {
            Value::Int(x, size) => match size {
                1 => *x as u8 as u64,
                2 => *x as u16 as u64,
                4 => *x as u32 as u64,
                _ => *x,
            },
            Value::Str(None) | Value::Type(None) => 0,
            Value::Str(Some(s)) => {
                let units: Vec<u16> = s.encode_utf16().collect();
                object::alloc_string(ctx, &units) as u64
            }
            Value::Type(Some(name)) => match (*exec).type_by_name(name).and_then(|t| (*exec).ts.ensure_layout(t).ok().map(|l| l.method_table)) {
                Some(mt) => crate::reflect::type_object(ctx, mt) as u64,
                None => 0,
            },
        }
    }
}

/// Calls `code` as an instance method of `this` with `args` in integer registers.
///
/// # Safety
/// `code` is compiled code of an instance method taking exactly `args.len()` integer-class
/// parameters.
unsafe fn call(ctx: *mut VmContext, code: *const u8, this: *mut Object, args: &[u64]) -> Result<()> {
    // SAFETY: forwarded contract: the signature matches the method's.
    unsafe {
        match *args {
            [] => std::mem::transmute::<*const u8, extern "C" fn(*mut VmContext, *mut Object)>(code)(ctx, this),
            [a] => std::mem::transmute::<*const u8, extern "C" fn(*mut VmContext, *mut Object, u64)>(code)(ctx, this, a),
            [a, b] => std::mem::transmute::<*const u8, extern "C" fn(*mut VmContext, *mut Object, u64, u64)>(code)(ctx, this, a, b),
            [a, b, c] => std::mem::transmute::<*const u8, extern "C" fn(*mut VmContext, *mut Object, u64, u64, u64)>(code)(ctx, this, a, b, c),
            [a, b, c, d] => {
                std::mem::transmute::<*const u8, extern "C" fn(*mut VmContext, *mut Object, u64, u64, u64, u64)>(code)(ctx, this, a, b, c, d)
            }
            _ => return Err(unsupported("more than four constructor parameters")),
        }
    }
    Ok(())
}

/// `Type.GetCustomAttributes`: a new `object[]` of the attributes on the type of `mt` whose
/// class is `filter`'s or derives from it (every one when `filter` is null). A managed
/// exception thrown by a constructor or setter is left pending, and null returned.
///
/// # Safety
/// `ctx` is the live context on the VM thread, with no Rust borrow of the runtime active;
/// `mt` and `filter` (or null) are live MethodTables.
pub unsafe fn custom_attributes(ctx: *mut VmContext, mt: *const MethodTable, filter: *const MethodTable) -> *mut Object {
    // SAFETY: forwarded contract.
    match unsafe { make_attributes(ctx, mt, filter) } {
        Ok(a) => a,
        Err(e) => crate::fault::throw_vm_error(ctx, &e),
    }
}

/// [`custom_attributes`], with the runtime's errors returned.
///
/// # Safety
/// As for [`custom_attributes`].
unsafe fn make_attributes(ctx: *mut VmContext, mt: *const MethodTable, filter: *const MethodTable) -> Result<*mut Object> {
    // SAFETY: forwarded contract; every borrow of the executor ends before managed code runs.
    unsafe {
        let exec = jit::exec(ctx);
        let filter = if filter.is_null() { None } else { Some((*filter).type_id) };
        let pending = (*exec).pending_attributes((*mt).type_id, filter)?;
        let element = match filter {
            Some(f) => RType::Class(f),
            None => RType::Object,
        };
        let array_mt = (*exec).ts.array_mt(&element)?;
        let array = object::alloc_array(ctx, array_mt, pending.len());
        for (i, p) in pending.iter().enumerate() {
            let layout = (*exec).ts.ensure_layout(p.class)?;
            let (class_mt, size) = (layout.method_table, layout.size as usize);
            let obj = object::gc_alloc(ctx, class_mt, size);
            // Stored at once: the array, a local of this frame, keeps it alive.
            object::array_elements::<*mut Object>(array)[i] = obj;
            let mut regs = [0u64; 4];
            if p.fixed.len() > regs.len() {
                return Err(unsupported("more than four constructor parameters"));
            }
            for (slot, v) in regs.iter_mut().zip(&p.fixed) {
                *slot = register(ctx, exec, v);
            }
            let code = jit::compile_entry(exec, p.ctor)?;
            call(ctx, code, obj, &regs[..p.fixed.len()])?;
            if !crate::fault::pending(ctx).is_null() {
                return Ok(std::ptr::null_mut());
            }
            for (is_field, name, v) in &p.named {
                let value = register(ctx, exec, v);
                if *is_field {
                    let Some(offset) = (*exec).ts.field_offset(p.class, name) else { continue };
                    let at = (obj as *mut u8).add(offset as usize);
                    match v {
                        Value::Int(_, 1) => at.write(value as u8),
                        Value::Int(_, 2) => (at as *mut u16).write_unaligned(value as u16),
                        Value::Int(_, 4) => (at as *mut u32).write_unaligned(value as u32),
                        _ => (at as *mut u64).write_unaligned(value),
                    }
                } else if let Some(key) = (*exec).setter(p.class, name)? {
                    let code = jit::compile_entry(exec, key)?;
                    call(ctx, code, obj, &[value])?;
                    if !crate::fault::pending(ctx).is_null() {
                        return Ok(std::ptr::null_mut());
                    }
                }
            }
        }
        Ok(array)
    }
}

/// A new array of `length` references to the class of `element` (object[] when null), for
/// the attributes `GetCustomAttributes` gathers from base types too.
///
/// # Safety
/// As for [`custom_attributes`].
pub unsafe fn new_array(ctx: *mut VmContext, element: *const MethodTable, length: usize) -> *mut Object {
    // SAFETY: forwarded contract.
    unsafe {
        let exec = jit::exec(ctx);
        let element = if element.is_null() { RType::Object } else { RType::Class((*element).type_id) };
        match (*exec).ts.array_mt(&element) {
            Ok(array_mt) => object::alloc_array(ctx, array_mt, length),
            Err(e) => crate::fault::throw_vm_error(ctx, &e),
        }
    }
}
