//! What class an object reference on the evaluation stack is known to be, so that IL storing
//! it where an unrelated class is declared fails to compile instead of running.
//!
//! The stack types of `translate.rs` say only "object reference". That is what ECMA-335's
//! stack model needs (III.1.1), but it lets bad IL hand an object of one class to code that
//! reads it as another: a `Holder` stored into a field declared `Cell[]` is then indexed as an
//! array, outside any object. Where the JIT knows a reference's static type (`this`, an
//! argument, a field, a call's result, `newobj`, `newarr`, `ldstr`), it remembers it; where
//! such a value is stored into a field or passed as an argument, the declared type must be able
//! to hold it: the same class, a base or derived class (the object may be the derived one),
//! an interface, or `object`. Unknown values pass, as on CoreCLR, whose JIT does not check
//! this either; what is checked is exactly the confusion that would crash.

use super::translate::{Fx, SType, SVal};
use crate::error::Result;
use crate::fault::FaultKind;
use crate::loader::RType;
use crate::types::{MT_COMPONENT_SIZE_OFFSET, MT_ELEMENTS_ARE_REFS_OFFSET, MT_IS_SZARRAY_OFFSET, TypeId, ValKind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};

impl Fx<'_> {
    /// The declared type of field `row` of assembly `asm`.
    pub fn field_rtype(&mut self, owner: crate::types::TypeId, row: u32) -> Result<RType> {
        let asm = self.exec.types[owner as usize].asm;
        let img = self.exec.image(asm);
        let f = img
            .tables
            .field
            .get((row as usize).wrapping_sub(1))
            .ok_or_else(|| crate::loader::bad_row(metadata::Token::new(metadata::TableId::Field, row)))?;
        let sig = metadata::decode_field_sig(img.blob(f.signature)?)?;
        let ctx = self.exec.type_ctx(owner);
        self.exec.with_ctx(ctx, |ts| ts.rtype(asm, &sig))
    }

    /// The declared type of argument `i` of the method being compiled (`this` first).
    pub fn arg_rtype(&self, i: usize) -> Option<RType> {
        let info = self.info.clone();
        match (info.has_this, i) {
            (true, 0) if !self.exec.types[info.owner as usize].is_value_type() => Some(RType::Class(info.owner)),
            (true, 0) => None,
            (true, i) => info.param_types.get(i - 1).cloned(),
            (false, i) => info.param_types.get(i).cloned(),
        }
    }

    /// Checks a call's arguments (`this` first when `with_this`) against its signature.
    pub fn check_call_args(&mut self, info: &super::MethodInfo, args: &[SVal], with_this: bool) -> Result<()> {
        let mut rest = args;
        if with_this && info.has_this {
            let Some((this, tail)) = args.split_first() else { return Ok(()) };
            if !self.exec.types[info.owner as usize].is_value_type() {
                self.check_ref(this, &RType::Class(info.owner))?;
            }
            rest = tail;
        }
        for (a, t) in rest.iter().zip(&info.param_types) {
            self.check_ref(a, t)?;
        }
        Ok(())
    }

    /// Remembers that `v`, an object reference, has the static type `t`.
    pub fn note_ref(&mut self, v: Value, t: &RType) {
        if matches!(t, RType::Class(_) | RType::String | RType::SzArray(_) | RType::Array(..)) {
            self.ref_types.insert(v, t.clone());
        }
    }

    /// Fails when `value` is an object reference of a known class that a location declared
    /// `declared` can never hold.
    pub fn check_ref(&mut self, value: &SVal, declared: &RType) -> Result<()> {
        if value.t != SType::Obj {
            return Ok(());
        }
        let Some(have) = self.ref_types.get(&value.v).cloned() else { return Ok(()) };
        if self.may_hold(declared, &have)? {
            return Ok(());
        }
        let (want, got) = (self.exec.rtype_name(declared), self.exec.rtype_name(&have));
        Err(self.invalid(&format!("a {got} where {want} is expected")))
    }

    /// Whether a location of type `declared` can hold an object whose static type is `have`.
    fn may_hold(&mut self, declared: &RType, have: &RType) -> Result<bool> {
        let class = |t: &RType, fx: &mut Self| -> Option<TypeId> {
            match t {
                RType::Class(c) => Some(*c),
                RType::String => fx.exec.core_type("String").ok(),
                _ => None,
            }
        };
        let is_array = |t: &RType| matches!(t, RType::SzArray(_) | RType::Array(..));
        let Some(want) = class(declared, self) else {
            // An array location takes an array (of any element type: covariance and bad
            // element types are the store's own checks), never an instance of a class.
            return Ok(!is_array(declared) || is_array(have) || class(have, self).is_none());
        };
        if self.exec.is_interface(want) || self.is_universal_base(want) {
            return Ok(true);
        }
        let Some(got) = class(have, self) else {
            // An array where a class other than object or System.Array is declared.
            return Ok(!is_array(have));
        };
        if self.exec.is_interface(got) {
            return Ok(true);
        }
        // Instances of one variant delegate may hold each other's values (II.9.7).
        Ok(self.exec.is_subclass(got, want) || self.exec.is_subclass(want, got) || self.exec.variance_assignable(got, want)?)
    }

    /// `System.Object`, `System.Array` or `System.ValueType`/`System.Enum` (boxes): bases that
    /// any reference may have.
    fn is_universal_base(&self, t: TypeId) -> bool {
        let info = &self.exec.types[t as usize];
        info.asm == 0 && info.namespace == "System" && matches!(info.name.as_str(), "Object" | "Array" | "ValueType" | "Enum")
    }

    /// Before an element access (`k` the accessed kind; None for `ldlen`) through `arr`, which
    /// the caller has null-checked: an array whose static type is known must be a vector of
    /// elements stored as `k` (checked here, at compile time); one of unknown type (read from an
    /// `object` variable, or across a join) is checked at run time against its MethodTable, so
    /// bad IL cannot index an object that is no such vector.
    pub fn array_guard(&mut self, arr: &SVal, k: Option<ValKind>) -> Result<()> {
        match self.ref_types.get(&arr.v).cloned() {
            Some(RType::SzArray(e)) => {
                let stored = self.exec.kind_of(&e)?;
                match k {
                    Some(k) if !same_storage(stored, k) => {
                        Err(self.invalid(&format!("a {k:?} element access on a {} array", self.exec.rtype_name(&e))))
                    }
                    _ => Ok(()),
                }
            }
            Some(other) => Err(self.invalid(&format!("an element access on a {}", self.exec.rtype_name(&other)))),
            None => {
                let f = super::translate::mflags();
                let mt = self.b.ins().load(types::I64, f, arr.v, 0);
                let vector = self.b.ins().uload8(types::I32, f, mt, MT_IS_SZARRAY_OFFSET);
                let mut bad = self.b.ins().icmp_imm_u(IntCC::Equal, vector, 0);
                if let Some(k) = k {
                    let size = self.b.ins().load(types::I32, f, mt, MT_COMPONENT_SIZE_OFFSET);
                    let wrong_size = self.b.ins().icmp_imm_u(IntCC::NotEqual, size, k.size() as i64);
                    let refs = self.b.ins().uload8(types::I32, f, mt, MT_ELEMENTS_ARE_REFS_OFFSET);
                    let want_refs = (k == ValKind::Ref) as i64;
                    let wrong_refs = self.b.ins().icmp_imm_u(IntCC::NotEqual, refs, want_refs);
                    bad = self.b.ins().bor(bad, wrong_size);
                    bad = self.b.ins().bor(bad, wrong_refs);
                }
                self.trap_if(bad, FaultKind::InvalidProgram);
                Ok(())
            }
        }
    }
}

/// Whether elements stored as `a` may be accessed as `b`: references as references, values by
/// the same size (`ldelem.u4` of an `int[]` reads it as C# compilers emit), structs as the same
/// struct.
fn same_storage(a: ValKind, b: ValKind) -> bool {
    match (a, b) {
        (ValKind::Ref, ValKind::Ref) => true,
        (ValKind::Ref, _) | (_, ValKind::Ref) => false,
        (ValKind::Struct(x), ValKind::Struct(y)) => x.ty == y.ty,
        (ValKind::Struct(_), _) | (_, ValKind::Struct(_)) => false,
        (x, y) => x.size() == y.size(),
    }
}
