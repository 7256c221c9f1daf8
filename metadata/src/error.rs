//! The one error type of the crate: every malformed input becomes one of these, never a panic.

use crate::token::{TableId, Token};
use std::fmt;

/// What went wrong while reading or writing an assembly file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataError {
    /// The bytes are not a PE image with a CLI header (ECMA-335 II.25.2).
    NotPe(&'static str),
    /// Input ended early while reading `what`.
    Truncated { what: &'static str },
    /// An RVA that no section contains.
    BadRva { rva: u32 },
    /// An index outside its heap, or heap content that does not decode.
    BadHeap { heap: &'static str, index: u32 },
    /// A coded index (II.24.2.6) whose tag is unused, or a token of a table the coded index cannot name.
    /// `value` is the raw stored value when reading and the token when writing.
    BadCodedIndex { index: &'static str, value: u32 },
    /// A row index past the end of its table.
    BadRowIndex { table: TableId, row: u32 },
    /// A table number this crate does not know (or a forbidden *Ptr table).
    UnknownTable { table: u8 },
    /// A signature blob that does not follow II.23.2.
    BadSignature { reason: &'static str },
    /// A method body header or exception section that does not follow II.25.4.
    BadMethodBody { reason: &'static str },
    /// CIL bytes that do not decode (Partition III), at this IL offset.
    BadIl { offset: u32, reason: &'static str },
    /// An instruction given an operand of the wrong kind.
    BadOperand { opcode: &'static str },
    /// A table that must be sorted by the caller is not (II.22: GenericParam, GenericParamConstraint).
    Unsorted { table: TableId },
    /// A token that is not valid where it is used.
    BadToken { token: Token, reason: &'static str },
    /// Something legal in ECMA-335 that this crate does not handle.
    Unsupported(&'static str),
    /// A size that exceeds a format limit.
    TooLarge(&'static str),
    /// The builder is inconsistent (e.g. more method bodies than MethodDef rows).
    Invalid(&'static str),
    /// A Portable PDB, sequence-points blob or PE debug directory that does not follow its spec
    /// (dotnet/runtime docs/design/specs/PortablePdb-Metadata.md and PE-COFF.md).
    BadDebugInfo { reason: &'static str },
}

impl fmt::Display for MetadataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use MetadataError::*;
        match self {
            NotPe(why) => write!(f, "not a .NET PE image: {why}"),
            Truncated { what } => write!(f, "file truncated while reading {what}"),
            BadRva { rva } => write!(f, "RVA 0x{rva:08x} is not inside any section"),
            BadHeap { heap, index } => write!(f, "bad {heap} heap index 0x{index:x}"),
            BadCodedIndex { index, value } => write!(f, "bad {index} coded index 0x{value:08x}"),
            BadRowIndex { table, row } => write!(f, "row {row} is past the end of table {table:?}"),
            UnknownTable { table } => write!(f, "unsupported metadata table 0x{table:02x}"),
            BadSignature { reason } => write!(f, "bad signature: {reason}"),
            BadMethodBody { reason } => write!(f, "bad method body: {reason}"),
            BadIl { offset, reason } => write!(f, "bad IL at IL_{offset:04x}: {reason}"),
            BadOperand { opcode } => write!(f, "wrong operand kind for {opcode}"),
            Unsorted { table } => write!(f, "table {table:?} must be sorted by its key column"),
            BadToken { token, reason } => write!(f, "bad token 0x{:08x}: {reason}", token.0),
            Unsupported(what) => write!(f, "unsupported: {what}"),
            TooLarge(what) => write!(f, "too large: {what}"),
            Invalid(what) => write!(f, "invalid assembly builder: {what}"),
            BadDebugInfo { reason } => write!(f, "bad debug information: {reason}"),
        }
    }
}

impl std::error::Error for MetadataError {}

pub type Result<T, E = MetadataError> = std::result::Result<T, E>;
