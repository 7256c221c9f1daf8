//! Round trips of signatures (II.23.2), every opcode (Partition III) and method bodies (II.25.4).

use metadata::opcodes::{Opcode, Operand, OperandKind, decode_il, encode_instr};
use metadata::signature::*;
use metadata::*;

fn tr() -> Token {
    Token::new(TableId::TypeRef, 3)
}

fn sample_types() -> Vec<TypeSig> {
    use TypeSig::*;
    vec![
        Boolean,
        Char,
        I1,
        U1,
        I2,
        U2,
        I4,
        U4,
        I8,
        U8,
        R4,
        R8,
        String,
        Object,
        IntPtr,
        UIntPtr,
        TypedByRef,
        Class(tr()),
        ValueType(Token::new(TableId::TypeDef, 70_000)),
        Class(Token::new(TableId::TypeSpec, 1)),
        SzArray(Box::new(SzArray(Box::new(I4)))),
        Array {
            elem: Box::new(R8),
            rank: 3,
            sizes: vec![2, 3],
            lo_bounds: vec![-1, 0x3000],
        },
        Array {
            elem: Box::new(String),
            rank: 2,
            sizes: vec![],
            lo_bounds: vec![],
        },
        ByRef(Box::new(I4)),
        Ptr(Box::new(Ptr(Box::new(Void)))),
        GenericInst {
            is_value_type: false,
            ty: tr(),
            args: vec![I4, Var(0), MVar(1)],
        },
        GenericInst {
            is_value_type: true,
            ty: tr(),
            args: vec![GenericInst {
                is_value_type: false,
                ty: tr(),
                args: vec![String],
            }],
        },
        Var(200),
        MVar(0),
        CModReqd(tr(), Box::new(I4)),
        CModOpt(tr(), Box::new(Object)),
        FnPtr(Box::new(MethodSig::static_(I4, vec![String]))),
    ]
}

#[test]
fn signatures_round_trip() {
    for t in sample_types() {
        let f = encode_field_sig(&t).unwrap();
        assert_eq!(decode_field_sig(&f).unwrap(), t, "field sig {t:?}");
        let s = encode_type_spec(&t).unwrap();
        assert_eq!(decode_type_spec(&s).unwrap(), t);
    }
    let types = sample_types();
    let m = MethodSig {
        has_this: true,
        explicit_this: false,
        generic_param_count: 2,
        ret: TypeSig::Void,
        params: types.clone(),
    };
    assert_eq!(
        decode_method_sig(&encode_method_sig(&m).unwrap()).unwrap(),
        m
    );
    let m = MethodSig::static_(TypeSig::I4, vec![]);
    let enc = encode_method_sig(&m).unwrap();
    assert_eq!(enc, vec![0x00, 0x00, 0x08]);
    assert_eq!(decode_method_sig(&enc).unwrap(), m);
    // II.23.2.1 example shape: instance void (string) = 20 01 01 0E
    assert_eq!(
        encode_method_sig(&MethodSig::instance(TypeSig::Void, vec![TypeSig::String])).unwrap(),
        vec![0x20, 1, 1, 0x0E]
    );

    let mut locals = types.clone();
    locals.push(TypeSig::Pinned(Box::new(TypeSig::ByRef(Box::new(
        TypeSig::U1,
    )))));
    let l = encode_local_sig(&locals).unwrap();
    assert_eq!(l[0], 0x07);
    assert_eq!(decode_local_sig(&l).unwrap(), locals);

    let p = MethodSig::instance(TypeSig::String, vec![TypeSig::I4]);
    let pe = encode_property_sig(&p).unwrap();
    assert_eq!(pe[0], 0x28);
    assert_eq!(decode_property_sig(&pe).unwrap(), p);

    let ms = encode_method_spec(&types).unwrap();
    assert_eq!(decode_method_spec(&ms).unwrap(), types);
    assert_eq!(
        encode_field_sig(&TypeSig::Class(tr())).unwrap(),
        vec![0x06, 0x12, (3 << 2) | 1]
    );
}

#[test]
fn bad_signatures_are_errors() {
    assert!(decode_field_sig(&[]).is_err());
    assert!(decode_field_sig(&[0x06]).is_err());
    assert!(
        decode_field_sig(&[0x06, 0x08, 0x08]).is_err(),
        "trailing bytes"
    );
    assert!(decode_field_sig(&[0x06, 0x12, 0x03]).is_err(), "tag 3");
    assert!(decode_method_sig(&[0x05, 0, 1]).is_err(), "vararg");
    assert!(
        decode_method_sig(&[0x00, 0xBF, 0xFF, 0x01]).is_err(),
        "huge count"
    );
    assert!(decode_local_sig(&[0x07, 0xC0, 0, 0, 0xFF]).is_err());
    let deep = std::iter::once(0x06)
        .chain(std::iter::repeat_n(0x0F, 10_000))
        .collect::<Vec<u8>>();
    assert!(decode_field_sig(&deep).is_err(), "nesting limit");
    assert!(encode_field_sig(&TypeSig::Class(Token::new(TableId::Field, 1))).is_err());
}

fn sample_operand(kind: OperandKind, at: usize) -> Operand {
    match kind {
        OperandKind::None => Operand::None,
        OperandKind::I8 => Operand::I8(-5),
        OperandKind::U8 => Operand::U8(4),
        OperandKind::I32 => Operand::I32(-123456),
        OperandKind::I64 => Operand::I64(i64::MIN + 7),
        OperandKind::R4 => Operand::R4(1.5),
        OperandKind::R8 => Operand::R8(-2.25e300),
        OperandKind::Token => Operand::Token(Token::new(TableId::MemberRef, 9)),
        OperandKind::BrTarget8 => Operand::Branch(at as i64),
        OperandKind::BrTarget32 => Operand::Branch(0),
        OperandKind::Switch => Operand::Switch(vec![0, at as i64, 3]),
        OperandKind::Var8 => Operand::Var(200),
        OperandKind::Var16 => Operand::Var(60000),
    }
}

#[test]
fn every_opcode_round_trips() {
    let mut code = Vec::new();
    let mut expected = Vec::new();
    for &op in Opcode::ALL {
        let at = code.len();
        let operand = sample_operand(op.operand_kind(), at);
        encode_instr(op, &operand, &mut code).unwrap();
        expected.push((at as u32, op, operand, (code.len() - at) as u32));
    }
    let decoded = decode_il(&code).unwrap();
    assert_eq!(decoded.len(), expected.len());
    for (d, (off, op, operand, size)) in decoded.iter().zip(expected) {
        assert_eq!(
            (d.offset, d.opcode, &d.operand, d.size),
            (off, op, &operand, size),
            "{}",
            op.name()
        );
    }
    // Relative displacements: br.s +2 skips two bytes.
    let mut c = Vec::new();
    encode_instr(Opcode::BrS, &Operand::I8(2), &mut c).unwrap();
    assert_eq!(c, [0x2B, 0x02]);
    assert_eq!(decode_il(&c).unwrap()[0].operand, Operand::Branch(4));
    assert!(
        encode_instr(Opcode::BrS, &Operand::Branch(1000), &mut c).is_err(),
        "short branch out of range"
    );
    assert!(
        encode_instr(Opcode::Call, &Operand::I32(1), &mut c).is_err(),
        "operand kind mismatch"
    );
    assert!(decode_il(&[0xFE]).is_err());
    assert!(decode_il(&[0x24]).is_err());
    assert!(decode_il(&[0x20, 1, 2]).is_err());
    assert!(
        decode_il(&[0x45, 0xFF, 0xFF, 0xFF, 0x3F]).is_err(),
        "switch table past the end"
    );
}

#[test]
fn method_bodies_round_trip() {
    let tiny = MethodBody {
        max_stack: 8,
        code: vec![0x2A],
        ..Default::default()
    };
    let enc = tiny.encode().unwrap();
    assert_eq!(enc, vec![0x06, 0x2A]);
    assert_eq!(MethodBody::decode(&enc).unwrap(), tiny);

    // 64 bytes of code, or max-stack 9, or locals force a fat header.
    for body in [
        MethodBody {
            max_stack: 2,
            code: vec![0; 64],
            ..Default::default()
        },
        MethodBody {
            max_stack: 9,
            code: vec![0x2A],
            ..Default::default()
        },
        MethodBody {
            max_stack: 1,
            init_locals: true,
            local_var_sig: Token::new(TableId::StandAloneSig, 1),
            code: vec![0x2A],
            eh_clauses: vec![],
        },
    ] {
        let enc = body.encode().unwrap();
        assert_eq!(enc[0] & 3, 3);
        assert_eq!(enc[1] >> 4, 3, "header size 3 dwords");
        assert_eq!(MethodBody::decode(&enc).unwrap(), body);
    }

    let clauses = vec![
        EhClause {
            kind: EhKind::Catch(Token::new(TableId::TypeRef, 2)),
            try_offset: 0,
            try_length: 3,
            handler_offset: 3,
            handler_length: 2,
        },
        EhClause {
            kind: EhKind::Filter(5),
            try_offset: 0,
            try_length: 3,
            handler_offset: 7,
            handler_length: 1,
        },
        EhClause {
            kind: EhKind::Finally,
            try_offset: 0,
            try_length: 8,
            handler_offset: 8,
            handler_length: 1,
        },
        EhClause {
            kind: EhKind::Fault,
            try_offset: 0,
            try_length: 9,
            handler_offset: 9,
            handler_length: 1,
        },
    ];
    let eh = MethodBody {
        max_stack: 3,
        init_locals: false,
        local_var_sig: Token::NIL,
        code: vec![0; 13],
        eh_clauses: clauses,
    };
    let enc = eh.encode().unwrap();
    assert_eq!(enc[0] & 0x08, 0x08, "more sections");
    assert_eq!(
        enc[28], 0x41,
        "fat EH section at the 4-aligned offset after 12 + 13 bytes"
    );
    assert_eq!(MethodBody::decode(&enc).unwrap(), eh);

    // The small EH form (what mcs writes for short methods) decodes too.
    let mut small = vec![0x1B, 0x30, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    small.extend_from_slice(&[0x01, 16, 0, 0]);
    small.extend_from_slice(&[2, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 0]);
    let d = MethodBody::decode(&small).unwrap();
    assert_eq!(
        d.eh_clauses,
        vec![EhClause {
            kind: EhKind::Finally,
            try_offset: 0,
            try_length: 2,
            handler_offset: 2,
            handler_length: 2
        }]
    );

    assert!(MethodBody::decode(&[]).is_err());
    assert!(
        MethodBody::decode(&[0x1A]).is_err(),
        "tiny code past the end"
    );
    assert!(MethodBody::decode(&[0x13, 0x30, 1, 0, 0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0]).is_err());
    assert!(MethodBody::decode(&[0x00]).is_err());
}
