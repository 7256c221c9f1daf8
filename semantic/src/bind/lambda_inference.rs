//! Type inference from anonymous functions and method groups (§12.6.3.7,
//! output type inference): once the parameter types of the delegate an
//! argument converts to are known, the function's return type is a lower
//! bound on the delegate's return type. `list.ConvertAll(x => x.ToString())`
//! learns `TOutput = string` so.
//!
//! A lambda's return type is found by binding its body as a trial: in a
//! binder whose diagnostics are dropped, as a method that belongs to no
//! type (so nothing of it is emitted), where nested anonymous functions are
//! checked but not bound; the body's `return` values, or its expression,
//! give the type (§12.6.3.15, the best common type).

use rustc_hash::FxHashSet as HashSet;

use parser::ast;

use super::Binder;
use super::generic_calls::Bounds;
use crate::bound::*;
use crate::generics::Subst;
use crate::types::*;

/// What a function argument tells inference this round.
pub(super) enum FunctionOutput {
    /// Its delegate's parameter types are not all known yet.
    Waiting,
    /// Its return type and the delegate's (None: nothing to learn).
    Done(Option<(TyId, TyId)>),
}

impl Binder<'_> {
    /// Output type inference for argument `e` (a lambda or method group) converting to
    /// `target`, with the method's type parameters `params` fixed as far as `fixed` says.
    pub(super) fn function_output(&mut self, e: &BoundExpr, target: TyId, params: &[DefId], fixed: &[Option<TyId>]) -> FunctionOutput {
        let Some(invoke) = self.delegate_invoke(target) else { return FunctionOutput::Done(None) };
        let inv = self.syms.method(invoke).clone();
        // The parameter types must not mention a type parameter that is not fixed.
        let unfixed: Vec<DefId> = params.iter().zip(fixed).filter(|(_, f)| f.is_none()).map(|(&p, _)| p).collect();
        if inv.params.iter().any(|p| self.mentions(p.ty, &unfixed)) {
            return FunctionOutput::Waiting;
        }
        let to: Vec<TyId> = params.iter().zip(fixed).map(|(&p, f)| f.unwrap_or_else(|| self.syms.def_ty(p))).collect();
        let s = Subst::new(params, &to);
        let param_tys: Vec<TyId> = inv.params.iter().map(|p| self.syms.subst(p.ty, &s)).collect();
        if self.syms.is_special(inv.ret, SpecialType::Void) {
            return FunctionOutput::Done(None);
        }
        let out = match &e.kind {
            BoundExprKind::UnboundLambda(id) => self.lambda_return_type(*id, &param_tys, &inv.params),
            BoundExprKind::MethodGroup { .. } => self.group_return_type(e, &param_tys),
            _ => None,
        };
        FunctionOutput::Done(out.map(|t| (t, inv.ret)))
    }

    /// Whether `ty` mentions one of `params`.
    fn mentions(&self, ty: TyId, params: &[DefId]) -> bool {
        match self.syms.kind(ty) {
            TyKind::Def(d) => {
                params.contains(&d)
                    || self.syms.def(d).instance_of.as_ref().is_some_and(|(_, args)| args.iter().any(|&a| self.mentions(a, params)))
            }
            TyKind::Array(e, _) | TyKind::ByRef(e) => self.mentions(e, params),
            _ => false,
        }
    }

    /// The return type of the one method of a group that takes `param_tys`.
    fn group_return_type(&self, group: &BoundExpr, param_tys: &[TyId]) -> Option<TyId> {
        let BoundExprKind::MethodGroup { methods, extension, .. } = &group.kind else { return None };
        let skip = usize::from(*extension);
        let fits: Vec<TyId> = methods
            .iter()
            .map(|&m| self.syms.method(m))
            .filter(|m| m.type_params.is_empty() && m.params.len() == param_tys.len() + skip && m.params[skip..].iter().zip(param_tys).all(|(p, &t)| p.ty == t))
            .map(|m| m.ret)
            .collect();
        match fits.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The inferred return type of anonymous function `id` given its parameter types: the
    /// type of its expression body, or the best common type of its `return` values.
    fn lambda_return_type(&mut self, id: u32, param_tys: &[TyId], dparams: &[ParamSym]) -> Option<TyId> {
        let void = self.special(SpecialType::Void);
        let types: Vec<TyId> = self.lambda_returns(id, param_tys, dparams)?.into_iter().filter(|&t| t != void).collect();
        if types.is_empty() {
            return None;
        }
        let b = Bounds { exact: Vec::new(), lower: types };
        self.fix(&b)
    }

    /// Whether anonymous function `id`'s body fits delegate type `d` (§10.7.1): for a void
    /// `Invoke`, an expression body must be a statement expression and a block must return no
    /// value; otherwise it must return values, each converting to the return type. Used to choose among overloads
    /// (`Run(Action)` and `Run(Func<int>)`), before the conversion itself.
    pub(super) fn lambda_body_fits(&mut self, id: u32, d: TyId) -> bool {
        let Some(invoke) = self.delegate_invoke(d) else { return false };
        let inv = self.syms.method(invoke).clone();
        let l = self.lambdas[id as usize].get();
        if !l.no_param_list && l.params.len() != inv.params.len() {
            return false;
        }
        let param_tys: Vec<TyId> = inv.params.iter().map(|p| p.ty).collect();
        if self.syms.is_special(inv.ret, SpecialType::Void) {
            return match &l.body {
                ast::Body::Expr(e) => matches!(
                    e.kind,
                    ast::ExprKind::Invocation { .. }
                        | ast::ExprKind::Assign { .. }
                        | ast::ExprKind::PreIncrement(_)
                        | ast::ExprKind::PreDecrement(_)
                        | ast::ExprKind::PostIncrement(_)
                        | ast::ExprKind::PostDecrement(_)
                        | ast::ExprKind::New { .. }
                        | ast::ExprKind::Throw(_)
                ),
                // A block without `return value;`.
                ast::Body::Block(_) => self.lambda_returns(id, &param_tys, &inv.params).is_some_and(|t| t.is_empty()),
            };
        }
        let Some(types) = self.lambda_returns(id, &param_tys, &inv.params) else { return false };
        !types.is_empty() && types.iter().all(|&t| {
            let probe = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: t, span: lexer::Span::default() };
            self.classify(&probe, inv.ret).is_some_and(|c| c.is_implicit())
        })
    }

    /// The inferred return type of anonymous function `id` with delegate `d`'s parameter types.
    pub(super) fn lambda_inferred_return(&mut self, id: u32, d: TyId) -> Option<TyId> {
        let invoke = self.delegate_invoke(d)?;
        let inv = self.syms.method(invoke).clone();
        let param_tys: Vec<TyId> = inv.params.iter().map(|p| p.ty).collect();
        self.lambda_return_type(id, &param_tys, &inv.params)
    }

    /// The types of the values anonymous function `id` returns, by a trial binding.
    fn lambda_returns(&mut self, id: u32, param_tys: &[TyId], dparams: &[ParamSym]) -> Option<Vec<TyId>> {
        let syntax = self.lambdas[id as usize];
        let l = syntax.get();
        if !l.no_param_list && l.params.len() != param_tys.len() {
            return None;
        }
        let params: Vec<ParamSym> = param_tys
            .iter()
            .zip(dparams)
            .enumerate()
            .map(|(i, (&t, dp))| ParamSym::new(l.params.get(i).map_or_else(|| format!("<p{i}>"), |p| p.name.text.to_string()), t, dp.kind))
            .collect();
        let owner = self.this_owner();
        let trial = self.syms.add_detached_method(owner);
        {
            let m = &mut self.syms.methods[trial.0 as usize];
            m.params = params;
            m.is_static = false;
        }
        // The enclosing variables the body may use, seen in the trial as locals of their types.
        let own: HashSet<&str> = l.params.iter().map(|p| p.name.text).collect();
        let mut outer_vars: Vec<(String, TyId)> = self.scopes.visible().map(|(n, id)| (n.to_string(), self.locals[id.0 as usize].ty)).collect();
        outer_vars.extend(self.sym().params.iter().map(|p| (p.name.clone(), p.ty)));
        outer_vars.extend(self.captures.iter().map(|(n, c)| (n.clone(), self.syms.field(c.field).ty)));
        outer_vars.retain(|(n, _)| !own.contains(n.as_str()));
        // And the local functions it may call.
        let local_fns: Vec<(String, MethodId)> = self.local_fns.visible().map(|(n, m)| (n.to_string(), m)).collect();
        let scope = self.scope;
        let mut scratch = Vec::new();
        let mut nested = Binder::new(self.syms, &mut scratch, scope, trial);
        nested.lexical_owner = Some(owner);
        nested.trial = true;
        for (name, id) in local_fns {
            nested.local_fns.insert(&name, id);
        }
        for (name, ty) in outer_vars {
            nested.declare_local(&parser::ast::Ident { text: &name, span: l.span }, ty);
        }
        let body = nested.bind_method_body(&l.body);
        let mut types = Vec::new();
        returned_types(&body, &mut types);
        Some(types)
    }
}

/// The types of the values `return` statements give, in a body.
fn returned_types(stmts: &[BoundStmt], out: &mut Vec<TyId>) {
    crate::bound_walk::stmts(stmts, &mut |s| {
        if let BoundStmt::Return(Some(e), _) = s {
            // The value before its conversion to the (unknown) return type.
            let t = match &e.kind {
                BoundExprKind::AsType(inner) => inner.ty,
                _ => e.ty,
            };
            if t != Symbols::ERROR && t != Symbols::NULL && t != Symbols::TARGET_TYPED && !out.contains(&t) {
                out.push(t);
            }
        }
    });
}
