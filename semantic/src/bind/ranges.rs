//! Indices and ranges in an element access (C# 8): `a[^1]`, `s[1..^1]`,
//! `a[..3]`. As Roslyn does for the types that have a `Length` or
//! `Count` and an `int` indexer, `x[^i]` is `x[x.Length - i]`; a range of
//! a string is `Substring(start, end - start)`, a range of an array a new
//! array the elements are copied into (Roslyn calls
//! `RuntimeHelpers.GetSubArray`, which needs System.Range; the copy needs
//! only `Array.Copy`, which every runtime has). The receiver and the
//! bounds are evaluated once, left to right.
//!
//! Elsewhere `^i` and `a..b` are values of System.Index and System.Range
//! (`new Index(i, true)`, `new Range(a, b)`), and an element access whose
//! argument is such a value reads its offsets: `x[i.GetOffset(x.Length)]`,
//! and for a range the slice from `r.Start` to `r.End`.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::expressions::Bound;
use super::lookup::Member;
use crate::bound::*;
use crate::types::*;

/// What indexes an element access that takes an index or a range.
enum Indexing<'x, 'a> {
    FromEnd(&'x ast::Expr<'a>),
    Range(Option<&'x ast::Expr<'a>>, Option<&'x ast::Expr<'a>>),
    /// A System.Index value.
    Index(BoundExpr),
    /// A System.Range value.
    RangeValue(BoundExpr),
}

impl Binder<'_> {
    /// `^e` as a value: `new System.Index(e, true)`.
    pub(super) fn bind_index_value(&mut self, e: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let int = self.special(SpecialType::Int32);
        let bool_ = self.special(SpecialType::Boolean);
        let Some(index) = self.range_type("System.Index", span) else { return self.error_expr(span) };
        let value = self.bind_expr(e);
        let value = self.convert_implicit(value, int);
        let from_end = self.expr(BoundExprKind::Const(crate::constant::ConstValue::Bool(true)), bool_, span);
        self.new_range_value(index, vec![value, from_end], &[int, bool_], span)
    }

    /// `a..b` as a value: `new System.Range(a, b)`, an open start being
    /// `Index.Start` and an open end `Index.End`.
    pub(super) fn bind_range_value(&mut self, start: Option<&ast::Expr<'_>>, end: Option<&ast::Expr<'_>>, span: Span) -> BoundExpr {
        let (Some(index), Some(range)) = (self.range_type("System.Index", span), self.range_type("System.Range", span)) else {
            return self.error_expr(span);
        };
        let int = self.special(SpecialType::Int32);
        let bool_ = self.special(SpecialType::Boolean);
        let bound = |b: &mut Self, e: Option<&ast::Expr<'_>>, from_end: bool| match e {
            Some(e) => {
                let v = b.bind_expr(e);
                b.convert_implicit(v, index)
            }
            None => {
                let zero = b.expr(BoundExprKind::Const(crate::constant::ConstValue::I4(0)), int, span);
                let flag = b.expr(BoundExprKind::Const(crate::constant::ConstValue::Bool(from_end)), bool_, span);
                b.new_range_value(index, vec![zero, flag], &[int, bool_], span)
            }
        };
        let start = bound(self, start, false);
        let end = bound(self, end, true);
        self.new_range_value(range, vec![start, end], &[index, index], span)
    }

    /// The type System.Index or System.Range (the compiler supplies them
    /// when the references do not, see `support.rs`).
    fn range_type(&mut self, name: &str, span: Span) -> Option<TyId> {
        match self.syms.lookup_type(name) {
            Some(d) => Some(self.syms.def_ty(d)),
            None => {
                self.error("CS0518", span, format!("Predefined type '{name}' is not defined or imported"));
                None
            }
        }
    }

    fn new_range_value(&mut self, ty: TyId, args: Vec<BoundExpr>, params: &[TyId], span: Span) -> BoundExpr {
        if args.iter().any(|a| a.ty == Symbols::ERROR) {
            return self.error_expr(span);
        }
        let TyKind::Def(d) = self.syms.kind(ty) else { return self.error_expr(span) };
        let ctor = self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.is_ctor && !s.is_static && s.params.iter().map(|p| p.ty).eq(params.iter().copied())
        });
        let Some(ctor) = ctor else { return self.error_expr(span) };
        self.expr(BoundExprKind::NewObject { ctor, args }, ty, span)
    }

    /// `x[v]` where `v` is a System.Index or System.Range value and `x`
    /// has no indexer of its own that takes it; None when it is neither.
    pub(super) fn bind_index_value_access(&mut self, receiver: BoundExpr, arg: BoundExpr, span: Span) -> Option<BoundExpr> {
        let is = |b: &mut Self, name: &str| b.syms.lookup_type(name).is_some_and(|d| b.syms.def_ty(d) == arg.ty);
        let indexing = if is(self, "System.Index") {
            Indexing::Index(arg)
        } else if is(self, "System.Range") {
            Indexing::RangeValue(arg)
        } else {
            return None;
        };
        Some(self.index_or_range(receiver, indexing, span))
    }

    pub(super) fn bind_index_or_range(&mut self, target: &ast::Expr<'_>, arg: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let receiver = self.bind_expr(target);
        if receiver.ty == Symbols::ERROR {
            return receiver;
        }
        let indexing = match &arg.kind {
            ast::ExprKind::FromEnd(e) => Indexing::FromEnd(e),
            ast::ExprKind::Range { start, end } => Indexing::Range(*start, *end),
            _ => return self.error_expr(span),
        };
        self.index_or_range(receiver, indexing, span)
    }

    fn index_or_range(&mut self, receiver: BoundExpr, indexing: Indexing<'_, '_>, span: Span) -> BoundExpr {
        let (mut side, receiver) = self.evaluate_once(receiver, span);
        let Some(length) = self.length_of(&receiver, span) else {
            let shown = self.syms.display(receiver.ty);
            self.error("CS0021", span, format!("Cannot apply indexing with [] to an expression of type '{shown}'"));
            return self.error_expr(span);
        };
        let int = self.special(SpecialType::Int32);
        let result = match indexing {
            Indexing::FromEnd(e) => {
                let index = self.from_end(length, e, span);
                if index.ty == Symbols::ERROR {
                    return index;
                }
                self.element_at(receiver, index, span)
            }
            Indexing::Range(start, end) => {
                let start = self.range_bound(start, &length, false, &mut side, span);
                let end = self.range_bound(end, &length, true, &mut side, span);
                if start.ty == Symbols::ERROR || end.ty == Symbols::ERROR {
                    return self.error_expr(span);
                }
                self.slice(receiver, &length, start, end, &mut side, span)
            }
            Indexing::Index(index) => {
                let Some(offset) = self.call_named(index, "GetOffset", vec![length], int, span) else { return self.error_expr(span) };
                self.element_at(receiver, offset, span)
            }
            Indexing::RangeValue(range) => {
                let (store, range) = self.store_in_temp(range, span);
                side.push(store);
                let mut offset = |b: &mut Self, which: &str| {
                    let index = b.call_named(range.clone(), &format!("get_{which}"), Vec::new(), Symbols::ERROR, span)?;
                    let value = b.call_named(index, "GetOffset", vec![length.clone()], int, span)?;
                    let (store, tmp) = b.store_in_temp(value, span);
                    side.push(store);
                    Some(tmp)
                };
                let (Some(start), Some(end)) = (offset(self, "Start"), offset(self, "End")) else { return self.error_expr(span) };
                self.slice(receiver, &length, start, end, &mut side, span)
            }
        };
        if side.is_empty() || result.ty == Symbols::ERROR {
            return result;
        }
        let ty = result.ty;
        self.expr(BoundExprKind::Sequence { side, value: Box::new(result) }, ty, span)
    }

    /// `receiver.name(args)` for a method of the receiver's own type (an
    /// Index's or a Range's), typed `ret`, or its declared type for ERROR.
    fn call_named(&mut self, receiver: BoundExpr, name: &str, args: Vec<BoundExpr>, ret: TyId, span: Span) -> Option<BoundExpr> {
        let TyKind::Def(d) = self.syms.kind(receiver.ty) else { return None };
        let method = self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.name == name && !s.is_static && s.params.len() == args.len()
        })?;
        let ty = if ret == Symbols::ERROR { self.syms.method(method).ret } else { ret };
        Some(self.expr(BoundExprKind::Call { method, receiver: Some(Box::new(receiver)), args }, ty, span))
    }

    /// `x.Length` (arrays, strings) or `x.Count`, an int.
    fn length_of(&mut self, receiver: &BoundExpr, span: Span) -> Option<BoundExpr> {
        let int = self.special(SpecialType::Int32);
        if let TyKind::Array(_, 1) = self.syms.kind(receiver.ty) {
            return Some(self.expr(BoundExprKind::ArrayLength(Box::new(receiver.clone())), int, span));
        }
        let TyKind::Def(d) = self.syms.kind(receiver.ty) else { return None };
        for name in ["Length", "Count"] {
            if let Some(Member::Property(p)) = self.lookup_member(d, name)
                && self.syms.property(p).ty == int
            {
                let ident = ast::Ident { text: name, span };
                if let Bound::Value(v) = self.bind_member_access(Bound::Value(receiver.clone()), &ident, &[], span) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// `length - e`, with `e` an int.
    fn from_end(&mut self, length: BoundExpr, e: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let int = self.special(SpecialType::Int32);
        let e = self.bind_expr(e);
        let e = self.convert_implicit(e, int);
        self.bind_binary_values(BinOp::Sub, length, e, span)
    }

    /// A range bound as an int in a temporary: `i`, `^i` (from the end),
    /// or the open start (0) or end (the length).
    fn range_bound(&mut self, bound: Option<&ast::Expr<'_>>, length: &BoundExpr, is_end: bool, side: &mut Vec<BoundExpr>, span: Span) -> BoundExpr {
        let int = self.special(SpecialType::Int32);
        let value = match bound {
            None if is_end => length.clone(),
            None => self.expr(BoundExprKind::Const(crate::constant::ConstValue::I4(0)), int, span),
            Some(ast::Expr { kind: ast::ExprKind::FromEnd(e), .. }) => self.from_end(length.clone(), e, span),
            Some(e) => {
                let v = self.bind_expr(e);
                self.convert_implicit(v, int)
            }
        };
        if value.ty == Symbols::ERROR || value.constant().is_some() {
            return value;
        }
        let (store, tmp) = self.store_in_temp(value, span);
        side.push(store);
        tmp
    }

    /// `x[i]` for an int `i`.
    fn element_at(&mut self, receiver: BoundExpr, index: BoundExpr, span: Span) -> BoundExpr {
        if let TyKind::Array(elem, 1) = self.syms.kind(receiver.ty) {
            return self.expr(BoundExprKind::ArrayElement { array: Box::new(receiver), index: Box::new(index) }, elem, span);
        }
        self.bind_indexer(receiver, vec![super::overloads::BoundArg::plain(index)], span)
    }

    /// `x[start..end]`: a substring, or a new array with the elements.
    fn slice(&mut self, receiver: BoundExpr, length: &BoundExpr, start: BoundExpr, end: BoundExpr, side: &mut Vec<BoundExpr>, span: Span) -> BoundExpr {
        let int = self.special(SpecialType::Int32);
        let count = self.bind_binary_values(BinOp::Sub, end.clone(), start.clone(), span);
        if self.syms.is_special(receiver.ty, SpecialType::String) {
            let substring = self.instance_method(receiver.ty, "Substring", &[int, int]);
            let Some(m) = substring else { return self.error_expr(span) };
            let string = receiver.ty;
            return self.expr(BoundExprKind::Call { method: m, receiver: Some(Box::new(receiver)), args: vec![start, count] }, string, span);
        }
        let TyKind::Array(elem, 1) = self.syms.kind(receiver.ty) else {
            // A type with a `Slice(int, int)` is sliced by it (the pattern
            // C# 8 gives ranges); others, like List<T>, have no range.
            if let Some(m) = self.instance_method(receiver.ty, "Slice", &[int, int]) {
                let ret = self.syms.method(m).ret;
                return self.expr(BoundExprKind::Call { method: m, receiver: Some(Box::new(receiver)), args: vec![start, count] }, ret, span);
            }
            self.error("CS1503", span, "Argument 1: cannot convert from 'System.Range' to 'int'");
            return self.error_expr(span);
        };
        let array_ty = receiver.ty;
        side.push(self.range_check(length, &start, &end, span));
        let (count_store, count) = self.store_in_temp(count, span);
        side.push(count_store);
        let new = self.expr(BoundExprKind::NewArray { elem, size: Box::new(count.clone()) }, array_ty, span);
        let (store, copy) = self.store_in_temp(new, span);
        side.push(store);
        let array = self.special(SpecialType::Array);
        let Some(copy_method) = self.static_method(array, "Copy", &[array, int, array, int, int]) else { return self.error_expr(span) };
        let object_array = |b: &mut Self, e: BoundExpr| b.convert_implicit(e, array);
        let zero = self.expr(BoundExprKind::Const(crate::constant::ConstValue::I4(0)), int, span);
        let args = vec![object_array(self, receiver), start, object_array(self, copy.clone()), zero, count];
        let void = self.special(SpecialType::Void);
        side.push(self.expr(BoundExprKind::Call { method: copy_method, receiver: None, args }, void, span));
        copy
    }

    /// `(uint)end > (uint)length || (uint)start > (uint)end ? throw new
    /// ArgumentOutOfRangeException("length") : 0`: the check .NET's
    /// `Range.GetOffsetAndLength` makes before an array is sliced.
    fn range_check(&mut self, length: &BoundExpr, start: &BoundExpr, end: &BoundExpr, span: Span) -> BoundExpr {
        let int = self.special(SpecialType::Int32);
        let uint = self.special(SpecialType::UInt32);
        let string = self.special(SpecialType::String);
        let unsigned = |b: &mut Self, e: &BoundExpr| b.expr(BoundExprKind::Convert { operand: Box::new(e.clone()), checked: false }, uint, span);
        let (l, s, e) = (unsigned(self, length), unsigned(self, start), unsigned(self, end));
        let past_end = self.bind_binary_values(BinOp::Gt, e.clone(), l, span);
        let reversed = self.bind_binary_values(BinOp::Gt, s, e, span);
        let bad = self.bind_binary_values(BinOp::Or, past_end, reversed, span);
        let exception = self.syms.lookup_type("System.ArgumentOutOfRangeException");
        let ctor = exception.and_then(|d| {
            self.syms.def(d).methods.iter().copied().find(|&m| {
                let s = self.syms.method(m);
                s.is_ctor && !s.is_static && s.params.len() == 1 && s.params[0].ty == string
            })
        });
        let (Some(d), Some(ctor)) = (exception, ctor) else { return self.error_expr(span) };
        let name = self.expr(BoundExprKind::Const(crate::constant::ConstValue::String("length".encode_utf16().collect())), string, span);
        let ex_ty = self.syms.def_ty(d);
        let new = self.expr(BoundExprKind::NewObject { ctor, args: vec![name] }, ex_ty, span);
        let throw = self.expr(BoundExprKind::ThrowExpr(Box::new(new)), int, span);
        let zero = self.expr(BoundExprKind::Const(crate::constant::ConstValue::I4(0)), int, span);
        self.expr(BoundExprKind::Conditional { cond: Box::new(bad), then: Box::new(throw), else_: Box::new(zero) }, int, span)
    }

    /// The instance method of `ty` with this name and parameter types.
    fn instance_method(&self, ty: TyId, name: &str, params: &[TyId]) -> Option<MethodId> {
        let TyKind::Def(d) = self.syms.kind(ty) else { return None };
        self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.name == name && !s.is_static && s.params.iter().map(|p| p.ty).eq(params.iter().copied())
        })
    }

    /// The static method of `ty` with this name and parameter types.
    fn static_method(&self, ty: TyId, name: &str, params: &[TyId]) -> Option<MethodId> {
        let TyKind::Def(d) = self.syms.kind(ty) else { return None };
        self.syms.def(d).methods.iter().copied().find(|&m| {
            let s = self.syms.method(m);
            s.name == name && s.is_static && s.params.iter().map(|p| p.ty).eq(params.iter().copied())
        })
    }
}
