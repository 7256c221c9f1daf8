//! The ECMA-335 assembly file format, both ways.
//!
//! In: an [`AssemblyBuilder`] (tables, heaps, method bodies) from `ilgen`, or the bytes of any .exe/.dll.
//! Out: a PE32 image that peverify accepts and Mono and CoreCLR run ([`AssemblyBuilder::write`]), or an
//! [`Image`] with every table decoded ([`Image::parse`]), plus signatures, CIL opcodes, method bodies and an
//! ilasm-syntax disassembler ([`disassemble`]). Beside the assembly, the Portable PDB that maps IL offsets
//! to source lines: [`PdbBuilder::write`] produces the .pdb and its id, [`AssemblyBuilder::debug`] links the
//! assembly to it through a PE debug directory, and [`DebugInfo::parse`] / [`DebugInfo::line_at`] read it.
//!
//! Invariants: coded indexes are decoded into [`Token`]s on read and encoded on write, so callers never see
//! tag bits; reading never panics on malformed input (every error is a [`MetadataError`]); the writer sorts
//! the tables ECMA requires sorted, except GenericParam/GenericParamConstraint, which it only checks.
//! No dependencies: the format is the teaching material.

pub mod body;
pub mod debug_dir;
pub mod dis;
mod dis_body;
mod dis_names;
pub mod error;
pub mod heaps;
pub mod opcodes;
pub mod pdb;
mod pdb_read;
mod pdb_write;
pub mod reader;
pub mod schema;
pub mod signature;
pub mod tables;
pub mod token;
pub mod writer;

pub use body::{EhClause, EhKind, MethodBody};
pub use debug_dir::PdbLink;
pub use dis::disassemble;
pub use error::MetadataError;
pub use heaps::{BlobHeapBuilder, GuidHeapBuilder, StringHeapBuilder, UserStringHeapBuilder};
pub use opcodes::{Instr, Opcode, Operand, OperandKind, decode_il, encode_instr};
pub use pdb::{DebugInfo, MethodDebug, PdbBuilder, SequencePoint};
pub use reader::Image;
pub use schema::CodedIndex;
pub use signature::{
    MethodSig, TypeSig, decode_field_sig, decode_local_sig, decode_method_sig, decode_method_spec,
    decode_property_sig, decode_type_spec, encode_field_sig, encode_local_sig, encode_method_sig,
    encode_method_spec, encode_property_sig, encode_type_spec,
};
pub use tables::*;
pub use token::{BlobIdx, GuidIdx, StringIdx, TableId, Token, UserStringIdx};
pub use writer::{AssemblyBuilder, ModuleKind};
