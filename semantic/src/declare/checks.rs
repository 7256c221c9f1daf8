//! Whole-program checks, run once every member is declared: overrides,
//! interface implementations (recording the interface map), abstract
//! members left unimplemented, and the entry point.

use rustc_hash::FxHashMap as HashMap;
use lexer::{Diagnostic, Span};

use crate::types::*;

use super::Decls;

/// CS0146: a class whose base chain leads back to itself (`class A : C`,
/// `class C : A`, or a class deriving from itself). The cycle is broken
/// at the class reported, whose base becomes `object`, so that every later
/// walk up a base chain (member and nested-type lookup) ends.
pub(super) fn break_base_cycles(syms: &mut Symbols, classes: &[(DefId, Span)], diags: &mut Vec<Diagnostic>) {
    let base_of = |syms: &Symbols, d: DefId| match syms.def(d).base.map(|b| syms.kind(b)) {
        Some(TyKind::Def(b)) => Some(b),
        _ => None,
    };
    for &(def, span) in classes {
        let Some(first) = base_of(syms, def) else { continue };
        let mut current = Some(first);
        // A chain longer than the number of types has repeated one.
        for _ in 0..=syms.defs.len() {
            let Some(c) = current else { break };
            if c == def {
                let (me, other) = (syms.def(def).full_name(), syms.def(first).full_name());
                diags.push(Diagnostic::error("CS0146", span, format!("Circular base type dependency involving '{me}' and '{other}'")));
                let object = syms.special_ty(SpecialType::Object);
                syms.def_mut(def).base = Some(object);
                break;
            }
            current = base_of(syms, c);
        }
    }
}

/// An interface and every interface it inherits, each once.
pub fn all_interfaces(syms: &Symbols, ty: TyId, out: &mut Vec<TyId>) {
    let TyKind::Def(d) = syms.kind(ty) else { return };
    for &i in &syms.def(d).interfaces {
        if !out.contains(&i) {
            out.push(i);
            all_interfaces(syms, i, out);
        }
    }
}

/// CS0535: every method of every implemented interface needs a public
/// instance method of the same name and signature in the class or a
/// base class (§18.6.5). A non-virtual one becomes `virtual final`, as
/// the runtime requires of an implementation (ECMA-335 II.12.2).
pub(super) fn check_interface_implementations(syms: &mut Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    // Explicit implementations name their interface method: the one of
    // that name and signature in the interface (CS0539 when none).
    let mut explicit: Vec<(MethodId, MethodId)> = Vec::new();
    for (m, iface, name, span) in &decls.explicit_impls {
        let TyKind::Def(i) = syms.kind(*iface) else { continue };
        let target = syms.def(i).methods.iter().copied().find(|&im| {
            let s = syms.method(im);
            &s.name == name && syms.same_params(im, *m)
        });
        match target {
            Some(t) => explicit.push((t, *m)),
            None => diags.push(Diagnostic::error(
                "CS0539",
                *span,
                format!("'{}' in explicit interface declaration is not found among members of the interface that can be implemented", syms.method_display(*m)),
            )),
        }
    }
    for (&d, &span) in &decls.type_spans {
        if !matches!(syms.def(d).kind, TypeDefKind::Class | TypeDefKind::Struct) {
            continue;
        }
        let mut ifaces = Vec::new();
        let me = syms.def_ty(d);
        all_interfaces(syms, me, &mut ifaces);
        for iface in ifaces {
            let TyKind::Def(i) = syms.kind(iface) else { continue };
            for &im in &syms.def(i).methods.clone() {
                if syms.method(im).is_static {
                    continue;
                }
                let own = explicit.iter().find(|(i, m)| *i == im && syms.method(*m).owner == d).map(|(_, m)| *m);
                if let Some(m) = own {
                    syms.method_impls.push((d, m, im));
                    continue;
                }
                // An explicit implementation in a base class still serves a
                // class that lists the interface again (§18.6.7). The base is
                // seen through the derived class's type arguments: CA<T>'s
                // `IB<T>.M` serves CB<U> : CA<U>, IA<U> for IB<U>.M.
                let origin = |syms: &Symbols, m: MethodId| syms.method(m).generic.as_ref().map_or(m, |g| g.of);
                let mut base = syms.def(d).base;
                let mut inherited = false;
                while let Some(b) = base {
                    let TyKind::Def(bd) = syms.kind(b) else { break };
                    let g = syms.generic_def(bd);
                    let seen_from_d = syms.instance_subst(bd);
                    let theirs: Vec<MethodId> =
                        explicit.iter().filter(|(_, m)| syms.method(*m).owner == g).map(|(i, _)| *i).collect();
                    for i in theirs {
                        if i == im {
                            inherited = true;
                            break;
                        }
                        if origin(syms, i) != origin(syms, im) {
                            continue;
                        }
                        let their_iface = syms.def_ty(syms.method(i).owner);
                        if syms.subst(their_iface, &seen_from_d) == iface {
                            inherited = true;
                            break;
                        }
                    }
                    if inherited {
                        break;
                    }
                    base = syms.def(bd).base;
                }
                if inherited {
                    continue;
                }
                match find_implementation(syms, d, im) {
                    Some(m) => {
                        let sym = &mut syms.methods[m.0 as usize];
                        if !sym.is_virtual {
                            sym.is_virtual = true;
                            sym.is_final = true;
                        }
                    }
                    // A default interface method (C# 8) serves the class
                    // that does not implement it.
                    None if !syms.method(im).is_abstract => {}
                    None => diags.push(Diagnostic::error(
                        "CS0535",
                        span,
                        format!("'{}' does not implement interface member '{}'", syms.def(d).full_name(), syms.method_display(im)),
                    )),
                }
            }
        }
    }
}

fn find_implementation(syms: &Symbols, class: DefId, iface_method: MethodId) -> Option<MethodId> {
    let want = syms.method(iface_method);
    let mut current = Some(class);
    while let Some(c) = current {
        let found = syms.def(c).methods.iter().copied().find(|&m| {
            let s = syms.method(m);
            s.name == want.name
                && !s.is_static
                && s.access == Accessibility::Public
                && syms.same_return(m, iface_method)
                && syms.same_params(m, iface_method)
        });
        if found.is_some() {
            return found;
        }
        current = syms.def(c).base.and_then(|b| match syms.kind(b) {
            TyKind::Def(d) => Some(d),
            _ => None,
        });
    }
    None
}

/// CS0534: a concrete class must override every abstract method it
/// inherits; CS0513: only an abstract class may declare one.
pub(super) fn check_abstract_implemented(syms: &Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    for (&d, &span) in &decls.type_spans {
        let def = syms.def(d);
        if def.kind != TypeDefKind::Class {
            continue;
        }
        if !def.is_abstract {
            for &m in &def.methods {
                if syms.method(m).is_abstract {
                    let span = decls.method_spans.get(&m).copied().unwrap_or(span);
                    diags.push(Diagnostic::error(
                        "CS0513",
                        span,
                        format!("'{}' is abstract but it is contained in non-abstract type '{}'", syms.method_display(m), def.full_name()),
                    ));
                }
            }
        }
        if def.is_abstract {
            continue;
        }
        // Walk up: an abstract method counts as implemented when a class
        // between it and `d` overrides it.
        let mut overridden: Vec<MethodId> = Vec::new();
        // The type's own abstract members were reported as CS0513.
        overridden.extend(def.methods.iter().copied().filter(|&m| syms.method(m).is_abstract));
        let mut current = Some(d);
        while let Some(c) = current {
            for &m in &syms.def(c).methods {
                let s = syms.method(m);
                if s.is_abstract && !overridden.iter().any(|&o| same_sig(syms, o, m)) {
                    diags.push(Diagnostic::error(
                        "CS0534",
                        span,
                        format!("'{}' does not implement inherited abstract member '{}'", def.full_name(), syms.method_display(m)),
                    ));
                }
                if s.is_override {
                    overridden.push(m);
                }
            }
            current = syms.def(c).base.and_then(|b| match syms.kind(b) {
                TyKind::Def(x) => Some(x),
                _ => None,
            });
        }
    }
}

fn same_sig(syms: &Symbols, a: MethodId, b: MethodId) -> bool {
    syms.method(a).name == syms.method(b).name && syms.same_params(a, b)
}

/// Every `override` must find a virtual method with the same name and
/// parameter types in a base class (CS0115), and may not override a
/// non-virtual one (CS0506).
pub(super) fn check_overrides(syms: &Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    for b in &decls.bodies {
        let m = syms.method(b.method);
        if !m.is_override {
            continue;
        }
        match overridden_method(syms, b.method) {
            Some(base) if syms.method(base).is_virtual => {}
            Some(base) => diags.push(Diagnostic::error(
                "CS0506",
                b.name_span,
                format!(
                    "'{}': cannot override inherited member '{}' because it is not marked virtual, abstract, or override",
                    syms.method_display(b.method),
                    syms.method_display(base)
                ),
            )),
            None => diags.push(Diagnostic::error(
                "CS0115",
                b.name_span,
                format!("'{}': no suitable method found to override", syms.method_display(b.method)),
            )),
        }
    }
}

/// CS0695: a generic type may not implement two instances of one generic
/// interface that some type arguments would make the same (`C<T> :
/// I<T>, I<int>`), or the interface map would have two entries for one
/// method (§18.6.3).
pub(super) fn check_unifying_interfaces(syms: &Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    /// Is there a substitution of `params` that makes `a` and `b` the same type? First-order
    /// unification with the occurs check, as Roslyn's `TypeUnification` does: `I<T>` and
    /// `I<List<T>>` never unify (T would contain itself), nor `I<T, int>` and `I<string, T>`.
    fn unify(syms: &Symbols, a: TyId, b: TyId, params: &[DefId], subst: &mut HashMap<DefId, TyId>) -> bool {
        let param = |t: TyId| match syms.kind(t) {
            TyKind::Def(d) if params.contains(&d) => Some(d),
            _ => None,
        };
        let (a, b) = (resolve(syms, a, params, subst), resolve(syms, b, params, subst));
        if a == b {
            return true;
        }
        if let Some(p) = param(a) {
            return bind(syms, p, b, params, subst);
        }
        if let Some(p) = param(b) {
            return bind(syms, p, a, params, subst);
        }
        match (syms.kind(a), syms.kind(b)) {
            (TyKind::Def(x), TyKind::Def(y)) => match (instance(syms, x), instance(syms, y)) {
                (Some((g, xa)), Some((h, ya))) => {
                    g == h && xa.len() == ya.len() && xa.iter().zip(&ya).all(|(&u, &v)| unify(syms, u, v, params, subst))
                }
                _ => false,
            },
            (TyKind::Array(x, r), TyKind::Array(y, q)) => r == q && unify(syms, x, y, params, subst),
            _ => false,
        }
    }
    /// A generic type's definition and arguments; inside its own declaration a generic type
    /// is its definition, whose arguments are its own type parameters.
    fn instance(syms: &Symbols, d: DefId) -> Option<(DefId, Vec<TyId>)> {
        let def = syms.def(d);
        if let Some((g, args)) = &def.instance_of {
            return Some((*g, args.to_vec()));
        }
        if def.type_params.is_empty() {
            return None;
        }
        let args: Option<Vec<TyId>> = def.type_params.iter().map(|&p| syms.interned(TyKind::Def(p))).collect();
        args.map(|a| (d, a))
    }
    /// A parameter's binding, followed to the end of the chain.
    fn resolve(syms: &Symbols, mut t: TyId, params: &[DefId], subst: &HashMap<DefId, TyId>) -> TyId {
        while let TyKind::Def(d) = syms.kind(t)
            && params.contains(&d)
            && let Some(&bound) = subst.get(&d)
        {
            t = bound;
        }
        t
    }
    fn bind(syms: &Symbols, p: DefId, t: TyId, params: &[DefId], subst: &mut HashMap<DefId, TyId>) -> bool {
        if occurs(syms, p, t, params, subst) {
            return false;
        }
        subst.insert(p, t);
        true
    }
    fn occurs(syms: &Symbols, p: DefId, t: TyId, params: &[DefId], subst: &HashMap<DefId, TyId>) -> bool {
        let t = resolve(syms, t, params, subst);
        match syms.kind(t) {
            TyKind::Def(d) if d == p => true,
            TyKind::Def(d) => {
                instance(syms, d).is_some_and(|(_, args)| args.iter().any(|&a| occurs(syms, p, a, params, subst)))
            }
            TyKind::Array(e, _) => occurs(syms, p, e, params, subst),
            _ => false,
        }
    }
    for (&d, &span) in &decls.type_spans {
        let def = syms.def(d);
        if def.type_params.is_empty() {
            continue;
        }
        let list = &def.interfaces;
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                let same_generic = match (syms.kind(a), syms.kind(b)) {
                    (TyKind::Def(x), TyKind::Def(y)) => syms.generic_def(x) == syms.generic_def(y) && syms.def(x).instance_of.is_some(),
                    _ => false,
                };
                if same_generic && unify(syms, a, b, &def.type_params, &mut HashMap::default()) {
                    diags.push(Diagnostic::error(
                        "CS0695",
                        span,
                        format!(
                            "'{}' cannot implement both '{}' and '{}' because they may unify for some type parameter substitutions",
                            syms.display_def(d),
                            syms.display(a),
                            syms.display(b)
                        ),
                    ));
                }
            }
        }
    }
}

/// An override of a generic method, and an explicit implementation of a
/// generic interface method, declare no constraints of their own: they
/// have those of the method they override or implement (§15.6.5,
/// §18.6.2), written in terms of their own type parameters.
pub(super) fn inherit_method_constraints(syms: &mut Symbols, decls: &Decls<'_>) {
    let mut pairs: Vec<(MethodId, MethodId)> = Vec::new();
    for b in &decls.bodies {
        let m = syms.method(b.method);
        if m.is_override && !m.type_params.is_empty() {
            if let Some(base) = overridden_method(syms, b.method) {
                pairs.push((b.method, base));
            }
        }
    }
    for (m, iface, name, _) in &decls.explicit_impls {
        if syms.method(*m).type_params.is_empty() {
            continue;
        }
        let TyKind::Def(i) = syms.kind(*iface) else { continue };
        if let Some(&target) = syms.def(i).methods.iter().find(|&&im| &syms.method(im).name == name && syms.same_params(im, *m)) {
            pairs.push((*m, target));
        }
    }
    for (m, base) in pairs {
        let mine = syms.method(m).type_params.clone();
        let theirs = syms.method(base).type_params.clone();
        // Their parameters become mine; the base type's, its arguments.
        let mut s = crate::generics::Subst::new(&theirs, &mine.iter().map(|&p| syms.def_ty(p)).collect::<Vec<_>>());
        let inst = syms.instance_subst(syms.method(base).owner);
        s.from.extend(inst.from);
        s.to.extend(inst.to);
        for (&p, &q) in mine.iter().zip(&theirs) {
            let qd = syms.def(q).clone();
            let base_ty = qd.base.map(|b| syms.subst(b, &s));
            let interfaces: Vec<TyId> = qd.interfaces.iter().map(|&i| syms.subst(i, &s)).collect();
            let bounds: Vec<TyId> = qd.param.as_ref().map(|i| i.bounds.clone()).unwrap_or_default().into_iter().map(|b| syms.subst(b, &s)).collect();
            let pd = syms.def_mut(p);
            pd.base = base_ty;
            pd.interfaces = interfaces;
            if let (Some(dst), Some(src)) = (pd.param.as_mut(), qd.param.as_ref()) {
                dst.reference = src.reference;
                dst.value = src.value;
                dst.ctor = src.ctor;
                dst.bounds = bounds;
            }
        }
    }
}

/// The nearest base-class method `m` overrides: same name, same
/// parameter types.
pub fn overridden_method(syms: &Symbols, m: MethodId) -> Option<MethodId> {
    let sym = syms.method(m);
    let mut current = syms.def(sym.owner).base;
    while let Some(t) = current {
        let TyKind::Def(d) = syms.kind(t) else { return None };
        let found = syms.def(d).methods.iter().copied().find(|&o| {
            let other = syms.method(o);
            other.name == sym.name && syms.same_params(o, m)
        });
        if found.is_some() {
            return found;
        }
        current = syms.def(d).base;
    }
    None
}

/// The entry point: a static `Main` returning void or int, taking nothing
/// or `string[]` (spec §7.1).
pub(super) fn find_entry_point(syms: &mut Symbols, decls: &mut Decls<'_>, diags: &mut Vec<Diagnostic>) {
    let string = syms.special_ty(SpecialType::String);
    let args = syms.array_of(string, 1);
    let int = syms.special_ty(SpecialType::Int32);
    let void = syms.special_ty(SpecialType::Void);
    let mut found: Vec<(MethodId, Span)> = Vec::new();
    for b in &decls.bodies {
        let m = syms.method(b.method);
        if m.name == "Main" && m.origin == Origin::Source && m.is_static {
            let params_ok = m.params.is_empty() || (m.params.len() == 1 && m.params[0].ty == args);
            if params_ok && (m.ret == int || m.ret == void) {
                found.push((b.method, b.name_span));
            }
        }
    }
    if let Some(top) = decls.entry_point {
        if let Some((_, span)) = found.first() {
            diags.push(Diagnostic::warning(
                "CS7022",
                *span,
                "The entry point of the program is global code; ignoring 'Main()' entry point.",
            ));
        }
        decls.entry_point = Some(top);
        return;
    }
    match found.len() {
        0 => diags.push(Diagnostic::error(
            "CS5001",
            Span::default(),
            "Program does not contain a static 'Main' method suitable for an entry point",
        )),
        1 => decls.entry_point = Some(found[0].0),
        _ => {
            for (_, span) in &found {
                diags.push(Diagnostic::error(
                    "CS0017",
                    *span,
                    "Program has more than one entry point defined.",
                ));
            }
        }
    }
}
