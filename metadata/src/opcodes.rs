//! CIL opcodes (ECMA-335 Partition III): names, encodings, operand kinds, and an IL decoder/encoder.
//!
//! Branch conventions:
//! - [`decode_il`] gives branch and switch targets as ABSOLUTE IL offsets (`Operand::Branch`, `Operand::Switch`).
//! - [`encode_instr`] accepts either a RELATIVE displacement already computed by the caller
//!   (`Operand::I8` for short branches, `Operand::I32` for long ones: target minus the end of this instruction,
//!   III.1.7.4), or an ABSOLUTE target (`Operand::Branch`, `Operand::Switch`) measured from the start of `out`,
//!   i.e. `out` must then hold the method's code from IL offset 0.

use crate::error::{MetadataError, Result};
use crate::token::Token;
use std::sync::OnceLock;

/// What follows an opcode in the instruction stream (III.1.2).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum OperandKind {
    None,
    /// int8 (`ldc.i4.s`)
    I8,
    /// unsigned int8 (`unaligned.`, `no.`)
    U8,
    I32,
    I64,
    R4,
    R8,
    Token,
    BrTarget8,
    BrTarget32,
    /// u32 count then that many int32 displacements (relative to the end of the instruction).
    Switch,
    /// u8 argument or local number
    Var8,
    /// u16 argument or local number
    Var16,
}

impl OperandKind {
    /// Operand size in bytes (for `Switch`, only the count field).
    pub fn size(self) -> u32 {
        match self {
            OperandKind::None => 0,
            OperandKind::I8 | OperandKind::U8 | OperandKind::BrTarget8 | OperandKind::Var8 => 1,
            OperandKind::Var16 => 2,
            OperandKind::I32
            | OperandKind::R4
            | OperandKind::Token
            | OperandKind::BrTarget32
            | OperandKind::Switch => 4,
            OperandKind::I64 | OperandKind::R8 => 8,
        }
    }
}

macro_rules! opcodes {
    ($( $v:ident = $name:literal [$($b:literal),+] $k:ident; )*) => {
        /// Every CIL instruction, one-byte and 0xFE-prefixed (III.1.2.1 table of opcodes).
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum Opcode { $($v,)* }
        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$(Opcode::$v,)*];
            /// The ilasm name, e.g. "ldarg.0".
            pub fn name(self) -> &'static str { match self { $(Opcode::$v => $name,)* } }
            /// The opcode bytes (1, or 2 with the 0xFE prefix).
            pub fn encoding(self) -> &'static [u8] { match self { $(Opcode::$v => &[$($b),+],)* } }
            pub fn operand_kind(self) -> OperandKind { match self { $(Opcode::$v => OperandKind::$k,)* } }
        }
    };
}

opcodes! {
    Nop = "nop" [0x00] None; Break = "break" [0x01] None;
    Ldarg0 = "ldarg.0" [0x02] None; Ldarg1 = "ldarg.1" [0x03] None; Ldarg2 = "ldarg.2" [0x04] None; Ldarg3 = "ldarg.3" [0x05] None;
    Ldloc0 = "ldloc.0" [0x06] None; Ldloc1 = "ldloc.1" [0x07] None; Ldloc2 = "ldloc.2" [0x08] None; Ldloc3 = "ldloc.3" [0x09] None;
    Stloc0 = "stloc.0" [0x0A] None; Stloc1 = "stloc.1" [0x0B] None; Stloc2 = "stloc.2" [0x0C] None; Stloc3 = "stloc.3" [0x0D] None;
    LdargS = "ldarg.s" [0x0E] Var8; LdargaS = "ldarga.s" [0x0F] Var8; StargS = "starg.s" [0x10] Var8;
    LdlocS = "ldloc.s" [0x11] Var8; LdlocaS = "ldloca.s" [0x12] Var8; StlocS = "stloc.s" [0x13] Var8;
    Ldnull = "ldnull" [0x14] None; LdcI4M1 = "ldc.i4.m1" [0x15] None;
    LdcI40 = "ldc.i4.0" [0x16] None; LdcI41 = "ldc.i4.1" [0x17] None; LdcI42 = "ldc.i4.2" [0x18] None;
    LdcI43 = "ldc.i4.3" [0x19] None; LdcI44 = "ldc.i4.4" [0x1A] None; LdcI45 = "ldc.i4.5" [0x1B] None;
    LdcI46 = "ldc.i4.6" [0x1C] None; LdcI47 = "ldc.i4.7" [0x1D] None; LdcI48 = "ldc.i4.8" [0x1E] None;
    LdcI4S = "ldc.i4.s" [0x1F] I8; LdcI4 = "ldc.i4" [0x20] I32; LdcI8 = "ldc.i8" [0x21] I64;
    LdcR4 = "ldc.r4" [0x22] R4; LdcR8 = "ldc.r8" [0x23] R8;
    Dup = "dup" [0x25] None; Pop = "pop" [0x26] None; Jmp = "jmp" [0x27] Token; Call = "call" [0x28] Token;
    Calli = "calli" [0x29] Token; Ret = "ret" [0x2A] None;
    BrS = "br.s" [0x2B] BrTarget8; BrfalseS = "brfalse.s" [0x2C] BrTarget8; BrtrueS = "brtrue.s" [0x2D] BrTarget8;
    BeqS = "beq.s" [0x2E] BrTarget8; BgeS = "bge.s" [0x2F] BrTarget8; BgtS = "bgt.s" [0x30] BrTarget8;
    BleS = "ble.s" [0x31] BrTarget8; BltS = "blt.s" [0x32] BrTarget8; BneUnS = "bne.un.s" [0x33] BrTarget8;
    BgeUnS = "bge.un.s" [0x34] BrTarget8; BgtUnS = "bgt.un.s" [0x35] BrTarget8; BleUnS = "ble.un.s" [0x36] BrTarget8;
    BltUnS = "blt.un.s" [0x37] BrTarget8;
    Br = "br" [0x38] BrTarget32; Brfalse = "brfalse" [0x39] BrTarget32; Brtrue = "brtrue" [0x3A] BrTarget32;
    Beq = "beq" [0x3B] BrTarget32; Bge = "bge" [0x3C] BrTarget32; Bgt = "bgt" [0x3D] BrTarget32;
    Ble = "ble" [0x3E] BrTarget32; Blt = "blt" [0x3F] BrTarget32; BneUn = "bne.un" [0x40] BrTarget32;
    BgeUn = "bge.un" [0x41] BrTarget32; BgtUn = "bgt.un" [0x42] BrTarget32; BleUn = "ble.un" [0x43] BrTarget32;
    BltUn = "blt.un" [0x44] BrTarget32; Switch = "switch" [0x45] Switch;
    LdindI1 = "ldind.i1" [0x46] None; LdindU1 = "ldind.u1" [0x47] None; LdindI2 = "ldind.i2" [0x48] None;
    LdindU2 = "ldind.u2" [0x49] None; LdindI4 = "ldind.i4" [0x4A] None; LdindU4 = "ldind.u4" [0x4B] None;
    LdindI8 = "ldind.i8" [0x4C] None; LdindI = "ldind.i" [0x4D] None; LdindR4 = "ldind.r4" [0x4E] None;
    LdindR8 = "ldind.r8" [0x4F] None; LdindRef = "ldind.ref" [0x50] None; StindRef = "stind.ref" [0x51] None;
    StindI1 = "stind.i1" [0x52] None; StindI2 = "stind.i2" [0x53] None; StindI4 = "stind.i4" [0x54] None;
    StindI8 = "stind.i8" [0x55] None; StindR4 = "stind.r4" [0x56] None; StindR8 = "stind.r8" [0x57] None;
    Add = "add" [0x58] None; Sub = "sub" [0x59] None; Mul = "mul" [0x5A] None; Div = "div" [0x5B] None;
    DivUn = "div.un" [0x5C] None; Rem = "rem" [0x5D] None; RemUn = "rem.un" [0x5E] None; And = "and" [0x5F] None;
    Or = "or" [0x60] None; Xor = "xor" [0x61] None; Shl = "shl" [0x62] None; Shr = "shr" [0x63] None;
    ShrUn = "shr.un" [0x64] None; Neg = "neg" [0x65] None; Not = "not" [0x66] None;
    ConvI1 = "conv.i1" [0x67] None; ConvI2 = "conv.i2" [0x68] None; ConvI4 = "conv.i4" [0x69] None;
    ConvI8 = "conv.i8" [0x6A] None; ConvR4 = "conv.r4" [0x6B] None; ConvR8 = "conv.r8" [0x6C] None;
    ConvU4 = "conv.u4" [0x6D] None; ConvU8 = "conv.u8" [0x6E] None;
    Callvirt = "callvirt" [0x6F] Token; Cpobj = "cpobj" [0x70] Token; Ldobj = "ldobj" [0x71] Token;
    Ldstr = "ldstr" [0x72] Token; Newobj = "newobj" [0x73] Token; Castclass = "castclass" [0x74] Token;
    Isinst = "isinst" [0x75] Token; ConvRUn = "conv.r.un" [0x76] None; Unbox = "unbox" [0x79] Token;
    Throw = "throw" [0x7A] None; Ldfld = "ldfld" [0x7B] Token; Ldflda = "ldflda" [0x7C] Token;
    Stfld = "stfld" [0x7D] Token; Ldsfld = "ldsfld" [0x7E] Token; Ldsflda = "ldsflda" [0x7F] Token;
    Stsfld = "stsfld" [0x80] Token; Stobj = "stobj" [0x81] Token;
    ConvOvfI1Un = "conv.ovf.i1.un" [0x82] None; ConvOvfI2Un = "conv.ovf.i2.un" [0x83] None;
    ConvOvfI4Un = "conv.ovf.i4.un" [0x84] None; ConvOvfI8Un = "conv.ovf.i8.un" [0x85] None;
    ConvOvfU1Un = "conv.ovf.u1.un" [0x86] None; ConvOvfU2Un = "conv.ovf.u2.un" [0x87] None;
    ConvOvfU4Un = "conv.ovf.u4.un" [0x88] None; ConvOvfU8Un = "conv.ovf.u8.un" [0x89] None;
    ConvOvfIUn = "conv.ovf.i.un" [0x8A] None; ConvOvfUUn = "conv.ovf.u.un" [0x8B] None;
    Box = "box" [0x8C] Token; Newarr = "newarr" [0x8D] Token; Ldlen = "ldlen" [0x8E] None; Ldelema = "ldelema" [0x8F] Token;
    LdelemI1 = "ldelem.i1" [0x90] None; LdelemU1 = "ldelem.u1" [0x91] None; LdelemI2 = "ldelem.i2" [0x92] None;
    LdelemU2 = "ldelem.u2" [0x93] None; LdelemI4 = "ldelem.i4" [0x94] None; LdelemU4 = "ldelem.u4" [0x95] None;
    LdelemI8 = "ldelem.i8" [0x96] None; LdelemI = "ldelem.i" [0x97] None; LdelemR4 = "ldelem.r4" [0x98] None;
    LdelemR8 = "ldelem.r8" [0x99] None; LdelemRef = "ldelem.ref" [0x9A] None; StelemI = "stelem.i" [0x9B] None;
    StelemI1 = "stelem.i1" [0x9C] None; StelemI2 = "stelem.i2" [0x9D] None; StelemI4 = "stelem.i4" [0x9E] None;
    StelemI8 = "stelem.i8" [0x9F] None; StelemR4 = "stelem.r4" [0xA0] None; StelemR8 = "stelem.r8" [0xA1] None;
    StelemRef = "stelem.ref" [0xA2] None; Ldelem = "ldelem" [0xA3] Token; Stelem = "stelem" [0xA4] Token;
    UnboxAny = "unbox.any" [0xA5] Token;
    ConvOvfI1 = "conv.ovf.i1" [0xB3] None; ConvOvfU1 = "conv.ovf.u1" [0xB4] None; ConvOvfI2 = "conv.ovf.i2" [0xB5] None;
    ConvOvfU2 = "conv.ovf.u2" [0xB6] None; ConvOvfI4 = "conv.ovf.i4" [0xB7] None; ConvOvfU4 = "conv.ovf.u4" [0xB8] None;
    ConvOvfI8 = "conv.ovf.i8" [0xB9] None; ConvOvfU8 = "conv.ovf.u8" [0xBA] None;
    Refanyval = "refanyval" [0xC2] Token; Ckfinite = "ckfinite" [0xC3] None; Mkrefany = "mkrefany" [0xC6] Token;
    Ldtoken = "ldtoken" [0xD0] Token; ConvU2 = "conv.u2" [0xD1] None; ConvU1 = "conv.u1" [0xD2] None;
    ConvI = "conv.i" [0xD3] None; ConvOvfI = "conv.ovf.i" [0xD4] None; ConvOvfU = "conv.ovf.u" [0xD5] None;
    AddOvf = "add.ovf" [0xD6] None; AddOvfUn = "add.ovf.un" [0xD7] None; MulOvf = "mul.ovf" [0xD8] None;
    MulOvfUn = "mul.ovf.un" [0xD9] None; SubOvf = "sub.ovf" [0xDA] None; SubOvfUn = "sub.ovf.un" [0xDB] None;
    Endfinally = "endfinally" [0xDC] None; Leave = "leave" [0xDD] BrTarget32; LeaveS = "leave.s" [0xDE] BrTarget8;
    StindI = "stind.i" [0xDF] None; ConvU = "conv.u" [0xE0] None;
    Arglist = "arglist" [0xFE, 0x00] None; Ceq = "ceq" [0xFE, 0x01] None; Cgt = "cgt" [0xFE, 0x02] None;
    CgtUn = "cgt.un" [0xFE, 0x03] None; Clt = "clt" [0xFE, 0x04] None; CltUn = "clt.un" [0xFE, 0x05] None;
    Ldftn = "ldftn" [0xFE, 0x06] Token; Ldvirtftn = "ldvirtftn" [0xFE, 0x07] Token;
    Ldarg = "ldarg" [0xFE, 0x09] Var16; Ldarga = "ldarga" [0xFE, 0x0A] Var16; Starg = "starg" [0xFE, 0x0B] Var16;
    Ldloc = "ldloc" [0xFE, 0x0C] Var16; Ldloca = "ldloca" [0xFE, 0x0D] Var16; Stloc = "stloc" [0xFE, 0x0E] Var16;
    Localloc = "localloc" [0xFE, 0x0F] None; Endfilter = "endfilter" [0xFE, 0x11] None;
    Unaligned = "unaligned." [0xFE, 0x12] U8; Volatile = "volatile." [0xFE, 0x13] None; Tail = "tail." [0xFE, 0x14] None;
    Initobj = "initobj" [0xFE, 0x15] Token; Constrained = "constrained." [0xFE, 0x16] Token;
    Cpblk = "cpblk" [0xFE, 0x17] None; Initblk = "initblk" [0xFE, 0x18] None; No = "no." [0xFE, 0x19] U8;
    Rethrow = "rethrow" [0xFE, 0x1A] None; Sizeof = "sizeof" [0xFE, 0x1C] Token;
    Refanytype = "refanytype" [0xFE, 0x1D] None; Readonly = "readonly." [0xFE, 0x1E] None;
}

impl Opcode {
    /// Size of the instruction with its operand (for `switch`, without the target table).
    pub fn size(self) -> u32 {
        self.encoding().len() as u32 + self.operand_kind().size()
    }
    /// The one-byte opcode with this byte (`None` for 0xFE and unassigned bytes).
    pub fn from_byte(b: u8) -> Option<Opcode> {
        lookup().0[b as usize]
    }
    /// The 0xFE-prefixed opcode with this second byte.
    pub fn from_fe_byte(b: u8) -> Option<Opcode> {
        lookup().1[b as usize]
    }
    /// Whether control can fall through to the next instruction (false for br, ret, throw, leave, ...).
    pub fn falls_through(self) -> bool {
        use Opcode::*;
        !matches!(
            self,
            Br | BrS | Ret | Throw | Rethrow | Leave | LeaveS | Endfinally | Endfilter | Jmp
        )
    }
}

type Lookup = ([Option<Opcode>; 256], [Option<Opcode>; 256]);

fn lookup() -> &'static Lookup {
    static TABLE: OnceLock<Lookup> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut one = [None; 256];
        let mut two = [None; 256];
        for &op in Opcode::ALL {
            match op.encoding() {
                [b] => one[*b as usize] = Some(op),
                [0xFE, b] => two[*b as usize] = Some(op),
                _ => {}
            }
        }
        (one, two)
    })
}

/// An instruction operand. See the module doc for which functions take absolute and which relative branch
/// targets.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    None,
    I8(i8),
    U8(u8),
    I32(i32),
    I64(i64),
    R4(f32),
    R8(f64),
    Token(Token),
    /// Absolute IL offset of the target.
    Branch(i64),
    /// Absolute IL offsets of the targets.
    Switch(Vec<i64>),
    /// Argument or local number.
    Var(u16),
}

/// A decoded instruction: its IL offset, opcode, operand and total size in bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Instr {
    pub offset: u32,
    pub opcode: Opcode,
    pub operand: Operand,
    pub size: u32,
}

/// Decodes a whole method's code. Branch and switch targets come back as absolute IL offsets (they are not
/// checked to land on instruction boundaries; a verifier does that).
pub fn decode_il(code: &[u8]) -> Result<Vec<Instr>> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    while pos < code.len() {
        let start = pos;
        let off = start as u32;
        let b = code[pos];
        pos += 1;
        let op = if b == 0xFE {
            let b2 = *code.get(pos).ok_or(MetadataError::BadIl {
                offset: off,
                reason: "truncated 0xFE opcode",
            })?;
            pos += 1;
            Opcode::from_fe_byte(b2)
        } else {
            Opcode::from_byte(b)
        }
        .ok_or(MetadataError::BadIl {
            offset: off,
            reason: "unknown opcode",
        })?;
        let kind = op.operand_kind();
        let n = kind.size() as usize;
        let bytes = code.get(pos..pos + n).ok_or(MetadataError::BadIl {
            offset: off,
            reason: "truncated operand",
        })?;
        pos += n;
        let le4 = |b: &[u8]| [b[0], b[1], b[2], b[3]];
        let operand = match kind {
            OperandKind::None => Operand::None,
            OperandKind::I8 => Operand::I8(bytes[0] as i8),
            OperandKind::U8 => Operand::U8(bytes[0]),
            OperandKind::Var8 => Operand::Var(bytes[0] as u16),
            OperandKind::Var16 => Operand::Var(u16::from_le_bytes([bytes[0], bytes[1]])),
            OperandKind::I32 => Operand::I32(i32::from_le_bytes(le4(bytes))),
            OperandKind::R4 => Operand::R4(f32::from_le_bytes(le4(bytes))),
            OperandKind::Token => Operand::Token(Token(u32::from_le_bytes(le4(bytes)))),
            OperandKind::I64 => {
                Operand::I64(i64::from_le_bytes(bytes.try_into().unwrap_or([0; 8])))
            }
            OperandKind::R8 => Operand::R8(f64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]))),
            OperandKind::BrTarget8 => Operand::Branch(pos as i64 + bytes[0] as i8 as i64),
            OperandKind::BrTarget32 => {
                Operand::Branch(pos as i64 + i32::from_le_bytes(le4(bytes)) as i64)
            }
            OperandKind::Switch => {
                let count = u32::from_le_bytes(le4(bytes)) as usize;
                let table_len = count.checked_mul(4).filter(|&l| pos + l <= code.len());
                let table_len = table_len.ok_or(MetadataError::BadIl {
                    offset: off,
                    reason: "truncated switch table",
                })?;
                let end = (pos + table_len) as i64;
                let targets = code[pos..pos + table_len]
                    .chunks_exact(4)
                    .map(|c| end + i32::from_le_bytes(le4(c)) as i64)
                    .collect();
                pos += table_len;
                Operand::Switch(targets)
            }
        };
        out.push(Instr {
            offset: off,
            opcode: op,
            operand,
            size: (pos - start) as u32,
        });
    }
    Ok(out)
}

/// Appends one instruction. Branches take either a relative displacement (`I8`/`I32`) or an absolute
/// target (`Branch`; `Switch` is always absolute) measured from the start of `out` (see the module doc).
/// A mismatched operand or an out-of-range displacement is an error and appends nothing.
pub fn encode_instr(op: Opcode, operand: &Operand, out: &mut Vec<u8>) -> Result<()> {
    let bad = || MetadataError::BadOperand { opcode: op.name() };
    let mut buf: Vec<u8> = Vec::with_capacity(8);
    buf.extend_from_slice(op.encoding());
    let base = (out.len() + op.encoding().len()) as i64;
    let end = |extra: usize| base + extra as i64;
    match (op.operand_kind(), operand) {
        (OperandKind::None, Operand::None) => {}
        (OperandKind::I8, Operand::I8(v)) => buf.push(*v as u8),
        (OperandKind::I8, Operand::I32(v)) => buf.push(i8::try_from(*v).map_err(|_| bad())? as u8),
        (OperandKind::U8, Operand::U8(v)) => buf.push(*v),
        (OperandKind::Var8, Operand::Var(v)) => buf.push(u8::try_from(*v).map_err(|_| bad())?),
        (OperandKind::Var16, Operand::Var(v)) => buf.extend_from_slice(&v.to_le_bytes()),
        (OperandKind::I32, Operand::I32(v)) => buf.extend_from_slice(&v.to_le_bytes()),
        (OperandKind::I64, Operand::I64(v)) => buf.extend_from_slice(&v.to_le_bytes()),
        (OperandKind::R4, Operand::R4(v)) => buf.extend_from_slice(&v.to_le_bytes()),
        (OperandKind::R8, Operand::R8(v)) => buf.extend_from_slice(&v.to_le_bytes()),
        (OperandKind::Token, Operand::Token(t)) => buf.extend_from_slice(&t.0.to_le_bytes()),
        (OperandKind::BrTarget8, Operand::I8(d)) => buf.push(*d as u8),
        (OperandKind::BrTarget8, Operand::Branch(target)) => {
            let d = i8::try_from(target - end(1)).map_err(|_| bad())?;
            buf.push(d as u8);
        }
        (OperandKind::BrTarget32, Operand::I32(d)) => buf.extend_from_slice(&d.to_le_bytes()),
        (OperandKind::BrTarget32, Operand::Branch(target)) => {
            let d = i32::try_from(target - end(4)).map_err(|_| bad())?;
            buf.extend_from_slice(&d.to_le_bytes());
        }
        (OperandKind::Switch, Operand::Switch(targets)) => {
            let n = u32::try_from(targets.len()).map_err(|_| bad())?;
            buf.extend_from_slice(&n.to_le_bytes());
            let table_end = end(4 + 4 * targets.len()); // count field + table
            for t in targets {
                let d = i32::try_from(t - table_end).map_err(|_| bad())?;
                buf.extend_from_slice(&d.to_le_bytes());
            }
        }
        _ => return Err(bad()),
    }
    out.extend_from_slice(&buf);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert_eq!(Opcode::ALL.len(), 219);
        for &op in Opcode::ALL {
            let enc = op.encoding();
            let back = if enc.len() == 1 {
                Opcode::from_byte(enc[0])
            } else {
                Opcode::from_fe_byte(enc[1])
            };
            assert_eq!(back, Some(op), "{}", op.name());
        }
        assert_eq!(Opcode::from_byte(0xFE), None);
        assert_eq!(Opcode::Ldarg0.name(), "ldarg.0");
        assert_eq!(Opcode::Ceq.encoding(), &[0xFE, 0x01]);
    }
}
