//! Iterators (§15.14): a method, property or accessor whose body has
//! `yield` statements and that returns IEnumerable, IEnumerable<T>,
//! IEnumerator or IEnumerator<T> becomes, as Roslyn makes it, a class
//! `<M>d__N` implementing those interfaces and IDisposable, whose
//! `MoveNext` runs the body as a state machine; the method itself only
//! creates that object.
//!
//! - Every local of the body and every parameter lives in a field (the
//!   closure machinery of `closures.rs`, with the class as the body's home),
//!   so they survive between calls of MoveNext. An enumerable keeps the
//!   arguments twice: `<>3__p` as given, `p` for the run GetEnumerator
//!   starts.
//! - State: -2 a fresh enumerable, 0 a fresh enumerator, -1 running or
//!   done, k ≥ 1 suspended at the k-th `yield return`.
//! - `yield return e` stores e in `<>2__current`, sets the state and
//!   returns true; the next MoveNext jumps back to just after it: through a
//!   switch at the top, and, for a yield inside `try` blocks, through one
//!   more switch at the start of each such block (IL cannot jump into a
//!   protected region, only to its start).
//! - The `finally` of a try block that contains a yield runs unless the
//!   method is leaving it to suspend (`<>s__suspended`). Dispose of an
//!   enumerator suspended inside such blocks resumes it with
//!   `<>s__disposing` set, and the resumed code returns at once, which runs
//!   those finally blocks innermost first: a `foreach` that stops early
//!   still runs them.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::closures::Captured;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

/// What the body of an iterator's MoveNext is bound with.
#[derive(Clone, Copy, Debug)]
pub struct IteratorInfo {
    pub class: DefId,
    pub elem: TyId,
}

/// The fields and methods of one iterator class.
struct IteratorClass {
    def: DefId,
    ty: TyId,
    elem: TyId,
    state: FieldId,
    current: FieldId,
    suspended: FieldId,
    disposing: FieldId,
    this_field: Option<FieldId>,
    /// Per parameter: the working field, and for an enumerable the field keeping the argument.
    params: Vec<(FieldId, Option<FieldId>)>,
    enumerable: bool,
}

/// Whether a body has a `yield` statement outside nested functions.
pub fn has_yield(body: &ast::Body<'_>) -> bool {
    fn stmt(s: &ast::Stmt<'_>) -> bool {
        use ast::StmtKind as S;
        match &s.kind {
            S::YieldReturn(_) | S::YieldBreak => true,
            S::Block(b) | S::Checked(b) | S::Unchecked(b) => b.stmts.iter().any(stmt),
            S::If { then, else_, .. } => stmt(then) || else_.is_some_and(stmt),
            S::While { body, .. } | S::DoWhile { body, .. } | S::For { body, .. } | S::Foreach { body, .. } | S::Lock { body, .. } | S::Using { body, .. } => stmt(body),
            S::Labeled { stmt: s, .. } => stmt(s),
            S::Switch { sections, .. } => sections.iter().any(|sec| sec.stmts.iter().any(stmt)),
            S::Try { block, catches, finally } => {
                block.stmts.iter().any(stmt) || catches.iter().any(|c| c.block.stmts.iter().any(stmt)) || finally.is_some_and(|f| f.stmts.iter().any(stmt))
            }
            _ => false,
        }
    }
    match body {
        ast::Body::Block(b) => b.stmts.iter().any(stmt),
        ast::Body::Expr(_) => false,
    }
}

impl Binder<'_> {
    /// The element type of an iterator returning `ret`, and whether it is an enumerable; None
    /// when `ret` is no iterator interface.
    fn iterator_kind(&mut self, ret: TyId) -> Option<(TyId, bool)> {
        let TyKind::Def(d) = self.syms.kind(ret) else { return None };
        let def = self.syms.def(d);
        let (name, arg) = match &def.instance_of {
            Some((g, args)) => (self.syms.def(*g).full_name(), args.first().copied()),
            None => (def.full_name(), None),
        };
        match (name.as_str(), arg) {
            ("System.Collections.Generic.IEnumerable`1", Some(t)) => Some((t, true)),
            ("System.Collections.Generic.IEnumerator`1", Some(t)) => Some((t, false)),
            ("System.Collections.IEnumerable", None) => Some((self.syms.special_ty(SpecialType::Object), true)),
            ("System.Collections.IEnumerator", None) => Some((self.syms.special_ty(SpecialType::Object), false)),
            _ => None,
        }
    }

    /// An iterator method's body: the class that runs it, and the statements that create it.
    pub fn bind_iterator(&mut self, body: &ast::Body<'_>, span: Span) -> Vec<BoundStmt> {
        let sym = self.sym().clone();
        let Some((elem, enumerable)) = self.iterator_kind(sym.ret) else {
            let t = self.syms.display(sym.ret);
            let name = self.syms.method_display(self.method);
            self.error("CS1624", span, format!("The body of '{name}' cannot be an iterator block because '{t}' is not an iterator interface type"));
            return self.failed_iterator(span);
        };
        if let Some(p) = sym.params.iter().find(|p| p.kind != ParamKind::Value) {
            self.error("CS1623", span, format!("Iterators cannot have ref, in or out parameters ('{}')", p.name));
            return self.failed_iterator(span);
        }
        let owner = sym.owner;
        if !sym.is_static && self.syms.def(owner).kind != TypeDefKind::Class {
            self.error("CS8652", span, "Iterators in struct instance methods are not supported by Sharp yet");
            return self.failed_iterator(span);
        }
        let c = self.iterator_class(elem, enumerable, span);
        self.bind_move_next(&c, body, span);
        self.iterator_members(&c, span);
        self.kickoff(&c, span)
    }

    /// What stands for the body of an iterator that was reported: a return of an error, so
    /// that no further diagnostic follows.
    fn failed_iterator(&mut self, span: Span) -> Vec<BoundStmt> {
        vec![BoundStmt::Return(Some(self.error_expr(span)), span)]
    }

    /// The class, its fields and its constructor.
    fn iterator_class(&mut self, elem: TyId, enumerable: bool, span: Span) -> IteratorClass {
        let sym = self.sym().clone();
        let owner = sym.owner;
        let n = self.syms.def(owner).methods.iter().position(|&m| m == self.method).unwrap_or(0);
        let mut def = TypeDef::new(format!("<{}>d__{n}", sym.name), self.syms.def(owner).full_name(), TypeDefKind::Class, Origin::Source);
        def.access = Accessibility::Private;
        def.is_sealed = true;
        def.enclosing = Some(owner);
        def.base = Some(self.special(SpecialType::Object));
        let mut interfaces = Vec::new();
        let lookup = |b: &mut Self, name: &str| b.syms.lookup_type(name);
        if enumerable {
            if let Some(g) = lookup(self, "System.Collections.Generic.IEnumerable`1") {
                interfaces.push(self.syms.instantiate(g, &[elem]));
            }
            if let Some(d) = lookup(self, "System.Collections.IEnumerable") {
                interfaces.push(self.syms.def_ty(d));
            }
        }
        if let Some(g) = lookup(self, "System.Collections.Generic.IEnumerator`1") {
            interfaces.push(self.syms.instantiate(g, &[elem]));
        }
        for name in ["System.IDisposable", "System.Collections.IEnumerator"] {
            if let Some(d) = lookup(self, name) {
                interfaces.push(self.syms.def_ty(d));
            }
        }
        def.interfaces = interfaces;
        let def = self.syms.add_def(def);
        self.repeat_type_params(def, owner);
        let ty = self.syms.def_ty(def);
        let int = self.special(SpecialType::Int32);
        let bool_ty = self.special(SpecialType::Boolean);
        let field = |b: &mut Self, name: &str, ty: TyId| b.display_field(def, name, ty);
        let state = field(self, "<>1__state", int);
        let current = field(self, "<>2__current", elem);
        let suspended = field(self, "<>s__suspended", bool_ty);
        let disposing = field(self, "<>s__disposing", bool_ty);
        let this_field = if sym.is_static {
            None
        } else {
            let owner_ty = self.syms.def_ty(owner);
            Some(field(self, "<>4__this", owner_ty))
        };
        let params = sym
            .params
            .iter()
            .map(|p| {
                let work = field(self, &p.name, p.ty);
                let kept = enumerable.then(|| field(self, &format!("<>3__{}", p.name), p.ty));
                (work, kept)
            })
            .collect();
        self.syms.closures.insert(def, DisplayLinks { parent: None, this_field });
        // .ctor(int state): Object's constructor, then the state.
        let void = self.special(SpecialType::Void);
        let ctor = self.syms.add_method(MethodSym {
            is_ctor: true,
            access: Accessibility::Public,
            ..MethodSym::source(".ctor", def, vec![ParamSym::new("<>1__state", int, ParamKind::Value)], void, false)
        });
        let mut b = Binder::new(self.syms, self.diags, self.scope, ctor);
        let mut stmts = b.base_constructor_call(None, span);
        let this = b.expr(BoundExprKind::This, ty, span);
        let value = b.expr(BoundExprKind::Param(1), int, span);
        stmts.push(b.assign_field(Some(this), state, value, span));
        let bound = super::finish_body(b.syms, b.diags, ctor, stmts, Vec::new(), span);
        self.extra_methods.push(bound);
        IteratorClass { def, ty, elem, state, current, suspended, disposing, this_field, params, enumerable }
    }

    /// `receiver.field = value;`
    fn assign_field(&mut self, receiver: Option<BoundExpr>, field: FieldId, value: BoundExpr, span: Span) -> BoundStmt {
        let ty = self.syms.field(field).ty;
        let target = self.expr(BoundExprKind::Field { receiver: receiver.map(Box::new), field }, ty, span);
        let void = self.special(SpecialType::Void);
        BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(value) }, void, span))
    }

    /// Adds a public (or, named `I.M`, private explicit) virtual method to the class with
    /// the given body, implementing `implements` when explicit.
    fn iterator_method(&mut self, c: &IteratorClass, name: &str, ret: TyId, implements: Option<MethodId>, body: impl FnOnce(&mut Binder<'_>) -> Vec<BoundStmt>, span: Span) -> MethodId {
        let m = self.syms.add_method(MethodSym {
            is_virtual: true,
            is_final: true,
            access: if implements.is_some() { Accessibility::Private } else { Accessibility::Public },
            ..MethodSym::source(name, c.def, Vec::new(), ret, false)
        });
        if let Some(i) = implements {
            self.syms.method_impls.push((c.def, m, i));
        }
        let mut b = Binder::new(self.syms, self.diags, self.scope, m);
        let stmts = body(&mut b);
        let locals = std::mem::take(&mut b.locals);
        let bound = super::finish_body(b.syms, b.diags, m, stmts, locals, span);
        self.extra_methods.push(bound);
        m
    }

    /// The interface method `name` of the type `full_name` (an instance for a generic one).
    fn interface_method(&mut self, iface: TyId, name: &str) -> Option<MethodId> {
        let TyKind::Def(d) = self.syms.kind(iface) else { return None };
        self.syms.def(d).methods.iter().copied().find(|&m| self.syms.method(m).name == name)
    }

    /// MoveNext: the body, bound with every local in a field, made a state machine.
    fn bind_move_next(&mut self, c: &IteratorClass, body: &ast::Body<'_>, span: Span) {
        let bool_ty = self.special(SpecialType::Boolean);
        let m = self.syms.add_method(MethodSym { is_virtual: true, is_final: true, access: Accessibility::Public, ..MethodSym::source("MoveNext", c.def, Vec::new(), bool_ty, false) });
        let sym = self.sym().clone();
        let captures: rustc_hash::FxHashMap<String, Captured> =
            sym.params.iter().zip(&c.params).map(|(p, &(work, _))| (p.name.clone(), Captured { display: c.def, field: work })).collect();
        let visible: Vec<(String, MethodId)> = self.local_fns.visible().map(|(n, m)| (n.to_string(), m)).collect();
        let scope = self.scope;
        let mut b = Binder::new(self.syms, self.diags, scope, m);
        for (name, id) in visible {
            b.local_fns.insert(&name, id);
        }
        b.captures = captures;
        b.closure_home = Some(c.def);
        b.lexical_owner = Some(sym.owner);
        b.iterator = Some(IteratorInfo { class: c.def, elem: c.elem });
        let stmts = b.bind_method_body(body);
        let locals = std::mem::take(&mut b.locals);
        let struct_locals: Vec<bool> = locals.iter().map(|l| b.syms.is_value_type(l.ty)).collect();
        crate::flow::check(&stmts, &locals, &struct_locals, &[], false, span, b.diags);
        let mut stmts = stmts;
        b.hoist_temporaries(c, &mut stmts, &locals, span);
        let lowered = b.state_machine(c, stmts, span);
        let mut extra = std::mem::take(&mut b.extra_methods);
        extra.push(BoundMethod { method: m, locals, body: lowered });
        self.extra_methods.extend(extra);
    }

    /// The compiler's own temporaries (a foreach's enumerator, a using's resource) must
    /// survive a yield too: each becomes a field, except a catch block's exception variable,
    /// which no yield can separate from its uses.
    fn hoist_temporaries(&mut self, c: &IteratorClass, stmts: &mut [BoundStmt], locals: &[LocalSym], span: Span) {
        let mut catch_locals = Vec::new();
        collect_catch_locals(stmts, &mut catch_locals);
        let mut fields: rustc_hash::FxHashMap<u32, FieldId> = rustc_hash::FxHashMap::default();
        for (i, l) in locals.iter().enumerate() {
            let id = LocalId(i as u32);
            if self.hoisted.contains_key(&id) || catch_locals.contains(&id) {
                continue;
            }
            let f = self.display_field(c.def, &format!("<>7__wrap{i}"), l.ty);
            fields.insert(i as u32, f);
        }
        let class_ty = c.ty;
        crate::bound_walk::exprs_mut(stmts, &mut |e: &mut BoundExpr| {
            if let BoundExprKind::Local(id) = e.kind
                && let Some(&field) = fields.get(&id.0)
            {
                let this = BoundExpr { kind: BoundExprKind::This, ty: class_ty, span };
                e.kind = BoundExprKind::Field { receiver: Some(Box::new(this)), field };
            }
        });
    }

    /// Current, GetEnumerator, Reset and Dispose.
    fn iterator_members(&mut self, c: &IteratorClass, span: Span) {
        let object = self.special(SpecialType::Object);
        let void = self.special(SpecialType::Void);
        let int = self.special(SpecialType::Int32);
        let elem = c.elem;
        let generic_enumerator = self.syms.lookup_type("System.Collections.Generic.IEnumerator`1").map(|g| self.syms.instantiate(g, &[elem]));
        let enumerator = self.syms.lookup_type("System.Collections.IEnumerator").map(|d| self.syms.def_ty(d));
        let (Some(generic_enumerator), Some(enumerator)) = (generic_enumerator, enumerator) else { return };
        // Current, twice: typed, and as object for IEnumerator.
        let current = c.current;
        let class_ty = c.ty;
        let getter = self.iterator_method(c, "get_Current", elem, None, |b| {
            let this = b.expr(BoundExprKind::This, class_ty, span);
            let v = b.expr(BoundExprKind::Field { receiver: Some(Box::new(this)), field: current }, elem, span);
            vec![BoundStmt::Return(Some(v), span)]
        }, span);
        self.syms.methods[getter.0 as usize].is_accessor = true;
        let i_current = self.interface_method(enumerator, "get_Current");
        let g = self.iterator_method(c, "System.Collections.IEnumerator.get_Current", object, i_current, |b| {
            let this = b.expr(BoundExprKind::This, class_ty, span);
            let v = b.expr(BoundExprKind::Field { receiver: Some(Box::new(this)), field: current }, elem, span);
            let v = b.convert_implicit(v, object);
            vec![BoundStmt::Return(Some(v), span)]
        }, span);
        self.syms.methods[g.0 as usize].is_accessor = true;
        let i_reset = self.interface_method(enumerator, "Reset");
        self.iterator_method(c, "System.Collections.IEnumerator.Reset", void, i_reset, |b| {
            let Some(d) = b.syms.lookup_type("System.NotSupportedException") else { return Vec::new() };
            let ctor = b.syms.def(d).methods.iter().copied().find(|&m| b.syms.method(m).is_ctor && b.syms.method(m).params.is_empty());
            let Some(ctor) = ctor else { return Vec::new() };
            let t = b.syms.def_ty(d);
            vec![BoundStmt::Throw(Some(b.expr(BoundExprKind::NewObject { ctor, args: Vec::new() }, t, span)))]
        }, span);
        // Dispose: a suspended run is resumed to leave through its finally blocks.
        let (state, disposing) = (c.state, c.disposing);
        let move_next = self.syms.def(c.def).methods.iter().copied().find(|&m| self.syms.method(m).name == "MoveNext");
        self.iterator_method(c, "Dispose", void, None, |b| {
            let ty = b.syms.def_ty(b.sym().owner);
            let this = |b: &mut Binder<'_>| b.expr(BoundExprKind::This, ty, span);
            let bool_ty = b.special(SpecialType::Boolean);
            let st = {
                let t = this(b);
                b.expr(BoundExprKind::Field { receiver: Some(Box::new(t)), field: state }, int, span)
            };
            let zero = b.expr(BoundExprKind::Const(ConstValue::I4(0)), int, span);
            let suspended = b.expr(BoundExprKind::Binary { op: BinOp::Gt, operand_ty: int, checked: false, left: Box::new(st), right: Box::new(zero) }, bool_ty, span);
            let mut resume = Vec::new();
            let t = this(b);
            let yes = b.expr(BoundExprKind::Const(ConstValue::Bool(true)), bool_ty, span);
            resume.push(b.assign_field(Some(t), disposing, yes, span));
            if let Some(mn) = move_next {
                let t = this(b);
                resume.push(BoundStmt::Expr(b.expr(BoundExprKind::Call { method: mn, receiver: Some(Box::new(t)), args: Vec::new() }, bool_ty, span)));
            }
            let t = this(b);
            let done = b.expr(BoundExprKind::Const(ConstValue::I4(-1)), int, span);
            vec![BoundStmt::If { cond: suspended, then: Box::new(BoundStmt::Block(resume)), else_: None }, b.assign_field(Some(t), state, done, span)]
        }, span);
        if !c.enumerable {
            return;
        }
        // GetEnumerator: this object the first time, a new one after.
        let params = c.params.clone();
        let this_field = c.this_field;
        let ctor = self.syms.def(c.def).methods.iter().copied().find(|&m| self.syms.method(m).is_ctor);
        let get = self.iterator_method(c, "GetEnumerator", generic_enumerator, None, |b| {
            let Some(ctor) = ctor else { return Vec::new() };
            let bool_ty = b.special(SpecialType::Boolean);
            let this = |b: &mut Binder<'_>| b.expr(BoundExprKind::This, class_ty, span);
            b.locals.push(LocalSym { name: "d".into(), ty: class_ty, span });
            let d = LocalId(0);
            let local = |b: &mut Binder<'_>| b.expr(BoundExprKind::Local(d), class_ty, span);
            let st = {
                let t = this(b);
                b.expr(BoundExprKind::Field { receiver: Some(Box::new(t)), field: state }, int, span)
            };
            let fresh = b.expr(BoundExprKind::Const(ConstValue::I4(-2)), int, span);
            let is_fresh = b.expr(BoundExprKind::Binary { op: BinOp::Eq, operand_ty: int, checked: false, left: Box::new(st), right: Box::new(fresh) }, bool_ty, span);
            let void = b.special(SpecialType::Void);
            let zero = b.expr(BoundExprKind::Const(ConstValue::I4(0)), int, span);
            let t = this(b);
            let reuse = vec![b.assign_field(Some(t), state, zero.clone(), span), {
                let (l, t) = (local(b), this(b));
                BoundStmt::Expr(b.expr(BoundExprKind::Assign { target: Box::new(l), value: Box::new(t) }, void, span))
            }];
            let mut make = vec![{
                let l = local(b);
                let new = b.expr(BoundExprKind::NewObject { ctor, args: vec![zero] }, class_ty, span);
                BoundStmt::Expr(b.expr(BoundExprKind::Assign { target: Box::new(l), value: Box::new(new) }, void, span))
            }];
            if let Some(tf) = this_field {
                let t = this(b);
                let owner_this = b.expr(BoundExprKind::Field { receiver: Some(Box::new(t)), field: tf }, b.syms.field(tf).ty, span);
                let l = local(b);
                make.push(b.assign_field(Some(l), tf, owner_this, span));
            }
            let mut out = vec![BoundStmt::If { cond: is_fresh, then: Box::new(BoundStmt::Block(reuse)), else_: Some(Box::new(BoundStmt::Block(make))) }];
            for &(work, kept) in &params {
                let Some(kept) = kept else { continue };
                let t = this(b);
                let v = b.expr(BoundExprKind::Field { receiver: Some(Box::new(t)), field: kept }, b.syms.field(kept).ty, span);
                let l = local(b);
                out.push(b.assign_field(Some(l), work, v, span));
            }
            let l = local(b);
            let ret = b.convert_implicit(l, generic_enumerator);
            out.push(BoundStmt::Return(Some(ret), span));
            out
        }, span);
        let enumerable = self.syms.lookup_type("System.Collections.IEnumerable").map(|d| self.syms.def_ty(d));
        let i_get = enumerable.and_then(|e| self.interface_method(e, "GetEnumerator"));
        self.iterator_method(c, "System.Collections.IEnumerable.GetEnumerator", enumerator, i_get, |b| {
            let this = b.expr(BoundExprKind::This, class_ty, span);
            let call = b.expr(BoundExprKind::Call { method: get, receiver: Some(Box::new(this)), args: Vec::new() }, generic_enumerator, span);
            let v = b.convert_implicit(call, enumerator);
            vec![BoundStmt::Return(Some(v), span)]
        }, span);
    }

    /// The iterator method's own body: create the object and hand it the arguments.
    fn kickoff(&mut self, c: &IteratorClass, span: Span) -> Vec<BoundStmt> {
        let Some(ctor) = self.syms.def(c.def).methods.iter().copied().find(|&m| self.syms.method(m).is_ctor) else { return Vec::new() };
        let int = self.special(SpecialType::Int32);
        let initial = self.expr(BoundExprKind::Const(ConstValue::I4(if c.enumerable { -2 } else { 0 })), int, span);
        let new = self.expr(BoundExprKind::NewObject { ctor, args: vec![initial] }, c.ty, span);
        let (store, d) = self.store_in_temp(new, span);
        let mut out = vec![BoundStmt::Expr(store)];
        if let Some(tf) = c.this_field {
            let this = self.this_ref(span);
            out.push(self.assign_field(Some(d.clone()), tf, this, span));
        }
        let sym = self.sym().clone();
        for (i, (p, &(work, kept))) in sym.params.iter().zip(&c.params).enumerate() {
            let arg = i as u16 + u16::from(!sym.is_static);
            let v = self.expr(BoundExprKind::Param(arg), p.ty, span);
            out.push(self.assign_field(Some(d.clone()), kept.unwrap_or(work), v, span));
        }
        let ret = self.convert_implicit(d, sym.ret);
        out.push(BoundStmt::Return(Some(ret), span));
        out
    }

    /// `yield return e;` / `yield break;` (CS1621 in a lambda, CS1624 outside an iterator,
    /// CS1625/CS1626/CS1631 in finally, try-with-catch and catch blocks).
    pub fn bind_yield(&mut self, value: Option<&ast::Expr<'_>>, span: Span) -> BoundStmt {
        let Some(it) = self.iterator else {
            if self.lexical_owner.is_some() {
                self.error("CS1621", span, "The yield statement cannot be used inside an anonymous method or lambda expression");
            } else {
                let t = self.syms.display(self.sym().ret);
                let name = self.syms.method_display(self.method);
                self.error("CS1624", span, format!("The body of '{name}' cannot be an iterator block because '{t}' is not an iterator interface type"));
            }
            return BoundStmt::Block(Vec::new());
        };
        if self.finally_depth > 0 {
            self.error("CS1625", span, "Cannot yield in the body of a finally clause");
        }
        match value {
            None => BoundStmt::YieldBreak(span),
            Some(e) => {
                if self.catch_depth > 0 {
                    self.error("CS1631", span, "Cannot yield a value in the body of a catch clause");
                } else if self.try_catch_depth > 0 {
                    self.error("CS1626", span, "Cannot yield a value in the body of a try block with a catch clause");
                }
                let v = self.bind_expr(e);
                BoundStmt::YieldReturn(self.convert_implicit(v, it.elem))
            }
        }
    }
}

/// One `yield return` of the body: its state, where it resumes, and the try blocks around
/// it (outermost first), each with the label just before it.
struct Resume {
    state: i32,
    label: LabelId,
    tries: Vec<LabelId>,
}

impl Binder<'_> {
    /// The body as MoveNext runs it (see the module comment).
    fn state_machine(&mut self, c: &IteratorClass, body: Vec<BoundStmt>, span: Span) -> Vec<BoundStmt> {
        let mut resumes = Vec::new();
        let mut tries = Vec::new();
        let lowered = self.lower_yields(c, body, &mut resumes, &mut tries, span);
        let start = self.new_label();
        let mut out = vec![self.dispatch(c, &resumes, 0, Some(start), span), BoundStmt::Label(start)];
        out.push(self.set_state(c, -1, span));
        out.extend(lowered);
        out.push(self.set_state(c, -1, span));
        out.push(self.ret_bool(false, span));
        out
    }

    fn set_state(&mut self, c: &IteratorClass, v: i32, span: Span) -> BoundStmt {
        let int = self.special(SpecialType::Int32);
        let this = self.expr(BoundExprKind::This, c.ty, span);
        let value = self.expr(BoundExprKind::Const(ConstValue::I4(v)), int, span);
        self.assign_field(Some(this), c.state, value, span)
    }

    fn set_flag(&mut self, c: &IteratorClass, f: FieldId, v: bool, span: Span) -> BoundStmt {
        let bool_ty = self.special(SpecialType::Boolean);
        let this = self.expr(BoundExprKind::This, c.ty, span);
        let value = self.expr(BoundExprKind::Const(ConstValue::Bool(v)), bool_ty, span);
        self.assign_field(Some(this), f, value, span)
    }

    fn ret_bool(&mut self, v: bool, span: Span) -> BoundStmt {
        let bool_ty = self.special(SpecialType::Boolean);
        BoundStmt::Return(Some(self.expr(BoundExprKind::Const(ConstValue::Bool(v)), bool_ty, span)), span)
    }

    /// A switch on the state that sends each resume among `resumes` whose try path is
    /// `depth` deep here to its next label (the next try block's, or its own); `start` is
    /// where state 0 goes (only at the top), and anything else returns false there.
    fn dispatch(&mut self, c: &IteratorClass, resumes: &[Resume], depth: usize, start: Option<LabelId>, span: Span) -> BoundStmt {
        let int = self.special(SpecialType::Int32);
        let mut sections = Vec::new();
        let section = |b: &mut Self, value: Option<i32>, target: LabelId| {
            let label = b.new_label();
            BoundSwitchSection {
                labels: vec![value.map(ConstValue::I4)],
                label,
                body: vec![BoundStmt::Goto(target)],
                label_text: String::new(),
                label_span: span,
            }
        };
        if let Some(s) = start {
            sections.push(section(self, Some(0), s));
        }
        for r in resumes {
            let target = r.tries.get(depth).copied().unwrap_or(r.label);
            sections.push(section(self, Some(r.state), target));
        }
        if start.is_some() {
            let end = self.new_label();
            sections.push(BoundSwitchSection { labels: vec![None], label: self.new_label(), body: vec![BoundStmt::Goto(end)], label_text: String::new(), label_span: span });
            let this = self.expr(BoundExprKind::This, c.ty, span);
            let st = self.expr(BoundExprKind::Field { receiver: Some(Box::new(this)), field: c.state }, int, span);
            let ret = self.ret_bool(false, span);
            return BoundStmt::Block(vec![BoundStmt::Switch { value: st, sections }, BoundStmt::Label(end), ret]);
        }
        let this = self.expr(BoundExprKind::This, c.ty, span);
        let st = self.expr(BoundExprKind::Field { receiver: Some(Box::new(this)), field: c.state }, int, span);
        BoundStmt::Switch { value: st, sections }
    }

    /// Replaces each yield with its store-and-return and resume point, guards the finally
    /// blocks of try blocks that contain one, and gives those blocks their inner dispatch.
    fn lower_yields(&mut self, c: &IteratorClass, stmts: Vec<BoundStmt>, resumes: &mut Vec<Resume>, tries: &mut Vec<LabelId>, span: Span) -> Vec<BoundStmt> {
        let mut out = Vec::new();
        for s in stmts {
            out.push(self.lower_yield(c, s, resumes, tries, span));
        }
        out
    }

    fn lower_yield(&mut self, c: &IteratorClass, s: BoundStmt, resumes: &mut Vec<Resume>, tries: &mut Vec<LabelId>, span: Span) -> BoundStmt {
        let lower_one = |b: &mut Self, s: BoundStmt, resumes: &mut Vec<Resume>, tries: &mut Vec<LabelId>| Box::new(b.lower_yield(c, s, resumes, tries, span));
        match s {
            BoundStmt::YieldReturn(e) => {
                let state = resumes.len() as i32 + 1;
                let label = self.new_label();
                resumes.push(Resume { state, label, tries: tries.clone() });
                let this = self.expr(BoundExprKind::This, c.ty, span);
                let mut out = vec![self.assign_field(Some(this), c.current, e, span), self.set_state(c, state, span)];
                out.push(self.set_flag(c, c.suspended, true, span));
                out.push(self.ret_bool(true, span));
                out.push(BoundStmt::Label(label));
                out.push(self.set_flag(c, c.suspended, false, span));
                out.push(self.set_state(c, -1, span));
                // Resumed by Dispose: leave through the finally blocks.
                let bool_ty = self.special(SpecialType::Boolean);
                let this = self.expr(BoundExprKind::This, c.ty, span);
                let disposing = self.expr(BoundExprKind::Field { receiver: Some(Box::new(this)), field: c.disposing }, bool_ty, span);
                let stop = self.ret_bool(false, span);
                out.push(BoundStmt::If { cond: disposing, then: Box::new(stop), else_: None });
                BoundStmt::Block(out)
            }
            BoundStmt::YieldBreak(sp) => BoundStmt::Block(vec![self.set_state(c, -1, sp), self.ret_bool(false, sp)]),
            BoundStmt::Block(b) => BoundStmt::Block(self.lower_yields(c, b, resumes, tries, span)),
            BoundStmt::If { cond, then, else_ } => {
                let then = lower_one(self, *then, resumes, tries);
                let else_ = else_.map(|e| lower_one(self, *e, resumes, tries));
                BoundStmt::If { cond, then, else_ }
            }
            BoundStmt::Loop { test_first, cond, body, step } => {
                let body = lower_one(self, *body, resumes, tries);
                BoundStmt::Loop { test_first, cond, body, step }
            }
            BoundStmt::Switch { value, mut sections } => {
                for sec in &mut sections {
                    let body = std::mem::take(&mut sec.body);
                    sec.body = self.lower_yields(c, body, resumes, tries, span);
                }
                BoundStmt::Switch { value, sections }
            }
            BoundStmt::Try { body, catches, finally } => {
                let before = resumes.len();
                let entry = self.new_label();
                tries.push(entry);
                let mut body = self.lower_yields(c, body, resumes, tries, span);
                tries.pop();
                // A catch block may hold a yield break (a yield return there is CS1631).
                let catches: Vec<BoundCatch> = catches
                    .into_iter()
                    .map(|mut k| {
                        let b = std::mem::take(&mut k.body);
                        k.body = self.lower_yields(c, b, resumes, tries, span);
                        k
                    })
                    .collect();
                if resumes.len() == before {
                    return BoundStmt::Try { body, catches, finally };
                }
                // The resumes inside: a dispatch at the start of the block.
                let inner: Vec<Resume> = resumes[before..].iter().map(|r| Resume { state: r.state, label: r.label, tries: r.tries.clone() }).collect();
                let depth = tries.len() + 1;
                let dispatch = self.dispatch(c, &inner, depth, None, span);
                body.insert(0, dispatch);
                // The finally runs unless the method is suspending.
                let finally = finally.map(|f| {
                    let bool_ty = self.special(SpecialType::Boolean);
                    let this = self.expr(BoundExprKind::This, c.ty, span);
                    let suspended = self.expr(BoundExprKind::Field { receiver: Some(Box::new(this)), field: c.suspended }, bool_ty, span);
                    let not = self.expr(BoundExprKind::Unary { op: UnOp::Not, checked: false, operand: Box::new(suspended) }, bool_ty, span);
                    vec![BoundStmt::If { cond: not, then: Box::new(BoundStmt::Block(f)), else_: None }]
                });
                BoundStmt::Block(vec![BoundStmt::Label(entry), BoundStmt::Try { body, catches, finally }])
            }
            other => other,
        }
    }
}

/// The exception variables of the catch clauses in `stmts`.
fn collect_catch_locals(stmts: &[BoundStmt], out: &mut Vec<LocalId>) {
    crate::bound_walk::stmts(stmts, &mut |s| {
        if let BoundStmt::Try { catches, .. } = s {
            out.extend(catches.iter().filter_map(|c| c.local));
        }
    });
}
