//! Reading a standalone Portable PDB (PDB spec: dotnet/runtime docs/design/specs/PortablePdb-Metadata.md):
//! the #Pdb stream, then the Document and MethodDebugInformation tables of #~. Every offset and index is
//! bounds-checked; malformed input is a [`MetadataError`], never a panic.

use crate::error::{MetadataError, Result};
use crate::heaps;
use crate::pdb::{
    DOCUMENT_TABLE, DebugInfo, LAST_DEBUG_TABLE, METHOD_DEBUG_INFORMATION_TABLE, MethodDebug,
    decode_document_name, decode_sequence_points,
};
use crate::reader::read_metadata_root;
use crate::token::{BlobIdx, TableId, Token};

fn bad(reason: &'static str) -> MetadataError {
    MetadataError::BadDebugInfo { reason }
}

fn trunc(what: &'static str) -> MetadataError {
    MetadataError::Truncated { what }
}

fn u32_at(b: &[u8], at: usize, what: &'static str) -> Result<u32> {
    let s = b.get(at..at.saturating_add(4)).ok_or(trunc(what))?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn u64_at(b: &[u8], at: usize, what: &'static str) -> Result<u64> {
    Ok(u64::from(u32_at(b, at, what)?) | (u64::from(u32_at(b, at + 4, what)?) << 32))
}

/// Reads a 2- or 4-byte column at `*pos`.
fn index(b: &[u8], pos: &mut usize, wide: bool) -> Result<u32> {
    let v = if wide {
        u32_at(b, *pos, "PDB table row")?
    } else {
        let s = b.get(*pos..*pos + 2).ok_or(trunc("PDB table row"))?;
        u32::from(u16::from_le_bytes([s[0], s[1]]))
    };
    *pos += if wide { 4 } else { 2 };
    Ok(v)
}

impl DebugInfo {
    /// Parses the bytes of a .pdb file (a Portable PDB; a Windows PDB is an error).
    pub fn parse(bytes: &[u8]) -> Result<DebugInfo> {
        let (_version, streams) = read_metadata_root(bytes, 0, bytes.len())
            .map_err(|_| bad("not a Portable PDB (no valid BSJB metadata root)"))?;
        let stream = |name: &[u8]| {
            streams
                .iter()
                .find(|(n, _)| n == name)
                .and_then(|(_, r)| bytes.get(r.clone()))
        };
        let pdb = stream(b"#Pdb").ok_or(bad("no #Pdb stream"))?;
        let tilde = stream(b"#~").ok_or(bad("no #~ stream"))?;
        let blob_heap = stream(b"#Blob").unwrap_or(&[]);

        // #Pdb: id, EntryPoint, ReferencedTypeSystemTables, then one row count per set bit.
        let id_bytes = pdb.get(..20).ok_or(trunc("#Pdb stream"))?;
        let mut id = [0u8; 20];
        id.copy_from_slice(id_bytes);
        let entry_point = Token(u32_at(pdb, 20, "#Pdb stream")?);
        let referenced = u64_at(pdb, 24, "#Pdb stream")?;
        let mut method_def_rows = None;
        let mut at = 32;
        for bit in 0..64u8 {
            if referenced & (1u64 << bit) != 0 {
                let rows = u32_at(pdb, at, "#Pdb row counts")?;
                if bit == TableId::MethodDef as u8 {
                    method_def_rows = Some(rows);
                }
                at += 4;
            }
        }

        // #~ header (II.24.2.6): HeapSizes at 6, Valid at 8, Sorted at 16, row counts from 24.
        let heap_sizes = *tilde.get(6).ok_or(trunc("PDB #~ header"))?;
        let wide_guids = heap_sizes & 2 != 0;
        let wide_blobs = heap_sizes & 4 != 0;
        let valid = u64_at(tilde, 8, "PDB #~ header")?;
        let mut rows = [0u32; 64];
        let mut pos = 24;
        for bit in 0..64u8 {
            if valid & (1u64 << bit) != 0 {
                // PDB spec: "#~ stream shall only contain debugging information tables".
                if !(DOCUMENT_TABLE..=LAST_DEBUG_TABLE).contains(&bit) {
                    return Err(MetadataError::UnknownTable { table: bit });
                }
                rows[bit as usize] = u32_at(tilde, pos, "PDB #~ row counts")?;
                pos += 4;
            }
        }
        let documents_n = rows[DOCUMENT_TABLE as usize] as usize;
        let methods_n = rows[METHOD_DEBUG_INFORMATION_TABLE as usize] as usize;
        if methods_n != 0 && method_def_rows.is_some_and(|n| n as usize != methods_n) {
            // PDB spec: the table "has exactly as many rows as MethodDef table".
            return Err(bad(
                "MethodDebugInformation rows differ from the MethodDef row count",
            ));
        }
        // Document and MethodDebugInformation are the first debug tables, so the rows of the others
        // (0x32-0x37, whose widths need more schema) follow and are never read.
        let (g, bl) = (2 + 2 * wide_guids as usize, 2 + 2 * wide_blobs as usize);
        let wide_documents = documents_n > 0xFFFF;
        let doc_row = 2 * bl + 2 * g;
        let method_row = 2 + 2 * wide_documents as usize + bl;
        let needed = documents_n
            .checked_mul(doc_row)
            .and_then(|d| d.checked_add(methods_n.checked_mul(method_row)?))
            .ok_or(trunc("PDB tables"))?;
        if pos.saturating_add(needed) > tilde.len() {
            return Err(trunc("PDB tables"));
        }

        let mut documents = Vec::with_capacity(documents_n);
        for _ in 0..documents_n {
            let name = index(tilde, &mut pos, wide_blobs)?;
            pos += g + bl + g; // HashAlgorithm, Hash, Language: not needed for line numbers
            let blob = heaps::read_blob(blob_heap, BlobIdx(name))?;
            documents.push(decode_document_name(blob, blob_heap)?);
        }
        let mut methods = Vec::with_capacity(methods_n);
        for _ in 0..methods_n {
            let document = index(tilde, &mut pos, wide_documents)?;
            let points = index(tilde, &mut pos, wide_blobs)?;
            if document as usize > documents_n {
                return Err(bad(
                    "MethodDebugInformation names a row past the Document table",
                ));
            }
            let blob = heaps::read_blob(blob_heap, BlobIdx(points))?;
            if blob.is_empty() {
                methods.push(MethodDebug::default());
                continue;
            }
            let decoded = decode_sequence_points(blob, document)?;
            let document = decoded.document;
            if decoded.several_documents || document == 0 || document as usize > documents_n {
                // One document per method in this model (see `DebugInfo::methods`).
                methods.push(MethodDebug::default());
                continue;
            }
            methods.push(MethodDebug {
                document,
                points: decoded.points,
            });
        }
        Ok(DebugInfo {
            id,
            entry_point,
            documents,
            methods,
        })
    }
}
