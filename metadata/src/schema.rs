//! How table rows are laid out in the `#~` stream (ECMA-335 II.24.2.6): column kinds, index widths and the
//! coded indexes of II.24.2.6, shared by the writer and the reader.

use crate::error::{MetadataError, Result};
use crate::token::{TableId, Token};

/// A coded index: a token squeezed into one column with the table as a tag in the low bits (II.24.2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodedIndex {
    TypeDefOrRef,
    HasConstant,
    HasCustomAttribute,
    HasFieldMarshal,
    HasDeclSecurity,
    MemberRefParent,
    HasSemantics,
    MethodDefOrRef,
    MemberForwarded,
    Implementation,
    CustomAttributeType,
    ResolutionScope,
    TypeOrMethodDef,
}

use TableId as T;

impl CodedIndex {
    /// The tables by tag value; `None` marks tags ECMA leaves unused.
    pub fn tables(self) -> &'static [Option<TableId>] {
        use CodedIndex::*;
        match self {
            TypeDefOrRef => &[Some(T::TypeDef), Some(T::TypeRef), Some(T::TypeSpec)],
            HasConstant => &[Some(T::Field), Some(T::Param), Some(T::Property)],
            HasCustomAttribute => &[
                Some(T::MethodDef),
                Some(T::Field),
                Some(T::TypeRef),
                Some(T::TypeDef),
                Some(T::Param),
                Some(T::InterfaceImpl),
                Some(T::MemberRef),
                Some(T::Module),
                Some(T::DeclSecurity),
                Some(T::Property),
                Some(T::Event),
                Some(T::StandAloneSig),
                Some(T::ModuleRef),
                Some(T::TypeSpec),
                Some(T::Assembly),
                Some(T::AssemblyRef),
                Some(T::File),
                Some(T::ExportedType),
                Some(T::ManifestResource),
                Some(T::GenericParam),
                Some(T::GenericParamConstraint),
                Some(T::MethodSpec),
            ],
            HasFieldMarshal => &[Some(T::Field), Some(T::Param)],
            HasDeclSecurity => &[Some(T::TypeDef), Some(T::MethodDef), Some(T::Assembly)],
            MemberRefParent => &[
                Some(T::TypeDef),
                Some(T::TypeRef),
                Some(T::ModuleRef),
                Some(T::MethodDef),
                Some(T::TypeSpec),
            ],
            HasSemantics => &[Some(T::Event), Some(T::Property)],
            MethodDefOrRef => &[Some(T::MethodDef), Some(T::MemberRef)],
            MemberForwarded => &[Some(T::Field), Some(T::MethodDef)],
            Implementation => &[Some(T::File), Some(T::AssemblyRef), Some(T::ExportedType)],
            CustomAttributeType => &[None, None, Some(T::MethodDef), Some(T::MemberRef), None],
            ResolutionScope => &[
                Some(T::Module),
                Some(T::ModuleRef),
                Some(T::AssemblyRef),
                Some(T::TypeRef),
            ],
            TypeOrMethodDef => &[Some(T::TypeDef), Some(T::MethodDef)],
        }
    }

    pub fn tag_bits(self) -> u32 {
        let n = self.tables().len() as u32;
        32 - (n - 1).leading_zeros()
    }

    pub fn name(self) -> &'static str {
        use CodedIndex::*;
        match self {
            TypeDefOrRef => "TypeDefOrRef",
            HasConstant => "HasConstant",
            HasCustomAttribute => "HasCustomAttribute",
            HasFieldMarshal => "HasFieldMarshal",
            HasDeclSecurity => "HasDeclSecurity",
            MemberRefParent => "MemberRefParent",
            HasSemantics => "HasSemantics",
            MethodDefOrRef => "MethodDefOrRef",
            MemberForwarded => "MemberForwarded",
            Implementation => "Implementation",
            CustomAttributeType => "CustomAttributeType",
            ResolutionScope => "ResolutionScope",
            TypeOrMethodDef => "TypeOrMethodDef",
        }
    }

    /// Token -> stored value (`row << bits | tag`); the nil token is 0.
    pub fn encode(self, t: Token) -> Result<u32> {
        if t.is_nil() {
            return Ok(0);
        }
        let bad = MetadataError::BadCodedIndex {
            index: self.name(),
            value: t.0,
        };
        let table = t.table().ok_or(bad.clone())?;
        let tag = self
            .tables()
            .iter()
            .position(|&x| x == Some(table))
            .ok_or(bad.clone())? as u32;
        let bits = self.tag_bits();
        if t.row() >= (1 << (32 - bits)) {
            return Err(bad);
        }
        Ok((t.row() << bits) | tag)
    }

    /// Stored value -> token; a zero row decodes to [`Token::NIL`] whatever the tag.
    pub fn decode(self, v: u32) -> Result<Token> {
        let bits = self.tag_bits();
        let tag = (v & ((1 << bits) - 1)) as usize;
        let row = v >> bits;
        if row == 0 {
            return Ok(Token::NIL);
        }
        let bad = MetadataError::BadCodedIndex {
            index: self.name(),
            value: v,
        };
        let table = self
            .tables()
            .get(tag)
            .copied()
            .flatten()
            .ok_or(bad.clone())?;
        if row > 0x00FF_FFFF {
            return Err(bad);
        }
        Ok(Token::new(table, row))
    }
}

/// The kind of one column, which fixes how wide it is (II.24.2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    U16,
    U32,
    Str,
    Guid,
    Blob,
    /// A simple index into one table (a row number).
    Table(TableId),
    Coded(CodedIndex),
}

/// Index widths for one image: heap flags and row counts.
#[derive(Clone, Debug)]
pub struct Sizes {
    pub wide_strings: bool,
    pub wide_guids: bool,
    pub wide_blobs: bool,
    pub rows: [u32; 64],
}

impl Sizes {
    /// The `HeapSizes` byte of the `#~` header (II.24.2.6).
    pub fn heap_sizes_byte(&self) -> u8 {
        (self.wide_strings as u8) | ((self.wide_guids as u8) << 1) | ((self.wide_blobs as u8) << 2)
    }

    pub fn col_size(&self, c: Col) -> usize {
        match c {
            Col::U16 => 2,
            Col::U32 => 4,
            Col::Str => 2 + 2 * self.wide_strings as usize,
            Col::Guid => 2 + 2 * self.wide_guids as usize,
            Col::Blob => 2 + 2 * self.wide_blobs as usize,
            Col::Table(t) => {
                if self.rows[t as usize] < 0x10000 {
                    2
                } else {
                    4
                }
            }
            Col::Coded(ci) => {
                let max = ci
                    .tables()
                    .iter()
                    .flatten()
                    .map(|&t| self.rows[t as usize])
                    .max()
                    .unwrap_or(0);
                if max < (1u32 << (16 - ci.tag_bits())) {
                    2
                } else {
                    4
                }
            }
        }
    }

    pub fn row_size(&self, cols: &[Col]) -> usize {
        cols.iter().map(|&c| self.col_size(c)).sum()
    }
}

/// Column values of a row as they appear in the row structs ("logical": tokens for coded indexes).
pub trait ColValue {
    fn to_u32(&self) -> u32;
    fn from_u32(v: u32) -> Self;
}

impl ColValue for u8 {
    fn to_u32(&self) -> u32 {
        *self as u32
    }
    fn from_u32(v: u32) -> Self {
        v as u8
    }
}
impl ColValue for u16 {
    fn to_u32(&self) -> u32 {
        *self as u32
    }
    fn from_u32(v: u32) -> Self {
        v as u16
    }
}
impl ColValue for u32 {
    fn to_u32(&self) -> u32 {
        *self
    }
    fn from_u32(v: u32) -> Self {
        v
    }
}
macro_rules! newtype_col {
    ($($t:ty),*) => {$(
        impl ColValue for $t {
            fn to_u32(&self) -> u32 { self.0 }
            fn from_u32(v: u32) -> Self { Self(v) }
        }
    )*};
}
newtype_col!(
    crate::token::StringIdx,
    crate::token::BlobIdx,
    crate::token::GuidIdx,
    Token
);

/// Writes one logical value as the stored column.
pub fn write_col(sizes: &Sizes, c: Col, v: u32, out: &mut Vec<u8>) -> Result<()> {
    let stored = match c {
        Col::Coded(ci) => ci.encode(Token(v))?,
        _ => v,
    };
    match sizes.col_size(c) {
        2 => {
            let v16 = u16::try_from(stored)
                .map_err(|_| MetadataError::TooLarge("value for a 2-byte column"))?;
            out.extend_from_slice(&v16.to_le_bytes());
        }
        _ => out.extend_from_slice(&stored.to_le_bytes()),
    }
    Ok(())
}

/// Reads one stored column at `*pos` and returns the logical value.
pub fn read_col(sizes: &Sizes, c: Col, data: &[u8], pos: &mut usize) -> Result<u32> {
    let n = sizes.col_size(c);
    let b = data
        .get(*pos..*pos + n)
        .ok_or(MetadataError::Truncated { what: "table row" })?;
    *pos += n;
    let raw = if n == 2 {
        u16::from_le_bytes([b[0], b[1]]) as u32
    } else {
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    };
    match c {
        Col::Coded(ci) => Ok(ci.decode(raw)?.0),
        _ => Ok(raw),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coded_index_bits_and_round_trip() {
        assert_eq!(CodedIndex::TypeDefOrRef.tag_bits(), 2);
        assert_eq!(CodedIndex::HasCustomAttribute.tag_bits(), 5);
        assert_eq!(CodedIndex::CustomAttributeType.tag_bits(), 3);
        assert_eq!(CodedIndex::MemberRefParent.tag_bits(), 3);
        assert_eq!(CodedIndex::HasSemantics.tag_bits(), 1);
        assert_eq!(CodedIndex::ResolutionScope.tag_bits(), 2);
        let t = Token::new(TableId::MemberRef, 5);
        assert_eq!(
            CodedIndex::CustomAttributeType.encode(t).unwrap(),
            (5 << 3) | 3
        );
        assert_eq!(
            CodedIndex::CustomAttributeType
                .decode((5 << 3) | 3)
                .unwrap(),
            t
        );
        assert!(
            CodedIndex::CustomAttributeType
                .decode((5 << 3) | 1)
                .is_err()
        );
        assert!(
            CodedIndex::TypeDefOrRef
                .encode(Token::new(TableId::Field, 1))
                .is_err()
        );
        assert_eq!(CodedIndex::TypeDefOrRef.encode(Token::NIL).unwrap(), 0);
        assert_eq!(CodedIndex::TypeDefOrRef.decode(1).unwrap(), Token::NIL);
    }

    #[test]
    fn coded_width_threshold_matches_mcs() {
        // docs/assembly-file.md §5: HasCustomAttribute is 2 bytes with 2047 MethodDef rows, 4 with 2048.
        let mut s = Sizes {
            wide_strings: false,
            wide_guids: false,
            wide_blobs: false,
            rows: [0; 64],
        };
        s.rows[TableId::MethodDef as usize] = 2047;
        assert_eq!(s.col_size(Col::Coded(CodedIndex::HasCustomAttribute)), 2);
        s.rows[TableId::MethodDef as usize] = 2048;
        assert_eq!(s.col_size(Col::Coded(CodedIndex::HasCustomAttribute)), 4);
        assert_eq!(s.col_size(Col::Coded(CodedIndex::TypeDefOrRef)), 2);
    }
}
