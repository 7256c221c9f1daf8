//! Disassembler: an [`Image`] as ilasm source (ECMA-335 Partition II syntax, VI.C grammar) that Mono's
//! `ilasm` assembles again. Declarations live here; types, member references and instructions are printed
//! by `dis_names` and `dis_body`.

use crate::dis_body::write_body;
use crate::dis_names::{Names, hex_bytes, quote_name};
use crate::error::Result;
use crate::reader::Image;
use crate::signature::{decode_field_sig, decode_method_sig, decode_property_sig};
use crate::token::{TableId, Token};
use crate::writer::ModuleKind;
use std::fmt::Write;

/// Disassembles the whole image.
pub fn disassemble(img: &Image) -> Result<String> {
    let mut d = Dis {
        img,
        n: Names {
            img,
            idx: crate::dis_names::Index::new(img),
        },
        out: String::new(),
        data_labels: Vec::new(),
    };
    d.header()?;
    // `<Module>` (TypeDef row 1) holds global fields and methods: print them at the top level.
    if !img.tables.type_def.is_empty() {
        d.members(1, "")?;
    }
    for row in 2..=img.tables.type_def.len() as u32 {
        if img.enclosing_type(row).is_none() {
            d.class(row, "", 0)?;
        }
    }
    d.data_section()?;
    Ok(d.out)
}

struct Dis<'a> {
    img: &'a Image,
    n: Names<'a>,
    out: String,
    /// FieldRVA data to print as `.data` (label, bytes).
    data_labels: Vec<(String, Vec<u8>)>,
}

// Writing to a String cannot fail.
macro_rules! w {
    ($d:expr, $($arg:tt)*) => { let _ = writeln!($d.out, $($arg)*); };
}

impl<'a> Dis<'a> {
    fn header(&mut self) -> Result<()> {
        let img = self.img;
        for r in &img.tables.assembly_ref {
            w!(self, ".assembly extern {}", quote_name(img.string(r.name)?));
            w!(self, "{{");
            w!(
                self,
                "  .ver {}:{}:{}:{}",
                r.major_version,
                r.minor_version,
                r.build_number,
                r.revision_number
            );
            let key = img.blob(r.public_key_or_token)?;
            if !key.is_empty() {
                let kw = if r.flags & 1 != 0 {
                    ".publickey"
                } else {
                    ".publickeytoken"
                };
                w!(self, "  {kw} = ({})", hex_bytes(key));
            }
            let culture = img.string(r.culture)?;
            if !culture.is_empty() {
                w!(self, "  .culture \"{}\"", culture);
            }
            w!(self, "}}");
        }
        for r in &img.tables.module_ref {
            w!(self, ".module extern {}", quote_name(img.string(r.name)?));
        }
        if let Some(a) = img.tables.assembly.first() {
            w!(self, ".assembly {}", quote_name(img.string(a.name)?));
            w!(self, "{{");
            self.customs(Token::new(TableId::Assembly, 1), "  ")?;
            w!(self, "  .hash algorithm 0x{:08x}", a.hash_alg_id);
            w!(
                self,
                "  .ver {}:{}:{}:{}",
                a.major_version,
                a.minor_version,
                a.build_number,
                a.revision_number
            );
            let key = img.blob(a.public_key)?;
            if !key.is_empty() {
                w!(self, "  .publickey = ({})", hex_bytes(key));
            }
            w!(self, "}}");
        }
        if let Some(m) = img.tables.module.first() {
            w!(self, ".module {}", quote_name(img.string(m.name)?));
            self.customs(Token::new(TableId::Module, 1), "")?;
        }
        if img.kind == ModuleKind::Dll {
            w!(self, "// library (.dll)");
        }
        w!(self, "");
        Ok(())
    }

    /// The row list an index gives for a key (empty when absent).
    /// (Copied out so the caller may keep writing to `self.out`.)
    fn rows(&self, f: impl Fn(&crate::dis_names::Index) -> Option<&Vec<usize>>) -> Vec<usize> {
        f(&self.n.idx).cloned().unwrap_or_default()
    }

    fn customs(&mut self, parent: Token, indent: &str) -> Result<()> {
        let img = self.img;
        for &i in self
            .n
            .idx
            .customs
            .get(&parent)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let ca = &img.tables.custom_attribute[i];
            let ctor = self.n.method_ref(ca.ty)?;
            let value = self.img.blob(ca.value)?;
            w!(self, "{indent}.custom {ctor} = ({})", hex_bytes(value));
        }
        Ok(())
    }

    fn class(&mut self, row: u32, indent: &str, depth: u32) -> Result<()> {
        let img = self.img;
        if depth > 32 {
            return Err(crate::MetadataError::Invalid(
                "nested classes too deep or cyclic",
            ));
        }
        let t = &img.tables.type_def[row as usize - 1];
        let name = img.string(t.name)?;
        let ns = img.string(t.namespace)?;
        let full = if ns.is_empty() || img.enclosing_type(row).is_some() {
            quote_name(name)
        } else {
            format!(
                "{}.{}",
                crate::dis_names::quote_dotted(ns),
                quote_name(name)
            )
        };
        let generics = self.n.generic_params(Token::new(TableId::TypeDef, row))?;
        w!(
            self,
            "{indent}.class {}{full}{generics}",
            type_flags(t.flags)
        );
        if !t.extends.is_nil() {
            w!(
                self,
                "{indent}       extends {}",
                self.n.type_token(t.extends)?
            );
        }
        let ifaces: Vec<Token> = self
            .rows(|x| x.interfaces.get(&row))
            .iter()
            .map(|&i| img.tables.interface_impl[i].interface)
            .collect();
        if !ifaces.is_empty() {
            let names: Result<Vec<String>> = ifaces.iter().map(|&i| self.n.type_token(i)).collect();
            w!(self, "{indent}       implements {}", names?.join(", "));
        }
        w!(self, "{indent}{{");
        let inner = format!("{indent}  ");
        self.customs(Token::new(TableId::TypeDef, row), &inner)?;
        if let Some(l) = self
            .n
            .idx
            .class_layout
            .get(&row)
            .map(|&i| &img.tables.class_layout[i])
        {
            w!(self, "{inner}.pack {}", l.packing_size);
            w!(self, "{inner}.size {}", l.class_size);
        }
        self.members(row, &inner)?;
        let nested: Vec<u32> = self.n.idx.nested.get(&row).cloned().unwrap_or_default();
        for n in nested {
            if n != row && n >= 1 && n as usize <= img.tables.type_def.len() {
                self.class(n, &inner, depth + 1)?;
            }
        }
        w!(
            self,
            "{indent}}} // end of class {}",
            self.img.type_def_full_name(row)?
        );
        w!(self, "");
        Ok(())
    }

    /// Fields, methods, properties and events of a type.
    fn members(&mut self, row: u32, indent: &str) -> Result<()> {
        let img = self.img;
        for f in img.type_fields(row) {
            self.field(f, indent)?;
        }
        for m in img.type_methods(row) {
            // One method ilasm syntax cannot express (e.g. a vararg signature, unsupported for now) becomes a
            // comment instead of failing the whole listing.
            let saved = std::mem::take(&mut self.out);
            let r = self.method(m, indent);
            let text = std::mem::replace(&mut self.out, saved);
            match r {
                Ok(()) => self.out.push_str(&text),
                Err(e) => {
                    w!(self, "{indent}// MethodDef row {m} not disassembled: {e}");
                }
            }
        }
        let maps: Vec<u32> = self
            .n
            .idx
            .property_maps
            .get(&row)
            .cloned()
            .unwrap_or_default();
        for map in maps {
            for p in img.property_map_properties(map) {
                let prop = &img.tables.property[p as usize - 1];
                let sig = decode_property_sig(img.blob(prop.ty)?)?;
                let params: Result<Vec<String>> =
                    sig.params.iter().map(|t| self.n.type_sig(t)).collect();
                w!(
                    self,
                    "{indent}.property {}{}{} {}({})",
                    if prop.flags & 0x0200 != 0 {
                        "specialname "
                    } else {
                        ""
                    },
                    if sig.has_this { "instance " } else { "" },
                    self.n.type_sig(&sig.ret)?,
                    quote_name(img.string(prop.name)?),
                    params?.join(", ")
                );
                w!(self, "{indent}{{");
                self.customs(Token::new(TableId::Property, p), &format!("{indent}  "))?;
                self.semantics(Token::new(TableId::Property, p), indent)?;
                w!(self, "{indent}}}");
            }
        }
        let maps: Vec<u32> = self.n.idx.event_maps.get(&row).cloned().unwrap_or_default();
        for map in maps {
            for e in img.event_map_events(map) {
                let ev = &img.tables.event[e as usize - 1];
                w!(
                    self,
                    "{indent}.event {}{}",
                    self.n.type_token(ev.event_type)?,
                    { format!(" {}", quote_name(img.string(ev.name)?)) }
                );
                w!(self, "{indent}{{");
                self.customs(Token::new(TableId::Event, e), &format!("{indent}  "))?;
                self.semantics(Token::new(TableId::Event, e), indent)?;
                w!(self, "{indent}}}");
            }
        }
        Ok(())
    }

    fn semantics(&mut self, assoc: Token, indent: &str) -> Result<()> {
        let img = self.img;
        for i in self.rows(|x| x.semantics.get(&assoc)) {
            let s = &img.tables.method_semantics[i];
            let kw = match s.semantics {
                0x1 => ".set",
                0x2 => ".get",
                0x8 => ".addon",
                0x10 => ".removeon",
                0x20 => ".fire",
                _ => ".other",
            };
            let m = self
                .n
                .method_ref(Token::new(TableId::MethodDef, s.method))?;
            w!(self, "{indent}  {kw} {m}");
        }
        Ok(())
    }

    fn field(&mut self, row: u32, indent: &str) -> Result<()> {
        let img = self.img;
        let f = &img.tables.field[row as usize - 1];
        let ty = decode_field_sig(img.blob(f.signature)?)?;
        let tok = Token::new(TableId::Field, row);
        let mut line = format!("{indent}.field ");
        if let Some(l) = self
            .n
            .idx
            .field_layout
            .get(&row)
            .map(|&i| &img.tables.field_layout[i])
        {
            let _ = write!(line, "[{}] ", l.offset);
        }
        let _ = write!(
            line,
            "{}{} {}",
            field_flags(f.flags),
            self.n.type_sig(&ty)?,
            quote_name(img.string(f.name)?)
        );
        if let Some(c) = self
            .n
            .idx
            .constants
            .get(&tok)
            .map(|&i| &img.tables.constant[i])
        {
            let _ = write!(
                line,
                " = {}",
                crate::dis_names::constant(c.ty, img.blob(c.value)?)
            );
        }
        if let Some(r) = self
            .n
            .idx
            .field_rva
            .get(&row)
            .map(|&i| &img.tables.field_rva[i])
        {
            let label = format!("D_{:08X}", r.rva);
            let size = self.n.type_size(&ty).unwrap_or(0);
            let data = img
                .slice_at_rva(r.rva)
                .ok()
                .and_then(|s| s.get(..size as usize))
                .unwrap_or(&[])
                .to_vec();
            let _ = write!(line, " at {label}");
            if !self.data_labels.iter().any(|(l, _)| *l == label) {
                self.data_labels.push((label, data));
            }
        }
        w!(self, "{line}");
        self.customs(tok, indent)?;
        Ok(())
    }

    fn method(&mut self, row: u32, indent: &str) -> Result<()> {
        let img = self.img;
        let m = &img.tables.method_def[row as usize - 1];
        let sig = decode_method_sig(img.blob(m.signature)?)?;
        let tok = Token::new(TableId::MethodDef, row);
        let mut head = format!("{indent}.method {}", method_flags(m.flags));
        if m.flags & 0x2000 != 0
            && let Some(map) = self
                .n
                .idx
                .impl_map
                .get(&tok)
                .map(|&i| &img.tables.impl_map[i])
        {
            let lib = img
                .tables
                .module_ref
                .get((map.import_scope as usize).wrapping_sub(1))
                .map(|r| img.string(r.name))
                .transpose()?
                .unwrap_or("");
            let _ = write!(
                head,
                "pinvokeimpl(\"{lib}\" as \"{}\"{}) ",
                img.string(map.import_name)?,
                pinvoke_flags(map.mapping_flags)
            );
        }
        if sig.has_this {
            head.push_str("instance ");
        }
        if sig.explicit_this {
            head.push_str("explicit ");
        }
        // Parameter names and attributes come from Param rows (sequence 0 is the return value).
        let params: Vec<_> = img
            .method_params(row)
            .map(|p| img.tables.param[p as usize - 1].clone())
            .collect();
        let mut ps = Vec::new();
        for (i, t) in sig.params.iter().enumerate() {
            let p = params.iter().find(|p| p.sequence as usize == i + 1);
            let mut s = String::new();
            if let Some(p) = p {
                if p.flags & 0x1 != 0 {
                    s.push_str("[in] ");
                }
                if p.flags & 0x2 != 0 {
                    s.push_str("[out] ");
                }
                if p.flags & 0x10 != 0 {
                    s.push_str("[opt] ");
                }
            }
            s.push_str(&self.n.type_sig(t)?);
            match p.map(|p| img.string(p.name)).transpose()? {
                Some(name) if !name.is_empty() => {
                    s.push(' ');
                    s.push_str(&quote_name(name));
                }
                _ => {
                    let _ = write!(s, " A_{}", i + sig.has_this as usize);
                }
            }
            ps.push(s);
        }
        let generics = self.n.generic_params(tok)?;
        let _ = write!(
            head,
            "{} {}{generics}({}) {}",
            self.n.type_sig(&sig.ret)?,
            quote_name(img.string(m.name)?),
            ps.join(", "),
            impl_flags(m.impl_flags)
        );
        w!(self, "{head}");
        w!(self, "{indent}{{");
        let inner = format!("{indent}  ");
        if self.img.entry_point == tok {
            w!(self, "{inner}.entrypoint");
        }
        self.customs(tok, &inner)?;
        for p in img.method_params(row) {
            let prow = &img.tables.param[p as usize - 1];
            let ptok = Token::new(TableId::Param, p);
            let c = self
                .n
                .idx
                .constants
                .get(&ptok)
                .map(|&i| &img.tables.constant[i]);
            let has_ca = self.n.idx.customs.contains_key(&ptok);
            if c.is_some() || has_ca {
                match c {
                    Some(c) => {
                        w!(
                            self,
                            "{inner}.param [{}] = {}",
                            prow.sequence,
                            crate::dis_names::constant(c.ty, img.blob(c.value)?)
                        );
                    }
                    None => {
                        w!(self, "{inner}.param [{}]", prow.sequence);
                    }
                }
                self.customs(ptok, &inner)?;
            }
        }
        for i in self.rows(|x| x.method_impl.get(&tok)) {
            let mi = &img.tables.method_impl[i];
            // The `method` form carries the declaration's own signature (with `!0` for generic interfaces),
            // which the short `Type::Name` form would take from this method instead.
            let decl = self.n.method_ref(mi.method_declaration)?;
            w!(self, "{inner}.override method {decl}");
        }
        if let Some(body) = img.method_body(row)? {
            write_body(&self.n, &body, &inner, &mut self.out)?;
        }
        w!(
            self,
            "{indent}}} // end of method {}",
            quote_name(img.string(m.name)?)
        );
        w!(self, "");
        Ok(())
    }

    fn data_section(&mut self) -> Result<()> {
        for (label, data) in std::mem::take(&mut self.data_labels) {
            w!(self, ".data {label} = bytearray ({})", hex_bytes(&data));
        }
        Ok(())
    }
}

/// TypeAttributes (II.23.1.15) as ilasm keywords, each followed by a space.
fn type_flags(f: u32) -> String {
    let mut s = String::new();
    if f & 0x20 != 0 {
        s.push_str("interface ");
    }
    s.push_str(match f & 0x7 {
        0 => "private ",
        1 => "public ",
        2 => "nested public ",
        3 => "nested private ",
        4 => "nested family ",
        5 => "nested assembly ",
        6 => "nested famandassem ",
        _ => "nested famorassem ",
    });
    s.push_str(match f & 0x18 {
        0x8 => "sequential ",
        0x10 => "explicit ",
        _ => "auto ",
    });
    s.push_str(match f & 0x30000 {
        0x10000 => "unicode ",
        0x20000 => "autochar ",
        _ => "ansi ",
    });
    for (bit, kw) in [
        (0x80, "abstract "),
        (0x100, "sealed "),
        (0x400, "specialname "),
        (0x800, "rtspecialname "),
        (0x1000, "import "),
        (0x2000, "serializable "),
        (0x10_0000, "beforefieldinit "),
    ] {
        if f & bit != 0 {
            s.push_str(kw);
        }
    }
    s
}

/// FieldAttributes (II.23.1.5).
fn field_flags(f: u16) -> String {
    let mut s = String::from(access(f));
    for (bit, kw) in [
        (0x10, "static "),
        (0x20, "initonly "),
        (0x40, "literal "),
        (0x80, "notserialized "),
        (0x200, "specialname "),
        (0x400, "rtspecialname "),
    ] {
        if f & bit != 0 {
            s.push_str(kw);
        }
    }
    s
}

/// The member access field shared by FieldAttributes and MethodAttributes.
fn access(f: u16) -> &'static str {
    match f & 0x7 {
        0 => "privatescope ",
        1 => "private ",
        2 => "famandassem ",
        3 => "assembly ",
        4 => "family ",
        5 => "famorassem ",
        _ => "public ",
    }
}

/// MethodAttributes (II.23.1.10).
fn method_flags(f: u16) -> String {
    let mut s = String::from(access(f));
    for (bit, kw) in [
        (0x10, "static "),
        (0x20, "final "),
        (0x40, "virtual "),
        (0x80, "hidebysig "),
        (0x100, "newslot "),
        (0x200, "strict "),
        (0x400, "abstract "),
        (0x800, "specialname "),
        (0x1000, "rtspecialname "),
        (0x8, "unmanagedexp "),
        (0x8000, "reqsecobj "),
    ] {
        if f & bit != 0 {
            s.push_str(kw);
        }
    }
    s
}

/// MethodImplAttributes (II.23.1.11).
fn impl_flags(f: u16) -> String {
    let mut s = String::from(match f & 0x3 {
        1 => "native",
        3 => "runtime",
        _ => "cil",
    });
    s.push_str(if f & 0x4 != 0 {
        " unmanaged"
    } else {
        " managed"
    });
    for (bit, kw) in [
        (0x1000, " internalcall"),
        (0x20, " synchronized"),
        (0x8, " noinlining"),
        (0x80, " preservesig"),
        (0x10, " forwardref"),
        (0x40, " nooptimization"),
    ] {
        if f & bit != 0 {
            s.push_str(kw);
        }
    }
    s
}

/// PInvokeAttributes (II.23.1.8).
fn pinvoke_flags(f: u16) -> String {
    let mut s = String::new();
    for (bit, kw) in [(0x1, " nomangle"), (0x40, " lasterr")] {
        if f & bit != 0 {
            s.push_str(kw);
        }
    }
    s.push_str(match f & 0x6 {
        0x2 => " ansi",
        0x4 => " unicode",
        0x6 => " autochar",
        _ => "",
    });
    s.push_str(match f & 0x700 {
        0x100 => " winapi",
        0x200 => " cdecl",
        0x300 => " stdcall",
        0x400 => " thiscall",
        0x500 => " fastcall",
        _ => "",
    });
    s
}
