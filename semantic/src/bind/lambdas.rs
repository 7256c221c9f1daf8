//! Anonymous functions (C# spec §12.19): lambdas `(a, b) => …` and anonymous
//! methods `delegate (int a) { … }`.
//!
//! An anonymous function has no type of its own: it is kept as an
//! `UnboundLambda` expression of the target-typed pseudo-type until a
//! conversion gives it a delegate type (§10.7). Its body is then bound, with
//! the delegate's parameter types and in a binder of its own, as the body of
//! a new method (`<Main>b__3`), and the conversion is the method group
//! conversion of that method (`NewDelegate`). The method is:
//!
//! - an internal instance method of the display class holding the variables
//!   it captures (`closures.rs`), the delegate's target that instance;
//! - else a private method of the enclosing type: an instance method when it
//!   may use `this`, or a static one, whose delegate is made once and cached
//!   in a static field; in a generic method, generic over its parameters.

use lexer::Span;
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::types::*;

/// An anonymous function's syntax, kept until a conversion gives it a
/// delegate type.
#[derive(Clone, Copy)]
pub struct LambdaSyntax(std::ptr::NonNull<ast::LambdaExpr<'static>>);

impl LambdaSyntax {
    fn new(l: &ast::LambdaExpr<'_>) -> LambdaSyntax {
        LambdaSyntax(std::ptr::NonNull::from(l).cast())
    }

    pub(super) fn get(&self) -> &ast::LambdaExpr<'_> {
        // SAFETY: the syntax tree lives in the parser's arena, which outlives
        // the binding of every body of the compilation; a binder, and so this
        // table, lives only while one body is bound.
        unsafe { self.0.as_ref() }
    }
}

impl Binder<'_> {
    /// `x => …`: kept until converted.
    pub fn bind_lambda(&mut self, l: &ast::LambdaExpr<'_>, span: Span) -> BoundExpr {
        self.lambdas.push(LambdaSyntax::new(l));
        let id = self.lambdas.len() as u32 - 1;
        BoundExpr { kind: BoundExprKind::UnboundLambda(id), ty: Symbols::TARGET_TYPED, span }
    }

    /// Whether anonymous function `id` converts to `to` (§10.7.1): `to` is a delegate type
    /// whose parameters match the function's in number and `ref`/`out` kind, and, where
    /// overload resolution checked it (`lambda_fits`), whose return type the body fits.
    /// (Written parameter types are checked by the conversion.)
    pub fn lambda_convertible(&self, id: u32, to: TyId) -> bool {
        let Some(invoke) = self.delegate_invoke(to) else { return false };
        let l = self.lambdas[id as usize].get();
        let params = &self.syms.method(invoke).params;
        if l.no_param_list {
            return params.iter().all(|p| p.kind != ParamKind::Out);
        }
        l.params.len() == params.len()
            && l.params.iter().zip(params).all(|(lp, dp)| param_kind(lp.modifier) == dp.kind)
            && self.lambda_fits.get(&(id, to)).copied().unwrap_or(true)
    }

    /// Converts anonymous function `id` to delegate type `d`: binds its body as a new method
    /// and makes the delegate for it. Reports CS1660 (not a delegate type), CS1593 (another
    /// number of parameters), CS1661/CS1678 (other parameter types or kinds).
    pub fn convert_lambda(&mut self, id: u32, d: TyId, span: Span) -> BoundExpr {
        let syntax = self.lambdas[id as usize];
        let l = syntax.get();
        let what = if l.anonymous_method { "anonymous method" } else { "lambda expression" };
        let dn = self.syms.display(d);
        let Some(invoke) = self.delegate_invoke(d) else {
            self.error("CS1660", span, format!("Cannot convert {what} to type '{dn}' because it is not a delegate type"));
            return self.error_expr(span);
        };
        let inv = self.syms.method(invoke).clone();
        if !l.no_param_list && l.params.len() != inv.params.len() {
            self.error("CS1593", span, format!("Delegate '{dn}' does not take {} arguments", l.params.len()));
            return self.error_expr(span);
        }
        let mut params = Vec::new();
        for (i, dp) in inv.params.iter().enumerate() {
            let mut p = ParamSym::new(dp.name.clone(), dp.ty, dp.kind);
            if let Some(lp) = l.params.get(i) {
                p.name = lp.name.text.to_string();
                if param_kind(lp.modifier) != dp.kind {
                    self.error("CS1678", lp.span, format!("Parameter {} is declared as type '{}' but should be '{}'", i + 1, modifier_text(lp.modifier), modifier_text_of(dp.kind)));
                    return self.error_expr(span);
                }
                if let Some(t) = lp.ty {
                    let ty = crate::declare::resolve_type(self.syms, self.scope, t, self.diags);
                    if ty != dp.ty && ty != Symbols::ERROR {
                        self.error("CS1661", span, format!("Cannot convert {what} to type '{dn}' because the parameter types do not match the delegate parameter types"));
                        return self.error_expr(span);
                    }
                }
            } else {
                // `delegate { … }` without a parameter list: the parameters exist unnamed.
                p.name = format!("<p{i}>");
            }
            params.push(p);
        }
        // Inside a trial binding (`lambda_inference.rs`) only the conversion is checked.
        if self.trial {
            return BoundExpr { kind: BoundExprKind::Const(crate::constant::ConstValue::Null), ty: d, span };
        }
        // A function that captures variables is a method of the display class holding
        // them (`closures.rs`); so is one nested in such a method.
        let free = super::captures::free_names(l);
        let home = self.lambda_home(&free).or(self.closure_home);
        let needs_this = self.lambda_needs_this(&free);
        let method = self.lambda_method(params, inv.ret, home, needs_this);
        let range_variables = if l.from_query { query_range_variables(l) } else { Vec::new() };
        self.bind_lambda_body(method, &l.body, home, Some(dn.clone()), range_variables);
        let receiver = match home {
            Some(h) => Some(self.display_instance(h, span)),
            None if !self.syms.method(method).is_static => Some(self.this_ref(span)),
            None => None,
        };
        let own = self.syms.method(method).type_params.clone();
        let cacheable = receiver.is_none() && own.is_empty() && !self.in_generic_method;
        let method = if own.is_empty() {
            method
        } else {
            let args: Vec<TyId> = own.iter().map(|&p| self.syms.def_ty(p)).collect();
            self.syms.instantiate_method(method, &args)
        };
        let new = BoundExpr { kind: BoundExprKind::NewDelegate { receiver: receiver.map(Box::new), method, virtual_call: false }, ty: d, span };
        if cacheable { self.cached_delegate(new, d, span) } else { new }
    }

    /// A delegate of a function that captures nothing is made once and kept in a static
    /// field (as Roslyn keeps it): `<>9__N ?? (<>9__N = new D(f))`.
    fn cached_delegate(&mut self, new: BoundExpr, d: TyId, span: Span) -> BoundExpr {
        let owner = self.this_owner();
        let n = self.syms.def(owner).fields.len();
        let field = self.syms.add_field(FieldSym::source(format!("<>9__{n}"), owner, d, true, Accessibility::Private));
        let read = self.expr(BoundExprKind::Field { receiver: None, field }, d, span);
        let target = read.clone();
        let store = self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(new) }, d, span);
        self.expr(BoundExprKind::Coalesce(Box::new(read), Box::new(store)), d, span)
    }

    /// Whether a function that uses `free` may use `this`: it says `this` or `base`, or uses
    /// a name that is none of the enclosing variables, local functions, types or namespaces,
    /// and so may be an instance member.
    pub(super) fn lambda_needs_this(&self, free: &rustc_hash::FxHashSet<String>) -> bool {
        free.iter().any(|n| {
            n == "this"
                || !(self.lookup_local(n).is_some()
                    || self.sym().params.iter().any(|p| &p.name == n)
                    || self.captures.contains_key(n)
                    || self.hoisted_params.contains_key(n)
                    || self.lookup_local_function(n).is_some()
                    || self.syms.namespaces.contains(n)
                    || crate::declare::lookup_type_name(self.syms, self.scope, n).is_some())
        })
    }

    /// The method an anonymous function becomes: private, of the enclosing type, named as
    /// Roslyn names them, an instance method where the enclosing one has `this` (of a class:
    /// a struct's `this` cannot be a delegate's target; in a field initializer `this` is not
    /// constructed yet, and the initializer may not use it).
    fn lambda_method(&mut self, params: Vec<ParamSym>, ret: TyId, home: Option<DefId>, needs_this: bool) -> MethodId {
        let enclosing = self.sym().clone();
        if let Some(h) = home {
            let n = self.syms.def(h).methods.len();
            let outer = enclosing.name.trim_start_matches('<').split('>').next().unwrap_or("lambda").to_string();
            // Internal, as Roslyn makes it: the enclosing type creates the delegate.
            let m = MethodSym { access: Accessibility::Internal, ..MethodSym::source(format!("<{outer}>b__{n}"), h, params, ret, false) };
            return self.syms.add_method(m);
        }
        let owner = self.this_owner();
        let in_class = self.syms.def(owner).kind == TypeDefKind::Class;
        let outer = match &enclosing.name {
            n if n.starts_with('<') => n.trim_start_matches('<').split('>').next().unwrap_or("lambda").to_string(),
            n => n.clone(),
        };
        let n = self.syms.def(owner).methods.len();
        let is_static = !needs_this || !self.has_this() || !in_class || self.in_field_initializer;
        // In a generic method the function is generic over the same parameters (their
        // numbers, `!!0`…, mean the same there), and the delegate is made for that instance.
        let type_params = enclosing.type_params.clone();
        self.syms.add_method(MethodSym { type_params, ..MethodSym::source(format!("<{outer}>b__{n}"), owner, params, ret, is_static) })
    }

    /// Binds an anonymous function's body as `method`'s, in a binder of its own that sees the
    /// enclosing local functions but none of the enclosing locals (see the module comment).
    pub(super) fn bind_lambda_body(
        &mut self,
        method: MethodId,
        body: &ast::Body<'_>,
        home: Option<DefId>,
        lambda_of: Option<String>,
        range_variables: Vec<String>,
    ) {
        let mut outer: rustc_hash::FxHashSet<String> = self.scopes.visible().map(|(n, _)| n.to_string()).collect();
        outer.extend(self.sym().params.iter().map(|p| p.name.clone()));
        outer.extend(self.outer_names.iter().cloned());
        for p in &self.syms.method(method).params {
            outer.remove(&p.name);
        }
        let visible: Vec<(String, MethodId)> = self.local_fns.visible().map(|(n, m)| (n.to_string(), m)).collect();
        let scope = self.scope;
        let checked = self.checked;
        let captures = self.visible_captures();
        let lexical_owner = self.this_owner();
        let in_generic = self.in_generic_method || !self.sym().type_params.is_empty();
        let mut ref_params = self.outer_ref_params.clone();
        ref_params.extend(self.sym().params.iter().filter(|p| p.kind != ParamKind::Value).map(|p| p.name.clone()));
        for name in captures.keys() {
            outer.remove(name);
        }
        let mut nested = Binder::new(self.syms, self.diags, scope, method);
        nested.range_variables = range_variables;
        nested.captures = captures;
        nested.closure_home = home;
        nested.in_generic_method = in_generic;
        nested.outer_ref_params = ref_params;
        nested.lexical_owner = Some(lexical_owner);
        for (name, id) in visible {
            nested.local_fns.insert(&name, id);
        }
        nested.outer_names = outer;
        nested.checked = checked;
        // A local function with `yield` is an iterator, as a method is
        // (a lambda with one is CS1621, reported by the statement).
        let span = match body {
            ast::Body::Block(b) => b.span,
            ast::Body::Expr(e) => e.span,
        };
        let iterator = lambda_of.is_none() && super::iterators::has_yield(body);
        let stmts = if iterator && home.is_some() {
            // Its state machine would need the display class beside its own `this`.
            nested.error("CS8652", span, "A local function iterator that captures local variables is not supported by Sharp yet");
            Vec::new()
        } else if iterator {
            nested.bind_iterator(body, span)
        } else {
            nested.bind_method_body(body)
        };
        let locals = std::mem::take(&mut nested.locals);
        let mut extra = std::mem::take(&mut nested.extra_methods);
        let mark = nested.diags.len();
        let bound = super::finish_body(nested.syms, nested.diags, method, stmts, locals, span);
        // A lambda that may end without a value is CS1643, naming its delegate type.
        if let Some(d) = lambda_of {
            for diag in &mut nested.diags[mark..] {
                if diag.code == "CS0161" {
                    *diag = lexer::Diagnostic::error("CS1643", diag.span, format!("Not all code paths return a value in lambda expression of type '{d}'"));
                }
            }
        }
        extra.push(bound);
        self.extra_methods.extend(extra);
    }
}

/// The range variables a query lambda sees: its parameters, or the
/// variables its first statement deconstructs from a transparent
/// identifier (`((var x, var y)) = <>t;`, `parser/src/query.rs`).
fn query_range_variables(l: &ast::LambdaExpr<'_>) -> Vec<String> {
    fn declared(e: &ast::Expr<'_>, out: &mut Vec<String>) {
        match &e.kind {
            ast::ExprKind::Declaration { name, .. } => out.push(name.text.to_string()),
            ast::ExprKind::Tuple(args) => args.iter().for_each(|a| declared(a.expr, out)),
            _ => {}
        }
    }
    let mut names: Vec<String> = l.params.iter().map(|p| p.name.text.to_string()).filter(|n| !n.starts_with('<')).collect();
    if let ast::Body::Block(b) = &l.body
        && let Some(ast::Stmt { kind: ast::StmtKind::Expr(e), .. }) = b.stmts.first()
        && let ast::ExprKind::Assign { target, .. } = &e.kind
    {
        declared(target, &mut names);
    }
    names
}

fn param_kind(m: ast::ParamModifier) -> ParamKind {
    match m {
        ast::ParamModifier::Ref => ParamKind::Ref,
        ast::ParamModifier::Out => ParamKind::Out,
        _ => ParamKind::Value,
    }
}

fn modifier_text(m: ast::ParamModifier) -> &'static str {
    modifier_text_of(param_kind(m))
}

fn modifier_text_of(k: ParamKind) -> &'static str {
    match k {
        ParamKind::Ref => "ref",
        ParamKind::Out => "out",
        ParamKind::Value => "",
    }
}
