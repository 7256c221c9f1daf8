//! Portable PDB files: the sequence points that map IL offsets to source lines, written and read.
//!
//! Spec: dotnet/runtime docs/design/specs/PortablePdb-Metadata.md ("the PDB spec" below). A Portable PDB is
//! one ECMA-335 metadata root (II.24.2.1) with version "PDB v1.0" and the streams #Pdb, #~, #Strings, #US,
//! #GUID and #Blob; its #~ holds only debug tables. This crate writes and reads the two that sequence points
//! need, Document (0x30) and MethodDebugInformation (0x31); the others (local scopes, imports, custom
//! debug information) are left empty on write and skipped on read.
//!
//! The flow: the compiler fills a [`PdbBuilder`], [`PdbBuilder::write`] returns the file and its 20-byte
//! PDB id, the id goes into [`AssemblyBuilder::debug`](crate::AssemblyBuilder) as a [`PdbLink`] so the
//! assembly's debug directory names the PDB, and the runtime reads it back with [`DebugInfo::parse`] and
//! [`DebugInfo::line_at`].

use crate::error::{MetadataError, Result};
use crate::heaps::{
    self, BlobHeapBuilder, read_compressed_i32, read_compressed_u32, write_compressed_i32,
    write_compressed_u32,
};
use crate::token::{BlobIdx, Token};

pub use crate::debug_dir::PdbLink;

/// The metadata root's version string of a Portable PDB (PDB spec, "Portable PDB v1.0").
pub const PDB_VERSION: &str = "PDB v1.0";
/// Start and end line of a hidden sequence point (PDB spec, "Sequence Points Blob").
pub const HIDDEN_LINE: u32 = 0x00FE_EFEE;
/// Table number of Document (PDB spec, "Document Table: 0x30").
pub const DOCUMENT_TABLE: u8 = 0x30;
/// Table number of MethodDebugInformation (PDB spec, "MethodDebugInformation Table: 0x31").
pub const METHOD_DEBUG_INFORMATION_TABLE: u8 = 0x31;
/// The last debug table number the PDB spec defines (CustomDebugInformation, 0x37).
pub(crate) const LAST_DEBUG_TABLE: u8 = 0x37;
/// Language GUID of C#, 3f5162f8-07c6-11d3-9053-00c04fa302a1, in its stored byte order (the first three
/// fields little-endian, as .NET's `Guid.ToByteArray` and every #GUID heap store them).
pub const CSHARP_LANGUAGE: [u8; 16] = [
    0xF8, 0x62, 0x51, 0x3F, 0xC6, 0x07, 0xD3, 0x11, 0x90, 0x53, 0x00, 0xC0, 0x4F, 0xA3, 0x02, 0xA1,
];

/// One mapping from an IL offset to a source span. Lines and columns are 1-based, the end column is
/// exclusive (what Roslyn writes). A hidden point ([`SequencePoint::hidden`]) marks compiler-generated
/// code that belongs to no source line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SequencePoint {
    pub il_offset: u32,
    pub start_line: u32,
    pub start_column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl SequencePoint {
    /// A hidden sequence point (PDB spec: Start Line = End Line = 0xfeefee, Start Column = End Column = 0).
    pub fn hidden(il_offset: u32) -> SequencePoint {
        SequencePoint {
            il_offset,
            start_line: HIDDEN_LINE,
            start_column: 0,
            end_line: HIDDEN_LINE,
            end_column: 0,
        }
    }

    pub fn is_hidden(&self) -> bool {
        self.start_line == HIDDEN_LINE
    }
}

/// The sequence points of one method, all in one document.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MethodDebug {
    /// 1-based index into the document list; 0 when the method has no sequence points.
    pub document: u32,
    /// In increasing IL offset order.
    pub points: Vec<SequencePoint>,
}

/// What the compiler collected for a Portable PDB.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PdbBuilder {
    /// Source file paths, as they should appear in stack traces (usually full paths). No duplicates.
    pub documents: Vec<String>,
    /// Index `i` describes MethodDef row `i + 1`; a shorter list leaves the remaining methods without points.
    pub methods: Vec<MethodDebug>,
}

/// A parsed Portable PDB (the parts this crate understands).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebugInfo {
    /// The PDB id from the #Pdb stream; it must equal the id in the assembly's [`PdbLink`].
    pub id: [u8; 20],
    /// The #Pdb stream's EntryPoint (a MethodDef token, nil for a library).
    pub entry_point: Token,
    pub documents: Vec<String>,
    /// One entry per MethodDef row (index `i` = row `i + 1`), or empty when the PDB has no
    /// MethodDebugInformation table. A method whose points span several documents (e.g. `#line` into
    /// another file) reads as having none: this model keeps one document per method, and no line is better
    /// than a line in the wrong file.
    pub methods: Vec<MethodDebug>,
}

impl DebugInfo {
    /// The document and line of the sequence point covering `il_offset` of MethodDef row `method_row`:
    /// the last non-hidden point at or before the offset (what CoreCLR's StackTraceSymbols picks).
    pub fn line_at(&self, method_row: u32, il_offset: u32) -> Option<(&str, u32)> {
        let m = self.methods.get((method_row as usize).checked_sub(1)?)?;
        let document = self.documents.get((m.document as usize).checked_sub(1)?)?;
        let best = m
            .points
            .iter()
            .take_while(|p| p.il_offset <= il_offset)
            .filter(|p| !p.is_hidden())
            .last()?;
        Some((document.as_str(), best.start_line))
    }
}

fn bad(reason: &'static str) -> MetadataError {
    MetadataError::BadDebugInfo { reason }
}

/// Encodes a method's sequence points blob (PDB spec, "Sequence Points Blob") for a method whose
/// MethodDebugInformation row names its one document, so the header has no InitialDocument and no
/// document-record follows. `local_signature` is the StandAloneSig row of the method's locals (0 = none).
pub(crate) fn encode_sequence_points(
    points: &[SequencePoint],
    local_signature: u32,
) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_compressed_u32(local_signature, &mut out)?;
    let mut prev_offset: Option<u32> = None;
    let mut prev_visible: Option<&SequencePoint> = None;
    for p in points {
        if p.il_offset >= 0x2000_0000 {
            return Err(bad("sequence point IL offset above 0x1FFFFFFF"));
        }
        // δILOffset: the offset itself first, then a non-zero delta (offsets strictly increase).
        let delta = match prev_offset {
            None => p.il_offset,
            Some(prev) if p.il_offset > prev => p.il_offset - prev,
            Some(_) => return Err(bad("sequence point IL offsets must strictly increase")),
        };
        write_compressed_u32(delta, &mut out)?;
        prev_offset = Some(p.il_offset);
        if p.is_hidden() {
            out.extend_from_slice(&[0, 0]); // hidden-sequence-point-record: ΔLines 0, ΔColumns 0
            continue;
        }
        check_visible(p)?;
        let lines = p.end_line - p.start_line;
        write_compressed_u32(lines, &mut out)?;
        let columns = p.end_column as i32 - p.start_column as i32;
        if lines == 0 {
            write_compressed_u32(columns as u32, &mut out)?; // > 0, checked above
        } else {
            write_compressed_i32(columns, &mut out)?;
        }
        match prev_visible {
            None => {
                write_compressed_u32(p.start_line, &mut out)?;
                write_compressed_u32(p.start_column, &mut out)?;
            }
            Some(prev) => {
                let dl = i64::from(p.start_line) - i64::from(prev.start_line);
                let dl = i32::try_from(dl).map_err(|_| bad("line delta out of range"))?;
                write_compressed_i32(dl, &mut out)?;
                write_compressed_i32(p.start_column as i32 - prev.start_column as i32, &mut out)?;
            }
        }
        prev_visible = Some(p);
    }
    Ok(out)
}

/// The PDB spec's constraints on a non-hidden sequence point.
fn check_visible(p: &SequencePoint) -> Result<()> {
    if p.start_line >= 0x2000_0000 || p.end_line >= 0x2000_0000 || p.end_line == HIDDEN_LINE {
        return Err(bad("sequence point line out of range"));
    }
    if p.start_column >= 0x1_0000 || p.end_column >= 0x1_0000 {
        return Err(bad("sequence point column above 0xFFFF"));
    }
    if p.end_line < p.start_line {
        return Err(bad("sequence point ends before it starts"));
    }
    if p.end_line == p.start_line && p.end_column <= p.start_column {
        return Err(bad(
            "a one-line sequence point needs end column > start column",
        ));
    }
    Ok(())
}

/// What a sequence points blob decodes to.
pub(crate) struct DecodedPoints {
    /// The document of the first point: the table's Document column, or the header's InitialDocument
    /// when that column is nil.
    pub document: u32,
    pub points: Vec<SequencePoint>,
    /// A document-record switched to another document part-way.
    pub several_documents: bool,
}

/// Decodes a sequence points blob of a method whose MethodDebugInformation Document column is
/// `document` (0 = nil: the blob names its initial document).
pub(crate) fn decode_sequence_points(blob: &[u8], document: u32) -> Result<DecodedPoints> {
    let mut pos = 0;
    let _local_signature = read_compressed_u32(blob, &mut pos)?;
    let document = if document == 0 {
        read_compressed_u32(blob, &mut pos)?
    } else {
        document
    };
    let mut points: Vec<SequencePoint> = Vec::new();
    let mut prev_visible: Option<SequencePoint> = None;
    let mut several_documents = false;
    while pos < blob.len() {
        let delta_il = read_compressed_u32(blob, &mut pos)?;
        let Some(prev) = points.last() else {
            // The first record is always a sequence point: δILOffset is the offset itself.
            let p = decode_point(blob, &mut pos, delta_il, &mut prev_visible)?;
            points.push(p);
            continue;
        };
        if delta_il == 0 {
            // document-record: δILOffset 0, then the Document row the following points belong to.
            several_documents |= read_compressed_u32(blob, &mut pos)? != document;
            continue;
        }
        let offset = prev
            .il_offset
            .checked_add(delta_il)
            .ok_or(bad("IL offset overflows"))?;
        let p = decode_point(blob, &mut pos, offset, &mut prev_visible)?;
        points.push(p);
    }
    Ok(DecodedPoints {
        document,
        points,
        several_documents,
    })
}

/// Decodes the rest of a sequence-point-record or hidden-sequence-point-record (after δILOffset).
fn decode_point(
    blob: &[u8],
    pos: &mut usize,
    il_offset: u32,
    prev_visible: &mut Option<SequencePoint>,
) -> Result<SequencePoint> {
    let lines = read_compressed_u32(blob, pos)?;
    // ΔColumns is unsigned (and non-zero) on one line, signed when the span covers several lines.
    let columns = if lines == 0 {
        i64::from(read_compressed_u32(blob, pos)?)
    } else {
        i64::from(read_compressed_i32(blob, pos)?)
    };
    if lines == 0 && columns == 0 {
        return Ok(SequencePoint::hidden(il_offset));
    }
    let (start_line, start_column) = match prev_visible {
        None => (
            i64::from(read_compressed_u32(blob, pos)?),
            i64::from(read_compressed_u32(blob, pos)?),
        ),
        Some(prev) => (
            i64::from(prev.start_line) + i64::from(read_compressed_i32(blob, pos)?),
            i64::from(prev.start_column) + i64::from(read_compressed_i32(blob, pos)?),
        ),
    };
    let to_u32 =
        |v: i64| u32::try_from(v).map_err(|_| bad("sequence point line or column out of range"));
    let p = SequencePoint {
        il_offset,
        start_line: to_u32(start_line)?,
        start_column: to_u32(start_column)?,
        end_line: to_u32(start_line + i64::from(lines))?,
        end_column: to_u32(start_column + columns)?,
    };
    *prev_visible = Some(p);
    Ok(p)
}

/// Encodes a document name blob (PDB spec, "Document Name Blob"): a separator, then the parts between
/// separators as compressed #Blob indexes of their UTF-8 bytes, so the directories shared by many
/// documents are stored once. Like Roslyn, the separator is whichever of '/' and '\' occurs more often
/// (ties go to '/'); a name with neither is one part after a 0 byte ("no separator").
pub(crate) fn encode_document_name(name: &str, blobs: &mut BlobHeapBuilder) -> Result<Vec<u8>> {
    let slashes = name.matches('/').count();
    let backslashes = name.matches('\\').count();
    let mut out = Vec::new();
    let parts: Vec<&str> = if slashes == 0 && backslashes == 0 {
        out.push(0);
        vec![name]
    } else {
        let sep = if slashes >= backslashes { '/' } else { '\\' };
        out.push(sep as u8);
        name.split(sep).collect()
    };
    for part in parts {
        let idx = blobs.add(part.as_bytes()); // the empty part is index 0 (the empty blob)
        write_compressed_u32(idx.0, &mut out)?;
    }
    Ok(out)
}

/// Decodes a document name blob against the PDB's #Blob heap.
pub(crate) fn decode_document_name(blob: &[u8], heap: &[u8]) -> Result<String> {
    let first = *blob.first().ok_or(bad("empty document name blob"))?;
    // The separator is one UTF-8 character (1 to 4 bytes, told by its lead byte) or a 0 byte for none.
    let sep_len = match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return Err(bad("document name separator is not UTF-8")),
    };
    let sep = blob
        .get(..sep_len)
        .ok_or(bad("document name separator truncated"))?;
    let sep: &[u8] = if first == 0 { &[] } else { sep };
    let mut pos = sep_len;
    if pos >= blob.len() {
        return Err(bad("document name has no parts"));
    }
    let mut name = Vec::new();
    while pos < blob.len() {
        if pos > sep_len {
            name.extend_from_slice(sep);
        }
        let part = read_compressed_u32(blob, &mut pos)?;
        name.extend_from_slice(heaps::read_blob(heap, BlobIdx(part))?);
    }
    String::from_utf8(name).map_err(|_| bad("document name is not UTF-8"))
}

/// FNV-1a over `data` from `basis`, 64-bit (Fowler/Noll/Vo; prime 0x100000001b3).
fn fnv1a64(basis: u64, data: impl Iterator<Item = u8>) -> u64 {
    data.fold(basis, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// A deterministic PDB id: a hash of the PDB bytes (with the id zeroed) and of the assembly's MVID and
/// name, so the same input always gives the same id and a changed PDB a different one. Three words from
/// two FNV-1a-64 variants (forward from the standard basis, backward from another) and a mix of both. As
/// Roslyn does for its content-derived ids (System.Reflection.Metadata `BlobContentId.FromHash`), the
/// GUID half is marked version 4 / variant RFC 4122 and the stamp gets its top bit set, so neither
/// passes for a real GUID or time stamp.
pub(crate) fn pdb_id(pdb: &[u8], mvid: &[u8; 16], name: &str) -> [u8; 20] {
    let input = || mvid.iter().chain(name.as_bytes()).chain(pdb).copied();
    let forward = fnv1a64(0xCBF2_9CE4_8422_2325, input());
    let backward = fnv1a64(
        0x8422_2325_CBF2_9CE4,
        input().collect::<Vec<u8>>().into_iter().rev(),
    );
    // splitmix64's finalizer, to spread both words into the third.
    let mut z = forward ^ backward.rotate_left(29) ^ (pdb.len() as u64);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;

    let mut id = [0u8; 20];
    id[..8].copy_from_slice(&forward.to_le_bytes());
    id[8..16].copy_from_slice(&backward.to_le_bytes());
    id[16..].copy_from_slice(&((z as u32) | 0x8000_0000).to_le_bytes());
    id[7] = (id[7] & 0x0F) | 0x40; // GUID version 4 (in the stored byte order, byte 7 is time_hi's top)
    id[8] = (id[8] & 0x3F) | 0x80; // variant 10xx
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_names_split_on_the_common_separator() {
        let mut blobs = BlobHeapBuilder::new();
        for name in [
            "/home/user/src/app.cs",
            "C:\\src\\app.cs",
            "app.cs",
            "",
            "a/b\\c/d",
            "dir/",
        ] {
            let blob = encode_document_name(name, &mut blobs).unwrap();
            assert_eq!(decode_document_name(&blob, blobs.bytes()).unwrap(), name);
        }
        // "/home/user" shares its parts with the first name: stored once.
        let before = blobs.len();
        encode_document_name("/home/user/other.cs", &mut blobs).unwrap();
        assert_eq!(blobs.len(), before + 1 + "other.cs".len());
        let blob = encode_document_name("/x", &mut blobs).unwrap();
        assert_eq!(blob[0], b'/');
        assert_eq!(blob[1], 0); // the empty part before the leading '/'
        assert!(decode_document_name(&[], blobs.bytes()).is_err());
        assert!(decode_document_name(b"/", blobs.bytes()).is_err());
        assert!(decode_document_name(&[0xFF, 0], blobs.bytes()).is_err());
        // A multi-byte separator is legal in the spec.
        let mut heap = BlobHeapBuilder::new();
        let a = heap.add(b"a").0 as u8;
        let b = heap.add(b"b").0 as u8;
        assert_eq!(
            decode_document_name(&[0xC3, 0xA9, a, b], heap.bytes()).unwrap(),
            "a\u{e9}b"
        );
    }

    #[test]
    fn hidden_point_record_is_two_zeros() {
        let points = [
            SequencePoint::hidden(0),
            SequencePoint {
                il_offset: 3,
                start_line: 10,
                start_column: 5,
                end_line: 10,
                end_column: 20,
            },
        ];
        let blob = encode_sequence_points(&points, 2).unwrap();
        // LocalSignature 2; hidden: δIL 0, 0, 0; point: δIL 3, ΔLines 0, ΔColumns 15, line 10, column 5.
        assert_eq!(blob, [2, 0, 0, 0, 3, 0, 15, 10, 5]);
        let d = decode_sequence_points(&blob, 1).unwrap();
        assert_eq!(d.points, points);
        assert!(!d.several_documents);
    }

    #[test]
    fn initial_document_and_document_records_decode() {
        // Header: LocalSignature 0, InitialDocument 2 (the table's Document column is nil). Then a point at
        // IL 0 (line 3, columns 1-6), a document-record switching to document 7, a point at IL 4 two lines
        // further (signed δStartLine 2 = 0x04, δStartColumn 0).
        let blob = [0, 2, 0, 0, 5, 3, 1, 0, 7, 4, 0, 1, 4, 0];
        let d = decode_sequence_points(&blob, 0).unwrap();
        assert_eq!(d.document, 2);
        assert!(d.several_documents);
        let p = |il_offset, start_line, start_column, end_column| SequencePoint {
            il_offset,
            start_line,
            start_column,
            end_line: start_line,
            end_column,
        };
        assert_eq!(d.points, [p(0, 3, 1, 6), p(4, 5, 1, 2)]);
        // A document-record naming the current document changes nothing.
        let same = [0, 2, 0, 0, 5, 3, 1, 0, 2, 4, 0, 1, 4, 0];
        assert!(!decode_sequence_points(&same, 0).unwrap().several_documents);
        // Truncated anywhere: an error, never a panic.
        for len in 0..blob.len() {
            let _ = decode_sequence_points(&blob[..len], 0);
        }
    }

    #[test]
    fn bad_points_are_rejected_on_write() {
        let p = |il_offset, start_line, start_column, end_line, end_column| SequencePoint {
            il_offset,
            start_line,
            start_column,
            end_line,
            end_column,
        };
        let ok = p(0, 1, 1, 1, 2);
        for bad in [
            vec![ok, p(0, 2, 1, 2, 2)],       // offsets not increasing
            vec![p(0, 5, 3, 4, 9)],           // ends before it starts
            vec![p(0, 5, 3, 5, 3)],           // empty one-line span
            vec![p(0, 1, 0x1_0000, 2, 1)],    // column too large
            vec![p(0x2000_0000, 1, 1, 1, 2)], // offset too large
            vec![p(0, 1, 1, HIDDEN_LINE, 1)], // end line is the hidden marker
        ] {
            assert!(encode_sequence_points(&bad, 0).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn pdb_id_is_deterministic_and_content_sensitive() {
        let a = pdb_id(b"content", &[1; 16], "app");
        assert_eq!(a, pdb_id(b"content", &[1; 16], "app"));
        assert_ne!(a, pdb_id(b"contenu", &[1; 16], "app"));
        assert_ne!(a, pdb_id(b"content", &[2; 16], "app"));
        assert_ne!(a, pdb_id(b"content", &[1; 16], "app2"));
        assert_eq!(a[7] >> 4, 4);
        assert_eq!(a[19] & 0x80, 0x80);
    }
}
