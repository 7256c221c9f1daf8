//! Arguments and overload resolution (C# spec §12.6): matching arguments
//! to parameters (by position and by name, with `ref`/`out`, optional
//! parameters and `params` arrays), choosing the applicable candidates,
//! then the better function member by the better-conversion rules.

use lexer::Span;
use parser::ast;

use super::conversions::Conversion;
use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

/// An argument as written: its value, and how it was passed.
#[derive(Clone, Debug)]
pub struct BoundArg {
    pub expr: BoundExpr,
    pub name: Option<String>,
    pub kind: ParamKind,
    pub span: Span,
}

impl BoundArg {
    pub fn plain(expr: BoundExpr) -> BoundArg {
        let span = expr.span;
        BoundArg { expr, name: None, kind: ParamKind::Value, span }
    }
}

/// An argument that can be evaluated in any order: a constant or a
/// variable read.
fn is_simple(e: &BoundExpr) -> bool {
    matches!(e.kind, BoundExprKind::Const(_) | BoundExprKind::Local(_) | BoundExprKind::Param(_) | BoundExprKind::This)
}

/// How one candidate takes the arguments.
#[derive(Clone, Debug)]
struct Mapping {
    /// For each argument, the parameter it goes to.
    param_of: Vec<usize>,
    /// The params array receives its elements one by one.
    expanded: bool,
}

/// Why a candidate does not apply, for the diagnostic.
enum Mismatch {
    Count,
    NoSuchName(String),
    Modifier { arg: usize, expected: ParamKind },
    Type { arg: usize },
}

impl Binder<'_> {
    pub fn bind_args(&mut self, args: &[ast::Argument<'_>]) -> Vec<BoundArg> {
        args.iter()
            .map(|a| {
                let kind = match a.modifier {
                    ast::ArgModifier::None => ParamKind::Value,
                    ast::ArgModifier::Ref => ParamKind::Ref,
                    ast::ArgModifier::Out => ParamKind::Out,
                    ast::ArgModifier::In => {
                        self.error("CS8652", a.span, "in arguments are not supported by Sharp yet");
                        ParamKind::Value
                    }
                };
                let is_discard = matches!(&a.expr.kind, ast::ExprKind::Name { name, .. } if name.text == "_")
                    && self.lookup_local("_").is_none();
                let expr = match a.out_decl {
                    Some((ty, name)) => self.bind_out_declaration(ty, &name),
                    // `out _`: a discard, a hidden local typed like `out var`.
                    None if kind == ParamKind::Out && is_discard => {
                        self.locals.push(LocalSym { name: String::new(), ty: Symbols::ERROR, span: a.span });
                        let id = LocalId(self.locals.len() as u32 - 1);
                        self.pending_out_vars.push(id);
                        self.expr(BoundExprKind::Local(id), Symbols::ERROR, a.span)
                    }
                    None => self.bind_expr(a.expr),
                };
                let expr = if kind == ParamKind::Value {
                    expr
                } else if expr.ty == Symbols::ERROR || expr.is_variable() {
                    expr
                } else {
                    self.error("CS1510", expr.span, "A ref or out value must be an assignable variable");
                    BoundExpr { ty: Symbols::ERROR, ..expr }
                };
                BoundArg { expr, name: a.name.map(|n| n.text.to_string()), kind, span: a.span }
            })
            .collect()
    }

    /// `out int x` / `out var x` as an argument: a new local in the
    /// enclosing scope. A `var` one takes its type from the parameter it
    /// ends up passed to (`fix_out_var`).
    fn bind_out_declaration(&mut self, ty: &ast::TypeSyntax<'_>, name: &ast::Ident<'_>) -> BoundExpr {
        let is_var = matches!(&ty.kind, ast::TypeSyntaxKind::Named(p) if p.len() == 1 && p[0].name.text == "var");
        let t = if is_var { Symbols::ERROR } else { crate::declare::resolve_type(self.syms, self.scope, ty, self.diags) };
        // `out var _`, `out int _`: a discard (C# 7), a hidden local.
        let id = if name.text == "_" && self.lookup_local("_").is_none() {
            self.locals.push(LocalSym { name: String::new(), ty: t, span: name.span });
            LocalId(self.locals.len() as u32 - 1)
        } else {
            self.declare_local(name, t)
        };
        if is_var {
            self.pending_out_vars.push(id);
        }
        let mut e = self.local_ref(id, t, name.span);
        if is_var {
            // Typed once overload resolution picks the parameter.
            e.ty = Symbols::ERROR;
        }
        e
    }

    /// Maps arguments to the parameters of `m` (§12.6.2.2): positional
    /// ones in order, named ones by name; extra positional arguments go
    /// to a `params` array when `expand` is set.
    fn map_args(&self, m: MethodId, args: &[BoundArg], expand: bool) -> Result<Mapping, Mismatch> {
        let params = &self.syms.method(m).params;
        let params_index = params.iter().position(|p| p.is_params);
        let mut param_of = Vec::with_capacity(args.len());
        let mut taken = vec![false; params.len()];
        for (i, a) in args.iter().enumerate() {
            let p = match &a.name {
                Some(n) => params.iter().position(|p| &p.name == n).ok_or_else(|| Mismatch::NoSuchName(n.clone()))?,
                None if expand && params_index.is_some_and(|pi| i >= pi) => params_index.unwrap_or(0),
                None => i,
            };
            if p >= params.len() {
                return Err(Mismatch::Count);
            }
            if taken[p] && !(expand && Some(p) == params_index) {
                return Err(Mismatch::Count);
            }
            taken[p] = true;
            param_of.push(p);
        }
        // Every parameter not given must be optional (or the expanded
        // params array, which may be empty).
        for (p, param) in params.iter().enumerate() {
            if !taken[p] && !param.has_default && !(expand && param.is_params) {
                return Err(Mismatch::Count);
            }
        }
        Ok(Mapping { param_of, expanded: expand })
    }

    /// The type an argument must convert to under a mapping.
    fn target_type(&self, m: MethodId, map: &Mapping, arg: usize) -> TyId {
        let p = &self.syms.method(m).params[map.param_of[arg]];
        if map.expanded && p.is_params {
            if let TyKind::Array(e, 1) = self.syms.kind(p.ty) {
                return e;
            }
        }
        p.ty
    }

    fn check_args(&self, m: MethodId, map: &Mapping, args: &[BoundArg]) -> Result<(), Mismatch> {
        let params = &self.syms.method(m).params;
        for (i, a) in args.iter().enumerate() {
            let p = &params[map.param_of[i]];
            let expected = if map.expanded && p.is_params { ParamKind::Value } else { p.kind };
            if a.kind != expected {
                return Err(Mismatch::Modifier { arg: i, expected });
            }
            let target = self.target_type(m, map, i);
            let ok = match a.kind {
                ParamKind::Value => self.classify(&a.expr, target).is_some_and(|c| c.is_implicit()),
                // A ref/out argument must have exactly the parameter's
                // type (an `out var` takes it).
                _ => a.expr.ty == target || a.expr.ty == Symbols::ERROR,
            };
            if !ok {
                return Err(Mismatch::Type { arg: i });
            }
        }
        Ok(())
    }

    /// Picks the method of `candidates` that `args` call, and returns the
    /// arguments in parameter order, converted, with defaults and the
    /// params array filled in. Reports CS1501, CS1503, CS1620, CS1739 or
    /// CS0121 and returns None when there is no single best method.
    pub fn resolve_overload(
        &mut self,
        candidates: &[MethodId],
        args: Vec<BoundArg>,
        span: Span,
        name: &str,
    ) -> Option<(MethodId, Vec<BoundExpr>)> {
        let has_error_arg = args.iter().any(|a| a.expr.ty == Symbols::ERROR && !self.is_pending_out_var(&a.expr));
        self.check_lambda_bodies(candidates, &args);
        let mut applicable: Vec<(MethodId, Mapping)> = Vec::new();
        let mut first_mismatch: Option<(MethodId, Mismatch)> = None;
        // An override is resolved with the parameters of the method it
        // overrides, and called as itself.
        let declared: Vec<MethodId> = candidates.iter().map(|&m| self.least_overridden(m)).collect();
        for (i, &m) in declared.iter().enumerate() {
            // An override and the method it overrides, both found, are one candidate.
            if declared[..i].contains(&m) {
                continue;
            }
            let has_params = self.syms.method(m).params.last().is_some_and(|p| p.is_params);
            let forms: &[bool] = if has_params { &[false, true] } else { &[false] };
            for &expand in forms {
                let result = self.map_args(m, &args, expand).and_then(|map| self.check_args(m, &map, &args).map(|_| map));
                match result {
                    Ok(map) => {
                        applicable.push((m, map));
                        break; // the normal form wins over the expanded one
                    }
                    Err(e) => {
                        let better_report = match (&first_mismatch, &e) {
                            (None, _) => true,
                            (Some((_, Mismatch::Count)), Mismatch::Count) => false,
                            (Some((_, Mismatch::Count)), _) => true,
                            _ => false,
                        };
                        if better_report {
                            first_mismatch = Some((m, e));
                        }
                    }
                }
            }
        }
        if applicable.is_empty() {
            if !has_error_arg {
                self.report_mismatch(first_mismatch, &args, span, name);
            }
            return None;
        }
        self.keep_most_derived(&mut applicable);
        let mut best = 0;
        for i in 1..applicable.len() {
            if self.better_function(&applicable[i], &applicable[best], &args) {
                best = i;
            }
        }
        let rival = (0..applicable.len()).find(|&i| i != best && !self.better_function(&applicable[best], &applicable[i], &args));
        if let Some(r) = rival {
            if !has_error_arg {
                let (a, b) = (self.syms.method_display(applicable[best].0), self.syms.method_display(applicable[r].0));
                self.error("CS0121", span, format!("The call is ambiguous between the following methods or properties: '{a}' and '{b}'"));
            }
            return None;
        }
        let (m, map) = applicable.swap_remove(best);
        let called = declared.iter().position(|&d| d == m).map_or(m, |i| candidates[i]);
        let bound = self.build_args(m, &map, args, called, span);
        Some((called, bound))
    }

    /// With several candidates, whether each lambda argument's body fits each delegate
    /// parameter type it may meet (cached for `lambda_convertible`).
    fn check_lambda_bodies(&mut self, candidates: &[MethodId], args: &[BoundArg]) {
        if candidates.len() < 2 {
            return;
        }
        let lambdas: Vec<u32> = args.iter().filter_map(|a| if let BoundExprKind::UnboundLambda(id) = a.expr.kind { Some(id) } else { None }).collect();
        if lambdas.is_empty() {
            return;
        }
        let mut targets: Vec<TyId> = Vec::new();
        for &m in candidates {
            for p in &self.syms.method(m).params {
                let t = match self.syms.kind(p.ty) {
                    TyKind::Array(e, 1) if p.is_params => e,
                    _ => p.ty,
                };
                if self.is_delegate(t) && !targets.contains(&t) {
                    targets.push(t);
                }
            }
        }
        for id in lambdas {
            for &t in &targets {
                if !self.lambda_fits.contains_key(&(id, t)) {
                    let fits = self.lambda_body_fits(id, t);
                    self.lambda_fits.insert((id, t), fits);
                    let inferred = self.lambda_inferred_return(id, t);
                    self.lambda_inferred.insert((id, t), inferred);
                }
            }
        }
    }

    /// §12.6.4.1: the candidates are reduced to the methods of the most
    /// derived types that have an applicable one. A method declared in a
    /// base type (a base class, or a base interface) of another applicable
    /// method's type drops out, however well it matches: with `A.M(int)`
    /// and `B : A` declaring `M(double)`, `b.M(1)` calls `B.M`. An
    /// override counts as declared where the method it overrides is.
    fn keep_most_derived(&self, applicable: &mut Vec<(MethodId, Mapping)>) {
        if applicable.len() < 2 {
            return;
        }
        let declared: Vec<DefId> = applicable.iter().map(|(m, _)| self.declaring_type(*m)).collect();
        let mut i = 0;
        applicable.retain(|_| {
            let c = declared[i];
            i += 1;
            !declared.iter().any(|&o| o != c && self.is_base_type_of(c, o))
        });
    }

    /// Where a method counts as declared for [`Self::keep_most_derived`]:
    /// its owner, or for an override the type of the method it overrides.
    fn declaring_type(&self, m: MethodId) -> DefId {
        self.syms.method(self.least_overridden(m)).owner
    }

    /// The method an override overrides, followed to the first virtual
    /// declaration (the method itself if it overrides nothing). Its
    /// parameters are the ones a call sees (§12.6.4.1): `params` and
    /// default values come from there, whatever the override writes.
    pub fn least_overridden(&self, m: MethodId) -> MethodId {
        let s = self.syms.method(m);
        if !s.is_override {
            return m;
        }
        let mut current = self.syms.def(s.owner).base;
        while let Some(b) = current {
            let TyKind::Def(d) = self.syms.kind(b) else { break };
            let overridden = self.syms.def(d).methods.iter().copied().find(|&o| {
                let os = self.syms.method(o);
                os.name == s.name && (os.is_virtual || os.is_abstract) && self.same_signature(o, m)
            });
            if let Some(o) = overridden {
                return self.least_overridden(o);
            }
            current = self.syms.def(d).base;
        }
        m
    }

    /// Is `base` a proper base class or base interface of `derived`?
    fn is_base_type_of(&self, base: DefId, derived: DefId) -> bool {
        let mut current = self.syms.def(derived).base;
        while let Some(b) = current {
            let TyKind::Def(d) = self.syms.kind(b) else { break };
            if d == base {
                return true;
            }
            current = self.syms.def(d).base;
        }
        if self.syms.def(base).kind != TypeDefKind::Interface {
            return false;
        }
        let mut all = Vec::new();
        if let Some(t) = self.syms.find_interned(TyKind::Def(derived)) {
            crate::declare::all_interfaces(self.syms, t, &mut all);
        }
        all.iter().any(|&i| matches!(self.syms.kind(i), TyKind::Def(d) if d == base))
    }

    fn is_pending_out_var(&self, e: &BoundExpr) -> bool {
        matches!(e.kind, BoundExprKind::Local(id) if self.pending_out_vars.contains(&id))
    }

    fn report_mismatch(&mut self, mismatch: Option<(MethodId, Mismatch)>, args: &[BoundArg], span: Span, name: &str) {
        match mismatch {
            None | Some((_, Mismatch::Count)) => {
                self.error("CS1501", span, format!("No overload for method '{name}' takes {} arguments", args.len()));
            }
            Some((m, Mismatch::NoSuchName(n))) => {
                let shown = self.syms.method_display(m);
                let arg_span = args.iter().find(|a| a.name.as_deref() == Some(n.as_str())).map(|a| a.span).unwrap_or(span);
                self.error("CS1739", arg_span, format!("The best overload for '{}' does not have a parameter named '{n}'", shown.split('(').next().unwrap_or(name)));
            }
            Some((_, Mismatch::Modifier { arg, expected })) => {
                let (code, msg) = match (expected, args[arg].kind) {
                    (ParamKind::Ref, _) => ("CS1620", format!("Argument {} must be passed with the 'ref' keyword", arg + 1)),
                    (ParamKind::Out, _) => ("CS1620", format!("Argument {} must be passed with the 'out' keyword", arg + 1)),
                    (_, ParamKind::Ref) => ("CS1615", format!("Argument {} may not be passed with the 'ref' keyword", arg + 1)),
                    _ => ("CS1615", format!("Argument {} may not be passed with the 'out' keyword", arg + 1)),
                };
                self.error(code, args[arg].span, msg);
            }
            Some((m, Mismatch::Type { arg })) => {
                let map = self.map_args(m, args, false).or_else(|_| self.map_args(m, args, true));
                let to = match map {
                    Ok(map) => self.syms.display(self.target_type(m, &map, arg)),
                    Err(_) => "?".into(),
                };
                let from = self.syms.display(args[arg].expr.ty);
                let prefix = match args[arg].kind {
                    ParamKind::Ref => "ref ",
                    ParamKind::Out => "out ",
                    ParamKind::Value => "",
                };
                self.error("CS1503", args[arg].expr.span, format!("Argument {}: cannot convert from '{prefix}{from}' to '{prefix}{to}'", arg + 1));
            }
        }
    }

    /// The arguments in parameter order: converted, passed by reference,
    /// defaulted, or gathered into the params array.
    /// The call's arguments in parameter order, with defaults filled in.
    /// `m` is the method resolved (an override's least overridden one);
    /// default values come from `called`, the method the receiver's static
    /// type declares, as csc takes them (an override may change them).
    fn build_args(&mut self, m: MethodId, map: &Mapping, args: Vec<BoundArg>, called: MethodId, span: Span) -> Vec<BoundExpr> {
        let params = self.syms.method(m).params.clone();
        let defaults: Vec<Option<ConstValue>> = self.syms.method(called).params.iter().map(|p| p.default.clone()).collect();
        let mut slots: Vec<Option<BoundExpr>> = vec![None; params.len()];
        let mut extra: Vec<BoundExpr> = Vec::new();
        // Named arguments out of parameter order are still evaluated in
        // the order written (§12.6.2.4): each one with side effects goes
        // to a temporary first, and the call reads the temporaries.
        let reordered = map.param_of.windows(2).any(|w| w[0] > w[1]);
        let mut spills: Vec<BoundExpr> = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            let a = if reordered && a.kind == ParamKind::Value && !is_simple(&a.expr) {
                let target = self.target_type(m, map, i);
                let value = self.convert_implicit(a.expr, target);
                self.locals.push(LocalSym { name: String::new(), ty: target, span: a.span });
                let tmp = LocalId(self.locals.len() as u32 - 1);
                let local = self.expr(BoundExprKind::Local(tmp), target, a.span);
                let void = self.special(SpecialType::Void);
                spills.push(self.expr(BoundExprKind::Assign { target: Box::new(local.clone()), value: Box::new(value) }, void, a.span));
                BoundArg { expr: local, ..a }
            } else {
                a
            };
            let p = map.param_of[i];
            let target = self.target_type(m, map, i);
            if map.expanded && params[p].is_params {
                extra.push(self.convert_implicit(a.expr, target));
                continue;
            }
            let value = match a.kind {
                ParamKind::Value => self.convert_implicit(a.expr, target),
                kind => {
                    let mut operand = a.expr;
                    if let BoundExprKind::Local(id) = operand.kind {
                        if let Some(pos) = self.pending_out_vars.iter().position(|&v| v == id) {
                            self.pending_out_vars.remove(pos);
                            self.locals[id.0 as usize].ty = target;
                            operand.ty = target;
                            // Typed now: a captured `out var` moves to its display class.
                            let name = self.locals[id.0 as usize].name.clone();
                            self.hoist_if_captured(id, &name, target, operand.span);
                            operand = self.local_ref(id, target, operand.span);
                        }
                    }
                    let ty = self.syms.by_ref(target);
                    let span = operand.span;
                    BoundExpr { kind: BoundExprKind::AddressOf { operand: Box::new(operand), is_out: kind == ParamKind::Out }, ty, span }
                }
            };
            slots[p] = Some(value);
        }
        let mut out = Vec::with_capacity(params.len());
        let called_def = self.syms.method(called).generic.as_ref().map_or(called, |g| g.of);
        for (p, param) in params.iter().enumerate() {
            let caller_info = self.syms.caller_info.get(&(called_def, p as u16)).copied();
            let value = match slots[p].take() {
                Some(v) => v,
                None if caller_info.is_some() => {
                    let c = self.caller_information(caller_info.unwrap_or(CallerInfo::MemberName), span);
                    let ty = if matches!(c, ConstValue::String(_)) { self.special(SpecialType::String) } else { self.special(SpecialType::Int32) };
                    let c = self.expr(BoundExprKind::Const(c), ty, span);
                    self.convert_implicit(c, param.ty)
                }
                None if map.expanded && param.is_params => {
                    let n = extra.len() as u32;
                    self.expr(BoundExprKind::ArrayLiteral { dims: vec![n], elements: std::mem::take(&mut extra) }, param.ty, span)
                }
                None => match defaults.get(p).cloned().flatten().as_ref().or(param.default.as_ref()) {
                    // `T x = default(T)`, `S s = default(S)`: the type's default.
                    Some(ConstValue::Null) if !self.syms.is_reference_type(param.ty) => self.expr(BoundExprKind::DefaultValue, param.ty, span),
                    Some(c) => {
                        let c = self.expr(BoundExprKind::Const(c.clone()), self.default_type(c, param.ty), span);
                        self.convert_implicit(c, param.ty)
                    }
                    None => self.error_expr(span),
                },
            };
            out.push(value);
        }
        if !spills.is_empty() && !out.is_empty() {
            let first = out.remove(0);
            let (ty, span) = (first.ty, first.span);
            out.insert(0, self.expr(BoundExprKind::Sequence { side: spills, value: Box::new(first) }, ty, span));
        }
        out
    }

    /// What a call at `span` passes for a caller-information parameter it leaves out: its
    /// line, its file's full path, or the name of the member it is in (C# 5).
    fn caller_information(&mut self, info: CallerInfo, span: Span) -> ConstValue {
        let file = self.syms.source_files.get(span.file.0 as usize);
        match info {
            CallerInfo::LineNumber => ConstValue::I4(file.map_or(0, |f| f.line_of(span.start)) as i32),
            CallerInfo::FilePath => ConstValue::String(file.map_or_else(Vec::new, |f| f.path.encode_utf16().collect())),
            CallerInfo::MemberName => ConstValue::String(self.caller_member_name().encode_utf16().collect()),
        }
    }

    /// The member whose code is being bound, as `[CallerMemberName]` names it: a method's
    /// name, an accessor's property or event (`Item` for an indexer), `.ctor`, `op_Addition`;
    /// code the compiler moved into a lambda, local function or iterator class answers for
    /// the member it was written in.
    fn caller_member_name(&self) -> String {
        // A field's initializer answers for the field (an auto-property's, `<P>k__BackingField`,
        // for the property).
        if let Some(f) = self.initializing_field {
            let name = &self.syms.field(f).name;
            return name.strip_prefix('<').and_then(|r| r.split('>').next()).unwrap_or(name).to_string();
        }
        let mut m = self.method;
        // `<Outer>b__3`, `<Outer>g__Local|0_0`, and the methods of `<Outer>d__2`: the member
        // written is `Outer`, a method of the same type or an enclosing one.
        for _ in 0..16 {
            let method = self.syms.method(m);
            let owner = self.syms.def(method.owner);
            let inner = |n: &str| n.strip_prefix('<').and_then(|r| r.split('>').next()).map(str::to_string);
            let Some(outer) = inner(&method.name).or_else(|| inner(&owner.name)) else { break };
            let mut def = Some(method.owner);
            let mut found = None;
            while let Some(d) = def {
                found = self.syms.def(d).methods.iter().copied().find(|&x| x != m && self.syms.method(x).name == outer);
                if found.is_some() {
                    break;
                }
                def = self.syms.def(d).enclosing;
            }
            match found {
                Some(f) => m = f,
                None => return outer,
            }
        }
        let method = self.syms.method(m);
        let mut name = &method.name;
        if method.is_accessor {
            if let Some(p) = self.syms.properties.iter().find(|p| p.getter == Some(m) || p.setter == Some(m)) {
                name = &p.name;
            } else if let Some(e) = self.syms.events.iter().find(|e| e.add == m || e.remove == m) {
                name = &e.name;
            }
        }
        // An explicit implementation `I.M` is named as the member it implements.
        match name.rsplit_once('.') {
            Some((interface, simple)) if !interface.is_empty() && !simple.is_empty() => simple.to_string(),
            _ => name.clone(),
        }
    }

    /// The type a default value constant is stored as: `null` for a
    /// reference parameter (or a nullable one without a value), the
    /// underlying type for a nullable parameter, else the parameter's own.
    fn default_type(&self, c: &ConstValue, param_ty: TyId) -> TyId {
        match c {
            ConstValue::Null => Symbols::NULL,
            _ => self.nullable_arg(param_ty).unwrap_or(param_ty),
        }
    }

    /// §12.6.4.3: `a` is better than `b` when no argument converts worse
    /// to it and at least one converts better; with a tie, the normal
    /// form beats the expanded one, and needing no defaults beats
    /// needing some.
    fn better_function(&self, a: &(MethodId, Mapping), b: &(MethodId, Mapping), args: &[BoundArg]) -> bool {
        let mut better = false;
        for (i, arg) in args.iter().enumerate() {
            let (ta, tb) = (self.target_type(a.0, &a.1, i), self.target_type(b.0, &b.1, i));
            match self.better_conversion(&arg.expr, ta, tb) {
                Some(true) => better = true,
                Some(false) => return false,
                None => {}
            }
        }
        if better {
            return true;
        }
        if !a.1.expanded && b.1.expanded {
            return true;
        }
        // With the same parameter types, a non-generic method beats a
        // generic one (§12.6.4.3).
        let generic = |m: MethodId| self.syms.method(m).generic.as_ref().is_some_and(|g| !g.method_args.is_empty());
        let same_params = self.syms.method(a.0).params.iter().map(|p| p.ty).eq(self.syms.method(b.0).params.iter().map(|p| p.ty));
        if same_params && !generic(a.0) && generic(b.0) {
            return true;
        }
        if same_params && generic(a.0) && !generic(b.0) {
            return false;
        }
        // Two instances with the same parameter types: the one whose
        // declared parameters are more specific (T[] over T, §12.6.4.3).
        if same_params {
            // As declared: a method instance's definition, a member of a
            // constructed type the generic type's member.
            let declared = |m: MethodId| {
                let mut of = m;
                while let Some(g) = &self.syms.method(of).generic {
                    of = g.of;
                }
                self.syms.method(of).params.iter().map(|p| p.ty).collect::<Vec<_>>()
            };
            let (pa, pb) = (declared(a.0), declared(b.0));
            let mut any = false;
            for (&x, &y) in pa.iter().zip(&pb) {
                match self.more_specific(x, y) {
                    Some(true) => any = true,
                    Some(false) => return false,
                    None => {}
                }
            }
            if any {
                return true;
            }
        }
        // An expanded params form never beats a normal one, whatever
        // defaults the normal one fills in (§12.6.4.3).
        if a.1.expanded && !b.1.expanded {
            return false;
        }
        let defaults = |m: &(MethodId, Mapping)| self.syms.method(m.0).params.len().saturating_sub(args.len());
        defaults(a) < defaults(b)
    }

    /// §12.6.4.5: Some(true) when converting `e` to `t1` is better than to
    /// `t2`, Some(false) when worse, None when neither.
    fn better_conversion(&self, e: &BoundExpr, t1: TyId, t2: TyId) -> Option<bool> {
        if t1 == t2 {
            return None;
        }
        if let BoundExprKind::UnboundLambda(id) = e.kind {
            return self.better_lambda_conversion(id, t1, t2, e.span);
        }
        if e.ty == t1 {
            return Some(true);
        }
        if e.ty == t2 {
            return Some(false);
        }
        let probe = |from: TyId, to: TyId| {
            let fake = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: from, span: e.span };
            matches!(self.classify(&fake, to), Some(c) if c.is_implicit() && c != Conversion::ImplicitConstant)
        };
        let (a, b) = (probe(t1, t2), probe(t2, t1));
        if a && !b {
            return Some(true);
        }
        if b && !a {
            return Some(false);
        }
        // A signed integral target beats an unsigned one (§12.6.4.7).
        use SpecialType::*;
        let signed_beats = |s: Option<SpecialType>, u: Option<SpecialType>| {
            matches!(
                (s, u),
                (Some(SByte), Some(Byte | UInt16 | UInt32 | UInt64))
                    | (Some(Int16), Some(UInt16 | UInt32 | UInt64))
                    | (Some(Int32), Some(UInt32 | UInt64))
                    | (Some(Int64), Some(UInt64))
            )
        };
        let (s1, s2) = (self.syms.special_of(t1), self.syms.special_of(t2));
        if signed_beats(s1, s2) {
            return Some(true);
        }
        if signed_beats(s2, s1) {
            return Some(false);
        }
        None
    }

    /// §12.6.4.5 for an anonymous function and two delegate types with the same parameter
    /// types: one with a return type beats a void one, and between two return types the
    /// better conversion from the body's inferred return type decides (`() => 7` prefers
    /// Func<int> to Func<long>).
    fn better_lambda_conversion(&self, id: u32, t1: TyId, t2: TyId, span: lexer::Span) -> Option<bool> {
        let (i1, i2) = (self.delegate_invoke(t1)?, self.delegate_invoke(t2)?);
        let (m1, m2) = (self.syms.method(i1), self.syms.method(i2));
        if m1.params.len() != m2.params.len() || m1.params.iter().zip(&m2.params).any(|(a, b)| a.ty != b.ty) {
            return None;
        }
        let (v1, v2) = (self.syms.is_special(m1.ret, SpecialType::Void), self.syms.is_special(m2.ret, SpecialType::Void));
        match (v1, v2) {
            (false, true) => return Some(true),
            (true, false) => return Some(false),
            (true, true) => return None,
            (false, false) => {}
        }
        let x = (*self.lambda_inferred.get(&(id, t1))?)?;
        let fake = BoundExpr { kind: BoundExprKind::Local(LocalId(0)), ty: x, span };
        self.better_conversion(&fake, m1.ret, m2.ret)
    }

    /// §12.6.4.3: Some(true) when `x` is more specific than `y` (a type
    /// parameter is less specific than any other type; constructed types
    /// and arrays compare by their arguments), Some(false) when less.
    fn more_specific(&self, x: TyId, y: TyId) -> Option<bool> {
        let (px, py) = (self.syms.is_type_param(x), self.syms.is_type_param(y));
        match (px, py) {
            (false, true) => return Some(true),
            (true, false) => return Some(false),
            (true, true) => return None,
            _ => {}
        }
        match (self.syms.kind(x), self.syms.kind(y)) {
            (TyKind::Array(a, r), TyKind::Array(b, q)) if r == q => self.more_specific(a, b),
            (TyKind::Def(a), TyKind::Def(b)) => {
                // A generic type inside its own declaration is itself with
                // its own parameters as arguments.
                let parts = |d: DefId| -> Option<(DefId, Vec<TyId>)> {
                    let def = self.syms.def(d);
                    match &def.instance_of {
                        Some((g, args)) => Some((*g, args.clone())),
                        None if !def.type_params.is_empty() => {
                            Some((d, def.type_params.iter().filter_map(|&p| self.syms.find_interned(TyKind::Def(p))).collect()))
                        }
                        None => None,
                    }
                };
                let (Some((g, xa)), Some((h, ya))) = (parts(a), parts(b)) else { return None };
                if g != h {
                    return None;
                }
                let mut result = None;
                for (&u, &v) in xa.iter().zip(&ya) {
                    match self.more_specific(u, v) {
                        Some(true) => result = Some(true),
                        Some(false) => return Some(false),
                        None => {}
                    }
                }
                result
            }
            _ => None,
        }
    }
}
