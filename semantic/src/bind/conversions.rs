//! Conversions (C# spec §10): which exist, and making them explicit in
//! the bound tree.

use lexer::Span;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    Identity,
    /// Widening between numeric types (§10.2.3).
    ImplicitNumeric,
    /// An int constant that fits the target (§10.2.11).
    ImplicitConstant,
    NullLiteral,
    /// To a base class, or from an array to System.Array/Object (§10.2.8).
    ImplicitReference,
    /// A value type to object or System.ValueType (§10.2.9).
    Boxing,
    ExplicitNumeric,
    /// From a base class to a derived one (§10.3.5): checked at run time.
    ExplicitReference,
    /// From object or System.ValueType to a value type (§10.3.7).
    Unboxing,
    /// Through a user-defined `op_Implicit` (true) or `op_Explicit`
    /// (false) (§10.5).
    UserDefined(MethodId, bool),
    /// A type parameter to an interface it is not known to implement
    /// (§10.3.8): boxed, then checked at run time.
    BoxThenCast,
    /// Between type parameters (§10.2.12): boxed, then unboxed as the
    /// other (`box !!T; unbox.any !!U`, as csc emits it); implicit when
    /// the target is a constraint of the source.
    BetweenTypeParams(bool),
    /// To, from or between nullable value types (`nullable.rs`).
    Nullable(super::nullable::NullableConversion),
    /// A target-typed expression to its type: a method group or anonymous
    /// function to a delegate type (§10.7, §10.8; `delegates.rs`), `new()`
    /// or `default` to a type (`target_typed.rs`).
    TargetTyped,
    /// A tuple literal to a tuple type, element by element (`tuples.rs`).
    TupleLiteral,
    /// A tuple value to another tuple type, element by element.
    TupleElements,
}

impl Conversion {
    pub fn is_implicit(self) -> bool {
        !matches!(
            self,
            Conversion::ExplicitNumeric
                | Conversion::ExplicitReference
                | Conversion::Unboxing
                | Conversion::UserDefined(_, false)
                | Conversion::BoxThenCast
                | Conversion::BetweenTypeParams(false)
        ) && !matches!(self, Conversion::Nullable(n) if !n.is_implicit())
    }
}

/// The numeric types in the order the implicit-conversion table uses.
pub fn is_numeric(sp: SpecialType) -> bool {
    sp.is_integral() || matches!(sp, SpecialType::Single | SpecialType::Double | SpecialType::Decimal)
}

/// §10.2.3: whether `from` widens implicitly to `to`.
fn implicit_numeric(from: SpecialType, to: SpecialType) -> bool {
    use SpecialType::*;
    match from {
        SByte => matches!(to, Int16 | Int32 | Int64 | Single | Double | Decimal),
        Byte => matches!(
            to,
            Int16 | UInt16 | Int32 | UInt32 | Int64 | UInt64 | Single | Double | Decimal
        ),
        Int16 => matches!(to, Int32 | Int64 | Single | Double | Decimal),
        UInt16 => matches!(
            to,
            Int32 | UInt32 | Int64 | UInt64 | Single | Double | Decimal
        ),
        Int32 => matches!(to, Int64 | Single | Double | Decimal),
        UInt32 => matches!(to, Int64 | UInt64 | Single | Double | Decimal),
        Int64 | UInt64 => matches!(to, Single | Double | Decimal),
        Char => matches!(
            to,
            UInt16 | Int32 | UInt32 | Int64 | UInt64 | Single | Double | Decimal
        ),
        Single => matches!(to, Double),
        _ => false,
    }
}

/// §10.2.11: a constant of type int fits the target's range.
fn constant_fits(value: &ConstValue, to: SpecialType) -> bool {
    use SpecialType::*;
    match value {
        ConstValue::I4(v) => {
            let v = *v as i64;
            match to {
                SByte => (-128..=127).contains(&v),
                Byte => (0..=255).contains(&v),
                Int16 => (-32768..=32767).contains(&v),
                UInt16 => (0..=65535).contains(&v),
                UInt32 | UInt64 => v >= 0,
                _ => false,
            }
        }
        ConstValue::I8(v) => to == UInt64 && *v >= 0,
        _ => false,
    }
}

impl Binder<'_> {
    /// The conversion from `e` to `to`, if any exists (implicit first).
    pub fn classify(&self, e: &BoundExpr, to: TyId) -> Option<Conversion> {
        self.classify_with(e, to, true)
    }

    pub(super) fn classify_with(&self, e: &BoundExpr, to: TyId, user: bool) -> Option<Conversion> {
        if matches!(e.kind, BoundExprKind::ThrowExpr(_)) {
            return Some(Conversion::Identity);
        }
        let from = e.ty;
        if let BoundExprKind::TupleLiteral { .. } = &e.kind
            && from != to
            && self.tuple_elements(to).is_some()
        {
            let elements = super::tuples::literal_elements(e);
            return self.tuple_literal_convertible(&elements, to).then_some(Conversion::TupleLiteral);
        }
        if from == Symbols::TARGET_TYPED && to != Symbols::ERROR {
            return self.target_typed_convertible(e, to).then_some(Conversion::TargetTyped);
        }
        if from == to {
            return Some(Conversion::Identity);
        }
        if self.tuple_elements(from).is_some() && self.tuple_elements(to).is_some() {
            return self.tuple_value_convertible(from, to).then_some(Conversion::TupleElements);
        }
        if from == Symbols::ERROR || to == Symbols::ERROR {
            return Some(Conversion::Identity);
        }
        // Nullable value types box to what their value boxes to, and
        // unbox from it; the rest is §10.2.6 and §10.3.4.
        if self.nullable_arg(from).is_some() && (self.syms.is_reference_type(to) || self.syms.is_special(to, SpecialType::ValueType)) {
            let t = self.nullable_arg(from).unwrap_or(Symbols::ERROR);
            let probe = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: t, span: e.span };
            return match self.classify_with(&probe, to, false) {
                Some(Conversion::Boxing | Conversion::Identity) => Some(Conversion::Boxing),
                // `C<int?> c = (int?)null` through `implicit operator C<T>(T)`.
                _ if user => self.user_conversion(e, to),
                _ => None,
            };
        }
        if self.nullable_arg(to).is_some() && from != Symbols::NULL && (self.syms.is_reference_type(from) || self.syms.is_special(from, SpecialType::ValueType)) {
            let t = self.nullable_arg(to).unwrap_or(Symbols::ERROR);
            let probe = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: from, span: e.span };
            return match self.classify_with(&probe, t, false) {
                Some(Conversion::Unboxing) => Some(Conversion::Unboxing),
                _ => None,
            };
        }
        // An operator that gives exactly `T?`, or takes exactly `S?`, beats
        // lifting or wrapping one of `S` or `T` (the most specific operator,
        // §10.5.5): `C<int?> c = (int?)null` with `implicit operator C<T>(T)`.
        if user
            && (self.nullable_arg(to).is_some() || self.nullable_arg(from).is_some())
            && let Some(c @ Conversion::UserDefined(m, true)) = self.user_conversion(e, to)
            && (self.syms.method(m).ret == to || self.syms.method(m).params[0].ty == from)
        {
            return Some(c);
        }
        if let Some(n) = self.nullable_conversion(e, to, user) {
            return Some(Conversion::Nullable(n));
        }
        if from == Symbols::NULL {
            return self
                .syms
                .is_reference_type(to)
                .then_some(Conversion::NullLiteral);
        }
        // Enums (§10.2.4, §10.3.3): the constant 0 converts implicitly to
        // any enum; otherwise enums and numbers convert both ways, and
        // enums to each other, explicitly.
        if self.syms.is_enum(to) || self.syms.is_enum(from) {
            let numeric = |t: TyId| self.syms.special_of(self.syms.underlying(t)).is_some_and(is_numeric);
            if self.syms.is_enum(to) && e.constant().and_then(|c| c.as_i64()) == Some(0) && !self.syms.is_enum(from) {
                if self.syms.special_of(from).is_some_and(|s| s.is_integral()) {
                    return Some(Conversion::ImplicitConstant);
                }
            }
            if numeric(from) && numeric(to) {
                return Some(Conversion::ExplicitNumeric);
            }
        }
        // Type parameters (§10.2.12, §10.3.8): to a constraint the value
        // is boxed (a no-op for a reference type at run time, but the IL
        // says so); back from one it is unboxed, which `unbox.any` does
        // for reference and value types alike.
        if self.syms.is_type_param(from) && !self.syms.is_type_param(to) {
            if self.syms.derives_from(from, to) || self.is_interface(to) {
                let implicit = self.syms.derives_from(from, to);
                return Some(if implicit { Conversion::Boxing } else { Conversion::BoxThenCast });
            }
            // Through an operator of the class constraint (`T : B`, B to C).
            return if user { self.user_conversion(e, to) } else { None };
        }
        if self.syms.is_type_param(to) && !self.syms.is_type_param(from) {
            if self.syms.derives_from(to, from) || self.is_interface(from) {
                return Some(Conversion::Unboxing);
            }
            return if user { self.user_conversion(e, to) } else { None };
        }
        if self.syms.is_type_param(to) && self.syms.is_type_param(from) {
            // `T` to `U` when `where T : U` (implicitly), and back explicitly.
            if self.syms.derives_from(from, to) {
                return Some(Conversion::BetweenTypeParams(true));
            }
            if self.syms.derives_from(to, from) {
                return Some(Conversion::BetweenTypeParams(false));
            }
            return None;
        }
        let (fs, ts) = (self.syms.special_of(from), self.syms.special_of(to));
        if let (Some(f), Some(t)) = (fs, ts)
            && is_numeric(f)
            && is_numeric(t)
        {
            if implicit_numeric(f, t) {
                return Some(Conversion::ImplicitNumeric);
            }
            if let Some(c) = e.constant()
                && constant_fits(c, t)
            {
                return Some(Conversion::ImplicitConstant);
            }
            return Some(Conversion::ExplicitNumeric);
        }
        if self.syms.is_reference_type(from) && self.is_base_of(to, from) {
            return Some(Conversion::ImplicitReference);
        }
        // Interfaces convert to object implicitly.
        if self.is_interface(from) && self.syms.is_special(to, SpecialType::Object) {
            return Some(Conversion::ImplicitReference);
        }
        // A struct boxes to an interface it implements.
        if self.syms.is_value_type(from) && self.is_interface(to) && self.is_base_of(to, from) {
            return Some(Conversion::Boxing);
        }
        // To an interface from a class that is not sealed, or between
        // interfaces: checked at run time (§10.3.5).
        if self.is_interface(to) && self.syms.is_reference_type(from) {
            let sealed = matches!(self.syms.kind(from), TyKind::Def(d) if self.syms.def(d).is_sealed);
            if !sealed || self.is_interface(from) {
                return Some(Conversion::ExplicitReference);
            }
        }
        if self.is_interface(from) && self.syms.is_value_type(to) && self.is_base_of(from, to) {
            return Some(Conversion::Unboxing);
        }
        if self.is_interface(from) && self.syms.is_reference_type(to) {
            return Some(Conversion::ExplicitReference);
        }
        // Boxing goes to any class a value type derives from: object,
        // System.ValueType, and System.Enum for enums.
        let boxes_to = |t: TyId| {
            matches!(self.syms.special_of(t), Some(SpecialType::Object | SpecialType::ValueType))
                || (self.syms.is_special(t, SpecialType::Enum) && (self.syms.is_enum(from) || self.syms.is_enum(to)))
        };
        if self.syms.is_value_type(from) && boxes_to(to) {
            return Some(Conversion::Boxing);
        }
        if self.syms.is_value_type(to) && boxes_to(from) {
            return Some(Conversion::Unboxing);
        }
        if self.syms.is_reference_type(from) && self.syms.is_reference_type(to) && self.is_base_of(from, to) {
            return Some(Conversion::ExplicitReference);
        }
        if user { self.user_conversion(e, to) } else { None }
    }

    /// A user-defined conversion from `e` to `to` (§10.5.4–10.5.5,
    /// simplified): an `op_Implicit` or `op_Explicit` of either type (of
    /// a type parameter's class constraint, for a type parameter) whose
    /// parameter takes `e` and whose result converts to `to`, both by
    /// standard conversions. It is implicit when the operator and both
    /// steps are. Implicit ones are preferred, then (the most specific
    /// operator, §10.5.5) one that gives exactly `to`, then one that
    /// takes exactly `e`'s type: with `operator float(S)` and `operator
    /// float?(S)`, `float? f = s` calls the second.
    fn user_conversion(&self, e: &BoundExpr, to: TyId) -> Option<Conversion> {
        let mut found: Option<(MethodId, (bool, bool, bool))> = None;
        for t in self.operator_types(e.ty).into_iter().chain(self.operator_types(to)) {
            let TyKind::Def(d) = self.syms.kind(t) else { continue };
            for &m in &self.syms.def(d).methods {
                let s = self.syms.method(m);
                let implicit = s.name == "op_Implicit";
                if !(implicit || s.name == "op_Explicit") || s.params.len() != 1 {
                    continue;
                }
                let result = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: s.ret, span: e.span };
                let (Some(into), Some(out)) = (self.classify_standard(e, s.params[0].ty), self.classify_standard(&result, to)) else {
                    continue;
                };
                let r = (implicit && into.is_implicit() && out.is_implicit(), s.ret == to, s.params[0].ty == e.ty);
                if found.is_none_or(|(_, best)| r > best) {
                    found = Some((m, r));
                }
            }
        }
        found.map(|(m, (implicit, _, _))| Conversion::UserDefined(m, implicit))
    }

    /// The types whose conversion operators apply to `t`: itself, or for a
    /// type parameter its class constraint (§10.5.3).
    /// For `T?` that is T (§10.5.3): `Nullable<T>`'s own operators are the
    /// built-in nullable conversions (§10.6.1), not user-defined ones.
    fn operator_types(&self, t: TyId) -> Vec<TyId> {
        if let Some(inner) = self.nullable_arg(t) {
            return vec![inner];
        }
        if !self.syms.is_type_param(t) {
            return vec![t];
        }
        // A type parameter's base is its class constraint (or object).
        self.syms.base_of(t).into_iter().filter(|&b| !self.syms.is_special(b, SpecialType::Object)).collect()
    }

    /// A standard conversion only (no user-defined step), as the
    /// operands of a user-defined one must be.
    fn classify_standard(&self, e: &BoundExpr, to: TyId) -> Option<Conversion> {
        self.classify_with(e, to, false)
    }

    /// Whether `base` is `derived`, one of its base classes, or (for
    /// arrays) System.Array or System.Object.
    fn is_base_of(&self, base: TyId, derived: TyId) -> bool {
        // Every reference type, interfaces included, derives from object.
        if self.syms.is_special(base, SpecialType::Object) && self.syms.is_reference_type(derived) {
            return true;
        }
        let mut current = Some(derived);
        if let TyKind::Array(de, drank) = self.syms.kind(derived) {
            // Array covariance (§17.6): S[] to T[] when S converts to T
            // by an implicit reference conversion.
            if let TyKind::Array(be, brank) = self.syms.kind(base) {
                // A type parameter element derives from its constraints
                // (`T[]` to `U[]` where `T : class, U`).
                return drank == brank
                    && self.syms.is_reference_type(de)
                    && (de == be || self.is_base_of(be, de) || (self.syms.is_type_param(de) && self.syms.derives_from(de, be)));
            }
            // A vector is an IList<T> of its elements, and of their base
            // types when those are references (§17.2.3).
            if drank == 1
                && let Some(x) = self.syms.array_interface_arg(base)
            {
                return de == x || (self.syms.is_reference_type(de) && self.is_base_of(x, de));
            }
            // Arrays also have System.Array's interfaces (IEnumerable…).
            let array_interfaces = || {
                let mut all = Vec::new();
                if let Some(a) = self.syms.special_def(SpecialType::Array).and_then(|d| self.syms.find_interned(TyKind::Def(d))) {
                    crate::declare::all_interfaces(self.syms, a, &mut all);
                }
                all.contains(&base)
            };
            return matches!(
                self.syms.special_of(base),
                Some(SpecialType::Array | SpecialType::Object)
            ) || array_interfaces();
        }
        // Variant delegates convert as variant interfaces do (§18.2.3.3).
        if self.is_delegate(base) && self.variance_convertible(derived, base) {
            return true;
        }
        let base_is_interface = matches!(self.syms.kind(base), TyKind::Def(d) if self.syms.def(d).kind == TypeDefKind::Interface);
        if base_is_interface && matches!(self.syms.kind(derived), TyKind::Def(d) if self.syms.def(d).kind == TypeDefKind::Interface) {
            // Every interface converts to object, which is not in its
            // interface list.
            let mut all = vec![derived];
            crate::declare::all_interfaces(self.syms, derived, &mut all);
            return all.iter().any(|&i| i == base || self.variance_convertible(i, base));
        }
        while let Some(t) = current {
            if t == base {
                return true;
            }
            if base_is_interface {
                let mut all = Vec::new();
                crate::declare::all_interfaces(self.syms, t, &mut all);
                if all.iter().any(|&i| i == base || self.variance_convertible(i, base)) {
                    return true;
                }
            }
            current = self.syms.base_of(t);
        }
        false
    }

    /// `I<string>` to `I<object>` when `I<out T>` (§18.2.3.3): two
    /// instances of one variant interface whose arguments convert as the
    /// variance of each parameter allows (by reference conversions only).
    fn variance_convertible(&self, from: TyId, to: TyId) -> bool {
        let (TyKind::Def(f), TyKind::Def(t)) = (self.syms.kind(from), self.syms.kind(to)) else { return false };
        let (Some((g1, a1)), Some((g2, a2))) = (&self.syms.def(f).instance_of, &self.syms.def(t).instance_of) else { return false };
        if g1 != g2 {
            return false;
        }
        let params = &self.syms.def(*g1).type_params;
        // An implicit reference conversion between the arguments: a base
        // type, or a type parameter's constraint (`T : class, U`).
        let reference = |from: TyId, to: TyId| {
            self.syms.is_reference_type(from)
                && (self.is_base_of(to, from) || (self.syms.is_type_param(from) && self.syms.derives_from(from, to)))
        };
        params.iter().zip(a1.iter().zip(a2)).all(|(&p, (&x, &y))| {
            let v = self.syms.def(p).param.as_ref().map(|i| i.variance).unwrap_or(Variance::Invariant);
            x == y
                || match v {
                    Variance::Invariant => false,
                    Variance::Covariant => reference(x, y),
                    Variance::Contravariant => reference(y, x),
                }
        })
    }

    fn is_interface(&self, t: TyId) -> bool {
        matches!(self.syms.kind(t), TyKind::Def(d) if self.syms.def(d).kind == TypeDefKind::Interface)
    }

    /// Converts implicitly, or reports CS0029 (none exists) / CS0266 (only
    /// an explicit one exists) and yields an error-typed expression.
    pub fn convert_implicit(&mut self, e: BoundExpr, to: TyId) -> BoundExpr {
        if e.ty == Symbols::TARGET_TYPED && to != Symbols::ERROR {
            // The conversion reports what does not fit.
            return self.convert_target_typed(e, to);
        }
        match self.classify(&e, to) {
            Some(c) if c.is_implicit() => self.apply_conversion(e, to, c),
            other => {
                let (from, target) = (self.syms.display(e.ty), self.syms.display(to));
                let literal_double = matches!(e.constant(), Some(ConstValue::R8(_)))
                    && matches!(self.syms.special_of(to), Some(SpecialType::Single | SpecialType::Decimal));
                let integral_constant = e.constant().and_then(|c| c.as_i64()).is_some()
                    && self.syms.special_of(to).is_some_and(|t| t.is_integral());
                if e.ty == Symbols::NULL && self.syms.is_type_param(to) {
                    self.error(
                        "CS0403",
                        e.span,
                        format!("Cannot convert null to type parameter '{target}' because it could be a non-nullable value type. Consider using 'default({target})' instead."),
                    );
                } else if literal_double {
                    let suffix = if target == "float" { "F" } else { "M" };
                    self.error(
                        "CS0664",
                        e.span,
                        format!("Literal of type double cannot be implicitly converted to type '{target}'; use an '{suffix}' suffix to create a literal of this type"),
                    );
                } else if other.is_some() && integral_constant {
                    let v = e.constant().map(|c| match c {
                        ConstValue::U8(v) => v.to_string(),
                        other => other.as_i64().unwrap_or(0).to_string(),
                    }).unwrap_or_default();
                    self.error("CS0031", e.span, format!("Constant value '{v}' cannot be converted to a '{target}'"));
                } else if other.is_some() {
                    self.error(
                        "CS0266",
                        e.span,
                        format!("Cannot implicitly convert type '{from}' to '{target}'. An explicit conversion exists (are you missing a cast?)"),
                    );
                } else {
                    self.error(
                        "CS0029",
                        e.span,
                        format!("Cannot implicitly convert type '{from}' to '{target}'"),
                    );
                }
                BoundExpr {
                    ty: Symbols::ERROR,
                    ..e
                }
            }
        }
    }

    /// A cast `(T)e`: any conversion, implicit or explicit (§12.9.7).
    /// `e` converted to `to` by the standard conversion that
    /// [`Self::user_conversion`] found for one step of a user-defined one.
    fn convert_standard(&mut self, e: BoundExpr, to: TyId) -> BoundExpr {
        match self.classify_standard(&e, to) {
            Some(c) => self.apply_conversion(e, to, c),
            None => self.convert_implicit(e, to),
        }
    }

    pub fn convert_explicit(&mut self, e: BoundExpr, to: TyId, span: Span) -> BoundExpr {
        match self.classify(&e, to) {
            Some(c) => {
                let mut r = self.apply_conversion(e, to, c);
                r.span = span;
                r
            }
            None => {
                let (from, target) = (self.syms.display(e.ty), self.syms.display(to));
                self.error(
                    "CS0030",
                    span,
                    format!("Cannot convert type '{from}' to '{target}'"),
                );
                BoundExpr {
                    ty: Symbols::ERROR,
                    ..e
                }
            }
        }
    }

    fn apply_conversion(&mut self, e: BoundExpr, to: TyId, c: Conversion) -> BoundExpr {
        match c {
            Conversion::Identity => e,
            Conversion::TargetTyped => self.convert_target_typed(e, to),
            Conversion::TupleLiteral => self.convert_tuple_literal(e, to),
            Conversion::TupleElements => self.convert_tuple_value(e, to),
            Conversion::Nullable(n) => self.apply_nullable_conversion(e, to, n),
            // null as a type parameter's value is `ldnull; unbox.any T`,
            // as the verifier wants it (ECMA-335 III.4.33).
            Conversion::NullLiteral if self.syms.is_type_param(to) => {
                let span = e.span;
                let object = self.special(SpecialType::Object);
                let null = BoundExpr { ty: object, ..e };
                BoundExpr { kind: BoundExprKind::Unbox(Box::new(null)), ty: to, span }
            }
            Conversion::NullLiteral => BoundExpr { ty: to, ..e },
            Conversion::UserDefined(m, _) => {
                let span = e.span;
                let (param, ret) = (self.syms.method(m).params[0].ty, self.syms.method(m).ret);
                let arg = self.convert_standard(e, param);
                let call = self.expr(BoundExprKind::Call { method: m, receiver: None, args: vec![arg] }, ret, span);
                self.convert_standard(call, to)
            }
            // No code, but the node keeps its own type (its emission may
            // depend on it) under a wrapper of the target type.
            Conversion::ImplicitReference => {
                let span = e.span;
                BoundExpr { kind: BoundExprKind::AsType(Box::new(e)), ty: to, span }
            }
            Conversion::BetweenTypeParams(_) => {
                let span = e.span;
                let object = self.special(SpecialType::Object);
                let boxed = BoundExpr { kind: BoundExprKind::Box(Box::new(e)), ty: object, span };
                BoundExpr { kind: BoundExprKind::Unbox(Box::new(boxed)), ty: to, span }
            }
            Conversion::BoxThenCast => {
                let span = e.span;
                let object = self.special(SpecialType::Object);
                let boxed = BoundExpr { kind: BoundExprKind::Box(Box::new(e)), ty: object, span };
                BoundExpr { kind: BoundExprKind::CastClass(Box::new(boxed)), ty: to, span }
            }
            Conversion::Boxing | Conversion::Unboxing | Conversion::ExplicitReference => {
                let span = e.span;
                let operand = Box::new(e);
                let kind = match c {
                    Conversion::Boxing => BoundExprKind::Box(operand),
                    Conversion::Unboxing => BoundExprKind::Unbox(operand),
                    _ => BoundExprKind::CastClass(operand),
                };
                BoundExpr { kind, ty: to, span }
            }
            Conversion::ImplicitNumeric
            | Conversion::ImplicitConstant
            | Conversion::ExplicitNumeric => {
                let target = self.syms.primitive_of(to);
                if let (Some(c), Some(t)) = (e.constant(), target)
                    && let Some(v) = self.fold_conversion(c, t, e.span)
                {
                    return BoundExpr {
                        kind: BoundExprKind::Const(v),
                        ty: to,
                        span: e.span,
                    };
                }
                let span = e.span;
                let decimal = |b: &Self, t: TyId| b.syms.primitive_of(t) == Some(SpecialType::Decimal);
                if decimal(self, e.ty) || decimal(self, to) {
                    return self.decimal_conversion(e, to, span);
                }
                BoundExpr {
                    kind: BoundExprKind::Convert {
                        operand: Box::new(e),
                        checked: self.checked,
                    },
                    ty: to,
                    span,
                }
            }
        }
    }

    /// Folds a numeric conversion of a constant. In a checked context (the
    /// default for constants) a value that does not fit is CS0221.
    fn fold_conversion(
        &mut self,
        c: &ConstValue,
        to: SpecialType,
        span: Span,
    ) -> Option<ConstValue> {
        use SpecialType::*;
        if to == Decimal || matches!(c, ConstValue::Decimal(_)) {
            return self.fold_decimal_conversion(c, to, span);
        }
        let as_f64 = match c {
            ConstValue::R4(v) => Some(*v as f64),
            ConstValue::R8(v) => Some(*v),
            _ => None,
        };
        let as_i128: Option<i128> = match c {
            ConstValue::Char(v) => Some(*v as i128),
            ConstValue::I4(v) => Some(*v as i128),
            ConstValue::U4(v) => Some(*v as i128),
            ConstValue::I8(v) => Some(*v as i128),
            ConstValue::U8(v) => Some(*v as i128),
            _ => None,
        };
        if let Some(f) = as_f64 {
            return match to {
                Single => Some(ConstValue::R4(f as f32)),
                Double => Some(ConstValue::R8(f)),
                _ => None, // float → integer conversions are folded at run time
            };
        }
        let v = as_i128?;
        let (min, max): (i128, i128) = match to {
            SByte => (i8::MIN as i128, i8::MAX as i128),
            Byte => (0, u8::MAX as i128),
            Int16 => (i16::MIN as i128, i16::MAX as i128),
            UInt16 | Char => (0, u16::MAX as i128),
            Int32 => (i32::MIN as i128, i32::MAX as i128),
            UInt32 => (0, u32::MAX as i128),
            Int64 => (i64::MIN as i128, i64::MAX as i128),
            UInt64 => (0, u64::MAX as i128),
            Single => return Some(ConstValue::R4(v as f32)),
            Double => return Some(ConstValue::R8(v as f64)),
            _ => return None,
        };
        if (v < min || v > max) && !self.in_unchecked {
            self.error(
                "CS0221",
                span,
                format!("Constant value '{v}' cannot be converted to a '{}' (use 'unchecked' syntax to override)", to.keyword().unwrap_or("?")),
            );
        }
        // Wrap-around, as an unchecked conversion does at run time.
        let bits = (v as u128) as u64;
        Some(match to {
            SByte => ConstValue::I4(bits as i8 as i32),
            Byte => ConstValue::I4(bits as u8 as i32),
            Int16 => ConstValue::I4(bits as i16 as i32),
            UInt16 => ConstValue::I4(bits as u16 as i32),
            Char => ConstValue::Char(bits as u16),
            Int32 => ConstValue::I4(bits as i32),
            UInt32 => ConstValue::U4(bits as u32),
            Int64 => ConstValue::I8(bits as i64),
            UInt64 => ConstValue::U8(bits),
            _ => return None,
        })
    }
}
