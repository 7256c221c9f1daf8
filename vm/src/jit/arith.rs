//! Constants, arithmetic, bitwise operations, comparisons and conversions (ECMA-335 III.3,
//! with the operand type rules of III.1.5 "Binary Numeric Operations").
//! Floor 4 (execution).

use super::translate::{Fx, SType, SVal};
use crate::error::Result;
use crate::fault::FaultKind;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Value, types};
use metadata::{Instr, Opcode as Op, Operand};

/// A comparison, as CIL spells it (`.un` = unsigned, or unordered for floats).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cmp {
    Eq,
    NeUn,
    Ge,
    GeUn,
    Gt,
    GtUn,
    Le,
    LeUn,
    Lt,
    LtUn,
}

/// A conversion target of `conv.*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tgt {
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    I,
    U,
    R4,
    R8,
    RUn,
}

impl Tgt {
    /// (bits, signed) of an integer target.
    fn int(self) -> Option<(u32, bool)> {
        Some(match self {
            Tgt::I1 => (8, true),
            Tgt::U1 => (8, false),
            Tgt::I2 => (16, true),
            Tgt::U2 => (16, false),
            Tgt::I4 => (32, true),
            Tgt::U4 => (32, false),
            Tgt::I8 | Tgt::I => (64, true),
            Tgt::U8 | Tgt::U => (64, false),
            _ => return None,
        })
    }

    fn stype(self) -> SType {
        match self {
            Tgt::I8 | Tgt::U8 => SType::I64,
            Tgt::I | Tgt::U => SType::Nat,
            Tgt::R4 => SType::F32,
            Tgt::R8 | Tgt::RUn => SType::F64,
            _ => SType::I32,
        }
    }
}

/// The conversion an opcode performs: (target, checked, source unsigned).
fn conv_of(op: Op) -> Option<(Tgt, bool, bool)> {
    use Tgt::*;
    Some(match op {
        Op::ConvI1 => (I1, false, false),
        Op::ConvI2 => (I2, false, false),
        Op::ConvI4 => (I4, false, false),
        Op::ConvI8 => (I8, false, false),
        Op::ConvU1 => (U1, false, false),
        Op::ConvU2 => (U2, false, false),
        Op::ConvU4 => (U4, false, false),
        Op::ConvU8 => (U8, false, false),
        Op::ConvI => (I, false, false),
        Op::ConvU => (U, false, false),
        Op::ConvR4 => (R4, false, false),
        Op::ConvR8 => (R8, false, false),
        Op::ConvRUn => (RUn, false, true),
        Op::ConvOvfI1 => (I1, true, false),
        Op::ConvOvfI2 => (I2, true, false),
        Op::ConvOvfI4 => (I4, true, false),
        Op::ConvOvfI8 => (I8, true, false),
        Op::ConvOvfU1 => (U1, true, false),
        Op::ConvOvfU2 => (U2, true, false),
        Op::ConvOvfU4 => (U4, true, false),
        Op::ConvOvfU8 => (U8, true, false),
        Op::ConvOvfI => (I, true, false),
        Op::ConvOvfU => (U, true, false),
        Op::ConvOvfI1Un => (I1, true, true),
        Op::ConvOvfI2Un => (I2, true, true),
        Op::ConvOvfI4Un => (I4, true, true),
        Op::ConvOvfI8Un => (I8, true, true),
        Op::ConvOvfU1Un => (U1, true, true),
        Op::ConvOvfU2Un => (U2, true, true),
        Op::ConvOvfU4Un => (U4, true, true),
        Op::ConvOvfU8Un => (U8, true, true),
        Op::ConvOvfIUn => (I, true, true),
        Op::ConvOvfUUn => (U, true, true),
        _ => return None,
    })
}

/// Helper for `rem` on floats: C#'s `%` is C's fmod (ECMA-335 III.3.55).
extern "C" fn vm_fmod(a: f64, b: f64) -> f64 {
    a % b
}

impl Fx<'_> {
    /// Translates a constant, arithmetic, comparison or conversion; false if `ins` is none.
    pub fn arith(&mut self, ins: &Instr) -> Result<bool> {
        let small = |n: i64| Some(n);
        let ldc = match ins.opcode {
            Op::LdcI4M1 => small(-1),
            Op::LdcI40 => small(0),
            Op::LdcI41 => small(1),
            Op::LdcI42 => small(2),
            Op::LdcI43 => small(3),
            Op::LdcI44 => small(4),
            Op::LdcI45 => small(5),
            Op::LdcI46 => small(6),
            Op::LdcI47 => small(7),
            Op::LdcI48 => small(8),
            Op::LdcI4S | Op::LdcI4 => match ins.operand {
                Operand::I8(v) => Some(v as i64),
                Operand::I32(v) => Some(v as i64),
                _ => return Err(self.invalid("ldc.i4 operand")),
            },
            _ => None,
        };
        if let Some(n) = ldc {
            let v = self.iconst(types::I32, n);
            self.push(v, SType::I32);
            return Ok(true);
        }
        match ins.opcode {
            Op::LdcI8 => {
                let Operand::I64(n) = ins.operand else {
                    return Err(self.invalid("ldc.i8 operand"));
                };
                let v = self.iconst(types::I64, n);
                self.push(v, SType::I64);
            }
            Op::LdcR4 => {
                let Operand::R4(x) = ins.operand else {
                    return Err(self.invalid("ldc.r4 operand"));
                };
                let v = self.b.ins().f32const(x);
                self.push(v, SType::F32);
            }
            Op::LdcR8 => {
                let Operand::R8(x) = ins.operand else {
                    return Err(self.invalid("ldc.r8 operand"));
                };
                let v = self.b.ins().f64const(x);
                self.push(v, SType::F64);
            }
            Op::Ldnull => {
                let v = self.iconst(types::I64, 0);
                self.push(v, SType::Obj);
            }
            Op::Add
            | Op::Sub
            | Op::Mul
            | Op::Div
            | Op::DivUn
            | Op::Rem
            | Op::RemUn
            | Op::And
            | Op::Or
            | Op::Xor => {
                let b = self.pop()?;
                let a = self.pop()?;
                let r = self.binary(ins.opcode, a, b)?;
                self.stack.push(r);
            }
            Op::AddOvf | Op::AddOvfUn | Op::SubOvf | Op::SubOvfUn | Op::MulOvf | Op::MulOvfUn => {
                let b = self.pop()?;
                let a = self.pop()?;
                let r = self.checked(ins.opcode, a, b)?;
                self.stack.push(r);
            }
            Op::Shl | Op::Shr | Op::ShrUn => {
                let amount = self.pop()?;
                let a = self.pop()?;
                if !a.t.is_int() || !amount.t.is_int() {
                    return Err(self.invalid("shift of a non-integer"));
                }
                let v = match ins.opcode {
                    Op::Shl => self.b.ins().ishl(a.v, amount.v),
                    Op::Shr => self.b.ins().sshr(a.v, amount.v),
                    _ => self.b.ins().ushr(a.v, amount.v),
                };
                self.push(v, a.t);
            }
            Op::Neg => {
                let a = self.pop()?;
                let v = if a.t.is_float() {
                    self.b.ins().fneg(a.v)
                } else if a.t.is_int() {
                    self.b.ins().ineg(a.v)
                } else {
                    return Err(self.invalid(&format!("neg of a {:?}", a.t)));
                };
                self.push(v, a.t);
            }
            Op::Ckfinite => {
                // ArithmeticException for NaN and infinities (III.3.20): x - x is NaN for both.
                let a = self.pop()?;
                if !a.t.is_float() {
                    return Err(self.invalid("ckfinite of a non-float"));
                }
                let d = self.b.ins().fsub(a.v, a.v);
                let bad = self.b.ins().fcmp(FloatCC::Unordered, d, d);
                self.trap_if(bad, FaultKind::Arithmetic);
                self.stack.push(a);
            }
            Op::Not => {
                let a = self.pop()?;
                if !a.t.is_int() {
                    return Err(self.invalid("not of a non-integer"));
                }
                let v = self.b.ins().bnot(a.v);
                self.push(v, a.t);
            }
            Op::Ceq | Op::Cgt | Op::CgtUn | Op::Clt | Op::CltUn => {
                let b = self.pop()?;
                let a = self.pop()?;
                let cmp = match ins.opcode {
                    Op::Ceq => Cmp::Eq,
                    Op::Cgt => Cmp::Gt,
                    Op::CgtUn => Cmp::GtUn,
                    Op::Clt => Cmp::Lt,
                    _ => Cmp::LtUn,
                };
                let c = self.compare(cmp, a, b)?;
                let v = self.b.ins().uextend(types::I32, c);
                self.push(v, SType::I32);
            }
            op => match conv_of(op) {
                Some((tgt, ovf, un)) => {
                    let a = self.pop()?;
                    let r = self.convert(a, tgt, ovf, un)?;
                    self.stack.push(r);
                }
                None => return Ok(false),
            },
        }
        Ok(true)
    }

    /// Brings two operands to one Cranelift type (III.1.5): int32 widens to native int,
    /// float32 to float64. Returns the values and the result's stack type.
    fn unify(&mut self, a: SVal, b: SVal) -> Result<(Value, Value, SType)> {
        use SType::*;
        if a.t.is_float() && b.t.is_float() {
            if a.t == b.t {
                return Ok((a.v, b.v, a.t));
            }
            let av = if a.t == F32 {
                self.b.ins().fpromote(types::F64, a.v)
            } else {
                a.v
            };
            let bv = if b.t == F32 {
                self.b.ins().fpromote(types::F64, b.v)
            } else {
                b.v
            };
            return Ok((av, bv, F64));
        }
        // An object reference meets only another (`ceq`, `beq`: III.1.5's
        // comparison table); with a number it would become an address.
        if a.t.is_float()
            || b.t.is_float()
            || matches!(a.t, Struct(_))
            || matches!(b.t, Struct(_))
            || (a.t == Obj) != (b.t == Obj)
        {
            return Err(self.invalid(&format!("operands {:?} and {:?} do not match", a.t, b.t)));
        }
        match (a.t.clif() == types::I32, b.t.clif() == types::I32) {
            (true, true) => Ok((a.v, b.v, I32)),
            (false, false) => {
                let t = match (a.t, b.t) {
                    (ByRef, _) | (_, ByRef) => ByRef,
                    (I64, I64) => I64,
                    (Obj, Obj) => Obj,
                    _ => Nat,
                };
                Ok((a.v, b.v, t))
            }
            (true, false) => {
                let av = self.b.ins().sextend(types::I64, a.v);
                Ok((av, b.v, if b.t == ByRef { ByRef } else { Nat }))
            }
            (false, true) => {
                let bv = self.b.ins().sextend(types::I64, b.v);
                Ok((a.v, bv, if a.t == ByRef { ByRef } else { Nat }))
            }
        }
    }

    fn binary(&mut self, op: Op, a: SVal, b: SVal) -> Result<SVal> {
        let (x, y, t) = self.unify(a, b)?;
        if t == SType::Obj {
            return Err(self.invalid(&format!("{} on object references", op.name())));
        }
        if t.is_float() {
            let v = match op {
                Op::Add => self.b.ins().fadd(x, y),
                Op::Sub => self.b.ins().fsub(x, y),
                Op::Mul => self.b.ins().fmul(x, y),
                Op::Div => self.b.ins().fdiv(x, y),
                Op::Rem => {
                    let (x, y) = if t == SType::F32 {
                        (
                            self.b.ins().fpromote(types::F64, x),
                            self.b.ins().fpromote(types::F64, y),
                        )
                    } else {
                        (x, y)
                    };
                    let r = self.call_helper(
                        vm_fmod as *const u8,
                        &[types::F64, types::F64],
                        &[types::F64],
                        &[x, y],
                    )[0];
                    if t == SType::F32 {
                        self.b.ins().fdemote(types::F32, r)
                    } else {
                        r
                    }
                }
                _ => return Err(self.invalid(&format!("{} on floating-point values", op.name()))),
            };
            return Ok(SVal { v, t });
        }
        let v = match op {
            Op::Add => self.b.ins().iadd(x, y),
            Op::Sub => self.b.ins().isub(x, y),
            Op::Mul => self.b.ins().imul(x, y),
            Op::And => self.b.ins().band(x, y),
            Op::Or => self.b.ins().bor(x, y),
            Op::Xor => self.b.ins().bxor(x, y),
            Op::Div | Op::Rem => {
                self.check_signed_division(x, y)?;
                if op == Op::Div {
                    self.b.ins().sdiv(x, y)
                } else {
                    self.b.ins().srem(x, y)
                }
            }
            _ => {
                self.check_divisor(y);
                if op == Op::DivUn {
                    self.b.ins().udiv(x, y)
                } else {
                    self.b.ins().urem(x, y)
                }
            }
        };
        // Subtracting two managed pointers gives a native int (III.1.5 table 2).
        let t = if op == Op::Sub && a.t == SType::ByRef && b.t == SType::ByRef {
            SType::Nat
        } else {
            t
        };
        Ok(SVal { v, t })
    }

    /// add.ovf, sub.ovf, mul.ovf and their .un forms: OverflowException on overflow.
    fn checked(&mut self, op: Op, a: SVal, b: SVal) -> Result<SVal> {
        let (x, y, t) = self.unify(a, b)?;
        if !t.is_int() && t != SType::ByRef {
            return Err(self.invalid("checked arithmetic on non-integers"));
        }
        let (v, of) = match op {
            Op::AddOvf => self.b.ins().sadd_overflow(x, y),
            Op::AddOvfUn => self.b.ins().uadd_overflow(x, y),
            Op::SubOvf => self.b.ins().ssub_overflow(x, y),
            Op::SubOvfUn => self.b.ins().usub_overflow(x, y),
            Op::MulOvf => self.b.ins().smul_overflow(x, y),
            _ => self.b.ins().umul_overflow(x, y),
        };
        self.trap_if(of, FaultKind::Overflow);
        Ok(SVal { v, t })
    }

    /// Compares two stack values; the result is an I8 boolean.
    pub fn compare(&mut self, cmp: Cmp, a: SVal, b: SVal) -> Result<Value> {
        let (x, y, t) = self.unify(a, b)?;
        if t.is_float() {
            let cc = match cmp {
                Cmp::Eq => FloatCC::Equal,
                Cmp::NeUn => FloatCC::NotEqual,
                Cmp::Ge => FloatCC::GreaterThanOrEqual,
                Cmp::GeUn => FloatCC::UnorderedOrGreaterThanOrEqual,
                Cmp::Gt => FloatCC::GreaterThan,
                Cmp::GtUn => FloatCC::UnorderedOrGreaterThan,
                Cmp::Le => FloatCC::LessThanOrEqual,
                Cmp::LeUn => FloatCC::UnorderedOrLessThanOrEqual,
                Cmp::Lt => FloatCC::LessThan,
                Cmp::LtUn => FloatCC::UnorderedOrLessThan,
            };
            return Ok(self.b.ins().fcmp(cc, x, y));
        }
        let cc = match cmp {
            Cmp::Eq => IntCC::Equal,
            Cmp::NeUn => IntCC::NotEqual,
            Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
            Cmp::GeUn => IntCC::UnsignedGreaterThanOrEqual,
            Cmp::Gt => IntCC::SignedGreaterThan,
            Cmp::GtUn => IntCC::UnsignedGreaterThan,
            Cmp::Le => IntCC::SignedLessThanOrEqual,
            Cmp::LeUn => IntCC::UnsignedLessThanOrEqual,
            Cmp::Lt => IntCC::SignedLessThan,
            Cmp::LtUn => IntCC::UnsignedLessThan,
        };
        Ok(self.b.ins().icmp(cc, x, y))
    }

    /// conv.* (III.3.27), conv.ovf.* (III.3.28) and conv.ovf.*.un (III.3.29).
    fn convert(&mut self, a: SVal, tgt: Tgt, ovf: bool, un: bool) -> Result<SVal> {
        if matches!(a.t, SType::Struct(_)) {
            return Err(self.invalid("conversion of a struct"));
        }
        let out = tgt.stype();
        if a.t.is_float() {
            let Some((bits, signed)) = tgt.int() else {
                let v = match (a.t, out) {
                    (SType::F32, SType::F64) => self.b.ins().fpromote(types::F64, a.v),
                    (SType::F64, SType::F32) => self.b.ins().fdemote(types::F32, a.v),
                    _ => a.v,
                };
                return Ok(SVal { v, t: out });
            };
            if ovf {
                let x = if a.t == SType::F32 {
                    self.b.ins().fpromote(types::F64, a.v)
                } else {
                    a.v
                };
                // In range iff trunc(x) ∈ [lo, hi] ⇔ x > lo-1 and x < hi+1 (NaN fails both).
                let (lo_cc, lo, hi) = match (bits, signed) {
                    (64, true) => (
                        FloatCC::GreaterThanOrEqual,
                        -9223372036854775808.0,
                        9223372036854775808.0,
                    ),
                    (n, true) => (
                        FloatCC::GreaterThan,
                        -(2f64.powi(n as i32 - 1)) - 1.0,
                        2f64.powi(n as i32 - 1),
                    ),
                    (n, false) => (FloatCC::GreaterThan, -1.0, 2f64.powi(n as i32)),
                };
                let lo_v = self.b.ins().f64const(lo);
                let hi_v = self.b.ins().f64const(hi);
                let ok_lo = self.b.ins().fcmp(lo_cc, x, lo_v);
                let ok_hi = self.b.ins().fcmp(FloatCC::LessThan, x, hi_v);
                let ok = self.b.ins().band(ok_lo, ok_hi);
                let bad = self.b.ins().bxor_imm_u(ok, 1);
                self.trap_if(bad, FaultKind::Overflow);
            }
            let x = if a.t == SType::F32 {
                self.b.ins().fpromote(types::F64, a.v)
            } else {
                a.v
            };
            let v = match (bits, signed) {
                (64, false) => self.f64_to_u64(x),
                (64, true) => self.f64_to_i64(x),
                // conv.u4 goes through the 64-bit conversion: (uint)-1.0 is 0xFFFFFFFF.
                (32, false) => {
                    let w = self.f64_to_i64(x);
                    self.b.ins().ireduce(types::I32, w)
                }
                _ => {
                    let w = self.f64_to_i32(x);
                    if bits < 32 {
                        self.narrow(w, bits, signed)
                    } else {
                        w
                    }
                }
            };
            return Ok(SVal { v, t: out });
        }
        // Integer (or pointer) source.
        let src32 = a.t.clif() == types::I32;
        let Some((bits, signed)) = tgt.int() else {
            let fty = if tgt == Tgt::R4 {
                types::F32
            } else {
                types::F64
            };
            let v = if un || tgt == Tgt::RUn {
                self.b.ins().fcvt_from_uint(fty, a.v)
            } else {
                self.b.ins().fcvt_from_sint(fty, a.v)
            };
            return Ok(SVal { v, t: out });
        };
        if ovf {
            let wide = if src32 {
                if un {
                    self.b.ins().uextend(types::I64, a.v)
                } else {
                    self.b.ins().sextend(types::I64, a.v)
                }
            } else {
                a.v
            };
            self.range_check(wide, !un, bits, signed);
        }
        let v = if bits == 64 {
            if src32 {
                if signed && !un {
                    self.b.ins().sextend(types::I64, a.v)
                } else {
                    self.b.ins().uextend(types::I64, a.v)
                }
            } else {
                a.v
            }
        } else {
            let v32 = if src32 {
                a.v
            } else {
                self.b.ins().ireduce(types::I32, a.v)
            };
            if bits < 32 {
                self.narrow(v32, bits, signed)
            } else {
                v32
            }
        };
        Ok(SVal { v, t: out })
    }

    /// Float to int32 as x64 CoreCLR does it (cvttsd2si): truncation toward zero, and
    /// int.MinValue for NaN and out-of-range values (ECMA-335 III.3.27 leaves them unspecified).
    fn f64_to_i32(&mut self, x: Value) -> Value {
        let lo = self.b.ins().f64const(-2147483649.0);
        let hi = self.b.ins().f64const(2147483648.0);
        let ok_lo = self.b.ins().fcmp(FloatCC::GreaterThan, x, lo);
        let ok_hi = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let ok = self.b.ins().band(ok_lo, ok_hi);
        let t = self.b.ins().fcvt_to_sint_sat(types::I32, x);
        let min = self.iconst(types::I32, i32::MIN as i64);
        self.b.ins().select(ok, t, min)
    }

    /// Float to int64 (cvttsd2si, 64-bit): long.MinValue for NaN and out-of-range values.
    fn f64_to_i64(&mut self, x: Value) -> Value {
        let lo = self.b.ins().f64const(-9223372036854775808.0);
        let hi = self.b.ins().f64const(9223372036854775808.0);
        let ok_lo = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let ok_hi = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let ok = self.b.ins().band(ok_lo, ok_hi);
        let t = self.b.ins().fcvt_to_sint_sat(types::I64, x);
        let min = self.iconst(types::I64, i64::MIN);
        self.b.ins().select(ok, t, min)
    }

    /// Float to uint64 as CoreCLR's helper does it: values from 2^63 up convert after
    /// subtracting 2^63; smaller ones (negatives included) go through the signed conversion,
    /// so (ulong)-1.0 is 0xFFFFFFFFFFFFFFFF.
    fn f64_to_u64(&mut self, x: Value) -> Value {
        let two63 = self.b.ins().f64const(9223372036854775808.0);
        let big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, two63);
        let low = self.f64_to_i64(x);
        let shifted = self.b.ins().fsub(x, two63);
        let high = self.f64_to_i64(shifted);
        let min = self.iconst(types::I64, i64::MIN);
        let high = self.b.ins().bxor(high, min);
        self.b.ins().select(big, high, low)
    }

    /// Truncates an I32 to `bits` and extends it back, as storing to a small type does.
    fn narrow(&mut self, v: Value, bits: u32, signed: bool) -> Value {
        let small = if bits == 8 { types::I8 } else { types::I16 };
        let r = self.b.ins().ireduce(small, v);
        if signed {
            self.b.ins().sextend(types::I32, r)
        } else {
            self.b.ins().uextend(types::I32, r)
        }
    }

    /// Raises OverflowException unless the 64-bit value `v` (signed or unsigned) fits the target.
    fn range_check(&mut self, v: Value, src_signed: bool, bits: u32, signed: bool) {
        let (lo, hi): (i128, i128) = if signed {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        };
        if src_signed {
            if lo > i64::MIN as i128 {
                let bad = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, lo as i64);
                self.trap_if(bad, FaultKind::Overflow);
            }
            if hi < i64::MAX as i128 {
                let bad = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThan, v, hi as i64);
                self.trap_if(bad, FaultKind::Overflow);
            }
        } else if hi < u64::MAX as i128 {
            let bad = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThan, v, hi as u64 as i64);
            self.trap_if(bad, FaultKind::Overflow);
        }
    }
}
