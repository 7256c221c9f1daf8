//! Metadata tokens (ECMA-335 II.22, III.1.9) and heap indexes.

/// A metadata token: table number in the top byte, 1-based row in the low 24 bits (row 0 = nil).
/// Tokens of the `#US` heap use table byte 0x70 and a heap offset instead of a row.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Default)]
pub struct Token(pub u32);

/// The table byte of `ldstr` operands (III.4.16): the low 24 bits are a `#US` offset.
pub const USER_STRING_TABLE: u8 = 0x70;

impl Token {
    pub const NIL: Token = Token(0);

    pub fn new(t: TableId, row: u32) -> Token {
        Token(((t as u32) << 24) | (row & 0x00FF_FFFF))
    }
    /// An `ldstr` operand token for the `#US` offset.
    pub fn user_string(offset: u32) -> Token {
        Token(((USER_STRING_TABLE as u32) << 24) | (offset & 0x00FF_FFFF))
    }
    pub fn table(self) -> Option<TableId> {
        TableId::from_u8((self.0 >> 24) as u8)
    }
    /// The raw table byte (0x70 for user strings).
    pub fn table_byte(self) -> u8 {
        (self.0 >> 24) as u8
    }
    pub fn row(self) -> u32 {
        self.0 & 0x00FF_FFFF
    }
    pub fn is_nil(self) -> bool {
        self.row() == 0
    }
    pub fn is_user_string(self) -> bool {
        self.table_byte() == USER_STRING_TABLE
    }
}

macro_rules! table_ids {
    ($($name:ident = $v:literal,)*) => {
        /// The metadata tables (II.22), numbered as in the `#~` stream's Valid mask.
        #[repr(u8)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum TableId { $($name = $v,)* }
        impl TableId {
            /// Every table this crate reads and writes, in table-number order.
            pub const ALL: &'static [TableId] = &[$(TableId::$name,)*];
            pub fn from_u8(b: u8) -> Option<TableId> {
                match b { $($v => Some(TableId::$name),)* _ => None }
            }
        }
    };
}

table_ids! {
    Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, Field = 0x04, MethodDef = 0x06, Param = 0x08,
    InterfaceImpl = 0x09, MemberRef = 0x0A, Constant = 0x0B, CustomAttribute = 0x0C, FieldMarshal = 0x0D,
    DeclSecurity = 0x0E, ClassLayout = 0x0F, FieldLayout = 0x10, StandAloneSig = 0x11, EventMap = 0x12,
    Event = 0x14, PropertyMap = 0x15, Property = 0x17, MethodSemantics = 0x18, MethodImpl = 0x19,
    ModuleRef = 0x1A, TypeSpec = 0x1B, ImplMap = 0x1C, FieldRva = 0x1D, Assembly = 0x20, AssemblyRef = 0x23,
    File = 0x26, ExportedType = 0x27, ManifestResource = 0x28, NestedClass = 0x29, GenericParam = 0x2A,
    MethodSpec = 0x2B, GenericParamConstraint = 0x2C,
}

/// Offset into `#Strings` (0 = the empty string).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, PartialOrd, Ord)]
pub struct StringIdx(pub u32);
/// Offset into `#Blob` (0 = the empty blob).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, PartialOrd, Ord)]
pub struct BlobIdx(pub u32);
/// 1-based index into `#GUID` (0 = no GUID).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, PartialOrd, Ord)]
pub struct GuidIdx(pub u32);
/// Offset into `#US` (what an `ldstr` token carries in its low 24 bits).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, PartialOrd, Ord)]
pub struct UserStringIdx(pub u32);

impl UserStringIdx {
    /// The `ldstr` operand for this string.
    pub fn token(self) -> Token {
        Token::user_string(self.0)
    }
}
