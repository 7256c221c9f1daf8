//! `foreach` over anything that is not an array or a string (C# spec
//! §13.9.5): the GetEnumerator pattern (a public `GetEnumerator()` whose
//! result has `MoveNext()` and `Current`, struct enumerators included),
//! else `IEnumerable<T>` or `IEnumerable`. It is lowered as Roslyn lowers
//! it:
//!
//! ```text
//! { E e = c.GetEnumerator();
//!   try { while (e.MoveNext()) { V x = (V)e.Current; body } }
//!   finally { dispose e } }
//! ```
//!
//! where disposing calls `Dispose()` when E implements IDisposable (after
//! a null test for a reference), tests `e as IDisposable` when E is a
//! class that is not sealed, and is left out otherwise.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::lookup::Member;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

/// The methods a foreach calls.
struct Pattern {
    get_enumerator: MethodId,
    move_next: MethodId,
    current: MethodId,
    element: TyId,
}

impl Binder<'_> {
    pub(super) fn bind_foreach_enumerator(
        &mut self,
        coll: BoundExpr,
        var: super::foreach::IterationVar<'_, '_>,
        body: &ast::Stmt<'_>,
        span: Span,
    ) -> BoundStmt {
        let Some(p) = self.enumerator_pattern(coll.ty, span) else {
            return BoundStmt::Block(Vec::new());
        };
        let void = self.special(SpecialType::Void);
        let bool_ty = self.special(SpecialType::Boolean);
        let enumerator_ty = self.syms.method(p.get_enumerator).ret;
        let e = {
            self.locals.push(LocalSym { name: String::new(), ty: enumerator_ty, span });
            LocalId(self.locals.len() as u32 - 1)
        };
        let local = |b: &Self| b.expr(BoundExprKind::Local(e), enumerator_ty, span);
        let get = self.call_on(coll, p.get_enumerator, span);
        let init = BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(local(self)), value: Box::new(get) }, void, span));
        let cond = self.call_on(local(self), p.move_next, span);
        let cond = BoundExpr { ty: bool_ty, ..cond };
        // The iteration variable lives in the loop body's scope.
        self.scopes.push();
        let current = self.call_on(local(self), p.current, span);
        let mut inner = self.bind_iteration_var(var, p.element, current, span);
        self.loop_depth += 1;
        self.breakable_depth += 1;
        inner.push(self.bind_embedded(body));
        self.loop_depth -= 1;
        self.breakable_depth -= 1;
        self.scopes.pop();
        let lp = BoundStmt::Loop { test_first: true, cond: Some(cond), body: Box::new(BoundStmt::Block(inner)), step: Vec::new() };
        match self.dispose(local(self), span) {
            Some(finally) => BoundStmt::Block(vec![init, BoundStmt::Try { body: vec![lp], catches: Vec::new(), finally: Some(finally) }]),
            None => BoundStmt::Block(vec![init, lp]),
        }
    }

    /// GetEnumerator, MoveNext and Current for a collection of type `c`,
    /// or CS1579/CS0202/CS0117 (reported) when it has none.
    fn enumerator_pattern(&mut self, c: TyId, span: Span) -> Option<Pattern> {
        let shown = self.syms.display(c);
        let get_enumerator = self.public_method(c, "GetEnumerator").or_else(|| self.enumerable_interface_method(c));
        let Some(get_enumerator) = get_enumerator else {
            self.error(
                "CS1579",
                span,
                format!("foreach statement cannot operate on variables of type '{shown}' because '{shown}' does not contain a public instance or extension definition for 'GetEnumerator'"),
            );
            return None;
        };
        let e = self.syms.method(get_enumerator).ret;
        let move_next = self.public_method(e, "MoveNext");
        let current = self.current_getter(e);
        let (Some(move_next), Some(current)) = (move_next, current) else {
            let et = self.syms.display(e);
            self.error(
                "CS0202",
                span,
                format!("foreach requires that the return type '{et}' of '{shown}.GetEnumerator()' must have a suitable public 'MoveNext' method and public 'Current' property"),
            );
            return None;
        };
        let element = self.syms.method(current).ret;
        Some(Pattern { get_enumerator, move_next, current, element })
    }

    /// A public instance method of `ty` (or its constraints, or the
    /// interfaces of an interface) with this name and no parameters.
    fn public_method(&self, ty: TyId, name: &str) -> Option<MethodId> {
        let d = self.def_of(ty)?;
        match self.lookup_member(d, name)? {
            Member::Methods(ms) => ms.into_iter().find(|&m| {
                let s = self.syms.method(m);
                !s.is_static && s.params.is_empty() && s.type_params.is_empty() && s.access == Accessibility::Public
            }),
            _ => None,
        }
    }

    fn current_getter(&self, ty: TyId) -> Option<MethodId> {
        let d = self.def_of(ty)?;
        match self.lookup_member(d, "Current")? {
            Member::Property(p) => self.syms.property(p).getter,
            _ => None,
        }
    }

    /// The type a value of `ty` has members of: arrays are System.Array.
    fn def_of(&self, ty: TyId) -> Option<DefId> {
        match self.syms.kind(ty) {
            TyKind::Def(d) => Some(d),
            TyKind::Array(..) => self.syms.special_def(SpecialType::Array),
            _ => None,
        }
    }

    /// Without a public GetEnumerator: the one of the `IEnumerable<T>` the
    /// type implements (when there is one), else of `IEnumerable`.
    fn enumerable_interface_method(&mut self, c: TyId) -> Option<MethodId> {
        // The interfaces of the type and of its base classes.
        let mut all = vec![c];
        let mut current = Some(c);
        while let Some(t) = current {
            crate::declare::all_interfaces(self.syms, t, &mut all);
            current = self.syms.base_of(t);
        }
        let named = |b: &Self, name: &str| -> Vec<TyId> {
            all.iter()
                .copied()
                .filter(|&i| matches!(b.syms.kind(i), TyKind::Def(d) if b.syms.def(b.syms.generic_def(d)).full_name() == name))
                .collect()
        };
        let generic = named(self, "System.Collections.Generic.IEnumerable`1");
        let pick = match generic.as_slice() {
            [one] => Some(*one),
            _ => named(self, "System.Collections.IEnumerable").first().copied(),
        }?;
        let TyKind::Def(d) = self.syms.kind(pick) else { return None };
        self.syms.def(d).methods.iter().copied().find(|&m| self.syms.method(m).name == "GetEnumerator")
    }

    /// `receiver.M()`, a value-type receiver boxed when M belongs to a
    /// class or interface (as an invocation binds it).
    fn call_on(&mut self, receiver: BoundExpr, m: MethodId, span: Span) -> BoundExpr {
        let owner = self.syms.method(m).owner;
        let owner_ty = self.syms.def_ty(owner);
        let receiver = if self.syms.is_value_type(receiver.ty) && !self.syms.is_value_type(owner_ty) && !self.syms.is_type_param(receiver.ty) {
            self.convert_implicit(receiver, owner_ty)
        } else {
            receiver
        };
        let ret = self.syms.method(m).ret;
        self.expr(BoundExprKind::Call { method: m, receiver: Some(Box::new(receiver)), args: Vec::new() }, ret, span)
    }

    /// The finally block that disposes the enumerator `e`, if it needs one.
    pub(super) fn dispose(&mut self, e: BoundExpr, span: Span) -> Option<Vec<BoundStmt>> {
        let idisposable_def = self.syms.lookup_type("System.IDisposable")?;
        let idisposable = self.syms.def_ty(idisposable_def);
        let dispose = self.syms.def(idisposable_def).methods.iter().copied().find(|&m| self.syms.method(m).name == "Dispose")?;
        let object = self.special(SpecialType::Object);
        let bool_ty = self.special(SpecialType::Boolean);
        let implements = self.syms.derives_from(e.ty, idisposable);
        let not_null = |b: &mut Self, v: BoundExpr| {
            let v = b.convert_implicit(v, object);
            let null = b.expr(BoundExprKind::Const(ConstValue::Null), object, span);
            b.expr(BoundExprKind::Binary { op: BinOp::Ne, operand_ty: object, checked: false, left: Box::new(v), right: Box::new(null) }, bool_ty, span)
        };
        if self.syms.is_value_type(e.ty) || (self.syms.is_type_param(e.ty) && implements) {
            if !implements {
                return None;
            }
            // A struct's own public Dispose is called in place.
            let m = self.public_method(e.ty, "Dispose").unwrap_or(dispose);
            return Some(vec![BoundStmt::Expr(self.call_on(e, m, span))]);
        }
        if implements {
            let as_disposable = self.convert_implicit(e.clone(), idisposable);
            let call = self.call_on(as_disposable, dispose, span);
            let test = not_null(self, e);
            return Some(vec![BoundStmt::If { cond: test, then: Box::new(BoundStmt::Expr(call)), else_: None }]);
        }
        let sealed = matches!(self.syms.kind(e.ty), TyKind::Def(d) if self.syms.def(d).is_sealed);
        if sealed {
            return None;
        }
        // `IDisposable d = e as IDisposable; if (d != null) d.Dispose();`
        self.locals.push(LocalSym { name: String::new(), ty: idisposable, span });
        let d = LocalId(self.locals.len() as u32 - 1);
        let d_expr = |b: &Self| b.expr(BoundExprKind::Local(d), idisposable, span);
        let boxed = self.convert_implicit(e, object);
        let test = self.expr(BoundExprKind::IsInst(Box::new(boxed)), idisposable, span);
        let void = self.special(SpecialType::Void);
        let store = BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(d_expr(self)), value: Box::new(test) }, void, span));
        let call = self.call_on(d_expr(self), dispose, span);
        let cond = not_null(self, d_expr(self));
        Some(vec![store, BoundStmt::If { cond, then: Box::new(BoundStmt::Expr(call)), else_: None }])
    }
}
