//! Signature blobs (ECMA-335 II.23.2): types, method/field/local/property signatures, TypeSpec and
//! MethodSpec blobs.
//!
//! Type tokens inside signatures use the TypeDefOrRefEncoded form (II.23.2.8): a compressed
//! `row << 2 | tag` with tag 0 TypeDef, 1 TypeRef, 2 TypeSpec. Decoders never panic and limit nesting depth.

use crate::error::{MetadataError, Result};
use crate::heaps::{
    read_compressed_i32, read_compressed_u32, write_compressed_i32, write_compressed_u32,
};
use crate::token::{TableId, Token};

/// ELEMENT_TYPE_* constants (II.23.1.16).
pub mod element_type {
    pub const END: u8 = 0x00;
    pub const VOID: u8 = 0x01;
    pub const BOOLEAN: u8 = 0x02;
    pub const CHAR: u8 = 0x03;
    pub const I1: u8 = 0x04;
    pub const U1: u8 = 0x05;
    pub const I2: u8 = 0x06;
    pub const U2: u8 = 0x07;
    pub const I4: u8 = 0x08;
    pub const U4: u8 = 0x09;
    pub const I8: u8 = 0x0A;
    pub const U8: u8 = 0x0B;
    pub const R4: u8 = 0x0C;
    pub const R8: u8 = 0x0D;
    pub const STRING: u8 = 0x0E;
    pub const PTR: u8 = 0x0F;
    pub const BYREF: u8 = 0x10;
    pub const VALUETYPE: u8 = 0x11;
    pub const CLASS: u8 = 0x12;
    pub const VAR: u8 = 0x13;
    pub const ARRAY: u8 = 0x14;
    pub const GENERICINST: u8 = 0x15;
    pub const TYPEDBYREF: u8 = 0x16;
    pub const I: u8 = 0x18;
    pub const U: u8 = 0x19;
    pub const FNPTR: u8 = 0x1B;
    pub const OBJECT: u8 = 0x1C;
    pub const SZARRAY: u8 = 0x1D;
    pub const MVAR: u8 = 0x1E;
    pub const CMOD_REQD: u8 = 0x1F;
    pub const CMOD_OPT: u8 = 0x20;
    pub const SENTINEL: u8 = 0x41;
    pub const PINNED: u8 = 0x45;
}
use element_type as et;

/// Calling-convention bits of a signature's first byte (II.23.2.1 - II.23.2.3).
pub mod sig_kind {
    pub const DEFAULT: u8 = 0x00;
    pub const VARARG: u8 = 0x05;
    pub const FIELD: u8 = 0x06;
    pub const LOCAL_SIG: u8 = 0x07;
    pub const PROPERTY: u8 = 0x08;
    pub const GENERIC_INST: u8 = 0x0A;
    pub const GENERIC: u8 = 0x10;
    pub const HAS_THIS: u8 = 0x20;
    pub const EXPLICIT_THIS: u8 = 0x40;
}

/// A type as it appears in a signature (II.23.2.12).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeSig {
    Void,
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
    /// A reference type named by a TypeDef, TypeRef or TypeSpec token.
    Class(Token),
    ValueType(Token),
    SzArray(Box<TypeSig>),
    /// A general array (II.23.2.13): `sizes` and `lo_bounds` may be shorter than `rank`.
    Array {
        elem: Box<TypeSig>,
        rank: u32,
        sizes: Vec<u32>,
        lo_bounds: Vec<i32>,
    },
    ByRef(Box<TypeSig>),
    Ptr(Box<TypeSig>),
    GenericInst {
        is_value_type: bool,
        ty: Token,
        args: Vec<TypeSig>,
    },
    /// `!n`: a type's generic parameter.
    Var(u32),
    /// `!!n`: a method's generic parameter.
    MVar(u32),
    /// Only in local signatures (II.23.2.6).
    Pinned(Box<TypeSig>),
    /// `modreq(token) inner` (II.23.2.7).
    CModReqd(Token, Box<TypeSig>),
    /// `modopt(token) inner` (II.23.2.7).
    CModOpt(Token, Box<TypeSig>),
    /// A function pointer type (II.23.2.12 FNPTR).
    FnPtr(Box<MethodSig>),
}

/// A method signature (II.23.2.1 MethodDefSig, II.23.2.2 MethodRefSig without vararg).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodSig {
    pub has_this: bool,
    pub explicit_this: bool,
    pub generic_param_count: u32,
    pub ret: TypeSig,
    pub params: Vec<TypeSig>,
}

impl MethodSig {
    /// A static method signature with no generic parameters.
    pub fn static_(ret: TypeSig, params: Vec<TypeSig>) -> MethodSig {
        MethodSig {
            has_this: false,
            explicit_this: false,
            generic_param_count: 0,
            ret,
            params,
        }
    }
    /// An instance method signature with no generic parameters.
    pub fn instance(ret: TypeSig, params: Vec<TypeSig>) -> MethodSig {
        MethodSig {
            has_this: true,
            explicit_this: false,
            generic_param_count: 0,
            ret,
            params,
        }
    }
}

/// Nesting limit for decoding, so hostile blobs cannot overflow the stack.
const MAX_DEPTH: u32 = 100;

fn bad(reason: &'static str) -> MetadataError {
    MetadataError::BadSignature { reason }
}

/// Appends a TypeDefOrRefEncoded token (II.23.2.8).
pub fn write_type_def_or_ref(t: Token, out: &mut Vec<u8>) -> Result<()> {
    let tag = match t.table() {
        Some(TableId::TypeDef) => 0,
        Some(TableId::TypeRef) => 1,
        Some(TableId::TypeSpec) => 2,
        _ => {
            return Err(MetadataError::BadToken {
                token: t,
                reason: "not a TypeDef, TypeRef or TypeSpec",
            });
        }
    };
    if t.is_nil() {
        return Err(MetadataError::BadToken {
            token: t,
            reason: "nil type in a signature",
        });
    }
    write_compressed_u32((t.row() << 2) | tag, out)
}

pub fn read_type_def_or_ref(data: &[u8], pos: &mut usize) -> Result<Token> {
    let v = read_compressed_u32(data, pos)?;
    let table = match v & 3 {
        0 => TableId::TypeDef,
        1 => TableId::TypeRef,
        2 => TableId::TypeSpec,
        _ => return Err(bad("TypeDefOrRefEncoded tag 3")),
    };
    if v >> 2 == 0 {
        return Err(bad("nil TypeDefOrRefEncoded"));
    }
    Ok(Token::new(table, v >> 2))
}

/// Appends one type (II.23.2.12).
pub fn encode_type(t: &TypeSig, out: &mut Vec<u8>) -> Result<()> {
    use TypeSig::*;
    let simple = match t {
        Void => Some(et::VOID),
        Boolean => Some(et::BOOLEAN),
        Char => Some(et::CHAR),
        I1 => Some(et::I1),
        U1 => Some(et::U1),
        I2 => Some(et::I2),
        U2 => Some(et::U2),
        I4 => Some(et::I4),
        U4 => Some(et::U4),
        I8 => Some(et::I8),
        U8 => Some(et::U8),
        R4 => Some(et::R4),
        R8 => Some(et::R8),
        String => Some(et::STRING),
        Object => Some(et::OBJECT),
        IntPtr => Some(et::I),
        UIntPtr => Some(et::U),
        TypedByRef => Some(et::TYPEDBYREF),
        _ => None,
    };
    if let Some(b) = simple {
        out.push(b);
        return Ok(());
    }
    match t {
        Class(tok) => {
            out.push(et::CLASS);
            write_type_def_or_ref(*tok, out)?;
        }
        ValueType(tok) => {
            out.push(et::VALUETYPE);
            write_type_def_or_ref(*tok, out)?;
        }
        SzArray(e) => {
            out.push(et::SZARRAY);
            encode_type(e, out)?;
        }
        Array {
            elem,
            rank,
            sizes,
            lo_bounds,
        } => {
            out.push(et::ARRAY);
            encode_type(elem, out)?;
            write_compressed_u32(*rank, out)?;
            write_compressed_u32(sizes.len() as u32, out)?;
            for &s in sizes {
                write_compressed_u32(s, out)?;
            }
            write_compressed_u32(lo_bounds.len() as u32, out)?;
            for &l in lo_bounds {
                write_compressed_i32(l, out)?;
            }
        }
        ByRef(e) => {
            out.push(et::BYREF);
            encode_type(e, out)?;
        }
        Ptr(e) => {
            out.push(et::PTR);
            encode_type(e, out)?;
        }
        GenericInst {
            is_value_type,
            ty,
            args,
        } => {
            out.push(et::GENERICINST);
            out.push(if *is_value_type {
                et::VALUETYPE
            } else {
                et::CLASS
            });
            write_type_def_or_ref(*ty, out)?;
            write_compressed_u32(args.len() as u32, out)?;
            for a in args {
                encode_type(a, out)?;
            }
        }
        Var(n) => {
            out.push(et::VAR);
            write_compressed_u32(*n, out)?;
        }
        MVar(n) => {
            out.push(et::MVAR);
            write_compressed_u32(*n, out)?;
        }
        Pinned(e) => {
            out.push(et::PINNED);
            encode_type(e, out)?;
        }
        CModReqd(tok, e) | CModOpt(tok, e) => {
            out.push(if matches!(t, CModReqd(..)) {
                et::CMOD_REQD
            } else {
                et::CMOD_OPT
            });
            write_type_def_or_ref(*tok, out)?;
            encode_type(e, out)?;
        }
        FnPtr(m) => {
            out.push(et::FNPTR);
            encode_method_sig_into(m, out)?;
        }
        _ => return Err(bad("unreachable simple type")),
    }
    Ok(())
}

/// Reads one type at `*pos`.
pub fn decode_type(data: &[u8], pos: &mut usize) -> Result<TypeSig> {
    decode_type_depth(data, pos, 0)
}

fn next_byte(data: &[u8], pos: &mut usize) -> Result<u8> {
    let b = *data
        .get(*pos)
        .ok_or(MetadataError::Truncated { what: "signature" })?;
    *pos += 1;
    Ok(b)
}

fn decode_type_depth(data: &[u8], pos: &mut usize, depth: u32) -> Result<TypeSig> {
    use TypeSig::*;
    if depth > MAX_DEPTH {
        return Err(bad("type nested too deeply"));
    }
    let d = depth + 1;
    let b = next_byte(data, pos)?;
    Ok(match b {
        et::VOID => Void,
        et::BOOLEAN => Boolean,
        et::CHAR => Char,
        et::I1 => I1,
        et::U1 => U1,
        et::I2 => I2,
        et::U2 => U2,
        et::I4 => I4,
        et::U4 => U4,
        et::I8 => I8,
        et::U8 => U8,
        et::R4 => R4,
        et::R8 => R8,
        et::STRING => String,
        et::OBJECT => Object,
        et::I => IntPtr,
        et::U => UIntPtr,
        et::TYPEDBYREF => TypedByRef,
        et::CLASS => Class(read_type_def_or_ref(data, pos)?),
        et::VALUETYPE => ValueType(read_type_def_or_ref(data, pos)?),
        et::SZARRAY => SzArray(Box::new(decode_type_depth(data, pos, d)?)),
        et::ARRAY => {
            let elem = Box::new(decode_type_depth(data, pos, d)?);
            let rank = read_compressed_u32(data, pos)?;
            // The runtimes cap rank at 32 (CoreCLR MAX_RANK); rank 0 has no meaning.
            if rank == 0 || rank > 32 {
                return Err(bad("array rank outside 1..=32"));
            }
            let n = read_compressed_u32(data, pos)?;
            if n > rank {
                return Err(bad("more array sizes than rank"));
            }
            let mut sizes = Vec::new();
            for _ in 0..n {
                sizes.push(read_compressed_u32(data, pos)?);
            }
            let n = read_compressed_u32(data, pos)?;
            if n > rank {
                return Err(bad("more array bounds than rank"));
            }
            let mut lo_bounds = Vec::new();
            for _ in 0..n {
                lo_bounds.push(read_compressed_i32(data, pos)?);
            }
            Array {
                elem,
                rank,
                sizes,
                lo_bounds,
            }
        }
        et::BYREF => ByRef(Box::new(decode_type_depth(data, pos, d)?)),
        et::PTR => Ptr(Box::new(decode_type_depth(data, pos, d)?)),
        et::GENERICINST => {
            let is_value_type = match next_byte(data, pos)? {
                et::CLASS => false,
                et::VALUETYPE => true,
                _ => return Err(bad("GENERICINST not followed by CLASS or VALUETYPE")),
            };
            let ty = read_type_def_or_ref(data, pos)?;
            let n = read_compressed_u32(data, pos)?;
            if n as usize > data.len() {
                return Err(bad("generic argument count too large"));
            }
            let mut args = Vec::with_capacity(n as usize);
            for _ in 0..n {
                args.push(decode_type_depth(data, pos, d)?);
            }
            GenericInst {
                is_value_type,
                ty,
                args,
            }
        }
        et::VAR => Var(read_compressed_u32(data, pos)?),
        et::MVAR => MVar(read_compressed_u32(data, pos)?),
        et::PINNED => Pinned(Box::new(decode_type_depth(data, pos, d)?)),
        et::CMOD_REQD => {
            let t = read_type_def_or_ref(data, pos)?;
            CModReqd(t, Box::new(decode_type_depth(data, pos, d)?))
        }
        et::CMOD_OPT => {
            let t = read_type_def_or_ref(data, pos)?;
            CModOpt(t, Box::new(decode_type_depth(data, pos, d)?))
        }
        et::FNPTR => FnPtr(Box::new(decode_method_sig_at(data, pos, d)?)),
        _ => return Err(bad("unknown element type")),
    })
}

fn encode_method_sig_into(m: &MethodSig, out: &mut Vec<u8>) -> Result<()> {
    let mut first = sig_kind::DEFAULT;
    if m.has_this {
        first |= sig_kind::HAS_THIS;
    }
    if m.explicit_this {
        first |= sig_kind::EXPLICIT_THIS;
    }
    if m.generic_param_count > 0 {
        first |= sig_kind::GENERIC;
    }
    out.push(first);
    if m.generic_param_count > 0 {
        write_compressed_u32(m.generic_param_count, out)?;
    }
    write_compressed_u32(m.params.len() as u32, out)?;
    encode_type(&m.ret, out)?;
    for p in &m.params {
        encode_type(p, out)?;
    }
    Ok(())
}

fn decode_method_sig_at(data: &[u8], pos: &mut usize, depth: u32) -> Result<MethodSig> {
    let first = next_byte(data, pos)?;
    match first & 0x0F {
        sig_kind::DEFAULT => {}
        sig_kind::VARARG => return Err(MetadataError::Unsupported("vararg method signature")),
        // C, stdcall, thiscall, fastcall (unmanaged calli targets) are read as default.
        1..=4 => {}
        _ => return Err(bad("not a method signature")),
    }
    let generic_param_count = if first & sig_kind::GENERIC != 0 {
        read_compressed_u32(data, pos)?
    } else {
        0
    };
    let n = read_compressed_u32(data, pos)?;
    if n as usize > data.len() {
        return Err(bad("parameter count too large"));
    }
    let ret = decode_type_depth(data, pos, depth + 1)?;
    let mut params = Vec::with_capacity(n as usize);
    for _ in 0..n {
        if data.get(*pos) == Some(&et::SENTINEL) {
            return Err(MetadataError::Unsupported("vararg sentinel"));
        }
        params.push(decode_type_depth(data, pos, depth + 1)?);
    }
    Ok(MethodSig {
        has_this: first & sig_kind::HAS_THIS != 0,
        explicit_this: first & sig_kind::EXPLICIT_THIS != 0,
        generic_param_count,
        ret,
        params,
    })
}

fn finish<T>(data: &[u8], pos: usize, v: T) -> Result<T> {
    if pos == data.len() {
        Ok(v)
    } else {
        Err(bad("trailing bytes after signature"))
    }
}

fn encode_with(f: impl FnOnce(&mut Vec<u8>) -> Result<()>) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    f(&mut out)?;
    Ok(out)
}

/// MethodDefSig / MethodRefSig blob (II.23.2.1). Fails only on unencodable tokens or sizes.
pub fn encode_method_sig(m: &MethodSig) -> Result<Vec<u8>> {
    encode_with(|o| encode_method_sig_into(m, o))
}

pub fn decode_method_sig(data: &[u8]) -> Result<MethodSig> {
    let mut pos = 0;
    let m = decode_method_sig_at(data, &mut pos, 0)?;
    finish(data, pos, m)
}

/// FieldSig blob (II.23.2.4): 0x06 then the type.
pub fn encode_field_sig(t: &TypeSig) -> Result<Vec<u8>> {
    encode_with(|o| {
        o.push(sig_kind::FIELD);
        encode_type(t, o)
    })
}

pub fn decode_field_sig(data: &[u8]) -> Result<TypeSig> {
    let mut pos = 0;
    if next_byte(data, &mut pos)? != sig_kind::FIELD {
        return Err(bad("field signature does not start with 0x06"));
    }
    let t = decode_type(data, &mut pos)?;
    finish(data, pos, t)
}

/// LocalVarSig blob (II.23.2.6): 0x07, count, types (`Pinned`/`ByRef` wrap a local's type).
pub fn encode_local_sig(locals: &[TypeSig]) -> Result<Vec<u8>> {
    encode_with(|o| {
        o.push(sig_kind::LOCAL_SIG);
        write_compressed_u32(locals.len() as u32, o)?;
        locals.iter().try_for_each(|t| encode_type(t, o))
    })
}

pub fn decode_local_sig(data: &[u8]) -> Result<Vec<TypeSig>> {
    let mut pos = 0;
    if next_byte(data, &mut pos)? != sig_kind::LOCAL_SIG {
        return Err(bad("local signature does not start with 0x07"));
    }
    let n = read_compressed_u32(data, &mut pos)?;
    if n as usize > data.len() {
        return Err(bad("local count too large"));
    }
    let mut v = Vec::with_capacity(n as usize);
    for _ in 0..n {
        v.push(decode_type(data, &mut pos)?);
    }
    finish(data, pos, v)
}

/// PropertySig blob (II.23.2.5): 0x08 (| 0x20 HASTHIS), count, type, parameters. Uses `MethodSig` with
/// `ret` as the property type; `explicit_this` and `generic_param_count` are ignored.
pub fn encode_property_sig(p: &MethodSig) -> Result<Vec<u8>> {
    encode_with(|o| {
        o.push(sig_kind::PROPERTY | if p.has_this { sig_kind::HAS_THIS } else { 0 });
        write_compressed_u32(p.params.len() as u32, o)?;
        encode_type(&p.ret, o)?;
        p.params.iter().try_for_each(|t| encode_type(t, o))
    })
}

pub fn decode_property_sig(data: &[u8]) -> Result<MethodSig> {
    let mut pos = 0;
    let first = next_byte(data, &mut pos)?;
    if first & 0x0F != sig_kind::PROPERTY {
        return Err(bad("property signature does not start with 0x08"));
    }
    let n = read_compressed_u32(data, &mut pos)?;
    if n as usize > data.len() {
        return Err(bad("parameter count too large"));
    }
    let ret = decode_type(data, &mut pos)?;
    let mut params = Vec::with_capacity(n as usize);
    for _ in 0..n {
        params.push(decode_type(data, &mut pos)?);
    }
    let has_this = first & sig_kind::HAS_THIS != 0;
    finish(
        data,
        pos,
        MethodSig {
            has_this,
            explicit_this: false,
            generic_param_count: 0,
            ret,
            params,
        },
    )
}

/// TypeSpec blob (II.23.2.14): just the type.
pub fn encode_type_spec(t: &TypeSig) -> Result<Vec<u8>> {
    encode_with(|o| encode_type(t, o))
}

pub fn decode_type_spec(data: &[u8]) -> Result<TypeSig> {
    let mut pos = 0;
    let t = decode_type(data, &mut pos)?;
    finish(data, pos, t)
}

/// MethodSpec blob (II.23.2.15): 0x0A, count, type arguments.
pub fn encode_method_spec(args: &[TypeSig]) -> Result<Vec<u8>> {
    encode_with(|o| {
        o.push(sig_kind::GENERIC_INST);
        write_compressed_u32(args.len() as u32, o)?;
        args.iter().try_for_each(|t| encode_type(t, o))
    })
}

pub fn decode_method_spec(data: &[u8]) -> Result<Vec<TypeSig>> {
    let mut pos = 0;
    if next_byte(data, &mut pos)? != sig_kind::GENERIC_INST {
        return Err(bad("method spec does not start with 0x0A"));
    }
    let n = read_compressed_u32(data, &mut pos)?;
    if n as usize > data.len() {
        return Err(bad("type argument count too large"));
    }
    let mut v = Vec::with_capacity(n as usize);
    for _ in 0..n {
        v.push(decode_type(data, &mut pos)?);
    }
    finish(data, pos, v)
}

/// Whether a signature blob is a field signature (first byte 0x06), as MemberRef rows need to tell.
pub fn is_field_sig(data: &[u8]) -> bool {
    data.first() == Some(&sig_kind::FIELD)
}
