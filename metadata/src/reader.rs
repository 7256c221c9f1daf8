//! Reading an assembly file: PE/COFF container (ECMA-335 II.25), metadata root and streams (II.24), tables.
//!
//! Every offset, RVA and index is bounds-checked: malformed input gives a [`MetadataError`], never a panic.

use crate::body::MethodBody;
use crate::debug_dir::{self, PdbLink};
use crate::error::{MetadataError, Result};
use crate::heaps;
use crate::schema::Sizes;
use crate::tables::Tables;
use crate::token::{BlobIdx, GuidIdx, StringIdx, TableId, Token, UserStringIdx};
use crate::writer::ModuleKind;
use std::ops::Range;

#[derive(Clone, Debug)]
struct Section {
    rva: u32,
    vsize: u32,
    raw_ptr: u32,
    raw_size: u32,
}

/// A parsed assembly file: its tables decoded, heaps and method bodies read on demand.
#[derive(Clone, Debug)]
pub struct Image {
    pub tables: Tables,
    /// The CLI header's EntryPointToken (nil for a library).
    pub entry_point: Token,
    pub kind: ModuleKind,
    /// The metadata root's version string (e.g. "v4.0.30319").
    pub runtime_version: String,
    bytes: Vec<u8>,
    sections: Vec<Section>,
    /// PE data directory 6, the debug directory (RVA, size); (0, 0) when absent.
    debug_dir: (u32, u32),
    strings: Range<usize>,
    blobs: Range<usize>,
    guids: Range<usize>,
    user_strings: Range<usize>,
}

fn trunc(what: &'static str) -> MetadataError {
    MetadataError::Truncated { what }
}

/// Stream headers of a metadata root: (name, byte range of the file).
pub(crate) type Streams = Vec<(Vec<u8>, Range<usize>)>;

/// A metadata root (II.24.2.1) at `md..md_end` of `b`: its version string and its streams. Shared with
/// the Portable PDB reader, whose file is one metadata root.
pub(crate) fn read_metadata_root(b: &[u8], md: usize, md_end: usize) -> Result<(String, Streams)> {
    if u32_at(b, md, "metadata root")? != 0x424A_5342 {
        return Err(MetadataError::NotPe("no BSJB metadata signature"));
    }
    let vlen = u32_at(b, md + 12, "metadata root")? as usize;
    let vbytes = b
        .get(md + 16..(md + 16).saturating_add(vlen))
        .ok_or(trunc("metadata version"))?;
    let vend = vbytes.iter().position(|&c| c == 0).unwrap_or(vbytes.len());
    let version = String::from_utf8_lossy(&vbytes[..vend]).into_owned();
    let mut p = md + 16 + vlen;
    let nstreams = u16_at(b, p + 2, "metadata root")?;
    p += 4;
    let mut streams = Vec::new();
    for _ in 0..nstreams {
        let off = u32_at(b, p, "stream header")? as usize;
        let size = u32_at(b, p + 4, "stream header")? as usize;
        let name_start = p + 8;
        let name_bytes = b
            .get(name_start..(name_start + 32).min(b.len()))
            .ok_or(trunc("stream name"))?;
        let nlen = name_bytes
            .iter()
            .position(|&c| c == 0)
            .ok_or(trunc("stream name"))?;
        p = name_start + (nlen + 4) / 4 * 4;
        let start = md.checked_add(off).ok_or(trunc("stream"))?;
        let end = start.checked_add(size).ok_or(trunc("stream"))?;
        if end > md_end || end > b.len() {
            return Err(trunc("metadata stream"));
        }
        streams.push((name_bytes[..nlen].to_vec(), start..end));
    }
    Ok((version, streams))
}

fn u16_at(b: &[u8], at: usize, what: &'static str) -> Result<u16> {
    let s = b
        .get(at..at.checked_add(2).ok_or(trunc(what))?)
        .ok_or(trunc(what))?;
    Ok(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize, what: &'static str) -> Result<u32> {
    let s = b
        .get(at..at.checked_add(4).ok_or(trunc(what))?)
        .ok_or(trunc(what))?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

impl Image {
    pub fn parse(bytes: Vec<u8>) -> Result<Image> {
        // DOS header (II.25.2.1): "MZ", e_lfanew at 0x3C.
        if bytes.get(0..2) != Some(b"MZ") {
            return Err(MetadataError::NotPe("no MZ signature"));
        }
        let pe = u32_at(&bytes, 0x3C, "DOS header")? as usize;
        if bytes.get(pe..pe.saturating_add(4)) != Some(b"PE\0\0") {
            return Err(MetadataError::NotPe("no PE signature"));
        }
        let coff = pe + 4;
        let nsections = u16_at(&bytes, coff + 2, "COFF header")? as usize;
        let opt_size = u16_at(&bytes, coff + 16, "COFF header")? as usize;
        let characteristics = u16_at(&bytes, coff + 18, "COFF header")?;
        let opt = coff + 20;
        let (ndirs_at, dirs_at) = match u16_at(&bytes, opt, "optional header")? {
            0x10B => (opt + 92, opt + 96),
            0x20B => (opt + 108, opt + 112),
            _ => return Err(MetadataError::NotPe("unknown optional header magic")),
        };
        let ndirs = u32_at(&bytes, ndirs_at, "optional header")?;
        if ndirs < 15 || dirs_at + 15 * 8 > opt + opt_size {
            return Err(MetadataError::NotPe("no CLI header data directory"));
        }
        let cli_rva = u32_at(&bytes, dirs_at + 14 * 8, "data directories")?;
        let debug_dir = (
            u32_at(&bytes, dirs_at + 6 * 8, "data directories")?,
            u32_at(&bytes, dirs_at + 6 * 8 + 4, "data directories")?,
        );
        let mut sections = Vec::new();
        let sh = opt + opt_size;
        for i in 0..nsections.min(96) {
            let at = sh + i * 40;
            sections.push(Section {
                vsize: u32_at(&bytes, at + 8, "section table")?,
                rva: u32_at(&bytes, at + 12, "section table")?,
                raw_size: u32_at(&bytes, at + 16, "section table")?,
                raw_ptr: u32_at(&bytes, at + 20, "section table")?,
            });
        }
        if cli_rva == 0 {
            return Err(MetadataError::NotPe("no CLI header (not a .NET assembly)"));
        }
        let mut img = Image {
            tables: Tables::default(),
            entry_point: Token::NIL,
            kind: if characteristics & 0x2000 != 0 {
                ModuleKind::Dll
            } else {
                ModuleKind::Exe
            },
            runtime_version: String::new(),
            bytes,
            sections,
            debug_dir,
            strings: 0..0,
            blobs: 0..0,
            guids: 0..0,
            user_strings: 0..0,
        };
        // CLI header (II.25.3.3).
        let cli = img.rva_to_offset(cli_rva, 72)?;
        let md_rva = u32_at(&img.bytes, cli + 8, "CLI header")?;
        let md_size = u32_at(&img.bytes, cli + 12, "CLI header")?;
        img.entry_point = Token(u32_at(&img.bytes, cli + 20, "CLI header")?);
        let md = img.rva_to_offset(md_rva, md_size)?;
        let md_end = md + md_size as usize;
        img.parse_metadata(md, md_end)?;
        Ok(img)
    }

    /// File offset of `len` bytes at `rva`, all inside one section's raw data.
    pub fn rva_to_offset(&self, rva: u32, len: u32) -> Result<usize> {
        let bad = MetadataError::BadRva { rva };
        for s in &self.sections {
            let size = s.vsize.max(s.raw_size);
            if rva >= s.rva && (rva - s.rva) < size {
                let delta = rva - s.rva;
                let end = delta.checked_add(len).ok_or(bad.clone())?;
                if end > s.raw_size {
                    return Err(bad);
                }
                let off = s.raw_ptr as usize + delta as usize;
                if off + len as usize > self.bytes.len() {
                    return Err(bad);
                }
                return Ok(off);
            }
        }
        Err(bad)
    }

    /// The bytes of `rva` to the end of its section's raw data.
    pub fn slice_at_rva(&self, rva: u32) -> Result<&[u8]> {
        for s in &self.sections {
            if rva >= s.rva && rva - s.rva < s.raw_size {
                let start = s.raw_ptr as usize + (rva - s.rva) as usize;
                let end = (s.raw_ptr as usize + s.raw_size as usize).min(self.bytes.len());
                return self
                    .bytes
                    .get(start..end)
                    .ok_or(MetadataError::BadRva { rva });
            }
        }
        Err(MetadataError::BadRva { rva })
    }

    /// The Portable PDB this image names in its debug directory (the first CodeView entry whose
    /// MinorVersion is 0x504D, see [`crate::debug_dir`]), or `None` when it names none.
    pub fn pdb_link(&self) -> Result<Option<PdbLink>> {
        let (rva, size) = self.debug_dir;
        if rva == 0 || size == 0 {
            return Ok(None);
        }
        let off = self.rva_to_offset(rva, size)?;
        let dir = self
            .bytes
            .get(off..off + size as usize)
            .ok_or(MetadataError::BadRva { rva })?;
        for e in debug_dir::entries(dir)? {
            if debug_dir::is_portable_codeview(&e) {
                let at = self.rva_to_offset(e.rva, e.size)?;
                let data = self
                    .bytes
                    .get(at..at + e.size as usize)
                    .ok_or(MetadataError::BadRva { rva: e.rva })?;
                return debug_dir::decode_rsds(&e, data).map(Some);
            }
        }
        Ok(None)
    }

    /// The whole file.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn parse_metadata(&mut self, md: usize, md_end: usize) -> Result<()> {
        let (version, streams) = read_metadata_root(&self.bytes, md, md_end)?;
        self.runtime_version = version;
        let mut tilde = None;
        for (name, range) in streams {
            let (start, end) = (range.start, range.end);
            match name.as_slice() {
                b"#~" => tilde = Some(start..end),
                b"#-" => return Err(MetadataError::Unsupported("uncompressed #- table stream")),
                b"#Strings" => self.strings = start..end,
                b"#Blob" => self.blobs = start..end,
                b"#GUID" => self.guids = start..end,
                b"#US" => self.user_strings = start..end,
                _ => {}
            }
        }
        let tilde = tilde.ok_or(MetadataError::NotPe("no #~ stream"))?;
        self.parse_tables(tilde)
    }

    /// The `#~` stream (II.24.2.6).
    fn parse_tables(&mut self, r: Range<usize>) -> Result<()> {
        let data = &self.bytes[r];
        let heap_sizes = *data.get(6).ok_or(trunc("#~ header"))?;
        let valid = u64::from(u32_at(data, 8, "#~ header")?)
            | (u64::from(u32_at(data, 12, "#~ header")?) << 32);
        let mut pos = 24;
        let mut rows = [0u32; 64];
        for (bit, count) in rows.iter_mut().enumerate() {
            if valid & (1u64 << bit) != 0 {
                if TableId::from_u8(bit as u8).is_none() {
                    return Err(MetadataError::UnknownTable { table: bit as u8 });
                }
                let n = u32_at(data, pos, "#~ row counts")?;
                if n > 0x00FF_FFFF {
                    return Err(MetadataError::TooLarge("row count"));
                }
                *count = n;
                pos += 4;
            }
        }
        let sizes = Sizes {
            wide_strings: heap_sizes & 1 != 0,
            wide_guids: heap_sizes & 2 != 0,
            wide_blobs: heap_sizes & 4 != 0,
            rows,
        };
        // Reject counts that cannot fit before allocating anything for them.
        let total: usize = TableId::ALL
            .iter()
            .map(|&t| rows[t as usize] as usize * sizes.row_size(Tables::columns(t)))
            .sum();
        if pos + total > data.len() {
            return Err(trunc("metadata tables"));
        }
        let mut tables = Tables::default();
        for &t in TableId::ALL {
            tables.read_table(t, rows[t as usize], &sizes, data, &mut pos)?;
        }
        self.tables = tables;
        Ok(())
    }

    fn heap(&self, r: &Range<usize>) -> &[u8] {
        self.bytes.get(r.clone()).unwrap_or(&[])
    }

    pub fn string(&self, i: StringIdx) -> Result<&str> {
        heaps::read_string(self.heap(&self.strings), i)
    }
    pub fn blob(&self, i: BlobIdx) -> Result<&[u8]> {
        heaps::read_blob(self.heap(&self.blobs), i)
    }
    pub fn guid(&self, i: GuidIdx) -> Result<[u8; 16]> {
        heaps::read_guid(self.heap(&self.guids), i)
    }
    pub fn user_string(&self, i: UserStringIdx) -> Result<Vec<u16>> {
        heaps::read_user_string(self.heap(&self.user_strings), i)
    }

    /// The body of MethodDef row `method_row` (1-based), or `None` when its RVA is 0.
    pub fn method_body(&self, method_row: u32) -> Result<Option<MethodBody>> {
        let m = self.method_row(method_row)?;
        if m.rva == 0 {
            return Ok(None);
        }
        MethodBody::decode(self.slice_at_rva(m.rva)?).map(Some)
    }

    fn method_row(&self, row: u32) -> Result<&crate::tables::MethodDefRow> {
        self.tables
            .method_def
            .get((row as usize).wrapping_sub(1))
            .ok_or(MetadataError::BadRowIndex {
                table: TableId::MethodDef,
                row,
            })
    }

    /// The run of a list column (II.22: a row owns its list start up to the next row's start, or the end of
    /// the target table), clamped so a malformed file yields an empty or shortened range, never a panic.
    fn list_range(
        start_of: impl Fn(usize) -> Option<u32>,
        row: u32,
        target_len: usize,
    ) -> Range<u32> {
        let end_all = target_len as u32 + 1;
        let Some(start) = (row as usize).checked_sub(1).and_then(&start_of) else {
            return end_all..end_all;
        };
        let start = start.clamp(1, end_all);
        let end = start_of(row as usize)
            .unwrap_or(end_all)
            .clamp(start, end_all);
        start..end
    }

    /// The owner row of list member `member` given each owner's list start (non-decreasing per II.22),
    /// found by binary search; 0 when no owner's range holds it.
    fn list_owner(
        owners: usize,
        start_of: impl Fn(usize) -> u32,
        member: u32,
        range: impl Fn(u32) -> Range<u32>,
    ) -> u32 {
        let mut lo = 0usize;
        let mut hi = owners;
        while lo < hi {
            let mid = (lo + hi) / 2;
            if start_of(mid) <= member {
                lo = mid + 1
            } else {
                hi = mid
            }
        }
        // `lo` owners start at or before `member`; the last of them owns it if its range holds it.
        if lo > 0 && range(lo as u32).contains(&member) {
            lo as u32
        } else {
            0
        }
    }

    /// MethodDef rows of TypeDef `type_row` (1-based, end exclusive).
    pub fn type_methods(&self, type_row: u32) -> Range<u32> {
        let t = &self.tables.type_def;
        Self::list_range(
            |i| t.get(i).map(|r| r.method_list),
            type_row,
            self.tables.method_def.len(),
        )
    }
    /// Field rows of TypeDef `type_row`.
    pub fn type_fields(&self, type_row: u32) -> Range<u32> {
        let t = &self.tables.type_def;
        Self::list_range(
            |i| t.get(i).map(|r| r.field_list),
            type_row,
            self.tables.field.len(),
        )
    }
    /// Param rows of MethodDef `method_row`.
    pub fn method_params(&self, method_row: u32) -> Range<u32> {
        let m = &self.tables.method_def;
        Self::list_range(
            |i| m.get(i).map(|r| r.param_list),
            method_row,
            self.tables.param.len(),
        )
    }
    /// Property rows of PropertyMap row `map_row`.
    pub fn property_map_properties(&self, map_row: u32) -> Range<u32> {
        let m = &self.tables.property_map;
        Self::list_range(
            |i| m.get(i).map(|r| r.property_list),
            map_row,
            self.tables.property.len(),
        )
    }
    /// Event rows of EventMap row `map_row`.
    pub fn event_map_events(&self, map_row: u32) -> Range<u32> {
        let m = &self.tables.event_map;
        Self::list_range(
            |i| m.get(i).map(|r| r.event_list),
            map_row,
            self.tables.event.len(),
        )
    }

    /// The TypeDef row owning MethodDef `method_row` (0 when none does).
    pub fn method_owner(&self, method_row: u32) -> u32 {
        let t = &self.tables.type_def;
        Self::list_owner(
            t.len(),
            |i| t[i].method_list,
            method_row,
            |r| self.type_methods(r),
        )
    }
    /// The TypeDef row owning Field `field_row` (0 when none does).
    pub fn field_owner(&self, field_row: u32) -> u32 {
        let t = &self.tables.type_def;
        Self::list_owner(
            t.len(),
            |i| t[i].field_list,
            field_row,
            |r| self.type_fields(r),
        )
    }
    /// The MethodDef row owning Param `param_row` (0 when none does).
    pub fn param_owner(&self, param_row: u32) -> u32 {
        let m = &self.tables.method_def;
        Self::list_owner(
            m.len(),
            |i| m[i].param_list,
            param_row,
            |r| self.method_params(r),
        )
    }
    /// The enclosing TypeDef row of a nested type (II.22.32), or `None`. NestedClass is sorted by its
    /// nested-class column (ECMA requires it; the writer sorts it), so this is a binary search.
    pub fn enclosing_type(&self, type_row: u32) -> Option<u32> {
        let n = &self.tables.nested_class;
        let i = n.partition_point(|r| r.nested_class < type_row);
        n.get(i)
            .filter(|r| r.nested_class == type_row)
            .map(|r| r.enclosing_class)
    }

    pub fn assembly_name(&self) -> Result<&str> {
        let a = self
            .tables
            .assembly
            .first()
            .ok_or(MetadataError::BadRowIndex {
                table: TableId::Assembly,
                row: 1,
            })?;
        self.string(a.name)
    }

    /// "Ns.Name", or "Outer/Inner" for nested types (the namespace is the outermost type's).
    pub fn type_def_full_name(&self, row: u32) -> Result<String> {
        let mut parts = Vec::new();
        let mut cur = row;
        for _ in 0..64 {
            let t = self
                .tables
                .type_def
                .get((cur as usize).wrapping_sub(1))
                .ok_or(MetadataError::BadRowIndex {
                    table: TableId::TypeDef,
                    row: cur,
                })?;
            match self.enclosing_type(cur) {
                Some(outer) if outer != cur => {
                    parts.push(self.string(t.name)?.to_string());
                    cur = outer;
                }
                _ => {
                    parts.push(join_ns(self.string(t.namespace)?, self.string(t.name)?));
                    parts.reverse();
                    return Ok(parts.join("/"));
                }
            }
        }
        Err(MetadataError::Invalid(
            "nested class chain too deep or cyclic",
        ))
    }

    /// "Ns.Name", or "Outer/Inner" when the resolution scope is another TypeRef.
    pub fn type_ref_full_name(&self, row: u32) -> Result<String> {
        let mut parts = Vec::new();
        let mut cur = row;
        for _ in 0..64 {
            let t = self
                .tables
                .type_ref
                .get((cur as usize).wrapping_sub(1))
                .ok_or(MetadataError::BadRowIndex {
                    table: TableId::TypeRef,
                    row: cur,
                })?;
            if t.resolution_scope.table() == Some(TableId::TypeRef) && !t.resolution_scope.is_nil()
            {
                parts.push(self.string(t.name)?.to_string());
                cur = t.resolution_scope.row();
            } else {
                parts.push(join_ns(self.string(t.namespace)?, self.string(t.name)?));
                parts.reverse();
                return Ok(parts.join("/"));
            }
        }
        Err(MetadataError::Invalid(
            "TypeRef scope chain too deep or cyclic",
        ))
    }

    /// The outermost resolution scope of TypeRef `row` (an AssemblyRef, ModuleRef or Module token).
    pub fn type_ref_scope(&self, row: u32) -> Token {
        let mut cur = row;
        for _ in 0..64 {
            let Some(t) = self.tables.type_ref.get((cur as usize).wrapping_sub(1)) else {
                return Token::NIL;
            };
            if t.resolution_scope.table() == Some(TableId::TypeRef) && !t.resolution_scope.is_nil()
            {
                cur = t.resolution_scope.row();
            } else {
                return t.resolution_scope;
            }
        }
        Token::NIL
    }
}

fn join_ns(ns: &str, name: &str) -> String {
    if ns.is_empty() {
        name.to_string()
    } else {
        format!("{ns}.{name}")
    }
}
