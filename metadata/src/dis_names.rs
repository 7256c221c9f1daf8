//! Names, types and member references in ilasm syntax (ECMA-335 II.5 - II.7), for the disassembler.

use crate::error::{MetadataError, Result};
use crate::reader::Image;
use crate::signature::{
    MethodSig, TypeSig, decode_field_sig, decode_method_sig, decode_method_spec, decode_type_spec,
    is_field_sig,
};
use crate::token::{TableId, Token};
use std::collections::HashMap;
use std::fmt::Write;

/// ilasm keywords that may also be member or parameter names; such names are single-quoted.
const KEYWORDS: &[&str] = &[
    "value",
    "method",
    "field",
    "class",
    "valuetype",
    "string",
    "object",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float32",
    "float64",
    "bool",
    "char",
    "void",
    "native",
    "unsigned",
    "instance",
    "static",
    "public",
    "private",
    "family",
    "assembly",
    "virtual",
    "final",
    "abstract",
    "sealed",
    "extends",
    "implements",
    "type",
    "event",
    "property",
    "in",
    "out",
    "opt",
    "default",
    "vararg",
    "explicit",
    "specialname",
    "rtspecialname",
    "literal",
    "initonly",
    "serializable",
    "managed",
    "cil",
    "il",
    "runtime",
    "auto",
    "ansi",
    "unicode",
    "autochar",
    "sequential",
    "interface",
    "nested",
    "import",
    "with",
    "to",
    "at",
    "catch",
    "filter",
    "finally",
    "fault",
    "handler",
    "init",
    "typedref",
    "object",
    "array",
    "pinned",
    "modreq",
    "modopt",
    "alignment",
    "bytearray",
    "nullref",
    "true",
    "false",
    "request",
    "demand",
    "assert",
    "deny",
    "permitonly",
    "linkcheck",
    "inheritcheck",
    "reqmin",
    "reqopt",
    "reqrefuse",
    "prejitgrant",
    "prejitdeny",
    "noncasdemand",
    "noncaslinkdemand",
    "noncasinheritance",
    "lasterr",
    "nomangle",
    "winapi",
    "cdecl",
    "stdcall",
    "thiscall",
    "fastcall",
    "synchronized",
    "noinlining",
    "forwardref",
    "internalcall",
    "preservesig",
    "beforefieldinit",
    "hidebysig",
    "newslot",
    "strict",
    "famandassem",
    "famorassem",
    "privatescope",
    "compilercontrolled",
    "notserialized",
    "pinvokeimpl",
    "unmanaged",
    "unmanagedexp",
    "reqsecobj",
    "marshal",
    "custom",
    "fixed",
    "sysstring",
    "variant",
    "currency",
    "syschar",
    "decimal",
    "date",
    "bstr",
    "tbstr",
    "lpstr",
    "lpwstr",
    "lptstr",
    "objectref",
    "iunknown",
    "idispatch",
    "struct",
    "safearray",
    "byvalstr",
    "lpvoid",
    "any",
    "error",
    "int",
    "float",
    "callconv",
    "mdtoken",
    "ldtoken",
    "method",
    "il",
    "tail",
    "volatile",
    "constrained",
    "readonly",
    "no",
    "unaligned",
    "typespec",
    "flags",
    "retval",
    "lcid",
    "is",
    "any",
    "not",
    "and",
    "or",
    "xor",
    "ldc",
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "shl",
    "shr",
    "neg",
    "pop",
    "dup",
    "ret",
    "jmp",
    "call",
    "calli",
    "box",
    "br",
    "switch",
    "throw",
    "rethrow",
    "nop",
    "break",
    "clt",
    "cgt",
    "ceq",
    "sizeof",
    "refanytype",
    "arglist",
    "localloc",
    "cpblk",
    "initblk",
    "endfilter",
    "endfinally",
    "leave",
    "newobj",
    "newarr",
    "castclass",
    "isinst",
    "unbox",
    "ldstr",
    "ldnull",
    "ldlen",
    "ckfinite",
    "mkrefany",
    "refanyval",
    "initobj",
    "stobj",
    "ldobj",
    "cpobj",
    "storage",
    "stream",
    "blob",
    "record",
    "vector",
    "hresult",
    "carray",
    "userdefined",
    "clsid",
    "lpstruct",
    "nullref",
    "notremotable",
    "legacy",
    "bestfit",
    "charmaperror",
    "on",
    "off",
    "miscellaneous",
];

/// Quotes a simple name when it is not an ilasm identifier (II.5.3) or is a keyword. `.ctor`/`.cctor` stay
/// bare (ilasm has them as method-name tokens).
pub fn quote_name(s: &str) -> String {
    if s == ".ctor" || s == ".cctor" {
        return s.to_string();
    }
    let mut chars = s.chars();
    let ident = match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || "_$@`?".contains(c) => {
            chars.all(|c| c.is_ascii_alphanumeric() || "_$@`?".contains(c))
        }
        _ => false,
    };
    if ident && !KEYWORDS.contains(&s) {
        return s.to_string();
    }
    let mut q = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => q.push_str("\\'"),
            '\\' => q.push_str("\\\\"),
            _ => q.push(c),
        }
    }
    q.push('\'');
    q
}

/// A dotted name (a namespace), quoting each part as needed.
pub fn quote_dotted(s: &str) -> String {
    s.split('.').map(quote_name).collect::<Vec<_>>().join(".")
}

/// Bytes as "01 02 AB " for `bytearray (...)` and `.publickeytoken = (...)`.
pub fn hex_bytes(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 3);
    for (i, x) in b.iter().enumerate() {
        if i > 0 && i % 16 == 0 {
            s.push('\n');
        }
        let _ = write!(s, "{x:02X} ");
    }
    s
}

/// A UTF-16 string as an ilasm literal: quoted with escapes when it is printable ASCII, otherwise
/// `bytearray (...)` of its UTF-16LE bytes (which keeps lone surrogates exact).
pub fn string_literal(units: &[u16]) -> String {
    if units
        .iter()
        .all(|&u| (0x20..0x7F).contains(&u) || u == 0x0A || u == 0x09 || u == 0x0D)
    {
        let mut s = String::from("\"");
        for &u in units {
            match u as u8 {
                b'"' => s.push_str("\\\""),
                b'\\' => s.push_str("\\\\"),
                b'\n' => s.push_str("\\n"),
                b'\t' => s.push_str("\\t"),
                b'\r' => s.push_str("\\r"),
                c => s.push(c as char),
            }
        }
        s.push('"');
        s
    } else {
        let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        format!("bytearray ({})", hex_bytes(&bytes))
    }
}

/// A Constant row's value (II.22.9) as an ilasm field/param initializer.
pub fn constant(ty: u8, v: &[u8]) -> String {
    use crate::signature::element_type as et;
    let le = |n: usize| -> u64 {
        let mut b = [0u8; 8];
        for (i, x) in v.iter().take(n).enumerate() {
            b[i] = *x;
        }
        u64::from_le_bytes(b)
    };
    match ty {
        et::BOOLEAN => format!("bool({})", if le(1) != 0 { "true" } else { "false" }),
        et::CHAR => format!("char(0x{:04X})", le(2)),
        // The unsigned kinds keep their own names, so ilasm writes the same element type back.
        et::I1 => format!("int8(0x{:02X})", le(1)),
        et::U1 => format!("uint8(0x{:02X})", le(1)),
        et::I2 => format!("int16(0x{:04X})", le(2)),
        et::U2 => format!("uint16(0x{:04X})", le(2)),
        et::I4 => format!("int32(0x{:08X})", le(4)),
        et::U4 => format!("uint32(0x{:08X})", le(4)),
        et::I8 => format!("int64(0x{:016X})", le(8)),
        et::U8 => format!("uint64(0x{:016X})", le(8)),
        // ilasm reads float constants given as integers as the raw bit pattern.
        et::R4 => format!("float32(0x{:08X})", le(4)),
        et::R8 => format!("float64(0x{:016X})", le(8)),
        et::STRING => {
            let units: Vec<u16> = v
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            string_literal(&units)
        }
        _ => "nullref".to_string(),
    }
}

/// Rows of the tables keyed by a parent column, grouped once so the disassembler stays linear on big
/// assemblies (values are 0-based row indexes, in table order).
#[derive(Default)]
pub struct Index {
    pub customs: HashMap<Token, Vec<usize>>,
    pub constants: HashMap<Token, usize>,
    pub semantics: HashMap<Token, Vec<usize>>,
    pub interfaces: HashMap<u32, Vec<usize>>,
    pub nested: HashMap<u32, Vec<u32>>,
    pub property_maps: HashMap<u32, Vec<u32>>,
    pub event_maps: HashMap<u32, Vec<u32>>,
    pub class_layout: HashMap<u32, usize>,
    pub field_layout: HashMap<u32, usize>,
    pub field_rva: HashMap<u32, usize>,
    pub impl_map: HashMap<Token, usize>,
    pub method_impl: HashMap<Token, Vec<usize>>,
    pub generic_params: HashMap<Token, Vec<usize>>,
    pub constraints: HashMap<u32, Vec<usize>>,
}

impl Index {
    pub fn new(img: &Image) -> Index {
        let t = &img.tables;
        let mut x = Index::default();
        for (i, r) in t.custom_attribute.iter().enumerate() {
            x.customs.entry(r.parent).or_default().push(i);
        }
        for (i, r) in t.constant.iter().enumerate() {
            x.constants.entry(r.parent).or_insert(i);
        }
        for (i, r) in t.method_semantics.iter().enumerate() {
            x.semantics.entry(r.association).or_default().push(i);
        }
        for (i, r) in t.interface_impl.iter().enumerate() {
            x.interfaces.entry(r.class).or_default().push(i);
        }
        for r in &t.nested_class {
            x.nested
                .entry(r.enclosing_class)
                .or_default()
                .push(r.nested_class);
        }
        for (i, r) in t.property_map.iter().enumerate() {
            x.property_maps
                .entry(r.parent)
                .or_default()
                .push(i as u32 + 1);
        }
        for (i, r) in t.event_map.iter().enumerate() {
            x.event_maps.entry(r.parent).or_default().push(i as u32 + 1);
        }
        for (i, r) in t.class_layout.iter().enumerate() {
            x.class_layout.entry(r.parent).or_insert(i);
        }
        for (i, r) in t.field_layout.iter().enumerate() {
            x.field_layout.entry(r.field).or_insert(i);
        }
        for (i, r) in t.field_rva.iter().enumerate() {
            x.field_rva.entry(r.field).or_insert(i);
        }
        for (i, r) in t.impl_map.iter().enumerate() {
            x.impl_map.entry(r.member_forwarded).or_insert(i);
        }
        for (i, r) in t.method_impl.iter().enumerate() {
            x.method_impl.entry(r.method_body).or_default().push(i);
        }
        for (i, r) in t.generic_param.iter().enumerate() {
            x.generic_params.entry(r.owner).or_default().push(i);
        }
        for (i, r) in t.generic_param_constraint.iter().enumerate() {
            x.constraints.entry(r.owner).or_default().push(i);
        }
        x
    }
}

/// Resolves tokens to ilasm text.
pub struct Names<'a> {
    pub img: &'a Image,
    pub idx: Index,
}

fn row_err(table: TableId, row: u32) -> MetadataError {
    MetadataError::BadRowIndex { table, row }
}

impl<'a> Names<'a> {
    /// A type token as a class reference: `Ns.Name`, `[asm]Ns.Name`, `Outer/Inner`, or a TypeSpec's type.
    pub fn type_token(&self, t: Token) -> Result<String> {
        let img = self.img;
        match t.table() {
            Some(TableId::TypeDef) => {
                let full = img.type_def_full_name(t.row())?;
                Ok(quote_type_path(&full))
            }
            Some(TableId::TypeRef) => {
                let full = quote_type_path(&img.type_ref_full_name(t.row())?);
                let scope = img.type_ref_scope(t.row());
                Ok(match scope.table() {
                    Some(TableId::AssemblyRef) => {
                        let r = img
                            .tables
                            .assembly_ref
                            .get((scope.row() as usize).wrapping_sub(1));
                        let r = r.ok_or(row_err(TableId::AssemblyRef, scope.row()))?;
                        format!("[{}]{full}", quote_name(img.string(r.name)?))
                    }
                    Some(TableId::ModuleRef) => {
                        let r = img
                            .tables
                            .module_ref
                            .get((scope.row() as usize).wrapping_sub(1));
                        let r = r.ok_or(row_err(TableId::ModuleRef, scope.row()))?;
                        format!("[.module {}]{full}", quote_name(img.string(r.name)?))
                    }
                    _ => full,
                })
            }
            Some(TableId::TypeSpec) => {
                let row = img.tables.type_spec.get((t.row() as usize).wrapping_sub(1));
                let row = row.ok_or(row_err(TableId::TypeSpec, t.row()))?;
                self.type_sig(&decode_type_spec(img.blob(row.signature)?)?)
            }
            _ => Err(MetadataError::BadToken {
                token: t,
                reason: "not a type token",
            }),
        }
    }

    /// Whether a TypeDef/TypeRef names a value type is not known without resolution, so signatures carry it
    /// (`class` vs `valuetype` come from the element type).
    pub fn type_sig(&self, t: &TypeSig) -> Result<String> {
        use TypeSig::*;
        Ok(match t {
            Void => "void".into(),
            Boolean => "bool".into(),
            Char => "char".into(),
            I1 => "int8".into(),
            U1 => "uint8".into(),
            I2 => "int16".into(),
            U2 => "uint16".into(),
            I4 => "int32".into(),
            U4 => "uint32".into(),
            I8 => "int64".into(),
            U8 => "uint64".into(),
            R4 => "float32".into(),
            R8 => "float64".into(),
            String => "string".into(),
            Object => "object".into(),
            IntPtr => "native int".into(),
            UIntPtr => "native unsigned int".into(),
            TypedByRef => "typedref".into(),
            Class(tok) => format!("class {}", self.type_token(*tok)?),
            ValueType(tok) => format!("valuetype {}", self.type_token(*tok)?),
            SzArray(e) => format!("{}[]", self.type_sig(e)?),
            Array {
                elem,
                rank,
                sizes,
                lo_bounds,
            } => {
                let dims: Vec<std::string::String> = (0..*rank as usize)
                    .map(|i| match (lo_bounds.get(i), sizes.get(i)) {
                        (Some(lo), Some(sz)) => format!("{lo}...{}", *lo as i64 + *sz as i64 - 1),
                        (Some(lo), None) => format!("{lo}..."),
                        (None, Some(sz)) => format!("0...{}", *sz as i64 - 1),
                        (None, None) => std::string::String::new(),
                    })
                    .collect();
                let dims = if *rank == 1 && dims[0].is_empty() {
                    "...".to_string()
                } else {
                    dims.join(",")
                };
                format!("{}[{dims}]", self.type_sig(elem)?)
            }
            ByRef(e) => format!("{}&", self.type_sig(e)?),
            Ptr(e) => format!("{}*", self.type_sig(e)?),
            GenericInst {
                is_value_type,
                ty,
                args,
            } => {
                let args: Result<Vec<std::string::String>> =
                    args.iter().map(|a| self.type_sig(a)).collect();
                let kw = if *is_value_type { "valuetype" } else { "class" };
                format!("{kw} {}<{}>", self.type_token(*ty)?, args?.join(", "))
            }
            Var(n) => format!("!{n}"),
            MVar(n) => format!("!!{n}"),
            Pinned(e) => format!("{} pinned", self.type_sig(e)?),
            CModReqd(tok, e) => format!("{} modreq({})", self.type_sig(e)?, self.type_token(*tok)?),
            CModOpt(tok, e) => format!("{} modopt({})", self.type_sig(e)?, self.type_token(*tok)?),
            FnPtr(m) => format!("method {}", self.sig_text(m, "*", "")?),
        })
    }

    /// `[instance] ret NAME<generic>(params)` with NAME given.
    fn sig_text(&self, m: &MethodSig, name: &str, generic: &str) -> Result<String> {
        let params: Result<Vec<String>> = m.params.iter().map(|p| self.type_sig(p)).collect();
        let mut s = String::new();
        if m.has_this {
            s.push_str("instance ");
        }
        if m.explicit_this {
            s.push_str("explicit ");
        }
        let _ = write!(
            s,
            "{} {name}{generic}({})",
            self.type_sig(&m.ret)?,
            params?.join(", ")
        );
        Ok(s)
    }

    /// The parent type of a member as used before `::`.
    fn parent_text(&self, parent: Token) -> Result<String> {
        match parent.table() {
            Some(TableId::TypeSpec) => self.type_token(parent),
            Some(TableId::ModuleRef) => {
                let r = self
                    .img
                    .tables
                    .module_ref
                    .get((parent.row() as usize).wrapping_sub(1));
                let r = r.ok_or(row_err(TableId::ModuleRef, parent.row()))?;
                Ok(format!(
                    "[.module {}]",
                    quote_name(self.img.string(r.name)?)
                ))
            }
            _ => self.type_token(parent),
        }
    }

    /// (parent text, name, signature blob) of a MethodDef, MemberRef or Field token.
    fn member_parts(&self, t: Token) -> Result<(Option<String>, String, &'a [u8])> {
        let img = self.img;
        match t.table() {
            Some(TableId::MethodDef) => {
                let m = img
                    .tables
                    .method_def
                    .get((t.row() as usize).wrapping_sub(1));
                let m = m.ok_or(row_err(TableId::MethodDef, t.row()))?;
                let owner = img.method_owner(t.row());
                let parent = if owner > 1 {
                    Some(self.type_token(Token::new(TableId::TypeDef, owner))?)
                } else {
                    None
                };
                Ok((
                    parent,
                    img.string(m.name)?.to_string(),
                    img.blob(m.signature)?,
                ))
            }
            Some(TableId::Field) => {
                let f = img.tables.field.get((t.row() as usize).wrapping_sub(1));
                let f = f.ok_or(row_err(TableId::Field, t.row()))?;
                let owner = img.field_owner(t.row());
                let parent = if owner > 1 {
                    Some(self.type_token(Token::new(TableId::TypeDef, owner))?)
                } else {
                    None
                };
                Ok((
                    parent,
                    img.string(f.name)?.to_string(),
                    img.blob(f.signature)?,
                ))
            }
            Some(TableId::MemberRef) => {
                let m = img
                    .tables
                    .member_ref
                    .get((t.row() as usize).wrapping_sub(1));
                let m = m.ok_or(row_err(TableId::MemberRef, t.row()))?;
                let parent = if m.class.table() == Some(TableId::MethodDef) {
                    // A vararg call site's MemberRef points at its MethodDef; use that method's owner.
                    let owner = img.method_owner(m.class.row());
                    if owner > 1 {
                        Some(self.type_token(Token::new(TableId::TypeDef, owner))?)
                    } else {
                        None
                    }
                } else {
                    Some(self.parent_text(m.class)?)
                };
                Ok((
                    parent,
                    img.string(m.name)?.to_string(),
                    img.blob(m.signature)?,
                ))
            }
            _ => Err(MetadataError::BadToken {
                token: t,
                reason: "not a member token",
            }),
        }
    }

    fn qualified(parent: Option<String>, name: &str) -> String {
        match parent {
            Some(p) => format!("{p}::{}", quote_name(name)),
            None => quote_name(name),
        }
    }

    /// A method operand: `instance void [mscorlib]System.Object::.ctor()`, with `<...>` for MethodSpecs.
    pub fn method_ref(&self, t: Token) -> Result<String> {
        if t.table() == Some(TableId::MethodSpec) {
            let ms = self
                .img
                .tables
                .method_spec
                .get((t.row() as usize).wrapping_sub(1));
            let ms = ms.ok_or(row_err(TableId::MethodSpec, t.row()))?;
            let args = decode_method_spec(self.img.blob(ms.instantiation)?)?;
            let args: Result<Vec<String>> = args.iter().map(|a| self.type_sig(a)).collect();
            let (parent, name, sig) = self.member_parts(ms.method)?;
            let m = decode_method_sig(sig)?;
            return self.sig_text(
                &m,
                &Self::qualified(parent, &name),
                &format!("<{}>", args?.join(", ")),
            );
        }
        let (parent, name, sig) = self.member_parts(t)?;
        let m = decode_method_sig(sig)?;
        self.sig_text(&m, &Self::qualified(parent, &name), "")
    }

    /// A field operand: `int32 Demo.Program::count`.
    pub fn field_ref(&self, t: Token) -> Result<String> {
        let (parent, name, sig) = self.member_parts(t)?;
        let ty = decode_field_sig(sig)?;
        Ok(format!(
            "{} {}",
            self.type_sig(&ty)?,
            Self::qualified(parent, &name)
        ))
    }

    /// Any member token for `ldtoken`: `field ...`, `method ...` or a type.
    pub fn ldtoken_operand(&self, t: Token) -> Result<String> {
        match t.table() {
            Some(TableId::Field) => Ok(format!("field {}", self.field_ref(t)?)),
            Some(TableId::MethodDef) | Some(TableId::MethodSpec) => {
                Ok(format!("method {}", self.method_ref(t)?))
            }
            Some(TableId::MemberRef) => {
                let (_, _, sig) = self.member_parts(t)?;
                if is_field_sig(sig) {
                    Ok(format!("field {}", self.field_ref(t)?))
                } else {
                    Ok(format!("method {}", self.method_ref(t)?))
                }
            }
            _ => self.type_token(t),
        }
    }

    /// A StandAloneSig used by `calli`: `ret(params)`.
    pub fn calli_sig(&self, t: Token) -> Result<String> {
        let r = self
            .img
            .tables
            .stand_alone_sig
            .get((t.row() as usize).wrapping_sub(1));
        let r = r.ok_or(row_err(TableId::StandAloneSig, t.row()))?;
        let m = decode_method_sig(self.img.blob(r.signature)?)?;
        self.sig_text(&m, "", "")
    }

    /// `<T, U>` for a type or method with generic parameters (with constraints), or "".
    pub fn generic_params(&self, owner: Token) -> Result<String> {
        let img = self.img;
        let mut ps = Vec::new();
        for &i in self
            .idx
            .generic_params
            .get(&owner)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let gp = &img.tables.generic_param[i];
            let mut s = String::new();
            match gp.flags & 0x3 {
                1 => s.push_str("+ "),
                2 => s.push_str("- "),
                _ => {}
            }
            if gp.flags & 0x4 != 0 {
                s.push_str("class ");
            }
            if gp.flags & 0x8 != 0 {
                s.push_str("valuetype ");
            }
            if gp.flags & 0x10 != 0 {
                s.push_str(".ctor ");
            }
            let row = i as u32 + 1;
            let cs: Result<Vec<String>> = self
                .idx
                .constraints
                .get(&row)
                .map(Vec::as_slice)
                .unwrap_or(&[])
                .iter()
                .map(|&c| {
                    let c = &img.tables.generic_param_constraint[c];
                    self.type_token(c.constraint)
                        .map(|t| constraint_type(c.constraint, t))
                })
                .collect();
            let cs = cs?;
            if !cs.is_empty() {
                let _ = write!(s, "({}) ", cs.join(", "));
            }
            s.push_str(&quote_name(img.string(gp.name)?));
            ps.push(s);
        }
        Ok(if ps.is_empty() {
            String::new()
        } else {
            format!("<{}>", ps.join(", "))
        })
    }

    /// Size in bytes of a field type, for `.data` of FieldRVA fields (primitive types or a TypeDef with
    /// a ClassLayout size).
    pub fn type_size(&self, t: &TypeSig) -> Option<u32> {
        use TypeSig::*;
        Some(match t {
            Boolean | I1 | U1 => 1,
            Char | I2 | U2 => 2,
            I4 | U4 | R4 => 4,
            I8 | U8 | R8 => 8,
            ValueType(tok) if tok.table() == Some(TableId::TypeDef) => {
                self.img.tables.class_layout[*self.idx.class_layout.get(&tok.row())?].class_size
            }
            _ => return None,
        })
    }
}

/// TypeSpec constraints print as types; TypeDef/TypeRef constraints need `class` in ilasm's grammar.
fn constraint_type(tok: Token, text: String) -> String {
    if tok.table() == Some(TableId::TypeSpec) {
        text
    } else {
        format!("class {text}")
    }
}

/// Quotes each part of "Ns.Name/Inner" as needed.
fn quote_type_path(full: &str) -> String {
    full.split('/')
        .map(quote_dotted)
        .collect::<Vec<_>>()
        .join("/")
}
