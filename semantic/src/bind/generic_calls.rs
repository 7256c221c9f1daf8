//! Generic names in expressions and calls to generic methods: type
//! arguments written out (`M<int>(…)`, `Box<int>.Count`) or inferred from
//! the arguments (C# spec §12.6.3, type inference), and the choice among
//! generic and non-generic candidates.

use lexer::Span;
use parser::ast;

use super::Binder;
use super::lambda_inference::FunctionOutput;
use super::expressions::Bound;
use super::overloads::BoundArg;
use crate::bound::*;
use crate::types::*;

/// What inference learned about one method type parameter.
#[derive(Clone, Debug, Default)]
pub(super) struct Bounds {
    pub exact: Vec<TyId>,
    pub lower: Vec<TyId>,
}

impl Binder<'_> {
    /// Resolves written type arguments; None when one fails (reported).
    pub(super) fn resolve_type_args(&mut self, args: &[&ast::TypeSyntax<'_>]) -> Option<Vec<TyId>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            let t = crate::declare::resolve_type(self.syms, self.scope, a, self.diags);
            if t == Symbols::ERROR {
                return None;
            }
            out.push(t);
        }
        Some(out)
    }

    /// `Name<args>` as an expression: a generic type (`Box<int>.Count`) or
    /// a generic method group (`Max<int>(…)`).
    pub(super) fn bind_generic_name(&mut self, name: &ast::Ident<'_>, type_args: &[&ast::TypeSyntax<'_>], span: Span) -> Bound {
        let Some(args) = self.resolve_type_args(type_args) else {
            return Bound::Value(self.error_expr(span));
        };
        let mangled = format!("{}`{}", name.text, args.len());
        if let Some(d) = crate::declare::lookup_type_name(self.syms, self.scope, &mangled) {
            return Bound::Type(self.construct(d, Vec::new(), &args, span));
        }
        let bound = self.bind_name(name);
        self.with_type_args(bound, &args, span)
    }

    /// Gives a method group its explicit type arguments; anything else
    /// cannot take them (CS0307).
    pub(super) fn with_type_args(&mut self, bound: Bound, type_args: &[TyId], span: Span) -> Bound {
        if type_args.is_empty() {
            return bound;
        }
        match bound {
            Bound::Methods { receiver, methods, name, .. } => Bound::Methods { receiver, methods, name, type_args: type_args.to_vec() },
            Bound::Extension { receiver, methods, name, .. } => Bound::Extension { receiver, methods, name, type_args: type_args.to_vec() },
            Bound::Type(t) => Bound::Type(t),
            Bound::Value(v) if v.ty == Symbols::ERROR => Bound::Value(v),
            _ => {
                self.error("CS0307", span, "The variable cannot be used with type arguments");
                Bound::Value(self.error_expr(span))
            }
        }
    }

    /// The type `d` given the arguments of its enclosing types (`outer`,
    /// or implied by the scope) and its own, with its constraints checked.
    pub(super) fn construct(&mut self, d: DefId, outer: Vec<TyId>, own: &[TyId], span: Span) -> TyId {
        let want = self.syms.def(d).type_params.len();
        if want == 0 {
            return self.syms.def_ty(d);
        }
        let mut args = outer;
        args.truncate(want.saturating_sub(own.len()));
        if args.len() + own.len() < want {
            // Named from inside the enclosing generic type or a class
            // deriving from it: its arguments are implied.
            let implied = want - own.len();
            if let Some(outer) = crate::declare::implied_type_args(self.syms, self.scope, d).filter(|a| a.len() >= implied) {
                args = outer[..implied].to_vec();
            }
        }
        args.extend_from_slice(own);
        if args.len() != want {
            let shown = self.syms.display_def(d);
            self.error("CS0305", span, format!("Using the generic type '{shown}' requires {want} type arguments"));
            return Symbols::ERROR;
        }
        let ty = self.syms.instantiate(d, &args);
        crate::generics::check_constraints(self.syms, ty, span, self.diags);
        ty
    }

    /// Overload resolution where candidates may be generic: each generic
    /// candidate is instantiated with the written type arguments or those
    /// inferred from `args`, then resolution proceeds as usual. CS0411
    /// when inference fails for the only kind of candidate there is.
    pub fn resolve_generic_overload(
        &mut self,
        candidates: &[MethodId],
        type_args: &[TyId],
        args: Vec<BoundArg>,
        span: Span,
        name: &str,
    ) -> Option<(MethodId, Vec<BoundExpr>)> {
        if candidates.iter().all(|&m| self.syms.method(m).type_params.is_empty()) && type_args.is_empty() {
            return self.resolve_overload(candidates, args, span, name);
        }
        let mut expanded = Vec::new();
        let mut failed_inference = None;
        for &m in candidates {
            let arity = self.syms.method(m).type_params.len();
            if arity == 0 {
                if type_args.is_empty() {
                    expanded.push(m);
                }
                continue;
            }
            let inferred = if type_args.is_empty() {
                self.infer_type_args(m, &args)
            } else if type_args.len() == arity {
                Some(type_args.to_vec())
            } else {
                None
            };
            match inferred {
                Some(a) => expanded.push(self.syms.instantiate_method(m, &a)),
                None if type_args.is_empty() => failed_inference = failed_inference.or(Some(m)),
                None => {}
            }
        }
        if expanded.is_empty() {
            if let Some(m) = failed_inference {
                let shown = self.generic_method_display(m);
                self.error(
                    "CS0411",
                    span,
                    format!("The type arguments for method '{shown}' cannot be inferred from the usage. Try specifying the type arguments explicitly."),
                );
            } else if !type_args.is_empty() {
                let shown = self.syms.method_display(candidates[0]);
                if candidates.iter().all(|&m| self.syms.method(m).type_params.is_empty()) {
                    self.error("CS0308", span, format!("The non-generic method '{shown}' cannot be used with type arguments"));
                } else {
                    self.error("CS0305", span, format!("Using the generic method group '{name}' requires a different number of type arguments"));
                }
            }
            return None;
        }
        // A candidate whose type arguments break its constraints is no
        // candidate (C# 7.3): `Foo<T>(T, G<T>) where T : class` drops out for
        // `Foo<int>(…)` when another overload takes the call. When every one
        // breaks them, resolution goes on and the chosen one reports why.
        let fits: Vec<MethodId> = expanded.iter().copied().filter(|&m| self.constraints_hold(m)).collect();
        if !fits.is_empty() && fits.len() < expanded.len() {
            expanded = fits;
        }
        let (m, bound) = self.resolve_overload(&expanded, args, span, name)?;
        if let Some(g) = self.syms.method(m).generic.clone().filter(|g| !g.method_args.is_empty()) {
            crate::generics::check_method_constraints(self.syms, g.of, &g.method_args, span, self.diags);
        }
        Some((m, bound))
    }

    /// Do the type arguments of the generic method instance `m` (none for a
    /// non-generic method) satisfy its constraints?
    fn constraints_hold(&mut self, m: MethodId) -> bool {
        let Some(g) = self.syms.method(m).generic.clone().filter(|g| !g.method_args.is_empty()) else {
            return true;
        };
        let mut scratch = Vec::new();
        crate::generics::check_method_constraints(self.syms, g.of, &g.method_args, Span::default(), &mut scratch);
        scratch.is_empty()
    }

    /// `Program.Max<T>(T, T)`, as CS0411 names a generic method.
    fn generic_method_display(&self, m: MethodId) -> String {
        let sym = self.syms.method(m);
        let shown = self.syms.method_display(m);
        let params: Vec<String> = sym.type_params.iter().map(|&p| self.syms.def(p).name.clone()).collect();
        match shown.find('(') {
            Some(i) => format!("{}<{}>{}", &shown[..i], params.join(", "), &shown[i..]),
            None => shown,
        }
    }

    /// Type inference (§12.6.3), for arguments that have types: each
    /// argument's type is matched against its parameter's type, giving
    /// bounds for the method's type parameters (exact through `ref`/`out`
    /// and invariant positions, lower otherwise); each parameter is then
    /// fixed to the bound every other bound converts to.
    pub(super) fn infer_type_args(&mut self, m: MethodId, args: &[BoundArg]) -> Option<Vec<TyId>> {
        let has_params = self.syms.method(m).params.iter().any(|p| p.is_params);
        // The normal form first; then, for a params method, the expanded
        // form, where each argument from the params position on goes to the
        // array's element (`F<T>(params T[][] a)` called with two `int[]`).
        self.infer_type_args_in(m, args, false).or_else(|| if has_params { self.infer_type_args_in(m, args, true) } else { None })
    }

    fn infer_type_args_in(&mut self, m: MethodId, args: &[BoundArg], expanded: bool) -> Option<Vec<TyId>> {
        let sym = self.syms.method(m).clone();
        let mut bounds: Vec<Bounds> = vec![Bounds::default(); sym.type_params.len()];
        let mut functions: Vec<(usize, TyId)> = Vec::new();
        let params_index = sym.params.iter().position(|p| p.is_params);
        for (i, a) in args.iter().enumerate() {
            let p = match &a.name {
                Some(n) => sym.params.iter().position(|p| &p.name == n)?,
                None => i.min(sym.params.len().saturating_sub(1)),
            };
            let param = sym.params.get(p)?;
            let mut target = param.ty;
            // An argument beyond the parameters, or not an array, goes
            // to a params array's element.
            if Some(p) == params_index && (i >= sym.params.len() - 1)
                && let TyKind::Array(e, 1) = self.syms.kind(param.ty)
                && (expanded || !matches!(self.syms.kind(a.expr.ty), TyKind::Array(..)))
            {
                target = e;
            }
            if a.expr.ty == Symbols::TARGET_TYPED {
                functions.push((i, target));
                continue;
            }
            if a.expr.ty == Symbols::NULL || a.expr.ty == Symbols::ERROR {
                continue;
            }
            let exact = a.kind != ParamKind::Value;
            self.infer_from(a.expr.ty, target, exact, &sym.type_params, &mut bounds);
        }
        // Phase two (§12.6.3.6): a lambda or method group whose delegate's parameter types
        // are known gives its return type as a bound on the delegate's return type; each
        // round may fix what the next one needs.
        while !functions.is_empty() {
            let fixed: Vec<Option<TyId>> = bounds.iter().map(|b| self.fix(b)).collect();
            let mut progress = false;
            let mut i = 0;
            while i < functions.len() {
                let (arg, target) = functions[i];
                match self.function_output(&args[arg].expr, target, &sym.type_params, &fixed) {
                    FunctionOutput::Waiting => i += 1,
                    FunctionOutput::Done(out) => {
                        if let Some((from, to)) = out {
                            self.infer_from(from, to, false, &sym.type_params, &mut bounds);
                        }
                        functions.remove(i);
                        progress = true;
                    }
                }
            }
            if !progress {
                break;
            }
        }
        let mut out = Vec::new();
        for b in &bounds {
            out.push(self.fix(b)?);
        }
        Some(out)
    }

    /// Matches an argument type `from` against a parameter type `to`.
    fn infer_from(&mut self, from: TyId, to: TyId, exact: bool, params: &[DefId], bounds: &mut [Bounds]) {
        if let TyKind::Def(d) = self.syms.kind(to)
            && let Some(i) = params.iter().position(|&p| p == d)
        {
            let b = &mut bounds[i];
            let list = if exact { &mut b.exact } else { &mut b.lower };
            if !list.contains(&from) {
                list.push(from);
            }
            return;
        }
        match (self.syms.kind(from), self.syms.kind(to)) {
            (TyKind::Array(fe, fr), TyKind::Array(te, tr)) if fr == tr => {
                // Array covariance: a reference element is a lower bound.
                let exact = exact || !self.syms.is_reference_type(fe);
                self.infer_from(fe, te, exact, params, bounds);
            }
            (TyKind::ByRef(f), TyKind::ByRef(t)) => self.infer_from(f, t, true, params, bounds),
            (_, TyKind::Def(td)) => {
                let Some((g, targs)) = self.syms.def(td).instance_of.clone() else { return };
                // The argument's own type, base class or interface that
                // is an instance of the same generic type.
                let Some(fargs) = self.matching_instance(from, g) else { return };
                let variances: Vec<Variance> = self.syms.def(g).type_params.iter().map(|&p| self.syms.def(p).param.as_ref().map(|i| i.variance).unwrap_or(Variance::Invariant)).collect();
                for ((f, t), v) in fargs.into_iter().zip(targs).zip(variances) {
                    let exact = exact || v == Variance::Invariant || !self.syms.is_reference_type(f);
                    self.infer_from(f, t, exact, params, bounds);
                }
            }
            _ => {}
        }
    }

    /// The type arguments of the instance of `g` that `ty` is or derives
    /// from (arrays count as `IList<T>` and its bases).
    /// A type that implements two instances of `g` (`Delta : ICharlie<A>,
    /// ICharlie<B>`) gives none: inference needs a unique one (§12.6.3.10),
    /// and learns from the other arguments instead.
    fn matching_instance(&mut self, ty: TyId, g: DefId) -> Option<Vec<TyId>> {
        let mut todo = vec![ty];
        let mut seen = Vec::new();
        let mut found: Option<Vec<TyId>> = None;
        while let Some(t) = todo.pop() {
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            match self.syms.kind(t) {
                TyKind::Def(d) => {
                    let def = self.syms.def(d);
                    let args = if def.instance_of.as_ref().is_some_and(|(gg, _)| *gg == g) {
                        def.instance_of.as_ref().map(|(_, a)| a.clone())
                    } else if d == g {
                        Some(self.syms.type_args(d))
                    } else {
                        None
                    };
                    if let Some(args) = args {
                        if t == ty {
                            return Some(args);
                        }
                        match &found {
                            Some(f) if *f != args => return None,
                            _ => found = Some(args),
                        }
                        continue;
                    }
                    let def = self.syms.def(d);
                    todo.extend(def.base);
                    todo.extend(def.interfaces.iter().copied());
                }
                TyKind::Array(e, 1) => {
                    // T[] implements IList<T>, ICollection<T>, IEnumerable<T>,
                    // IReadOnlyList<T> and IReadOnlyCollection<T> (§17.2.3).
                    let name = self.syms.def(g).full_name();
                    if crate::generics::ARRAY_INTERFACES.contains(&name.as_str()) {
                        return Some(vec![e]);
                    }
                }
                _ => {}
            }
        }
        found
    }

    /// Fixes a type parameter (§12.6.3.12): an exact bound if there is
    /// one, else the lower bound every other one converts to.
    pub(super) fn fix(&self, b: &Bounds) -> Option<TyId> {
        if let Some(&e) = b.exact.first() {
            return b.exact.iter().all(|&x| x == e).then_some(e);
        }
        let converts = |from: TyId, to: TyId| {
            let probe = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: from, span: Span::default() };
            from == to || self.classify(&probe, to).is_some_and(|c| c.is_implicit())
        };
        let candidates: Vec<TyId> = b.lower.iter().copied().filter(|&c| b.lower.iter().all(|&o| converts(o, c))).collect();
        match candidates.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => {
                // Several equally good: the one the others all convert
                // from is unique only when they are the same type.
                let first = many[0];
                many.iter().all(|&c| c == first).then_some(first)
            }
        }
    }
}
