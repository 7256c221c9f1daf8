//! Custom attributes as objects, for `Type.GetCustomAttributes`: a type's CustomAttribute rows
//! (ECMA-335 II.22.10), their value blobs decoded (II.23.3), and each attribute made the way
//! the CLR makes it: the constructor called with the fixed arguments, then the named fields
//! set and the named properties' setters called. Floor 5 (the runtime): it runs managed code.
//!
//! Arguments are passed in registers by class (`call`): integers, enums, strings, types,
//! arrays and boxes in integer registers, floats and doubles in floating-point ones.

use crate::error::{Result, VmError};
use crate::jit::{self, Exec};
use crate::loader::{MethodKey, RType};
use crate::object::{self, MethodTable, Object, VmContext};
use crate::types::{TypeId, ValKind};
use metadata::{TableId, Token};

/// A decoded argument: an integer (or enum) of `size` bytes, a float's bits, a string, a type
/// named by its name, an array of `elem` (None: null), or a value boxed as `object` with the
/// type it is boxed as.
#[derive(Clone, Debug)]
enum Value {
    Int(u64, u32),
    Float(u64, u32),
    Str(Option<String>),
    Type(Option<String>),
    Array(RType, Option<Vec<Value>>),
    Boxed(RType, Box<Value>),
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

impl Exec {
    /// The value of a fixed argument of parameter type `t` (II.23.3 Elem): an array is its
    /// count (0xFFFFFFFF for null) and elements; an `object` is a FieldOrPropType tag, then
    /// the value in that type.
    fn fixed_value(&mut self, r: &mut Reader<'_>, t: &RType) -> Result<Value> {
        Ok(match t {
            RType::String => Value::Str(r.ser_string()?),
            RType::Bool | RType::I1 | RType::U1 => Value::Int(r.int(1)?, 1),
            RType::Char | RType::I2 | RType::U2 => Value::Int(r.int(2)?, 2),
            RType::I4 | RType::U4 => Value::Int(r.int(4)?, 4),
            RType::I8 | RType::U8 => Value::Int(r.int(8)?, 8),
            RType::R4 => Value::Float(r.int(4)?, 4),
            RType::R8 => Value::Float(r.int(8)?, 8),
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
            RType::SzArray(elem) => {
                let count = r.int(4)? as u32;
                if count == u32::MAX {
                    Value::Array((**elem).clone(), None)
                } else {
                    let mut items = Vec::with_capacity(count.min(1 << 16) as usize);
                    for _ in 0..count {
                        items.push(self.fixed_value(r, elem)?);
                    }
                    Value::Array((**elem).clone(), Some(items))
                }
            }
            RType::Object => {
                let boxed = self.prop_type(r)?;
                let value = self.fixed_value(r, &boxed)?;
                Value::Boxed(boxed, Box::new(value))
            }
            _ => return Err(unsupported("this type")),
        })
    }

    /// A FieldOrPropType (II.23.3): an element type byte, 0x50 for System.Type, 0x51 for a
    /// boxed object, 0x1D and an element type for an array, 0x55 and a name for an enum.
    fn prop_type(&mut self, r: &mut Reader<'_>) -> Result<RType> {
        let code = *r.take(1)?.first().unwrap_or(&0);
        Ok(match code {
            0x02 => RType::Bool,
            0x03 => RType::Char,
            0x04 => RType::I1,
            0x05 => RType::U1,
            0x06 => RType::I2,
            0x07 => RType::U2,
            0x08 => RType::I4,
            0x09 => RType::U4,
            0x0A => RType::I8,
            0x0B => RType::U8,
            0x0C => RType::R4,
            0x0D => RType::R8,
            0x0E => RType::String,
            0x50 => match self.ts.find_type(0, "System", "Type") {
                Some(t) => RType::Class(t),
                None => return Err(unsupported("System.Type")),
            },
            0x51 => RType::Object,
            0x1D => RType::SzArray(Box::new(self.prop_type(r)?)),
            0x55 => {
                let name = r.ser_string()?.unwrap_or_default();
                match self.type_by_name(&name) {
                    Some(tid) => RType::Value(tid),
                    None => return Err(VmError::MissingType(name)),
                }
            }
            _ => return Err(bad("a custom attribute blob names an unknown type")),
        })
    }

    fn is_system_type(&self, tid: TypeId) -> bool {
        let t = &self.ts.types[tid as usize];
        t.asm == 0 && t.namespace == "System" && t.name == "Type"
    }

    /// A named argument (II.23.3): FIELD (0x53) or PROPERTY (0x54), its type
    /// (FieldOrPropType), its name, its value.
    fn named_argument(&mut self, r: &mut Reader<'_>) -> Result<Named> {
        let is_field = *r.take(1)?.first().unwrap_or(&0) == 0x53;
        let ty = self.prop_type(r)?;
        let name = r.ser_string()?.unwrap_or_default();
        let value = self.fixed_value(r, &ty)?;
        Ok((is_field, name, value))
    }

    /// A type by its serialized name (II.23.3, reflection's notation): a named type, its
    /// generic arguments in brackets (`G`1[[System.Int32, mscorlib]]`, or unqualified
    /// `G`1[System.Int32]`), array suffixes (`[]`, `[,]`), and its assembly after a comma.
    fn type_from_name(&mut self, name: &str) -> Option<RType> {
        let mut rest = name[..top_level_comma(name).unwrap_or(name.len())].trim();
        // Array suffixes, read from the end: the last is the outermost array.
        let mut ranks = Vec::new();
        while rest.ends_with(']') {
            let open = matching_open(rest)?;
            let inside = &rest[open + 1..rest.len() - 1];
            if !inside.chars().all(|c| c == ',' || c == '*' || c == ' ') {
                break;
            }
            ranks.push(if inside.is_empty() { None } else { Some(inside.matches(',').count() as u32 + 1) });
            rest = &rest[..open];
        }
        let mut ty = match rest.find('[') {
            None => self.ts.normalize(self.type_by_name(rest)?),
            Some(open) if rest.ends_with(']') => {
                let def = self.type_by_name(&rest[..open])?;
                let list = &rest[open + 1..rest.len() - 1];
                let mut args = Vec::new();
                let mut start = 0;
                for end in top_level_commas(list).into_iter().chain([list.len()]) {
                    let arg = list[start..end].trim();
                    let arg = arg.strip_prefix('[').and_then(|a| a.strip_suffix(']')).unwrap_or(arg);
                    args.push(self.type_from_name(arg)?);
                    start = end + 1;
                }
                let tid = self.ts.instantiate(def, args).ok()?;
                self.ts.normalize(tid)
            }
            Some(_) => return None,
        };
        for rank in ranks.into_iter().rev() {
            ty = match rank {
                None => RType::SzArray(Box::new(ty)),
                Some(r) => RType::Array(Box::new(ty), r),
            };
        }
        Some(ty)
    }

    /// A named type by the name a blob gives it (`Ns.Name`, maybe `, Assembly, Version=…`,
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
        // `[Serializable]` is kept as the type's flag (II.23.1.15), and reflection gives it
        // back as an attribute after the others, as the CLR does.
        let flags = self.ts.image(asm).tables.type_def.get(row as usize - 1).map_or(0, |t| t.flags);
        if flags & 0x2000 != 0
            && let Some(class) = self.type_by_name("System.SerializableAttribute")
            && (filter.is_none_or(|f| self.derives_from(class, f).unwrap_or(false)))
            && let Some(ctor) = self.method_named(class, ".ctor")
        {
            out.push(Pending { ctor, class, fixed: Vec::new(), named: Vec::new() });
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

    /// The first method of `class` itself named `name`.
    fn method_named(&mut self, class: TypeId, name: &str) -> Option<MethodKey> {
        let row = {
            let img = self.ts.image(self.ts.types[class as usize].asm);
            self.ts.type_methods(class).find(|&row| img.tables.method_def.get(row as usize - 1).is_some_and(|m| img.string(m.name).ok() == Some(name)))?
        };
        Some(self.ts.method_key_of(class, row))
    }

    /// The setter `set_<name>` of `class` or a base.
    fn setter(&mut self, mut class: TypeId, name: &str) -> Result<Option<MethodKey>> {
        let wanted = format!("set_{name}");
        for _ in 0..self.ts.types.len() {
            if let Some(key) = self.method_named(class, &wanted) {
                return Ok(Some(key));
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
unsafe fn register(ctx: *mut VmContext, exec: *mut Exec, v: &Value) -> Result<u64> {
    // SAFETY: forwarded contract.
    unsafe {
        Ok(match v {
            Value::Int(x, size) | Value::Float(x, size) => match size {
                1 => *x as u8 as u64,
                2 => *x as u16 as u64,
                4 => *x as u32 as u64,
                _ => *x,
            },
            Value::Array(_, None) => 0,
            Value::Array(elem, Some(items)) => {
                let mt = (*exec).ts.array_mt(elem)?;
                let size = (*exec).ts.kind_of(elem)?.size() as usize;
                let array = object::alloc_array(ctx, mt, items.len());
                // The array is a local of this frame, so the collector keeps it while the
                // elements (strings, types, boxes) are made.
                let base = object::array_elements::<u8>(array).as_mut_ptr();
                for (i, item) in items.iter().enumerate() {
                    let bits = register(ctx, exec, item)?;
                    write_sized(base.add(i * size), bits, size);
                }
                array as u64
            }
            Value::Boxed(ty, inner) => match **inner {
                Value::Int(..) | Value::Float(..) => {
                    let mt = (*exec).ts.mt_of(ty)?;
                    let size = (*exec).ts.kind_of(ty)?.size() as usize;
                    let bits = register(ctx, exec, inner)?;
                    let obj = object::gc_alloc(ctx, mt, (*mt).base_size as usize);
                    write_sized((obj as *mut u8).add(crate::types::HEADER_SIZE as usize), bits, size);
                    obj as u64
                }
                _ => register(ctx, exec, inner)?,
            },
            Value::Str(None) | Value::Type(None) => 0,
            Value::Str(Some(s)) => {
                let units: Vec<u16> = s.encode_utf16().collect();
                object::alloc_string(ctx, &units) as u64
            }
            Value::Type(Some(name)) => {
                // A generic definition (`typeof(C<>)`) has no layout: its Type object is the
                // one `ldtoken` gives it.
                let mt = match (*exec).type_from_name(name) {
                    Some(RType::Class(t) | RType::Value(t)) if (*exec).ts.is_generic_type_definition(t) => Some((*exec).ts.open_type_mt(t)),
                    Some(t) => (*exec).ts.mt_of(&t).ok(),
                    None => None,
                };
                match mt {
                    Some(mt) => crate::reflect::type_object(ctx, mt) as u64,
                    None => 0,
                }
            }
        })
    }
}

/// The byte offsets of the commas of `s` outside brackets.
fn top_level_commas(s: &str) -> Vec<usize> {
    let mut depth = 0i32;
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => out.push(i),
            _ => {}
        }
    }
    out
}

/// Where a serialized type name's assembly begins (its first comma outside brackets).
fn top_level_comma(s: &str) -> Option<usize> {
    top_level_commas(s).first().copied()
}

/// The offset of the `[` that the final `]` of `s` closes.
fn matching_open(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Stores the low `size` bytes of `bits` at `at` (an array element or a field).
///
/// # Safety
/// `at` is valid for `size` bytes.
unsafe fn write_sized(at: *mut u8, bits: u64, size: usize) {
    // SAFETY: forwarded contract.
    unsafe {
        match size {
            1 => at.write(bits as u8),
            2 => (at as *mut u16).write_unaligned(bits as u16),
            4 => (at as *mut u32).write_unaligned(bits as u32),
            _ => (at as *mut u64).write_unaligned(bits),
        }
    }
}

/// Calls `code` as an instance method of `this` whose integer-class arguments are `ints` and
/// whose floating-point ones are `floats`, each list in parameter order. The C calling
/// conventions JIT code follows (System V on x86-64, AAPCS64) give the two classes separate
/// registers, filled in order, so the callee finds every argument where it looks whatever
/// their interleaving; unused registers are ignored. A float travels as its bits in the low
/// half of a double.
///
/// # Safety
/// `code` is compiled code of an instance method whose parameters are exactly `ints` and
/// `floats` in those classes (at most four of each).
unsafe fn call(ctx: *mut VmContext, code: *const u8, this: *mut Object, ints: &[u64], floats: &[u64]) -> Result<()> {
    if ints.len() > 4 || floats.len() > 4 {
        return Err(unsupported("more than four constructor parameters of one kind"));
    }
    let mut i = [0u64; 4];
    i[..ints.len()].copy_from_slice(ints);
    let mut f = [0f64; 4];
    for (slot, bits) in f.iter_mut().zip(floats) {
        *slot = f64::from_bits(*bits);
    }
    type Entry = extern "C" fn(*mut VmContext, *mut Object, u64, u64, u64, u64, f64, f64, f64, f64);
    // SAFETY: forwarded contract: the registers the callee reads hold its arguments.
    unsafe { std::mem::transmute::<*const u8, Entry>(code)(ctx, this, i[0], i[1], i[2], i[3], f[0], f[1], f[2], f[3]) };
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
            // Each argument in its register class; the objects made here stay in these
            // locals, which the collector scans, until the constructor has them.
            let (mut ints, mut floats) = (Vec::new(), Vec::new());
            for v in &p.fixed {
                let bits = register(ctx, exec, v)?;
                if matches!(v, Value::Float(..)) { floats.push(bits) } else { ints.push(bits) }
            }
            let code = jit::compile_entry(exec, p.ctor)?;
            call(ctx, code, obj, &ints, &floats)?;
            if !crate::fault::pending(ctx).is_null() {
                return Ok(std::ptr::null_mut());
            }
            for (is_field, name, v) in &p.named {
                let value = register(ctx, exec, v)?;
                if *is_field {
                    let Some(offset) = (*exec).ts.field_offset(p.class, name) else { continue };
                    let size = match v {
                        Value::Int(_, size) | Value::Float(_, size) => *size as usize,
                        _ => 8,
                    };
                    write_sized((obj as *mut u8).add(offset as usize), value, size);
                } else if let Some(key) = (*exec).setter(p.class, name)? {
                    let code = jit::compile_entry(exec, key)?;
                    if matches!(v, Value::Float(..)) {
                        call(ctx, code, obj, &[], &[value])?;
                    } else {
                        call(ctx, code, obj, &[value], &[])?;
                    }
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
