//! Closures, lowered as Roslyn lowers them (§12.19.6.2). A local or
//! parameter that an anonymous function captures (`captures.rs` finds them
//! by name before the body is bound) lives in a field of a *display class*
//! instead of a local: one class per scope that declares captured
//! variables, `<>c__DisplayClass3_0`, nested in the enclosing type, and one
//! instance of it per entry into that scope, made just before the first
//! captured declaration. So a variable declared in a loop body is fresh in
//! each iteration (as is a `foreach` variable, C# 5), and one declared in a
//! `for` header is shared by all of them.
//!
//! The anonymous function becomes an instance method of the display class
//! of the innermost scope it captures from (its *home*), and the delegate's
//! target is that instance. Scopes further out are reached through a field
//! each display class keeps for the display class of the nearest enclosing
//! scope that had one when it was made; the outermost keeps `this` as well,
//! in an instance method, for the function's use of `this` and its members.
//! Display classes of generic types and methods would need type parameters
//! of their own; capturing there is reported instead.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use lexer::Span;

use super::Binder;
use crate::bound::*;
use crate::types::*;

/// A display class instance of this body: the class, and the local holding it.
#[derive(Clone, Copy, Debug)]
pub struct Display {
    pub def: DefId,
    pub local: LocalId,
}

/// Where a captured variable lives: a field of a display class.
#[derive(Clone, Copy, Debug)]
pub struct Captured {
    pub display: DefId,
    pub field: FieldId,
}


impl Binder<'_> {
    /// Starts a body whose functions capture `names`: the captured parameters are copied
    /// into the body's outermost display instance; returns the statements that do it.
    pub fn begin_closures(&mut self, names: HashSet<String>, span: Span) -> Vec<BoundStmt> {
        if names.is_empty() || !self.closures_supported() || self.trial {
            return Vec::new();
        }
        self.captured_names.extend(names);
        let params = self.sym().params.clone();
        let first = if self.sym().is_static { 0 } else { 1 };
        for (i, p) in params.iter().enumerate() {
            if !self.captured_names.contains(&p.name) || self.hoisted_params.contains_key(&p.name) {
                continue;
            }
            // A ref or out parameter stays where it is: a use in a function is CS1628 there.
            if p.kind != ParamKind::Value {
                continue;
            }
            let Some(d) = self.display_here(span) else { continue };
            let field = self.display_field(d.def, &p.name, p.ty);
            let value = self.expr(BoundExprKind::Param(i as u16 + first), p.ty, span);
            let target = self.captured_ref(Captured { display: d.def, field }, p.ty, span);
            let void = self.special(SpecialType::Void);
            let copy = self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(value) }, void, span);
            self.queue_frame_init(BoundStmt::Expr(copy));
            self.hoisted_params.insert(p.name.clone(), Captured { display: d.def, field });
        }
        Vec::new()
    }

    /// Always: in a generic type a display class repeats the type's parameters, as every
    /// nested type does, and in a generic method it takes the method's as well
    /// (`repeat_type_params`).
    fn closures_supported(&self) -> bool {
        true
    }

    /// The type whose members simple names find and whose `this` the body sees: the
    /// enclosing type, also in a function that became a method of a display class.
    pub fn this_owner(&self) -> DefId {
        self.lexical_owner.unwrap_or(self.sym().owner)
    }

    /// Whether the body has a `this` (of `this_owner()`).
    pub fn has_this(&self) -> bool {
        match self.closure_home {
            Some(home) => self.root_this(home).is_some(),
            None => !self.sym().is_static,
        }
    }

    /// The `this` field of the outermost display class above `home`.
    fn root_this(&self, home: DefId) -> Option<FieldId> {
        let mut cur = home;
        for _ in 0..=self.syms.defs.len() {
            let links = self.syms.closures.get(&cur).copied().unwrap_or_default();
            if let Some(t) = links.this_field {
                return Some(t);
            }
            let p = links.parent?;
            cur = self.field_class(p)?;
        }
        None
    }

    fn field_class(&self, f: FieldId) -> Option<DefId> {
        match self.syms.kind(self.syms.field(f).ty) {
            TyKind::Def(d) => Some(d),
            _ => None,
        }
    }

    /// `this`: the parameter, or in a display class's method the `this` its outermost
    /// display class keeps.
    pub fn this_ref(&mut self, span: Span) -> BoundExpr {
        let owner = self.this_owner();
        let ty = self.this_type_of(owner);
        let Some(home) = self.closure_home else {
            return self.expr(BoundExprKind::This, ty, span);
        };
        let Some(field) = self.root_this(home) else { return self.error_expr(span) };
        let holder = self.syms.field(field).owner;
        match self.display_access(holder, span) {
            Some(d) => self.expr(BoundExprKind::Field { receiver: Some(Box::new(d)), field }, ty, span),
            None => self.error_expr(span),
        }
    }

    /// The display instance of class `def`, as this body reaches it: a local of its own,
    /// or from its display class's `this` through the parent links.
    fn display_access(&mut self, def: DefId, span: Span) -> Option<BoundExpr> {
        if let Some(d) = self.frame_displays.values().find(|d| d.def == def).copied() {
            let ty = self.syms.def_ty(def);
            return Some(self.expr(BoundExprKind::Local(d.local), ty, span));
        }
        let home = self.closure_home?;
        let home_ty = self.syms.def_ty(home);
        let mut e = self.expr(BoundExprKind::This, home_ty, span);
        let mut cur = home;
        for _ in 0..=self.syms.defs.len() {
            if cur == def {
                return Some(e);
            }
            let parent = self.syms.closures.get(&cur).and_then(|l| l.parent)?;
            let ty = self.syms.field(parent).ty;
            e = self.expr(BoundExprKind::Field { receiver: Some(Box::new(e)), field: parent }, ty, span);
            cur = self.field_class(parent)?;
        }
        None
    }

    /// The display instance of class `def` (a delegate's target).
    pub fn display_instance(&mut self, def: DefId, span: Span) -> BoundExpr {
        match self.display_access(def, span) {
            Some(e) => e,
            None => self.error_expr(span),
        }
    }

    /// A captured variable, read or written where it lives.
    pub fn captured_ref(&mut self, c: Captured, ty: TyId, span: Span) -> BoundExpr {
        match self.display_access(c.display, span) {
            Some(d) => self.expr(BoundExprKind::Field { receiver: Some(Box::new(d)), field: c.field }, ty, span),
            None => self.error_expr(span),
        }
    }

    /// A local variable by its id: the local, or the field it was hoisted to.
    pub fn local_ref(&mut self, id: LocalId, ty: TyId, span: Span) -> BoundExpr {
        match self.hoisted.get(&id).copied() {
            Some(c) => self.captured_ref(c, ty, span),
            None => self.expr(BoundExprKind::Local(id), ty, span),
        }
    }

    /// A just-declared local that some function captures moves to the display class of
    /// its scope.
    pub fn hoist_if_captured(&mut self, id: LocalId, name: &str, ty: TyId, span: Span) {
        // In an iterator every local lives in the iterator object, to survive between calls;
        // one a lambda captures lives in its scope's display class instead (fresh per loop
        // iteration), whose instance the iterator object keeps.
        if let Some(it) = self.iterator
            && ty != Symbols::ERROR
            && !self.captured_names.contains(name)
        {
            let field = self.display_field(it.class, &format!("<{name}>5__{}", id.0), ty);
            self.hoisted.insert(id, Captured { display: it.class, field });
            return;
        }
        if !self.captured_names.contains(name) || ty == Symbols::ERROR {
            return;
        }
        let Some(d) = self.display_here(span) else { return };
        let field = self.display_field(d.def, name, ty);
        self.hoisted.insert(id, Captured { display: d.def, field });
    }

    /// The display instance of the innermost scope, made (class, local and the statements
    /// that create and link it, queued in `pending_prefix`) on first use.
    pub(super) fn display_here(&mut self, span: Span) -> Option<Display> {
        let frame = self.scopes.frame_id();
        if let Some(d) = self.frame_displays.get(&frame) {
            return Some(*d);
        }
        // The nearest enclosing display: of an enclosing scope, or this function's home.
        let ids = self.scopes.frame_ids();
        let parent = ids.iter().rev().find_map(|f| self.frame_displays.get(f).map(|d| d.def)).or(self.closure_home);
        let owner = self.this_owner();
        let n = self.syms.def(owner).methods.iter().position(|&m| m == self.method).unwrap_or(0);
        let k = self.syms.closures.len();
        let mut def = TypeDef::new(format!("<>c__DisplayClass{n}_{k}"), self.syms.def(owner).full_name(), TypeDefKind::Class, Origin::Source);
        def.access = Accessibility::Private;
        def.is_sealed = true;
        def.enclosing = Some(owner);
        def.base = Some(self.special(SpecialType::Object));
        let def = self.syms.add_def(def);
        self.repeat_type_params(def, owner);
        let ty = self.syms.def_ty(def);
        self.display_constructor(def, span);
        let mut links = DisplayLinks::default();
        let local = LocalId(self.locals.len() as u32);
        self.locals.push(LocalSym { name: format!("CS$<>8__locals{k}"), ty, span });
        let display = Display { def, local };
        self.frame_displays.insert(frame, display);
        let void = self.special(SpecialType::Void);
        let ctor = self.syms.def(def).methods[0];
        let new = self.expr(BoundExprKind::NewObject { ctor, args: Vec::new() }, ty, span);
        let this_local = self.expr(BoundExprKind::Local(local), ty, span);
        let init = self.expr(BoundExprKind::Assign { target: Box::new(this_local), value: Box::new(new) }, void, span);
        self.queue_frame_init(BoundStmt::Expr(init));
        let link = |b: &mut Self, field: FieldId, value: BoundExpr| {
            let target = b.expr(BoundExprKind::Local(local), ty, span);
            let f_ty = b.syms.field(field).ty;
            let target = b.expr(BoundExprKind::Field { receiver: Some(Box::new(target)), field }, f_ty, span);
            let assign = b.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(value) }, void, span);
            b.queue_frame_init(BoundStmt::Expr(assign));
        };
        match parent {
            Some(p) => {
                let p_ty = self.syms.def_ty(p);
                let field = self.display_field(def, "CS$<>8__locals1", p_ty);
                links.parent = Some(field);
                self.syms.closures.insert(def, links);
                if let Some(value) = self.display_access(p, span) {
                    link(self, field, value);
                }
            }
            None if self.has_this() && self.syms.def(owner).kind == TypeDefKind::Class => {
                let owner_ty = self.syms.def_ty(owner);
                let field = self.display_field(def, "<>4__this", owner_ty);
                links.this_field = Some(field);
                self.syms.closures.insert(def, links);
                let this = self.this_ref(span);
                if self.in_field_initializer {
                    // Made for a constructor's base arguments: `this` is stored once the base
                    // constructor has run.
                    let target = self.expr(BoundExprKind::Local(local), ty, span);
                    let f_ty = self.syms.field(field).ty;
                    let target = self.expr(BoundExprKind::Field { receiver: Some(Box::new(target)), field }, f_ty, span);
                    let assign = self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(this) }, void, span);
                    self.after_base_call.push(BoundStmt::Expr(assign));
                } else {
                    link(self, field, this);
                }
            }
            None => {
                self.syms.closures.insert(def, links);
            }
        }
        Some(display)
    }

    /// A class nested in a generic type repeats its parameters (ECMA-335 II.10.7); the
    /// members keep using the enclosing type's, whose numbers (`!0`…) mean the same. Made in
    /// a generic method, it also takes the method's parameters as its own, after those: its
    /// members keep using the method's (`!!0`), which the emitter numbers as the class's
    /// inside it (`Symbols::adopted_params`), and the method names the class `D<!0, !!0>`.
    pub(super) fn repeat_type_params(&mut self, def: DefId, owner: DefId) {
        let params = self.syms.def(owner).type_params.clone();
        let mut copies: Vec<DefId> = params.iter().map(|&p| crate::declare::copy_type_param(self.syms, p, def)).collect();
        let adopted = self.scope.method_type_params.clone();
        for &p in &adopted {
            let c = crate::declare::copy_type_param(self.syms, p, def);
            if let Some(info) = self.syms.def_mut(c).param.as_mut() {
                info.index = copies.len() as u32;
            }
            copies.push(c);
        }
        self.syms.def_mut(def).type_params = copies;
        if !adopted.is_empty() {
            self.syms.adopted_params.insert(def, adopted);
        }
    }

    /// A public instance field of a display class.
    pub(super) fn display_field(&mut self, def: DefId, name: &str, ty: TyId) -> FieldId {
        self.syms.add_field(FieldSym::source(name, def, ty, false, Accessibility::Public))
    }

    /// A display class's constructor, which calls Object's.
    fn display_constructor(&mut self, def: DefId, span: Span) {
        let void = self.special(SpecialType::Void);
        let ctor = self.syms.add_method(MethodSym { is_ctor: true, access: Accessibility::Public, ..MethodSym::source(".ctor", def, Vec::new(), void, false) });
        let scope = self.scope;
        let mut b = Binder::new(self.syms, self.diags, scope, ctor);
        let stmts = b.base_constructor_call(None, span);
        let bound = super::finish_body(b.syms, b.diags, ctor, stmts, Vec::new(), span);
        self.extra_methods.push(bound);
    }

    /// The display class an anonymous function that uses `free` becomes a method of: the
    /// innermost one holding a variable it uses (None: it captures no variable).
    pub fn lambda_home(&mut self, free: &HashSet<String>) -> Option<DefId> {
        let mut used: Vec<DefId> = Vec::new();
        for name in free {
            let c = match self.lookup_local(name) {
                Some(id) => self.hoisted.get(&id).copied(),
                None => self.hoisted_params.get(name).copied().or_else(|| self.captures.get(name).copied()),
            };
            if let Some(c) = c {
                used.push(c.display);
            }
            // A local function that is a display class's method needs that instance too.
            if let Some(f) = self.lookup_local_function(name)
                && !self.syms.method(f).is_static
                && self.syms.closures.contains_key(&self.syms.method(f).owner)
            {
                used.push(self.syms.method(f).owner);
            }
        }
        // The innermost: the one with the longest chain of parents.
        used.into_iter().max_by_key(|&d| self.chain_length(d))
    }

    fn chain_length(&self, d: DefId) -> usize {
        let mut n = 0;
        let mut cur = Some(d);
        while let Some(c) = cur {
            cur = self.syms.closures.get(&c).and_then(|l| l.parent).and_then(|p| self.field_class(p));
            n += 1;
            if n > self.syms.defs.len() {
                break;
            }
        }
        n
    }

    /// The captured variables visible here, by name, for a function nested in this body.
    pub fn visible_captures(&self) -> HashMap<String, Captured> {
        let mut out = self.captures.clone();
        for (name, c) in &self.hoisted_params {
            out.insert(name.clone(), *c);
        }
        for (name, id) in self.scopes.visible() {
            match self.hoisted.get(&id) {
                Some(c) => {
                    out.insert(name.to_string(), *c);
                }
                // A local of this body hides an outer variable of its name.
                None => {
                    out.remove(name);
                }
            }
        }
        out
    }

    /// Queues a statement of the innermost scope's display set-up.
    fn queue_frame_init(&mut self, s: BoundStmt) {
        let frame = self.scopes.frame_id();
        self.frame_inits.entry(frame).or_default().push(s);
    }

    /// Takes the statements that create the innermost scope's display instance (and fill
    /// its captured parameters), to place at the start of the scope: a scope that owns
    /// statements calls it before it closes.
    pub fn take_frame_inits(&mut self) -> Vec<BoundStmt> {
        let frame = self.scopes.frame_id();
        self.frame_inits.remove(&frame).unwrap_or_default()
    }

    /// `inits` placed before `stmt`.
    pub fn with_inits(inits: Vec<BoundStmt>, stmt: BoundStmt) -> BoundStmt {
        if inits.is_empty() {
            return stmt;
        }
        let mut all = inits;
        all.push(stmt);
        BoundStmt::Block(all)
    }
}
