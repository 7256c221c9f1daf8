//! Writing a standalone Portable PDB (PDB spec: dotnet/runtime docs/design/specs/PortablePdb-Metadata.md).

use crate::error::{MetadataError, Result};
use crate::heaps::{self, BlobHeapBuilder, GuidHeapBuilder};
use crate::pdb::{
    CSHARP_LANGUAGE, DOCUMENT_TABLE, METHOD_DEBUG_INFORMATION_TABLE, PDB_VERSION, PdbBuilder,
    encode_document_name, encode_sequence_points, pdb_id,
};
use crate::token::{TableId, Token};
use crate::writer::{AssemblyBuilder, ModuleKind, metadata_root, padded};
use std::collections::HashSet;

/// The debug tables the PDB spec requires sorted: LocalScope (0x32), StateMachineMethod (0x36) and
/// CustomDebugInformation (0x37). They are empty here; the mask says what System.Reflection.Metadata says.
const SORTED_DEBUG_TABLES: u64 = (1 << 0x32) | (1 << 0x36) | (1 << 0x37);

impl PdbBuilder {
    /// The bytes of the .pdb file for `assembly` and their PDB id (put the id in
    /// [`AssemblyBuilder::debug`] before writing the assembly). The #Pdb stream records `assembly`'s entry
    /// point and row counts, and MethodDebugInformation gets exactly one row per MethodDef row.
    pub fn write(&self, assembly: &AssemblyBuilder) -> Result<(Vec<u8>, [u8; 20])> {
        let method_rows = assembly.tables.method_def.len();
        if self.methods.len() > method_rows {
            return Err(MetadataError::Invalid(
                "more MethodDebug entries than MethodDef rows",
            ));
        }
        let mut seen = HashSet::new();
        if !self.documents.iter().all(|d| seen.insert(d.as_str())) {
            // PDB spec, Document table: "There shall be no duplicate rows ... based upon document name".
            return Err(MetadataError::Invalid("duplicate PDB document name"));
        }

        let mut blobs = BlobHeapBuilder::new();
        let mut guids = GuidHeapBuilder::new();
        let language = guids.add(CSHARP_LANGUAGE);
        let mut documents = Vec::with_capacity(self.documents.len());
        for name in &self.documents {
            let blob = encode_document_name(name, &mut blobs)?;
            documents.push(blobs.add(&blob));
        }
        // MethodDebugInformation rows (Document, SequencePoints); (0, 0) for a method without points.
        let mut methods = vec![(0u32, 0u32); method_rows];
        for (i, m) in self.methods.iter().enumerate() {
            if m.points.is_empty() {
                continue;
            }
            if m.document == 0 || m.document as usize > self.documents.len() {
                return Err(MetadataError::Invalid(
                    "MethodDebug document is not an index into the documents",
                ));
            }
            // The blob header repeats the method's local signature (PDB spec: "LocalSignature").
            let local_sig = match assembly.method_bodies.get(i) {
                Some(Some(body)) if body.local_var_sig.table() == Some(TableId::StandAloneSig) => {
                    body.local_var_sig.row()
                }
                _ => 0,
            };
            let blob = encode_sequence_points(&m.points, local_sig)?;
            methods[i] = (m.document, blobs.add(&blob).0);
        }
        if blobs.len() > 0x1FFF_FFFF {
            return Err(MetadataError::TooLarge("PDB #Blob heap"));
        }

        let tilde = tables_stream(&documents, language.0, &methods, &blobs, &guids)?;
        let pdb = pdb_stream(assembly);
        let streams: [(&str, Vec<u8>); 6] = [
            ("#Pdb", pdb),
            ("#~", tilde),
            ("#Strings", padded(&[0])),
            ("#US", padded(&[0])),
            ("#GUID", guids.bytes().to_vec()),
            ("#Blob", padded(blobs.bytes())),
        ];
        let streams_len: usize = streams.iter().map(|(_, s)| s.len()).sum();
        let mut bytes = metadata_root(PDB_VERSION, &streams);
        // #Pdb is the first stream, so its data starts right after the stream headers.
        let id_at = bytes.len() - streams_len;
        let (mvid, name) = assembly_identity(assembly);
        let id = pdb_id(&bytes, &mvid, &name);
        bytes[id_at..id_at + 20].copy_from_slice(&id);
        Ok((bytes, id))
    }
}

/// The #Pdb stream (PDB spec, "#Pdb stream"): PDB id (zero here, filled in once the content is hashed),
/// EntryPoint, the mask of the type-system tables that have rows, and each one's row count. Readers size
/// type-system indexes in the debug tables from these counts.
fn pdb_stream(assembly: &AssemblyBuilder) -> Vec<u8> {
    let mut out = vec![0u8; 20];
    let entry = match assembly.kind {
        ModuleKind::Exe => assembly.entry_point,
        ModuleKind::Dll => Token::NIL,
    };
    out.extend_from_slice(&entry.0.to_le_bytes());
    let present: Vec<TableId> = TableId::ALL
        .iter()
        .copied()
        .filter(|&t| assembly.tables.row_count(t) > 0)
        .collect();
    let mask: u64 = present.iter().map(|&t| 1u64 << (t as u8)).sum();
    out.extend_from_slice(&mask.to_le_bytes());
    for t in present {
        out.extend_from_slice(&assembly.tables.row_count(t).to_le_bytes());
    }
    out
}

/// The #~ stream of the PDB (II.24.2.6 layout) with the Document and MethodDebugInformation tables.
fn tables_stream(
    documents: &[crate::token::BlobIdx],
    language: u32,
    methods: &[(u32, u32)],
    blobs: &BlobHeapBuilder,
    guids: &GuidHeapBuilder,
) -> Result<Vec<u8>> {
    if documents.len() > 0x00FF_FFFF || methods.len() > 0x00FF_FFFF {
        return Err(MetadataError::TooLarge("table with more than 2^24 rows"));
    }
    let wide_blobs = blobs.len() > 0xFFFF;
    let wide_guids = guids.len() / 16 > 0xFFFF;
    // A simple index is 4 bytes once its table has 2^16 rows or more (II.24.2.6).
    let wide_documents = documents.len() > 0xFFFF;
    let mut out = Vec::new();
    out.extend_from_slice(&0u32.to_le_bytes()); // Reserved
    out.extend_from_slice(&[2, 0]); // MajorVersion 2, MinorVersion 0
    out.push((wide_guids as u8) << 1 | (wide_blobs as u8) << 2); // HeapSizes (#Strings is one byte)
    out.push(1); // Reserved
    let mut valid = 0u64;
    if !documents.is_empty() {
        valid |= 1 << DOCUMENT_TABLE;
    }
    if !methods.is_empty() {
        valid |= 1 << METHOD_DEBUG_INFORMATION_TABLE;
    }
    out.extend_from_slice(&valid.to_le_bytes());
    out.extend_from_slice(&SORTED_DEBUG_TABLES.to_le_bytes());
    for rows in [documents.len(), methods.len()] {
        if rows > 0 {
            out.extend_from_slice(&(rows as u32).to_le_bytes());
        }
    }
    let index = |out: &mut Vec<u8>, wide: bool, v: u32| {
        if wide {
            out.extend_from_slice(&v.to_le_bytes());
        } else {
            out.extend_from_slice(&(v as u16).to_le_bytes());
        }
    };
    for &name in documents {
        // Name, HashAlgorithm (nil: no hash), Hash (nil), Language.
        index(&mut out, wide_blobs, name.0);
        index(&mut out, wide_guids, 0);
        index(&mut out, wide_blobs, 0);
        index(&mut out, wide_guids, language);
    }
    for &(document, points) in methods {
        index(&mut out, wide_documents, document);
        index(&mut out, wide_blobs, points);
    }
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
    Ok(out)
}

/// The assembly's MVID (Module row 1) and name (Assembly row 1, else the module name), which seed the PDB
/// id so two assemblies with identical debug tables still get different ids.
fn assembly_identity(assembly: &AssemblyBuilder) -> ([u8; 16], String) {
    let module = assembly.tables.module.first();
    let mvid = module
        .and_then(|m| heaps::read_guid(assembly.guids.bytes(), m.mvid).ok())
        .unwrap_or([0; 16]);
    let name = assembly
        .tables
        .assembly
        .first()
        .map(|a| a.name)
        .or(module.map(|m| m.name))
        .and_then(|n| heaps::read_string(assembly.strings.bytes(), n).ok())
        .unwrap_or("");
    (mvid, name.to_string())
}
