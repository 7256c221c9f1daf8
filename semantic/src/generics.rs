//! Constructed types and substitution (C# spec §8.4, "Constructed types").
//!
//! A generic type is one `TypeDef` with `type_params`; each set of type
//! arguments it is given makes one more `TypeDef`, an *instance*
//! (`instance_of`), interned so that `List<int>` is one `TyId` however
//! often it is written. An instance carries the definition's base class,
//! interfaces and members with every type parameter replaced by its
//! argument, so the binder looks up members of `List<int>` exactly as it
//! looks up those of a non-generic class; each substituted member points
//! back at the member it came from (`generic_of`, `MethodInstance`), which
//! is what the emitter names in metadata.
//!
//! Inside its own declaration a generic type is written with its own
//! parameters (`List<T>` within `List<T>`): that is the definition's own
//! `TyId`, not an instance.
//!
//! Instances are made while types are still being declared, before the
//! definition's bases and members are known, so their completion waits:
//! `complete_headers` fills bases and interfaces once all bases are
//! resolved, `complete_members` fills members once all members are
//! declared, and from then on each new instance is completed at once.

use rustc_hash::FxHashMap as HashMap;

use crate::types::*;

/// Beyond this depth of type arguments in type arguments an instance gets
/// no members: `class A<T> { A<A<T>> f; }` would otherwise expand forever.
const MAX_INSTANCE_DEPTH: u32 = 24;

/// A substitution of type parameters by types.
#[derive(Clone, Debug, Default)]
pub struct Subst {
    pub from: Vec<DefId>,
    pub to: Vec<TyId>,
}

impl Subst {
    pub fn new(from: &[DefId], to: &[TyId]) -> Subst {
        Subst { from: from.to_vec(), to: to.to_vec() }
    }

    fn get(&self, d: DefId) -> Option<TyId> {
        self.from.iter().position(|&f| f == d).map(|i| self.to[i])
    }

    pub fn is_empty(&self) -> bool {
        self.from.is_empty()
    }
}

/// How far instances have been completed (see the module comment).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum GenericStage {
    #[default]
    Declaring,
    HeadersReady,
    MembersReady,
}

/// The interning tables of instances, kept in `Symbols`.
#[derive(Default)]
pub struct Instances {
    types: HashMap<(DefId, Vec<TyId>), DefId>,
    methods: HashMap<(MethodId, Vec<TyId>), MethodId>,
    /// Instances whose header or members are not filled yet.
    pending_headers: Vec<DefId>,
    pending_members: Vec<DefId>,
    pub stage: GenericStage,
    /// While constraints are entered they cannot be checked yet (`where T
    /// : Shape<T>` mentions T before T has its constraints).
    pub defer_checks: bool,
}

impl Symbols {
    /// `g<args>`: the definition itself when the arguments are its own
    /// parameters, else the interned instance.
    pub fn instantiate(&mut self, g: DefId, args: &[TyId]) -> TyId {
        let own: Vec<TyId> = self.def(g).type_params.clone().into_iter().map(|p| self.def_ty(p)).collect();
        if own == args {
            return self.def_ty(g);
        }
        if let Some(&d) = self.instances.types.get(&(g, args.to_vec())) {
            return self.def_ty(d);
        }
        let gd = self.def(g);
        let mut def = TypeDef::new(gd.name.clone(), gd.namespace.clone(), gd.kind, gd.origin);
        def.access = gd.access;
        def.is_sealed = gd.is_sealed;
        def.is_abstract = gd.is_abstract;
        def.is_static = gd.is_static;
        def.enclosing = gd.enclosing;
        def.has_explicit_cctor = gd.has_explicit_cctor;
        def.instance_of = Some((g, args.to_vec()));
        let d = self.add_instance_def(def);
        self.instances.types.insert((g, args.to_vec()), d);
        self.instances.pending_headers.push(d);
        self.instances.pending_members.push(d);
        self.complete_ready();
        self.def_ty(d)
    }

    /// A generic method given type arguments (`M<int>`), interned.
    pub fn instantiate_method(&mut self, m: MethodId, args: &[TyId]) -> MethodId {
        if let Some(&i) = self.instances.methods.get(&(m, args.to_vec())) {
            return i;
        }
        let sym = self.method(m).clone();
        let s = Subst::new(&sym.type_params, args);
        let mut inst = self.subst_method(&sym, &s);
        inst.type_params = Vec::new();
        inst.generic = Some(Box::new(MethodInstance { of: m, method_args: args.to_vec() }));
        let id = self.add_detached(inst);
        self.instances.methods.insert((m, args.to_vec()), id);
        id
    }

    /// Replaces the type parameters `s` names in `ty`.
    pub fn subst(&mut self, ty: TyId, s: &Subst) -> TyId {
        if s.is_empty() {
            return ty;
        }
        match self.kind(ty) {
            TyKind::Def(d) => {
                if let Some(t) = s.get(d) {
                    return t;
                }
                let def = self.def(d);
                if let Some((g, args)) = def.instance_of.clone() {
                    let args: Vec<TyId> = args.iter().map(|&a| self.subst(a, s)).collect();
                    let result = self.instantiate(g, &args);
                    // A tuple type's element names hold for what it becomes
                    // (`(T Item, int Rank)` of `Ranked<string>`).
                    if result != ty
                        && let Some(lists) = self.tuple_names.get(&ty).cloned()
                    {
                        for names in lists {
                            self.note_tuple_names(result, names);
                        }
                    }
                    result
                } else if !def.type_params.is_empty() {
                    let params = def.type_params.clone();
                    let args: Vec<TyId> = params.iter().map(|&p| {
                        let t = self.def_ty(p);
                        self.subst(t, s)
                    }).collect();
                    self.instantiate(d, &args)
                } else {
                    ty
                }
            }
            TyKind::Array(e, rank) => {
                let e = self.subst(e, s);
                self.array_of(e, rank)
            }
            TyKind::ByRef(t) => {
                let t = self.subst(t, s);
                self.by_ref(t)
            }
            TyKind::Null | TyKind::Error | TyKind::TargetTyped => ty,
        }
    }

    /// The substitution that turns members of `d`'s definition into
    /// members of `d` (empty for a non-instance).
    pub fn instance_subst(&self, d: DefId) -> Subst {
        match &self.def(d).instance_of {
            Some((g, args)) => Subst::new(&self.def(*g).type_params, args),
            None => Subst::default(),
        }
    }

    /// The generic definition of a type (itself when not an instance).
    pub fn generic_def(&self, d: DefId) -> DefId {
        self.def(d).instance_of.as_ref().map(|(g, _)| *g).unwrap_or(d)
    }

    /// The type arguments of `d`: an instance's, or a generic
    /// definition's own parameters.
    pub fn type_args(&mut self, d: DefId) -> Vec<TyId> {
        match &self.def(d).instance_of {
            Some((_, args)) => args.clone(),
            None => self.def(d).type_params.clone().into_iter().map(|p| self.def_ty(p)).collect(),
        }
    }

    pub fn is_type_param(&self, ty: TyId) -> bool {
        matches!(self.kind(ty), TyKind::Def(d) if self.def(d).kind == TypeDefKind::TypeParam)
    }

    pub fn type_param(&self, ty: TyId) -> Option<&TypeParamInfo> {
        match self.kind(ty) {
            TyKind::Def(d) => self.def(d).param.as_deref(),
            _ => None,
        }
    }

    /// Does `ty` mention a type parameter (an open type)?
    pub fn is_open(&self, ty: TyId) -> bool {
        match self.kind(ty) {
            TyKind::Def(d) => {
                let def = self.def(d);
                def.kind == TypeDefKind::TypeParam
                    || def.instance_of.as_ref().is_some_and(|(_, a)| a.iter().any(|&t| self.is_open(t)))
                    || (def.instance_of.is_none() && !def.type_params.is_empty())
            }
            TyKind::Array(e, _) | TyKind::ByRef(e) => self.is_open(e),
            _ => false,
        }
    }

    /// A method with its parameter and return types substituted.
    pub fn subst_method(&mut self, m: &MethodSym, s: &Subst) -> MethodSym {
        let mut out = m.clone();
        out.ret = self.subst(m.ret, s);
        for p in &mut out.params {
            p.ty = self.subst(p.ty, s);
        }
        out
    }

    /// Moves the instances made so far one stage on (called by the
    /// declaration pass), then completes each new one as it is made.
    pub fn advance_generics(&mut self, stage: GenericStage) {
        self.instances.stage = stage;
        self.complete_ready();
    }

    fn complete_ready(&mut self) {
        if self.instances.stage >= GenericStage::HeadersReady {
            while let Some(d) = self.instances.pending_headers.pop() {
                self.complete_header(d);
            }
        }
        if self.instances.stage >= GenericStage::MembersReady {
            while let Some(d) = self.instances.pending_members.pop() {
                self.complete_members(d);
            }
        }
    }

    fn complete_header(&mut self, d: DefId) {
        let g = self.generic_def(d);
        let s = self.instance_subst(d);
        let gd = self.def(g);
        let (base, interfaces, underlying) = (gd.base, gd.interfaces.clone(), gd.enum_underlying);
        let base = base.map(|b| self.subst(b, &s));
        let interfaces: Vec<TyId> = interfaces.into_iter().map(|i| self.subst(i, &s)).collect();
        let def = self.def_mut(d);
        def.base = base;
        def.interfaces = interfaces;
        def.enum_underlying = underlying;
    }

    fn complete_members(&mut self, d: DefId) {
        let depth = self.def_ty_depth(d);
        if depth > MAX_INSTANCE_DEPTH {
            return;
        }
        let g = self.generic_def(d);
        let s = self.instance_subst(d);
        let gd = self.def(g).clone();
        for f in gd.fields {
            let mut sym = self.field(f).clone();
            sym.ty = self.subst(sym.ty, &s);
            sym.owner = d;
            sym.generic_of = Some(f);
            self.add_field(sym);
        }
        let mut map: HashMap<MethodId, MethodId> = HashMap::default();
        for m in gd.methods {
            let sym = self.method(m).clone();
            let mut inst = self.subst_method(&sym, &s);
            inst.owner = d;
            inst.generic = Some(Box::new(MethodInstance { of: m, method_args: Vec::new() }));
            let id = self.add_method(inst);
            map.insert(m, id);
        }
        for p in gd.properties {
            let mut sym = self.property(p).clone();
            sym.ty = self.subst(sym.ty, &s);
            sym.owner = d;
            sym.getter = sym.getter.and_then(|g| map.get(&g).copied());
            sym.setter = sym.setter.and_then(|g| map.get(&g).copied());
            sym.backing = None;
            self.add_property(sym);
        }
    }

    /// How deeply type arguments nest in an instance.
    fn def_ty_depth(&self, d: DefId) -> u32 {
        fn ty_depth(s: &Symbols, t: TyId, budget: u32) -> u32 {
            if budget == 0 {
                return 0;
            }
            match s.kind(t) {
                TyKind::Def(d) => match &s.def(d).instance_of {
                    Some((_, args)) => 1 + args.iter().map(|&a| ty_depth(s, a, budget - 1)).max().unwrap_or(0),
                    None => 0,
                },
                TyKind::Array(e, _) | TyKind::ByRef(e) => ty_depth(s, e, budget),
                _ => 0,
            }
        }
        // From the definition's own arguments: an instance being completed
        // inside `instantiate` has no interned type yet.
        match &self.def(d).instance_of {
            Some((_, args)) => 1 + args.iter().map(|&a| ty_depth(self, a, MAX_INSTANCE_DEPTH + 1)).max().unwrap_or(0),
            None => 0,
        }
    }

    /// A method instance belongs to no member list: it is found through
    /// its generic method, never by name.
    fn add_detached(&mut self, m: MethodSym) -> MethodId {
        let id = MethodId(self.methods.len() as u32);
        self.methods.push(m);
        id
    }

    /// A definition as C# writes it (`List<T>`, `Program`).
    pub fn display_def(&self, d: DefId) -> String {
        match self.find_interned(TyKind::Def(d)) {
            Some(t) => self.display(t),
            None => self.def(d).full_name(),
        }
    }

    /// The type `ty` as C# writes it with type arguments: `List<int>`,
    /// `Dictionary<TKey, TValue>`, `Outer<int>.Inner`.
    pub(crate) fn display_generic(&self, d: DefId) -> String {
        let def = self.def(d);
        let (g, args): (DefId, Vec<TyId>) = match &def.instance_of {
            Some((g, a)) => (*g, a.clone()),
            None => (d, def.type_params.iter().filter_map(|&p| self.find_interned(TyKind::Def(p))).collect()),
        };
        let gd = self.def(g);
        let inherited = gd.enclosing.map(|e| self.def(e).type_params.len()).unwrap_or(0);
        let prefix = match gd.enclosing {
            Some(e) if inherited > 0 => {
                let outer_args = &args[..inherited.min(args.len())];
                let ed = self.def(e);
                let outer_name = format!("{}.{}", ed.namespace, ed.plain_name());
                let outer_name = outer_name.trim_start_matches('.').to_string();
                format!("{outer_name}<{}>", outer_args.iter().map(|&a| self.display(a)).collect::<Vec<_>>().join(", "))
            }
            Some(e) => self.def(e).full_name(),
            None => gd.namespace.clone(),
        };
        let own = &args[inherited.min(args.len())..];
        let name = if own.is_empty() {
            gd.plain_name().to_string()
        } else {
            format!("{}<{}>", gd.plain_name(), own.iter().map(|&a| self.display(a)).collect::<Vec<_>>().join(", "))
        };
        if prefix.is_empty() { name } else { format!("{prefix}.{name}") }
    }
}

impl Symbols {
    /// Are constraints known, so that type arguments can be checked?
    pub fn generics_ready(&self) -> bool {
        self.instances.stage >= GenericStage::HeadersReady && !self.instances.defer_checks
    }

    pub fn defer_constraint_checks(&mut self, on: bool) {
        self.instances.defer_checks = on;
    }

    /// Does `ty` reach `target` through its base classes and interfaces
    /// (an identity, implicit reference or boxing conversion, §10.2), or
    /// through a type parameter's constraints?
    pub fn derives_from(&self, ty: TyId, target: TyId) -> bool {
        let mut seen = Vec::new();
        self.derives_walk(ty, target, &mut seen)
    }

    fn derives_walk(&self, ty: TyId, target: TyId, seen: &mut Vec<TyId>) -> bool {
        if ty == target {
            return true;
        }
        if seen.contains(&ty) || seen.len() > 4096 {
            return false;
        }
        seen.push(ty);
        let TyKind::Def(d) = self.kind(ty) else {
            return matches!(self.kind(ty), TyKind::Array(..)) && self.is_special(target, SpecialType::Object);
        };
        let def = self.def(d);
        let mut next: Vec<TyId> = def.base.into_iter().chain(def.interfaces.iter().copied()).collect();
        if let Some(info) = &def.param {
            next.extend(info.bounds.iter().copied());
        }
        next.into_iter().any(|n| self.derives_walk(n, target, seen))
    }

    /// Can `ty` be created by `new T()`: a value type, or a concrete class
    /// with a public parameterless constructor (§15.2.5).
    pub fn has_default_ctor(&self, ty: TyId) -> bool {
        if self.is_value_type(ty) {
            return true;
        }
        match self.kind(ty) {
            TyKind::Def(d) => {
                let def = self.def(d);
                if let Some(info) = &def.param {
                    return info.ctor;
                }
                def.kind == TypeDefKind::Class
                    && !def.is_abstract
                    && def.methods.iter().any(|&m| {
                        let m = self.method(m);
                        m.is_ctor && !m.is_static && m.params.is_empty() && m.access == Accessibility::Public
                    })
            }
            _ => false,
        }
    }
}

/// Checks the type arguments of a constructed type against the
/// definition's constraints (§8.4.5), reporting CS0452, CS0453, CS0310,
/// CS0311, CS0314 and CS0315.
pub fn check_constraints(syms: &mut Symbols, ty: TyId, span: lexer::Span, diags: &mut Vec<lexer::Diagnostic>) {
    let TyKind::Def(d) = syms.kind(ty) else { return };
    let Some((g, args)) = syms.def(d).instance_of.clone() else { return };
    let params = syms.def(g).type_params.clone();
    let owner = syms.display_def(g);
    check_args(syms, &params, &args, &owner, span, diags);
}

/// Checks a generic method's type arguments against its constraints.
pub fn check_method_constraints(syms: &mut Symbols, m: MethodId, args: &[TyId], span: lexer::Span, diags: &mut Vec<lexer::Diagnostic>) {
    let sym = syms.method(m).clone();
    let owner = format!("{}.{}<{}>", syms.display_def(sym.owner), sym.name, sym.type_params.iter().map(|&p| syms.def(p).name.clone()).collect::<Vec<_>>().join(", "));
    // A method of a constructed type: its constraints mention the type's
    // arguments too.
    let type_subst = syms.instance_subst(sym.owner);
    let mut s = Subst::new(&sym.type_params, args);
    s.from.extend(type_subst.from);
    s.to.extend(type_subst.to);
    check_args_with(syms, &sym.type_params, args, &s, &owner, span, diags);
}

fn check_args(syms: &mut Symbols, params: &[DefId], args: &[TyId], owner: &str, span: lexer::Span, diags: &mut Vec<lexer::Diagnostic>) {
    let s = Subst::new(params, args);
    check_args_with(syms, params, args, &s, owner, span, diags);
}

fn check_args_with(syms: &mut Symbols, params: &[DefId], args: &[TyId], s: &Subst, owner: &str, span: lexer::Span, diags: &mut Vec<lexer::Diagnostic>) {
    use lexer::Diagnostic;
    for (&p, &a) in params.iter().zip(args) {
        if a == Symbols::ERROR {
            continue;
        }
        let pd = syms.def(p).clone();
        let Some(info) = pd.param.as_deref() else { continue };
        let pname = &pd.name;
        let shown = syms.display(a);
        let a_is_param = syms.is_type_param(a);
        if info.reference && !syms.is_reference_type(a) {
            diags.push(Diagnostic::error("CS0452", span, format!("The type '{shown}' must be a reference type in order to use it as parameter '{pname}' in the generic type or method '{owner}'")));
            continue;
        }
        if info.value && (!syms.is_value_type(a) || is_nullable(syms, a)) {
            diags.push(Diagnostic::error("CS0453", span, format!("The type '{shown}' must be a non-nullable value type in order to use it as parameter '{pname}' in the generic type or method '{owner}'")));
            continue;
        }
        let mut targets: Vec<TyId> = pd.base.into_iter().filter(|&b| !syms.is_special(b, SpecialType::Object) && !syms.is_special(b, SpecialType::ValueType)).collect();
        targets.extend(pd.interfaces.iter().copied());
        targets.extend(info.bounds.iter().copied());
        for t in targets {
            let t = syms.subst(t, s);
            if t == Symbols::ERROR || syms.derives_from(a, t) {
                continue;
            }
            let target = syms.display(t);
            let (code, why) = if a_is_param {
                ("CS0314", format!("There is no boxing conversion or type parameter conversion from '{shown}' to '{target}'."))
            } else if syms.is_value_type(a) {
                ("CS0315", format!("There is no boxing conversion from '{shown}' to '{target}'."))
            } else {
                ("CS0311", format!("There is no implicit reference conversion from '{shown}' to '{target}'."))
            };
            diags.push(Diagnostic::error(code, span, format!("The type '{shown}' cannot be used as type parameter '{pname}' in the generic type or method '{owner}'. {why}")));
        }
        if info.ctor && !info.value && !syms.has_default_ctor(a) {
            diags.push(Diagnostic::error("CS0310", span, format!("'{shown}' must be a non-abstract type with a public parameterless constructor in order to use it as parameter '{pname}' in the generic type or method '{owner}'")));
        }
    }
}

/// `Nullable<T>` (which does not satisfy the `struct` constraint).
pub fn is_nullable(syms: &Symbols, ty: TyId) -> bool {
    matches!(syms.kind(ty), TyKind::Def(d) if syms.def(d).instance_of.as_ref().is_some_and(|(g, _)| syms.def(*g).full_name() == "System.Nullable`1"))
}

impl Symbols {
    /// Do two methods take the same parameters (§7.6 signatures), a
    /// generic method's own type parameters matched by position, so that
    /// `override Visit<U>(U)` matches `abstract Visit<T>(T)`?
    pub fn same_params(&self, a: MethodId, b: MethodId) -> bool {
        let (x, y) = (self.method(a), self.method(b));
        x.type_params.len() == y.type_params.len()
            && x.params.len() == y.params.len()
            && x.params.iter().zip(&y.params).all(|(p, q)| p.kind == q.kind && self.same_type_modulo(p.ty, q.ty, &x.type_params, &y.type_params))
    }

    /// The return types of two methods, as `same_params` compares types.
    pub fn same_return(&self, a: MethodId, b: MethodId) -> bool {
        let (x, y) = (self.method(a), self.method(b));
        self.same_type_modulo(x.ret, y.ret, &x.type_params, &y.type_params)
    }

    fn same_type_modulo(&self, s: TyId, t: TyId, ps: &[DefId], qs: &[DefId]) -> bool {
        if s == t {
            return true;
        }
        match (self.kind(s), self.kind(t)) {
            (TyKind::Def(a), TyKind::Def(b)) => {
                if let (Some(i), Some(j)) = (ps.iter().position(|&p| p == a), qs.iter().position(|&q| q == b)) {
                    return i == j;
                }
                match (&self.def(a).instance_of, &self.def(b).instance_of) {
                    (Some((g, x)), Some((h, y))) => g == h && x.len() == y.len() && x.iter().zip(y).all(|(&u, &v)| self.same_type_modulo(u, v, ps, qs)),
                    _ => false,
                }
            }
            (TyKind::Array(a, r), TyKind::Array(b, q)) => r == q && self.same_type_modulo(a, b, ps, qs),
            (TyKind::ByRef(a), TyKind::ByRef(b)) => self.same_type_modulo(a, b, ps, qs),
            _ => false,
        }
    }
}

/// The generic interfaces every vector `T[]` implements (§17.2.3).
pub const ARRAY_INTERFACES: [&str; 5] = [
    "System.Collections.Generic.IEnumerable`1",
    "System.Collections.Generic.ICollection`1",
    "System.Collections.Generic.IList`1",
    "System.Collections.Generic.IReadOnlyCollection`1",
    "System.Collections.Generic.IReadOnlyList`1",
];

impl Symbols {
    /// `X` when `ty` is one of the interfaces a vector implements, `IList<X>`.
    pub fn array_interface_arg(&self, ty: TyId) -> Option<TyId> {
        let TyKind::Def(d) = self.kind(ty) else { return None };
        let (g, args) = self.def(d).instance_of.as_ref()?;
        let name = self.def(*g).full_name();
        (ARRAY_INTERFACES.contains(&name.as_str()) && args.len() == 1).then(|| args[0])
    }
}
