//! Deconstruction (C# spec §12.7.4 of C# 7, "deconstruct"): the elements
//! of a value as a positional pattern and a deconstructing assignment see
//! them. A tuple's elements are its fields `Item1…`; any other value is
//! deconstructed by a `Deconstruct` method with one `out` parameter per
//! element, called into temporaries.

use lexer::Span;

use super::Binder;
use super::lookup::Member;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    /// The `n` elements of `value`: the expressions that compute them
    /// (run first) and the element values. Reports why there are none.
    pub(super) fn deconstruct_elements(&mut self, value: BoundExpr, n: usize, span: Span) -> Option<(Vec<BoundExpr>, Vec<BoundExpr>)> {
        if value.ty == Symbols::ERROR {
            return None;
        }
        if let Some(elems) = self.tuple_elements(value.ty) {
            if elems.len() != n {
                self.error("CS8132", span, format!("Cannot deconstruct a tuple of '{}' elements into '{n}' variables.", elems.len()));
                return None;
            }
            let values = (0..n).map(|i| self.tuple_element(value.clone(), i, span)).collect();
            return Some((Vec::new(), values));
        }
        let TyKind::Def(d) = self.syms.kind(value.ty) else {
            return self.no_deconstruct(value.ty, n, span);
        };
        let candidates = match self.lookup_member(d, "Deconstruct") {
            Some(Member::Methods(ms)) => ms,
            _ => Vec::new(),
        };
        let method = candidates.into_iter().find(|&m| {
            let s = self.syms.method(m);
            !s.is_static && s.params.len() == n && s.params.iter().all(|p| p.kind == ParamKind::Out)
        });
        let Some(method) = method else { return self.no_deconstruct(value.ty, n, span) };
        let params: Vec<TyId> = self.syms.method(method).params.iter().map(|p| p.ty).collect();
        let void = self.special(SpecialType::Void);
        let mut temps = Vec::new();
        let mut args = Vec::new();
        for ty in params {
            self.locals.push(LocalSym { name: String::new(), ty, span });
            let tmp = self.expr(BoundExprKind::Local(LocalId(self.locals.len() as u32 - 1)), ty, span);
            let by_ref = self.syms.by_ref(ty);
            args.push(self.expr(BoundExprKind::AddressOf { operand: Box::new(tmp.clone()), is_out: true }, by_ref, span));
            temps.push(tmp);
        }
        let receiver = if self.syms.is_reference_type(value.ty) || value.is_variable() {
            value
        } else {
            // A struct value that is not a variable is called through a copy.
            let (store, tmp) = self.store_in_temp(value, span);
            let call = self.expr(BoundExprKind::Call { method, receiver: Some(Box::new(tmp)), args }, void, span);
            return Some((vec![store, call], temps));
        };
        let call = self.expr(BoundExprKind::Call { method, receiver: Some(Box::new(receiver)), args }, void, span);
        Some((vec![call], temps))
    }

    fn no_deconstruct(&mut self, ty: TyId, n: usize, span: Span) -> Option<(Vec<BoundExpr>, Vec<BoundExpr>)> {
        let shown = self.syms.display(ty);
        self.error(
            "CS8129",
            span,
            format!("No suitable 'Deconstruct' instance or extension method was found for type '{shown}', with {n} out parameters and a void return type."),
        );
        None
    }

    /// The element types of a tuple type `ValueTuple<…>`, the eighth
    /// element's `Rest` tuple flattened in; None for any other type.
    pub fn tuple_elements(&self, ty: TyId) -> Option<Vec<TyId>> {
        let TyKind::Def(d) = self.syms.kind(ty) else { return None };
        let (g, args) = self.syms.def(d).instance_of.as_ref()?;
        let name = self.syms.def(*g).full_name();
        if !name.starts_with("System.ValueTuple`") {
            return None;
        }
        let mut elems = args.clone();
        if elems.len() == 8 {
            let rest = elems.pop()?;
            elems.extend(self.tuple_elements(rest)?);
        }
        Some(elems)
    }

    /// Element `i` of a tuple value: `Item{i+1}`, through `Rest` past the
    /// seventh.
    pub fn tuple_element(&mut self, value: BoundExpr, i: usize, span: Span) -> BoundExpr {
        let TyKind::Def(d) = self.syms.kind(value.ty) else { return self.error_expr(span) };
        let name = if i < 7 { format!("Item{}", i + 1) } else { "Rest".to_string() };
        let Some(&f) = self.syms.def(d).fields.iter().find(|&&f| self.syms.field(f).name == name) else {
            return self.error_expr(span);
        };
        let ty = self.syms.field(f).ty;
        let field = self.expr(BoundExprKind::Field { receiver: Some(Box::new(value)), field: f }, ty, span);
        if i < 7 { field } else { self.tuple_element(field, i - 7, span) }
    }
}
