//! Writer -> reader round trips of every table, index widths, and the writer's sorting rules.

mod common;
use metadata::signature::*;
use metadata::*;

fn tok(t: TableId, row: u32) -> Token {
    Token::new(t, row)
}

/// A library with one or two rows in every table, already in sorted order.
fn every_table() -> AssemblyBuilder {
    use TableId as T;
    let mut b = AssemblyBuilder::new(ModuleKind::Dll);
    let s = |b: &mut AssemblyBuilder, x: &str| b.strings.add(x);
    let name = s(&mut b, "all.dll");
    let mvid = b.guids.add([1; 16]);
    let enc = b.guids.add([2; 16]);
    b.tables.module.push(ModuleRow {
        generation: 0,
        name,
        mvid,
        enc_id: enc,
        enc_base_id: GuidIdx(0),
    });
    let corlib = b.add_mscorlib_ref();
    let object = b.add_type_ref(corlib, "System", "Object");
    let attr = b.add_type_ref(corlib, "System", "Attribute");
    let nested_ref = b.add_type_ref(object, "", "Inner");
    let sig_void = encode_method_sig(&MethodSig::instance(TypeSig::Void, vec![])).unwrap();
    let attr_ctor = b.add_member_ref(attr, ".ctor", &sig_void);
    let field_sig = b.blobs.add(&encode_field_sig(&TypeSig::I4).unwrap());
    let msig = b.blobs.add(&sig_void);
    let psig = b
        .blobs
        .add(&encode_property_sig(&MethodSig::instance(TypeSig::I4, vec![])).unwrap());
    let t = &mut b.tables;
    let (n1, n2, n3) = (StringIdx(1), StringIdx(2), StringIdx(3)); // any valid offsets ("all.dll" suffixes)
    t.type_def.push(TypeDefRow {
        name: n1,
        field_list: 1,
        method_list: 1,
        ..Default::default()
    });
    t.type_def.push(TypeDefRow {
        flags: 0x100001,
        name: n2,
        namespace: n3,
        extends: object,
        field_list: 1,
        method_list: 1,
    });
    t.type_def.push(TypeDefRow {
        flags: 0x2,
        name: n3,
        namespace: StringIdx(0),
        extends: object,
        field_list: 3,
        method_list: 3,
    });
    t.field.push(FieldRow {
        flags: 0x16,
        name: n1,
        signature: field_sig,
    });
    t.field.push(FieldRow {
        flags: 0x13,
        name: n2,
        signature: field_sig,
    });
    t.method_def.push(MethodDefRow {
        rva: 0,
        impl_flags: 0,
        flags: 0x5C6,
        name: n1,
        signature: msig,
        param_list: 1,
    });
    t.method_def.push(MethodDefRow {
        rva: 0,
        impl_flags: 0x1000,
        flags: 0x96,
        name: n2,
        signature: msig,
        param_list: 2,
    });
    t.param.push(ParamRow {
        flags: 0x1000,
        sequence: 0,
        name: n3,
    });
    t.interface_impl.push(InterfaceImplRow {
        class: 2,
        interface: nested_ref,
    });
    t.constant.push(ConstantRow {
        ty: 0x08,
        parent: tok(T::Field, 1),
        value: BlobIdx(1),
    });
    t.constant.push(ConstantRow {
        ty: 0x08,
        parent: tok(T::Param, 1),
        value: BlobIdx(1),
    });
    // HasCustomAttribute keys: Assembly 1 = (1 << 5) | 14 sorts before TypeDef 2 = (2 << 5) | 3.
    t.custom_attribute.push(CustomAttributeRow {
        parent: tok(T::Assembly, 1),
        ty: attr_ctor,
        value: BlobIdx(1),
    });
    t.custom_attribute.push(CustomAttributeRow {
        parent: tok(T::TypeDef, 2),
        ty: attr_ctor,
        value: BlobIdx(1),
    });
    t.field_marshal.push(FieldMarshalRow {
        parent: tok(T::Field, 2),
        native_type: BlobIdx(1),
    });
    t.decl_security.push(DeclSecurityRow {
        action: 2,
        parent: tok(T::TypeDef, 2),
        permission_set: BlobIdx(1),
    });
    t.class_layout.push(ClassLayoutRow {
        packing_size: 1,
        class_size: 16,
        parent: 3,
    });
    t.field_layout.push(FieldLayoutRow {
        offset: 8,
        field: 2,
    });
    t.stand_alone_sig.push(StandAloneSigRow {
        signature: BlobIdx(1),
    });
    t.event_map.push(EventMapRow {
        parent: 2,
        event_list: 1,
    });
    t.event.push(EventRow {
        event_flags: 0,
        name: n1,
        event_type: object,
    });
    t.property_map.push(PropertyMapRow {
        parent: 2,
        property_list: 1,
    });
    t.property.push(PropertyRow {
        flags: 0,
        name: n2,
        ty: psig,
    });
    t.method_semantics.push(MethodSemanticsRow {
        semantics: 8,
        method: 1,
        association: tok(T::Event, 1),
    });
    t.method_semantics.push(MethodSemanticsRow {
        semantics: 2,
        method: 2,
        association: tok(T::Property, 1),
    });
    t.method_impl.push(MethodImplRow {
        class: 2,
        method_body: tok(T::MethodDef, 1),
        method_declaration: attr_ctor,
    });
    t.module_ref.push(ModuleRefRow { name: n1 });
    t.type_spec.push(TypeSpecRow {
        signature: BlobIdx(1),
    });
    t.impl_map.push(ImplMapRow {
        mapping_flags: 0x100,
        member_forwarded: tok(T::MethodDef, 2),
        import_name: n2,
        import_scope: 1,
    });
    t.field_rva.push(FieldRvaRow { rva: 0, field: 1 });
    t.assembly.push(AssemblyRow {
        hash_alg_id: 0x8004,
        major_version: 1,
        minor_version: 2,
        build_number: 3,
        revision_number: 4,
        flags: 0,
        public_key: BlobIdx(0),
        name: n1,
        culture: StringIdx(0),
    });
    t.file.push(FileRow {
        flags: 0,
        name: n2,
        hash_value: BlobIdx(1),
    });
    t.exported_type.push(ExportedTypeRow {
        flags: 1,
        type_def_id: 0,
        name: n1,
        namespace: n2,
        implementation: tok(T::File, 1),
    });
    t.manifest_resource.push(ManifestResourceRow {
        offset: 0,
        flags: 1,
        name: n3,
        implementation: tok(T::AssemblyRef, 1),
    });
    t.nested_class.push(NestedClassRow {
        nested_class: 3,
        enclosing_class: 2,
    });
    // TypeOrMethodDef keys: MethodDef 1 = (1 << 1) | 1 = 3 sorts before TypeDef 2 = (2 << 1) | 0 = 4.
    t.generic_param.push(GenericParamRow {
        number: 0,
        flags: 0,
        owner: tok(T::MethodDef, 1),
        name: n3,
    });
    t.generic_param.push(GenericParamRow {
        number: 0,
        flags: 0,
        owner: tok(T::TypeDef, 2),
        name: n1,
    });
    t.generic_param.push(GenericParamRow {
        number: 1,
        flags: 4,
        owner: tok(T::TypeDef, 2),
        name: n2,
    });
    t.method_spec.push(MethodSpecRow {
        method: tok(T::MethodDef, 1),
        instantiation: BlobIdx(1),
    });
    t.generic_param_constraint.push(GenericParamConstraintRow {
        owner: 2,
        constraint: object,
    });
    b.method_bodies = vec![
        Some(MethodBody {
            max_stack: 0,
            code: vec![0x2A],
            ..Default::default()
        }),
        None,
    ];
    b.field_rva_data = vec![vec![1, 2, 3, 4]];
    b
}

#[test]
fn every_table_round_trips() {
    let b = every_table();
    let img = Image::parse(b.write().unwrap()).unwrap();
    let mut expected = b.tables.clone();
    assert_ne!(img.tables.method_def[0].rva, 0);
    assert_eq!(img.tables.method_def[1].rva, 0, "no body => RVA 0");
    expected.method_def[0].rva = img.tables.method_def[0].rva;
    expected.field_rva[0].rva = img.tables.field_rva[0].rva;
    assert_eq!(img.tables, expected);
    for &t in TableId::ALL {
        assert!(img.tables.row_count(t) > 0, "{t:?} has a row");
    }
    assert_eq!(
        img.slice_at_rva(img.tables.field_rva[0].rva).unwrap()[..4],
        [1, 2, 3, 4]
    );
    assert_eq!(img.type_ref_full_name(3).unwrap(), "System.Object/Inner");
    assert_eq!(
        img.type_def_full_name(3).unwrap(),
        format!(
            "{}/{}",
            img.type_def_full_name(2).unwrap(),
            img.string(StringIdx(3)).unwrap()
        )
    );
    assert_eq!(img.enclosing_type(3), Some(2));
    assert_eq!(img.guid(GuidIdx(2)).unwrap(), [2; 16]);
    assert_eq!(img.method_body(1).unwrap().unwrap().code, vec![0x2A]);
    assert_eq!(img.method_body(2).unwrap(), None);
    assert_eq!(img.field_owner(2), 2);
    assert_eq!(img.field_owner(3), 0);
    assert_eq!(img.type_fields(3), 3..3);
    // The disassembler copes with every table.
    disassemble(&img).unwrap();
}

#[test]
fn wide_indexes_round_trip() {
    // Over 65535 rows and a #Strings heap over 64 KiB switch simple, coded and heap indexes to 4 bytes.
    let mut b = every_table();
    let sig = b.tables.field[0].signature;
    for i in 0..70_000 {
        let name = b.strings.add(&format!("f{i}"));
        b.tables.field.push(FieldRow {
            flags: 0x16,
            name,
            signature: sig,
        });
    }
    let img = Image::parse(b.write().unwrap()).unwrap();
    assert_eq!(img.tables.field.len(), 70_002);
    assert_eq!(img.string(img.tables.field[70_001].name).unwrap(), "f69999");
    assert_eq!(img.tables.custom_attribute, b.tables.custom_attribute);
    assert_eq!(img.tables.constant, b.tables.constant);
    assert_eq!(img.type_fields(3), 3..70_003);
}

#[test]
fn writer_sorts_keyed_tables_and_renumbers_attribute_parents() {
    use TableId as T;
    let mut b = every_table();
    // Unsorted CustomAttribute and InterfaceImpl; an attribute on InterfaceImpl row 1, which moves.
    let ctor = b.tables.custom_attribute[0].ty;
    let object = b.tables.interface_impl[0].interface;
    b.tables.interface_impl.insert(
        0,
        InterfaceImplRow {
            class: 3,
            interface: object,
        },
    );
    b.tables.custom_attribute.push(CustomAttributeRow {
        parent: tok(T::InterfaceImpl, 1),
        ty: ctor,
        value: BlobIdx(0),
    });
    b.tables.custom_attribute.push(CustomAttributeRow {
        parent: tok(T::MethodDef, 1),
        ty: ctor,
        value: BlobIdx(0),
    });
    b.tables.constant.reverse();
    let img = Image::parse(b.write().unwrap()).unwrap();
    let key = |t: Token| CodedIndex::HasCustomAttribute.encode(t).unwrap();
    let cas = &img.tables.custom_attribute;
    assert!(cas.windows(2).all(|w| key(w[0].parent) <= key(w[1].parent)));
    assert_eq!(img.tables.interface_impl[0].class, 2);
    assert_eq!(img.tables.interface_impl[1].class, 3);
    assert!(
        cas.iter().any(|c| c.parent == tok(T::InterfaceImpl, 2)),
        "attribute follows its InterfaceImpl row"
    );
    assert_eq!(img.tables.constant[0].parent, tok(T::Field, 1));

    let mut b = every_table();
    b.tables.generic_param.swap(0, 1);
    assert_eq!(
        b.write().unwrap_err(),
        MetadataError::Unsorted {
            table: T::GenericParam
        }
    );
}

#[test]
fn builder_errors_are_values() {
    let mut b = every_table();
    b.kind = ModuleKind::Exe;
    assert!(
        matches!(b.write(), Err(MetadataError::BadToken { .. })),
        "exe without entry point"
    );
    let mut b = every_table();
    b.tables.type_def[1].extends = Token::new(TableId::Field, 1);
    assert!(matches!(
        b.write(),
        Err(MetadataError::BadCodedIndex { .. })
    ));
    let mut b = every_table();
    b.method_bodies.push(None);
    b.method_bodies.push(None);
    assert!(b.write().is_err());
}
