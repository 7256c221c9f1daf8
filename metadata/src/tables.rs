//! One row struct per metadata table (ECMA-335 II.22), columns in spec order with snake_case names.
//!
//! Conventions: every coded index is stored decoded as a [`Token`] (nil = [`Token::NIL`]); simple indexes
//! (list starts such as `TypeDefRow::field_list`, and single-table references such as
//! `NestedClassRow::enclosing_class`) are plain 1-based row numbers; heap columns use the `*Idx` types.
//! `Tables` holds one `Vec` per table; row `n` is at index `n - 1`.

use crate::error::Result;
use crate::schema::{CodedIndex as CI, Col, ColValue, Sizes, read_col, write_col};
use crate::token::{BlobIdx, GuidIdx, StringIdx, TableId, Token};

macro_rules! tables {
    ($(
        $(#[$m:meta])*
        $row:ident = $tid:ident, $field:ident { $( $col:ident : $ty:ty = $kind:expr ),* $(,)? }
    )*) => {
        $(
            $(#[$m])*
            #[derive(Clone, Debug, PartialEq, Eq, Default)]
            pub struct $row { $( pub $col: $ty, )* }

            impl $row {
                /// The column kinds, in stored order.
                pub const COLUMNS: &'static [Col] = &[ $( $kind ),* ];
                fn values(&self) -> Vec<u32> { vec![ $( ColValue::to_u32(&self.$col) ),* ] }
                #[allow(unused_variables, unused_mut)]
                fn from_values(v: &[u32]) -> Self {
                    let mut it = v.iter().copied();
                    $row { $( $col: ColValue::from_u32(it.next().unwrap_or(0)), )* }
                }
            }
        )*

        /// All metadata tables of one module. Row `n` of a table is at index `n - 1`.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Tables { $( pub $field: Vec<$row>, )* }

        impl Tables {
            pub fn row_count(&self, t: TableId) -> u32 {
                match t { $( TableId::$tid => self.$field.len() as u32, )* }
            }
            /// The column kinds of table `t`.
            pub fn columns(t: TableId) -> &'static [Col] {
                match t { $( TableId::$tid => $row::COLUMNS, )* }
            }
            /// Logical column values of row index `i` (0-based) of table `t`.
            pub(crate) fn row_values(&self, t: TableId, i: usize) -> Vec<u32> {
                match t { $( TableId::$tid => self.$field.get(i).map(|r| r.values()).unwrap_or_default(), )* }
            }
            pub(crate) fn push_values(&mut self, t: TableId, v: &[u32]) {
                match t { $( TableId::$tid => self.$field.push($row::from_values(v)), )* }
            }
        }
    };
}

tables! {
    /// II.22.30: the one row naming this module.
    ModuleRow = Module, module { generation: u16 = Col::U16, name: StringIdx = Col::Str, mvid: GuidIdx = Col::Guid,
        enc_id: GuidIdx = Col::Guid, enc_base_id: GuidIdx = Col::Guid }
    /// II.22.38: a type in another module or assembly (or nested in another TypeRef).
    TypeRefRow = TypeRef, type_ref { resolution_scope: Token = Col::Coded(CI::ResolutionScope),
        name: StringIdx = Col::Str, namespace: StringIdx = Col::Str }
    /// II.22.37: a type defined here; row 1 is `<Module>`. Fields and methods are the runs starting at
    /// `field_list`/`method_list` up to the next row's.
    TypeDefRow = TypeDef, type_def { flags: u32 = Col::U32, name: StringIdx = Col::Str, namespace: StringIdx = Col::Str,
        extends: Token = Col::Coded(CI::TypeDefOrRef), field_list: u32 = Col::Table(TableId::Field),
        method_list: u32 = Col::Table(TableId::MethodDef) }
    /// II.22.15.
    FieldRow = Field, field { flags: u16 = Col::U16, name: StringIdx = Col::Str, signature: BlobIdx = Col::Blob }
    /// II.22.26. `rva` is filled by the writer from `AssemblyBuilder::method_bodies`.
    MethodDefRow = MethodDef, method_def { rva: u32 = Col::U32, impl_flags: u16 = Col::U16, flags: u16 = Col::U16,
        name: StringIdx = Col::Str, signature: BlobIdx = Col::Blob, param_list: u32 = Col::Table(TableId::Param) }
    /// II.22.33. Sequence 0 is the return value.
    ParamRow = Param, param { flags: u16 = Col::U16, sequence: u16 = Col::U16, name: StringIdx = Col::Str }
    /// II.22.23. Sorted by `class`.
    InterfaceImplRow = InterfaceImpl, interface_impl { class: u32 = Col::Table(TableId::TypeDef),
        interface: Token = Col::Coded(CI::TypeDefOrRef) }
    /// II.22.25.
    MemberRefRow = MemberRef, member_ref { class: Token = Col::Coded(CI::MemberRefParent), name: StringIdx = Col::Str,
        signature: BlobIdx = Col::Blob }
    /// II.22.9: `ty` is an ELEMENT_TYPE (the stored padding byte is always 0). Sorted by `parent`.
    ConstantRow = Constant, constant { ty: u8 = Col::U16, parent: Token = Col::Coded(CI::HasConstant),
        value: BlobIdx = Col::Blob }
    /// II.22.10. Sorted by `parent`.
    CustomAttributeRow = CustomAttribute, custom_attribute { parent: Token = Col::Coded(CI::HasCustomAttribute),
        ty: Token = Col::Coded(CI::CustomAttributeType), value: BlobIdx = Col::Blob }
    /// II.22.17. Sorted by `parent`.
    FieldMarshalRow = FieldMarshal, field_marshal { parent: Token = Col::Coded(CI::HasFieldMarshal),
        native_type: BlobIdx = Col::Blob }
    /// II.22.11. Sorted by `parent`.
    DeclSecurityRow = DeclSecurity, decl_security { action: u16 = Col::U16,
        parent: Token = Col::Coded(CI::HasDeclSecurity), permission_set: BlobIdx = Col::Blob }
    /// II.22.8. Sorted by `parent`.
    ClassLayoutRow = ClassLayout, class_layout { packing_size: u16 = Col::U16, class_size: u32 = Col::U32,
        parent: u32 = Col::Table(TableId::TypeDef) }
    /// II.22.16. Sorted by `field`.
    FieldLayoutRow = FieldLayout, field_layout { offset: u32 = Col::U32, field: u32 = Col::Table(TableId::Field) }
    /// II.22.36: local variable signatures (and calli site signatures).
    StandAloneSigRow = StandAloneSig, stand_alone_sig { signature: BlobIdx = Col::Blob }
    /// II.22.12.
    EventMapRow = EventMap, event_map { parent: u32 = Col::Table(TableId::TypeDef),
        event_list: u32 = Col::Table(TableId::Event) }
    /// II.22.13.
    EventRow = Event, event { event_flags: u16 = Col::U16, name: StringIdx = Col::Str,
        event_type: Token = Col::Coded(CI::TypeDefOrRef) }
    /// II.22.35.
    PropertyMapRow = PropertyMap, property_map { parent: u32 = Col::Table(TableId::TypeDef),
        property_list: u32 = Col::Table(TableId::Property) }
    /// II.22.34: `ty` is the property signature blob (II.23.2.5).
    PropertyRow = Property, property { flags: u16 = Col::U16, name: StringIdx = Col::Str, ty: BlobIdx = Col::Blob }
    /// II.22.28. Sorted by `association`.
    MethodSemanticsRow = MethodSemantics, method_semantics { semantics: u16 = Col::U16,
        method: u32 = Col::Table(TableId::MethodDef), association: Token = Col::Coded(CI::HasSemantics) }
    /// II.22.27. Sorted by `class`.
    MethodImplRow = MethodImpl, method_impl { class: u32 = Col::Table(TableId::TypeDef),
        method_body: Token = Col::Coded(CI::MethodDefOrRef), method_declaration: Token = Col::Coded(CI::MethodDefOrRef) }
    /// II.22.31.
    ModuleRefRow = ModuleRef, module_ref { name: StringIdx = Col::Str }
    /// II.22.39.
    TypeSpecRow = TypeSpec, type_spec { signature: BlobIdx = Col::Blob }
    /// II.22.22 (P/Invoke). Sorted by `member_forwarded`.
    ImplMapRow = ImplMap, impl_map { mapping_flags: u16 = Col::U16,
        member_forwarded: Token = Col::Coded(CI::MemberForwarded), import_name: StringIdx = Col::Str,
        import_scope: u32 = Col::Table(TableId::ModuleRef) }
    /// II.22.18. Sorted by `field`. The writer fills `rva` from `AssemblyBuilder::field_rva_data`.
    FieldRvaRow = FieldRva, field_rva { rva: u32 = Col::U32, field: u32 = Col::Table(TableId::Field) }
    /// II.22.2.
    AssemblyRow = Assembly, assembly { hash_alg_id: u32 = Col::U32, major_version: u16 = Col::U16,
        minor_version: u16 = Col::U16, build_number: u16 = Col::U16, revision_number: u16 = Col::U16,
        flags: u32 = Col::U32, public_key: BlobIdx = Col::Blob, name: StringIdx = Col::Str,
        culture: StringIdx = Col::Str }
    /// II.22.5.
    AssemblyRefRow = AssemblyRef, assembly_ref { major_version: u16 = Col::U16, minor_version: u16 = Col::U16,
        build_number: u16 = Col::U16, revision_number: u16 = Col::U16, flags: u32 = Col::U32,
        public_key_or_token: BlobIdx = Col::Blob, name: StringIdx = Col::Str, culture: StringIdx = Col::Str,
        hash_value: BlobIdx = Col::Blob }
    /// II.22.19.
    FileRow = File, file { flags: u32 = Col::U32, name: StringIdx = Col::Str, hash_value: BlobIdx = Col::Blob }
    /// II.22.14.
    ExportedTypeRow = ExportedType, exported_type { flags: u32 = Col::U32, type_def_id: u32 = Col::U32,
        name: StringIdx = Col::Str, namespace: StringIdx = Col::Str,
        implementation: Token = Col::Coded(CI::Implementation) }
    /// II.22.24.
    ManifestResourceRow = ManifestResource, manifest_resource { offset: u32 = Col::U32, flags: u32 = Col::U32,
        name: StringIdx = Col::Str, implementation: Token = Col::Coded(CI::Implementation) }
    /// II.22.32. Sorted by `nested_class`.
    NestedClassRow = NestedClass, nested_class { nested_class: u32 = Col::Table(TableId::TypeDef),
        enclosing_class: u32 = Col::Table(TableId::TypeDef) }
    /// II.22.20. Sorted by `owner`, then `number`; the caller must emit it sorted (other rows point into it).
    GenericParamRow = GenericParam, generic_param { number: u16 = Col::U16, flags: u16 = Col::U16,
        owner: Token = Col::Coded(CI::TypeOrMethodDef), name: StringIdx = Col::Str }
    /// II.22.29.
    MethodSpecRow = MethodSpec, method_spec { method: Token = Col::Coded(CI::MethodDefOrRef),
        instantiation: BlobIdx = Col::Blob }
    /// II.22.21. Sorted by `owner`; the caller must emit it sorted.
    GenericParamConstraintRow = GenericParamConstraint, generic_param_constraint {
        owner: u32 = Col::Table(TableId::GenericParam), constraint: Token = Col::Coded(CI::TypeDefOrRef) }
}

impl Tables {
    /// Appends every row of table `t` in the stored form (II.24.2.6).
    pub(crate) fn write_table(&self, t: TableId, sizes: &Sizes, out: &mut Vec<u8>) -> Result<()> {
        let cols = Tables::columns(t);
        for i in 0..self.row_count(t) as usize {
            let vals = self.row_values(t, i);
            for (&c, &v) in cols.iter().zip(vals.iter()) {
                write_col(sizes, c, v, out)?;
            }
        }
        Ok(())
    }

    /// Reads `count` rows of table `t` from `data` at `*pos`.
    pub(crate) fn read_table(
        &mut self,
        t: TableId,
        count: u32,
        sizes: &Sizes,
        data: &[u8],
        pos: &mut usize,
    ) -> Result<()> {
        let cols = Tables::columns(t);
        let mut vals = Vec::with_capacity(cols.len());
        for _ in 0..count {
            vals.clear();
            for &c in cols {
                vals.push(read_col(sizes, c, data, pos)?);
            }
            self.push_values(t, &vals);
        }
        Ok(())
    }
}
