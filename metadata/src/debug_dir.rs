//! The PE debug directory entry that links an assembly to its Portable PDB.
//!
//! PE/COFF data directory 6 points at an array of 28-byte IMAGE_DEBUG_DIRECTORY entries (PE/COFF spec
//! 5.1.1). The writer emits one CodeView entry (type 2) whose data is an RSDS record; the "portable" flavour
//! of that entry (dotnet/runtime docs/design/specs/PE-COFF.md, "CodeView Debug Directory Entry") has
//! MinorVersion 0x504D ("PM"), MajorVersion = the Portable PDB format version (0x0100), Age 1, and the
//! PDB id split in two: Guid = id[0..16], the entry's TimeDateStamp = id[16..20]. Mono and CoreCLR's
//! System.Reflection.Metadata both look for a `<file name of Path>.pdb` beside the assembly and accept it
//! only when the id in its #Pdb stream matches.

use crate::error::{MetadataError, Result};

/// Where an assembly's Portable PDB is and which one it is (its 20-byte PDB id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdbLink {
    /// The PDB id, as in the #Pdb stream (see [`crate::pdb`]).
    pub id: [u8; 20],
    /// The path recorded in the RSDS record. Runtimes use only its file name, looked up beside the
    /// assembly, so a plain "app.pdb" is enough; compilers usually write the full path.
    pub path: String,
}

/// Size of one IMAGE_DEBUG_DIRECTORY entry (PE/COFF 5.1.1).
pub const ENTRY_SIZE: u32 = 28;
/// IMAGE_DEBUG_TYPE_CODEVIEW.
const TYPE_CODEVIEW: u32 = 2;
/// MinorVersion of a CodeView entry describing a Portable PDB ("PM", PE-COFF.md).
const PORTABLE_MINOR: u16 = 0x504D;
/// MajorVersion: the Portable PDB format version, 1.0 (PE-COFF.md: "Major version ... of the Portable PDB").
const PORTABLE_MAJOR: u16 = 0x0100;
const RSDS: &[u8; 4] = b"RSDS";

fn bad(reason: &'static str) -> MetadataError {
    MetadataError::BadDebugInfo { reason }
}

/// The debug directory (one entry) followed by its RSDS data, for a directory placed at `rva`, which is
/// `file_offset` in the file. The entry holds both the data's RVA and its file offset (AddressOfRawData,
/// PointerToRawData): System.Reflection.Metadata reads the first for a loaded image (CoreCLR's stack
/// traces) and the second for a file on disk, Mono reads the second.
pub(crate) fn encode(link: &PdbLink, rva: u32, file_offset: u32) -> Result<Vec<u8>> {
    if link.path.contains('\0') {
        return Err(MetadataError::Invalid("PDB path contains NUL"));
    }
    let mut data = Vec::with_capacity(24 + link.path.len() + 1);
    data.extend_from_slice(RSDS);
    data.extend_from_slice(&link.id[..16]);
    data.extend_from_slice(&1u32.to_le_bytes()); // Age: always 1 for a Portable PDB
    data.extend_from_slice(link.path.as_bytes());
    data.push(0);
    let size = u32::try_from(data.len()).map_err(|_| MetadataError::TooLarge("PDB path"))?;

    let stamp = u32::from_le_bytes([link.id[16], link.id[17], link.id[18], link.id[19]]);
    let mut out = Vec::with_capacity(ENTRY_SIZE as usize + data.len());
    out.extend_from_slice(&0u32.to_le_bytes()); // Characteristics
    out.extend_from_slice(&stamp.to_le_bytes()); // TimeDateStamp = id[16..20]
    out.extend_from_slice(&PORTABLE_MAJOR.to_le_bytes());
    out.extend_from_slice(&PORTABLE_MINOR.to_le_bytes());
    out.extend_from_slice(&TYPE_CODEVIEW.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes()); // SizeOfData
    out.extend_from_slice(&(rva + ENTRY_SIZE).to_le_bytes()); // AddressOfRawData
    out.extend_from_slice(&(file_offset + ENTRY_SIZE).to_le_bytes()); // PointerToRawData
    out.extend_from_slice(&data);
    Ok(out)
}

/// One raw IMAGE_DEBUG_DIRECTORY entry.
pub(crate) struct Entry {
    pub stamp: u32,
    pub minor: u16,
    pub kind: u32,
    pub size: u32,
    pub rva: u32,
}

/// Decodes the entries of a debug directory of `dir.len()` bytes (a whole number of entries).
pub(crate) fn entries(dir: &[u8]) -> Result<Vec<Entry>> {
    if !dir.len().is_multiple_of(ENTRY_SIZE as usize) {
        return Err(bad("debug directory size is not a multiple of 28"));
    }
    let u32_at = |e: &[u8], at: usize| u32::from_le_bytes([e[at], e[at + 1], e[at + 2], e[at + 3]]);
    Ok(dir
        .chunks_exact(ENTRY_SIZE as usize)
        .map(|e| Entry {
            stamp: u32_at(e, 4),
            minor: u16::from_le_bytes([e[10], e[11]]),
            kind: u32_at(e, 12),
            size: u32_at(e, 16),
            rva: u32_at(e, 20),
        })
        .collect())
}

/// Whether `e` is the CodeView entry of a Portable PDB (Windows PDBs use MinorVersion 0).
pub(crate) fn is_portable_codeview(e: &Entry) -> bool {
    e.kind == TYPE_CODEVIEW && e.minor == PORTABLE_MINOR
}

/// Decodes the RSDS record of a portable CodeView entry (`data` = its SizeOfData bytes).
pub(crate) fn decode_rsds(e: &Entry, data: &[u8]) -> Result<PdbLink> {
    if data.get(0..4) != Some(RSDS) {
        return Err(bad("CodeView data does not start with RSDS"));
    }
    let guid = data.get(4..20).ok_or(bad("RSDS record truncated"))?;
    let path = data.get(24..).ok_or(bad("RSDS record truncated"))?;
    let end = path
        .iter()
        .position(|&c| c == 0)
        .ok_or(bad("RSDS path is not NUL-terminated"))?;
    let path = std::str::from_utf8(&path[..end]).map_err(|_| bad("RSDS path is not UTF-8"))?;
    let mut id = [0u8; 20];
    id[..16].copy_from_slice(guid);
    id[16..].copy_from_slice(&e.stamp.to_le_bytes());
    Ok(PdbLink {
        id,
        path: path.to_string(),
    })
}
