//! Indices and ranges in an element access (C# 8): `a[^1]`, `s[1..^1]`,
//! `a[..3]`. As Roslyn does for the types that have a `Length` or
//! `Count` and an `int` indexer, `x[^i]` is `x[x.Length - i]`; a range of
//! a string is `Substring(start, end - start)`, a range of an array a new
//! array the elements are copied into (Roslyn calls
//! `RuntimeHelpers.GetSubArray`, which needs System.Range; the copy needs
//! only `Array.Copy`, which every runtime has). The receiver and the
//! bounds are evaluated once, left to right.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::expressions::Bound;
use super::lookup::Member;
use crate::bound::*;
use crate::types::*;

impl Binder<'_> {
    pub(super) fn bind_index_or_range(&mut self, target: &ast::Expr<'_>, arg: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let receiver = self.bind_expr(target);
        if receiver.ty == Symbols::ERROR {
            return receiver;
        }
        let (mut side, receiver) = self.evaluate_once(receiver, span);
        let Some(length) = self.length_of(&receiver, span) else {
            let shown = self.syms.display(receiver.ty);
            self.error("CS0021", span, format!("Cannot apply indexing with [] to an expression of type '{shown}'"));
            return self.error_expr(span);
        };
        let result = match &arg.kind {
            ast::ExprKind::FromEnd(e) => {
                let index = self.from_end(length, e, span);
                if index.ty == Symbols::ERROR {
                    return index;
                }
                self.element_at(receiver, index, span)
            }
            ast::ExprKind::Range { start, end } => {
                let start = self.range_bound(*start, &length, false, &mut side, span);
                let end = self.range_bound(*end, &length, true, &mut side, span);
                if start.ty == Symbols::ERROR || end.ty == Symbols::ERROR {
                    return self.error_expr(span);
                }
                self.slice(receiver, start, end, &mut side, span)
            }
            _ => return self.error_expr(span),
        };
        if side.is_empty() || result.ty == Symbols::ERROR {
            return result;
        }
        let ty = result.ty;
        self.expr(BoundExprKind::Sequence { side, value: Box::new(result) }, ty, span)
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
    fn slice(&mut self, receiver: BoundExpr, start: BoundExpr, end: BoundExpr, side: &mut Vec<BoundExpr>, span: Span) -> BoundExpr {
        let int = self.special(SpecialType::Int32);
        let count = self.bind_binary_values(BinOp::Sub, end, start.clone(), span);
        if self.syms.is_special(receiver.ty, SpecialType::String) {
            let substring = self.instance_method(receiver.ty, "Substring", &[int, int]);
            let Some(m) = substring else { return self.error_expr(span) };
            let string = receiver.ty;
            return self.expr(BoundExprKind::Call { method: m, receiver: Some(Box::new(receiver)), args: vec![start, count] }, string, span);
        }
        let TyKind::Array(elem, 1) = self.syms.kind(receiver.ty) else {
            let shown = self.syms.display(receiver.ty);
            self.error("CS8652", span, format!("A range of '{shown}' is not supported by Sharp yet (arrays and strings are)"));
            return self.error_expr(span);
        };
        let array_ty = receiver.ty;
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
