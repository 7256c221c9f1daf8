//! Writing a whole assembly file: metadata streams (ECMA-335 II.24) inside a PE/COFF image (II.25).
//!
//! The layout follows what mcs emits (docs/assembly-file.md §1): PE32, machine 0x14C,
//! sections `.text` (IAT, CLI header, method bodies, field data, metadata, import table, entry stub) and
//! `.reloc` (one HIGHLOW fix-up for the stub), SectionAlignment 0x2000, FileAlignment 0x200.

use crate::body::MethodBody;
use crate::debug_dir::{self, PdbLink};
use crate::error::{MetadataError, Result};
use crate::heaps::{BlobHeapBuilder, GuidHeapBuilder, StringHeapBuilder, UserStringHeapBuilder};
use crate::schema::{CodedIndex, Sizes};
use crate::tables::*;
use crate::token::{TableId, Token};

/// Whether the image is an executable (has an entry point) or a library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleKind {
    Exe,
    Dll,
}

/// Everything that goes into one assembly file. Fill the tables and heaps, then call [`AssemblyBuilder::write`].
#[derive(Clone, Debug)]
pub struct AssemblyBuilder {
    pub tables: Tables,
    pub strings: StringHeapBuilder,
    pub blobs: BlobHeapBuilder,
    pub guids: GuidHeapBuilder,
    pub user_strings: UserStringHeapBuilder,
    /// Parallel to `tables.method_def` (missing trailing entries count as `None`); `None` gives RVA 0
    /// (abstract, extern, internalcall, runtime methods).
    pub method_bodies: Vec<Option<MethodBody>>,
    /// Parallel to `tables.field_rva`: the initial data of each such field (e.g. array initializers).
    /// The writer places it (8-aligned) in `.text` and fills `FieldRvaRow::rva`.
    pub field_rva_data: Vec<Vec<u8>>,
    /// MethodDef token of the entry point (required for `Exe`, ignored for `Dll`).
    pub entry_point: Token,
    pub kind: ModuleKind,
    /// The Portable PDB this image is linked to (a debug directory with one CodeView entry, see
    /// [`crate::debug_dir`]); `None` writes no debug directory.
    pub debug: Option<PdbLink>,
}

/// The version string of the metadata root (docs/assembly-file.md §4: anything else draws warnings from peverify and Mono).
pub const RUNTIME_VERSION: &str = "v4.0.30319";
/// mcs's Sorted mask (II.24.2.6; docs/assembly-file.md §5: nobody checks it, but it is what the runtimes' own compilers write).
const SORTED_MASK: u64 = 0x0000_1600_3301_FA00;
const TEXT_RVA: u32 = 0x2000;
const SECTION_ALIGN: u32 = 0x2000;
const FILE_ALIGN: u32 = 0x200;
const IMAGE_BASE: u32 = 0x0040_0000;
const CLI_HEADER_SIZE: u32 = 72;

fn align(v: usize, a: usize) -> usize {
    v.div_ceil(a) * a
}
fn pad_to(out: &mut Vec<u8>, a: usize) {
    out.resize(align(out.len(), a), 0);
}
fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl AssemblyBuilder {
    pub fn new(kind: ModuleKind) -> Self {
        AssemblyBuilder {
            tables: Tables::default(),
            strings: StringHeapBuilder::new(),
            blobs: BlobHeapBuilder::new(),
            guids: GuidHeapBuilder::new(),
            user_strings: UserStringHeapBuilder::new(),
            method_bodies: Vec::new(),
            field_rva_data: Vec::new(),
            entry_point: Token::NIL,
            kind,
            debug: None,
        }
    }

    /// Adds the AssemblyRef `mscorlib, Version=4.0.0.0, PublicKeyToken=b77a5c561934e089` (docs/assembly-file.md §7).
    pub fn add_mscorlib_ref(&mut self) -> Token {
        self.add_framework_ref("mscorlib")
    }

    /// An AssemblyRef to a .NET Framework assembly (`mscorlib`, `System`, `System.Core`):
    /// version 4.0.0.0 with the ECMA public key token, which Mono's and .NET's own
    /// assemblies of those names answer to.
    pub fn add_framework_ref(&mut self, assembly: &str) -> Token {
        let token = self
            .blobs
            .add(&[0xB7, 0x7A, 0x5C, 0x56, 0x19, 0x34, 0xE0, 0x89]);
        let name = self.strings.add(assembly);
        self.tables.assembly_ref.push(AssemblyRefRow {
            major_version: 4,
            public_key_or_token: token,
            name,
            ..Default::default()
        });
        Token::new(TableId::AssemblyRef, self.tables.assembly_ref.len() as u32)
    }

    /// Adds a TypeRef row and returns its token.
    pub fn add_type_ref(&mut self, scope: Token, namespace: &str, name: &str) -> Token {
        let row = TypeRefRow {
            resolution_scope: scope,
            name: self.strings.add(name),
            namespace: self.strings.add(namespace),
        };
        self.tables.type_ref.push(row);
        Token::new(TableId::TypeRef, self.tables.type_ref.len() as u32)
    }

    /// Adds a MemberRef row with an already encoded signature blob.
    pub fn add_member_ref(&mut self, class: Token, name: &str, signature: &[u8]) -> Token {
        let row = MemberRefRow {
            class,
            name: self.strings.add(name),
            signature: self.blobs.add(signature),
        };
        self.tables.member_ref.push(row);
        Token::new(TableId::MemberRef, self.tables.member_ref.len() as u32)
    }

    /// Adds a StandAloneSig row (e.g. a local variable signature) and returns its token.
    pub fn add_stand_alone_sig(&mut self, signature: &[u8]) -> Token {
        let signature = self.blobs.add(signature);
        self.tables
            .stand_alone_sig
            .push(StandAloneSigRow { signature });
        Token::new(
            TableId::StandAloneSig,
            self.tables.stand_alone_sig.len() as u32,
        )
    }

    /// Produces the file bytes.
    pub fn write(&self) -> Result<Vec<u8>> {
        if self.method_bodies.len() > self.tables.method_def.len() {
            return Err(MetadataError::Invalid(
                "more method bodies than MethodDef rows",
            ));
        }
        if self.field_rva_data.len() != self.tables.field_rva.len() {
            return Err(MetadataError::Invalid(
                "field_rva_data must have one entry per FieldRVA row",
            ));
        }
        if self.tables.module.len() != 1 {
            return Err(MetadataError::Invalid("exactly one Module row is required"));
        }
        if self.kind == ModuleKind::Exe {
            let ep = self.entry_point;
            if ep.table() != Some(TableId::MethodDef)
                || ep.is_nil()
                || ep.row() as usize > self.tables.method_def.len()
            {
                return Err(MetadataError::BadToken {
                    token: ep,
                    reason: "entry point must be a MethodDef of this module",
                });
            }
        }
        if self.user_strings.len() > 0x0100_0000 {
            return Err(MetadataError::TooLarge(
                "#US heap over 16 MiB (ldstr tokens hold 24 bits)",
            ));
        }
        if self.blobs.len() > 0x1FFF_FFFF {
            return Err(MetadataError::TooLarge("#Blob heap"));
        }
        let mut tables = self.tables.clone();
        let mut field_data = self.field_rva_data.clone();
        sort_tables(&mut tables, &mut field_data)?;
        let entry_token = if self.kind == ModuleKind::Exe {
            self.entry_point
        } else {
            Token::NIL
        };

        // .text: IAT, CLI header, then bodies (their RVAs go into MethodDef before the tables are laid out).
        let mut text = vec![0u8; (8 + CLI_HEADER_SIZE) as usize];
        for (i, body) in self.method_bodies.iter().enumerate() {
            let Some(body) = body else {
                tables.method_def[i].rva = 0;
                continue;
            };
            let bytes = body.encode()?;
            if !body.fits_tiny() {
                pad_to(&mut text, 4); // II.25.4.3: fat headers are 4-aligned (CoreCLR insists, docs/assembly-file.md §8)
            }
            tables.method_def[i].rva = TEXT_RVA + text.len() as u32;
            text.extend_from_slice(&bytes);
        }
        for m in tables.method_def.iter_mut().skip(self.method_bodies.len()) {
            m.rva = 0;
        }
        for (row, data) in tables.field_rva.iter_mut().zip(field_data.iter()) {
            pad_to(&mut text, 8);
            row.rva = TEXT_RVA + text.len() as u32;
            text.extend_from_slice(data);
        }
        pad_to(&mut text, 4);
        let metadata_rva = TEXT_RVA + text.len() as u32;
        let metadata = self.build_metadata(&tables)?;
        text.extend_from_slice(&metadata);

        // Debug directory (PE/COFF 5.1.1), where Roslyn puts it: after the metadata, before the imports.
        let mut debug_dir = (0u32, 0u32);
        if let Some(link) = &self.debug {
            pad_to(&mut text, 4);
            let rva = TEXT_RVA + text.len() as u32;
            // .text starts at file offset FILE_ALIGN (SizeOfHeaders), see the section table below.
            text.extend_from_slice(&debug_dir::encode(link, rva, rva - TEXT_RVA + FILE_ALIGN)?);
            debug_dir = (rva, debug_dir::ENTRY_SIZE);
        }

        // Import table (II.25.3.1, docs/assembly-file.md §3): one descriptor for mscoree.dll + a null one, lookup table, hint/name.
        pad_to(&mut text, 4);
        let import_rva = TEXT_RVA + text.len() as u32;
        let lookup_rva = import_rva + 40;
        let hint_rva = lookup_rva + 8;
        let entry_name: &[u8] = if self.kind == ModuleKind::Exe {
            b"_CorExeMain\0"
        } else {
            b"_CorDllMain\0"
        };
        let dll_rva = hint_rva + 2 + entry_name.len() as u32;
        for v in [lookup_rva, 0, 0, dll_rva, TEXT_RVA, 0, 0, 0, 0, 0] {
            u32le(&mut text, v);
        }
        u32le(&mut text, hint_rva);
        u32le(&mut text, 0);
        u16le(&mut text, 0);
        text.extend_from_slice(entry_name);
        text.extend_from_slice(b"mscoree.dll\0");
        let import_size = TEXT_RVA + text.len() as u32 - import_rva;
        // Entry stub `jmp dword ptr [IAT]`, placed so its 4-byte operand is 4-aligned.
        while !(text.len() + 2).is_multiple_of(4) {
            text.push(0);
        }
        let stub_rva = TEXT_RVA + text.len() as u32;
        text.extend_from_slice(&[0xFF, 0x25]);
        u32le(&mut text, IMAGE_BASE + TEXT_RVA);
        let fixup_rva = stub_rva + 2;

        // IAT and CLI header (II.25.3.3) at the front of .text.
        text[0..4].copy_from_slice(&hint_rva.to_le_bytes());
        let mut cli = Vec::with_capacity(72);
        u32le(&mut cli, CLI_HEADER_SIZE);
        u16le(&mut cli, 2);
        u16le(&mut cli, 5);
        u32le(&mut cli, metadata_rva);
        u32le(&mut cli, metadata.len() as u32);
        u32le(&mut cli, 1); // COMIMAGE_FLAGS_ILONLY (CoreCLR requires it, docs/assembly-file.md §4)
        u32le(&mut cli, entry_token.0);
        cli.resize(72, 0); // resources, strong name, code manager, vtable fixups, export jumps, native header
        text[8..80].copy_from_slice(&cli);

        let text_vsize = text.len() as u32;
        let text_raw = align(text.len(), FILE_ALIGN as usize) as u32;
        let reloc_rva = align((TEXT_RVA + text_vsize) as usize, SECTION_ALIGN as usize) as u32;
        let mut reloc = Vec::new();
        u32le(&mut reloc, fixup_rva & !0xFFF);
        u32le(&mut reloc, 12);
        u16le(&mut reloc, 0x3000 | (fixup_rva & 0xFFF) as u16); // IMAGE_REL_BASED_HIGHLOW
        u16le(&mut reloc, 0);
        let reloc_vsize = reloc.len() as u32;
        let reloc_raw = FILE_ALIGN;
        let size_of_image = reloc_rva + SECTION_ALIGN;
        let text_ptr = FILE_ALIGN;
        let reloc_ptr = text_ptr + text_raw;

        let mut f = Vec::with_capacity((reloc_ptr + reloc_raw) as usize);
        f.extend_from_slice(&DOS_HEADER);
        f.extend_from_slice(b"PE\0\0");
        // COFF header (II.25.2.2).
        u16le(&mut f, 0x014C);
        u16le(&mut f, 2);
        u32le(&mut f, 0); // TimeDateStamp
        u32le(&mut f, 0);
        u32le(&mut f, 0);
        u16le(&mut f, 0xE0);
        u16le(
            &mut f,
            if self.kind == ModuleKind::Exe {
                0x0102
            } else {
                0x2102
            },
        );
        // Optional header, PE32 (II.25.2.3).
        u16le(&mut f, 0x010B);
        f.extend_from_slice(&[8, 0]);
        u32le(&mut f, text_raw);
        u32le(&mut f, reloc_raw);
        u32le(&mut f, 0);
        u32le(&mut f, stub_rva);
        u32le(&mut f, TEXT_RVA);
        u32le(&mut f, reloc_rva);
        u32le(&mut f, IMAGE_BASE);
        u32le(&mut f, SECTION_ALIGN);
        u32le(&mut f, FILE_ALIGN);
        for v in [4u16, 0, 0, 0, 4, 0] {
            u16le(&mut f, v); // OS, image, subsystem versions
        }
        u32le(&mut f, 0); // Win32VersionValue
        u32le(&mut f, size_of_image);
        u32le(&mut f, FILE_ALIGN); // SizeOfHeaders
        u32le(&mut f, 0); // CheckSum
        u16le(&mut f, 3); // console subsystem
        u16le(&mut f, 0x8540);
        for v in [0x10_0000u32, 0x1000, 0x10_0000, 0x1000, 0, 16] {
            u32le(&mut f, v); // stack/heap reserve/commit, LoaderFlags, NumberOfRvaAndSizes
        }
        let mut dirs = [(0u32, 0u32); 16];
        dirs[1] = (import_rva, import_size);
        dirs[5] = (reloc_rva, reloc_vsize);
        dirs[6] = debug_dir;
        dirs[12] = (TEXT_RVA, 8);
        dirs[14] = (TEXT_RVA + 8, CLI_HEADER_SIZE);
        for (rva, size) in dirs {
            u32le(&mut f, rva);
            u32le(&mut f, size);
        }
        section_header(
            &mut f,
            b".text\0\0\0",
            text_vsize,
            TEXT_RVA,
            text_raw,
            text_ptr,
            0x6000_0020,
        );
        section_header(
            &mut f,
            b".reloc\0\0",
            reloc_vsize,
            reloc_rva,
            reloc_raw,
            reloc_ptr,
            0x4200_0040,
        );
        f.resize(text_ptr as usize, 0);
        f.extend_from_slice(&text);
        f.resize(reloc_ptr as usize, 0);
        f.extend_from_slice(&reloc);
        f.resize((reloc_ptr + reloc_raw) as usize, 0);
        Ok(f)
    }

    /// The metadata root and its five streams (II.24.2.1 - II.24.2.6).
    fn build_metadata(&self, tables: &Tables) -> Result<Vec<u8>> {
        let mut rows = [0u32; 64];
        for &t in TableId::ALL {
            rows[t as usize] = tables.row_count(t);
            if rows[t as usize] > 0x00FF_FFFF {
                return Err(MetadataError::TooLarge("table with more than 2^24 rows"));
            }
        }
        let sizes = Sizes {
            wide_strings: self.strings.len() > 0xFFFF,
            wide_guids: self.guids.len() / 16 > 0xFFFF,
            wide_blobs: self.blobs.len() > 0xFFFF,
            rows,
        };
        let mut tilde = Vec::new();
        u32le(&mut tilde, 0);
        tilde.extend_from_slice(&[2, 0, sizes.heap_sizes_byte(), 1]);
        let valid: u64 = TableId::ALL
            .iter()
            .filter(|&&t| rows[t as usize] > 0)
            .map(|&t| 1u64 << (t as u8))
            .sum();
        tilde.extend_from_slice(&valid.to_le_bytes());
        tilde.extend_from_slice(&SORTED_MASK.to_le_bytes());
        for &t in TableId::ALL {
            if rows[t as usize] > 0 {
                u32le(&mut tilde, rows[t as usize]);
            }
        }
        for &t in TableId::ALL {
            tables.write_table(t, &sizes, &mut tilde)?;
        }
        pad_to(&mut tilde, 4);

        // #GUID must exist and hold at least 16 bytes (Mono asserts, docs/assembly-file.md §4).
        let mut guids = self.guids.bytes().to_vec();
        if guids.is_empty() {
            guids = vec![0; 16];
        }
        let streams: [(&str, Vec<u8>); 5] = [
            ("#~", tilde),
            ("#Strings", padded(self.strings.bytes())),
            ("#US", padded(self.user_strings.bytes())),
            ("#GUID", guids),
            ("#Blob", padded(self.blobs.bytes())),
        ];
        Ok(metadata_root(RUNTIME_VERSION, &streams))
    }
}

/// A metadata root (II.24.2.1) with its stream headers (II.24.2.2) followed by the streams, in order.
/// Shared with the Portable PDB writer, whose root has the same layout with version "PDB v1.0".
pub(crate) fn metadata_root(version: &str, streams: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut root = Vec::new();
    u32le(&mut root, 0x424A_5342); // "BSJB"
    u16le(&mut root, 1);
    u16le(&mut root, 1);
    u32le(&mut root, 0);
    let mut version = version.as_bytes().to_vec();
    version.push(0);
    pad_to(&mut version, 4);
    u32le(&mut root, version.len() as u32);
    root.extend_from_slice(&version);
    u16le(&mut root, 0);
    u16le(&mut root, streams.len() as u16);
    let header_len: usize = root.len()
        + streams
            .iter()
            .map(|(n, _)| 8 + align(n.len() + 1, 4))
            .sum::<usize>();
    let mut offset = header_len;
    for (name, data) in streams {
        u32le(&mut root, offset as u32);
        u32le(&mut root, data.len() as u32);
        root.extend_from_slice(name.as_bytes());
        root.push(0);
        pad_to(&mut root, 4);
        offset += data.len();
    }
    for (_, data) in streams {
        root.extend_from_slice(data);
    }
    root
}

pub(crate) fn padded(b: &[u8]) -> Vec<u8> {
    let mut v = b.to_vec();
    pad_to(&mut v, 4);
    v
}

fn section_header(
    f: &mut Vec<u8>,
    name: &[u8; 8],
    vsize: u32,
    rva: u32,
    raw: u32,
    ptr: u32,
    flags: u32,
) {
    f.extend_from_slice(name);
    for v in [vsize, rva, raw, ptr, 0, 0, 0, flags] {
        u32le(f, v);
    }
    // II.25.3: the zeros are PointerToRelocations, PointerToLinenumbers and the two u16 counts.
}

/// The DOS header and stub mcs writes (II.25.2.1), with e_lfanew = 0x80.
const DOS_HEADER: [u8; 128] = {
    let mut h = [0u8; 128];
    let head: [u8; 64] = [
        0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00,
        0x00, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x80, 0x00, 0x00, 0x00,
    ];
    let stub: &[u8; 64] = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$\x00\x00\x00\x00\x00\x00\x00";
    let mut i = 0;
    while i < 64 {
        h[i] = head[i];
        h[64 + i] = stub[i];
        i += 1;
    }
    h
};

/// Sorts the tables ECMA requires sorted (II.22, docs/assembly-file.md §6) by their key's stored value, keeping equal keys
/// in their original order. InterfaceImpl and DeclSecurity rows can be custom-attribute parents, so those
/// references are renumbered. GenericParam and GenericParamConstraint are pointed into by other tables the
/// caller builds, so they are only checked.
fn sort_tables(t: &mut Tables, field_data: &mut Vec<Vec<u8>>) -> Result<()> {
    let keys: Vec<u64> = t.interface_impl.iter().map(|r| r.class as u64).collect();
    let map = sort_rows(&mut t.interface_impl, &keys);
    remap_ca_parents(t, TableId::InterfaceImpl, &map);
    let keys = coded_keys(
        t.decl_security.iter().map(|r| r.parent),
        CodedIndex::HasDeclSecurity,
    )?;
    let map = sort_rows(&mut t.decl_security, &keys);
    remap_ca_parents(t, TableId::DeclSecurity, &map);
    let keys = coded_keys(t.constant.iter().map(|r| r.parent), CodedIndex::HasConstant)?;
    sort_rows(&mut t.constant, &keys);
    let keys = coded_keys(
        t.field_marshal.iter().map(|r| r.parent),
        CodedIndex::HasFieldMarshal,
    )?;
    sort_rows(&mut t.field_marshal, &keys);
    let keys: Vec<u64> = t.class_layout.iter().map(|r| r.parent as u64).collect();
    sort_rows(&mut t.class_layout, &keys);
    let keys: Vec<u64> = t.field_layout.iter().map(|r| r.field as u64).collect();
    sort_rows(&mut t.field_layout, &keys);
    let keys = coded_keys(
        t.method_semantics.iter().map(|r| r.association),
        CodedIndex::HasSemantics,
    )?;
    sort_rows(&mut t.method_semantics, &keys);
    let keys: Vec<u64> = t.method_impl.iter().map(|r| r.class as u64).collect();
    sort_rows(&mut t.method_impl, &keys);
    let keys = coded_keys(
        t.impl_map.iter().map(|r| r.member_forwarded),
        CodedIndex::MemberForwarded,
    )?;
    sort_rows(&mut t.impl_map, &keys);
    let keys: Vec<u64> = t.field_rva.iter().map(|r| r.field as u64).collect();
    sort_rows(field_data, &keys);
    sort_rows(&mut t.field_rva, &keys);
    let keys: Vec<u64> = t
        .nested_class
        .iter()
        .map(|r| r.nested_class as u64)
        .collect();
    sort_rows(&mut t.nested_class, &keys);
    let keys = coded_keys(
        t.custom_attribute.iter().map(|r| r.parent),
        CodedIndex::HasCustomAttribute,
    )?;
    sort_rows(&mut t.custom_attribute, &keys);

    let owners = coded_keys(
        t.generic_param.iter().map(|r| r.owner),
        CodedIndex::TypeOrMethodDef,
    )?;
    let gp_keys: Vec<(u64, u16)> = owners
        .iter()
        .zip(&t.generic_param)
        .map(|(&o, r)| (o, r.number))
        .collect();
    if gp_keys.windows(2).any(|w| w[0] > w[1]) {
        return Err(MetadataError::Unsorted {
            table: TableId::GenericParam,
        });
    }
    if t.generic_param_constraint
        .windows(2)
        .any(|w| w[0].owner > w[1].owner)
    {
        return Err(MetadataError::Unsorted {
            table: TableId::GenericParamConstraint,
        });
    }
    Ok(())
}

fn coded_keys(tokens: impl Iterator<Item = Token>, ci: CodedIndex) -> Result<Vec<u64>> {
    tokens.map(|t| ci.encode(t).map(|v| v as u64)).collect()
}

/// Stable sort of `rows` by `keys`; returns old 1-based row -> new 1-based row.
fn sort_rows<R: Clone>(rows: &mut Vec<R>, keys: &[u64]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| keys.get(i).copied().unwrap_or(0));
    let mut map = vec![0u32; rows.len() + 1];
    for (new, &old) in order.iter().enumerate() {
        map[old + 1] = new as u32 + 1;
    }
    let sorted: Vec<R> = order.iter().map(|&i| rows[i].clone()).collect();
    *rows = sorted;
    map
}

fn remap_ca_parents(t: &mut Tables, table: TableId, map: &[u32]) {
    for ca in &mut t.custom_attribute {
        if ca.parent.table() == Some(table)
            && let Some(&new) = map.get(ca.parent.row() as usize)
            && new != 0
        {
            ca.parent = Token::new(table, new);
        }
    }
}
