//! Member lookup (C# spec §12.5): finding what a name means in a type,
//! searching the type and then its base classes.

use super::Binder;
use crate::types::*;

#[derive(Clone, Debug)]
pub enum Member {
    Field(FieldId),
    Property(PropertyId),
    /// A method group: every method of that name, most derived first.
    Methods(Vec<MethodId>),
    /// An event used from outside its type (inside, a field-like event is its field).
    Event(EventId),
}

impl Binder<'_> {
    /// The member `name` of `def` or its bases; the most derived
    /// declaration of the name wins, except that methods of one name
    /// gather from the whole chain (overloads across a hierarchy).
    pub fn lookup_member(&self, def: DefId, name: &str) -> Option<Member> {
        let mut methods = Vec::new();
        let mut current = Some(def);
        while let Some(d) = current {
            let t = self.syms.def(d);
            let named = self.syms.members_named(d, name);
            if methods.is_empty() {
                // An instance of a generic type has its definition's events.
                if let Some(ev) = self.syms.event_named(self.syms.generic_def(d), name) {
                    let e = self.syms.event(ev);
                    let field = e.backing.map(|f| t.fields.iter().copied().find(|&g| g == f || self.syms.field(g).generic_of == Some(f)).unwrap_or(f));
                    return Some(match field {
                        Some(f) if self.within(e.owner) => Member::Field(f),
                        _ => Member::Event(ev),
                    });
                }
                if let Some(f) = named.iter().find_map(|m| match *m {
                    NamedMember::Field(f) => Some(f),
                    _ => None,
                }) {
                    return Some(Member::Field(f));
                }
                if let Some(p) = named.iter().find_map(|m| match *m {
                    NamedMember::Property(p) if !self.syms.property(p).is_indexer => Some(p),
                    _ => None,
                }) {
                    return Some(Member::Property(p));
                }
            }
            // A base method with the same signature as one already found
            // is hidden or overridden by it (hide-by-signature).
            let found: Vec<MethodId> = named
                .iter()
                .filter_map(|m| match *m {
                    NamedMember::Method(m) => Some(m),
                    _ => None,
                })
                .filter(|&m| {
                    let s = self.syms.method(m);
                    !s.is_ctor && !s.is_accessor && !methods.iter().any(|&d| self.same_signature(d, m))
                })
                .collect();
            methods.extend(found);
            current = t.base.and_then(|b| match self.syms.kind(b) {
                TyKind::Def(d) => Some(d),
                _ => None,
            });
        }
        if self.syms.def(def).kind == TypeDefKind::TypeParam {
            // A type parameter has the members of its effective base class
            // (found above) and of its interface constraints (§12.5).
            let mut all = Vec::new();
            if let Some(t) = self.syms.find_interned(TyKind::Def(def)) {
                crate::declare::all_interfaces(self.syms, t, &mut all);
            }
            for b in self.syms.type_param(self.syms.find_interned(TyKind::Def(def)).unwrap_or(Symbols::ERROR)).map(|i| i.bounds.clone()).unwrap_or_default() {
                if let TyKind::Def(bd) = self.syms.kind(b)
                    && let Some(m) = self.lookup_member(bd, name)
                {
                    match m {
                        Member::Methods(ms) => methods.extend(ms),
                        other if methods.is_empty() => return Some(other),
                        _ => {}
                    }
                }
            }
            for i in all {
                let TyKind::Def(d) = self.syms.kind(i) else { continue };
                match self.lookup_member(d, name) {
                    Some(Member::Methods(ms)) => {
                        // The class constraint's method hides an interface
                        // method of the same signature.
                        let fresh: Vec<MethodId> = ms.into_iter().filter(|&m| !methods.contains(&m) && !methods.iter().any(|&k| self.same_signature(k, m))).collect();
                        methods.extend(fresh);
                    }
                    Some(other) if methods.is_empty() => return Some(other),
                    _ => {}
                }
            }
        }
        if !methods.is_empty() && self.syms.def(def).kind == TypeDefKind::Interface {
            // The methods of that name in the base interfaces overload
            // with these (IDictionary<K,V>.Add(K, V) and
            // ICollection<KeyValuePair<K,V>>.Add(pair)).
            let mut all = Vec::new();
            if let Some(t) = self.syms.find_interned(TyKind::Def(def)) {
                crate::declare::all_interfaces(self.syms, t, &mut all);
            }
            for i in all {
                let TyKind::Def(d) = self.syms.kind(i) else { continue };
                let found: Vec<MethodId> = self.syms.def(d).methods.iter().copied().filter(|&m| {
                    let s = self.syms.method(m);
                    s.name == name && !s.is_accessor && !methods.iter().any(|&k| self.same_signature(k, m))
                }).collect();
                methods.extend(found);
            }
            // An interface's members include object's (§12.5): they
            // overload with the interface's own.
            if let Some(object) = self.syms.special_def(SpecialType::Object)
                && let Some(Member::Methods(ms)) = self.lookup_member(object, name)
            {
                // Instance methods: an interface value's call never means
                // object's static Equals(object, object).
                let fresh: Vec<MethodId> = ms
                    .into_iter()
                    .filter(|&m| !self.syms.method(m).is_static && !methods.iter().any(|&k| self.same_signature(k, m)))
                    .collect();
                methods.extend(fresh);
            }
        }
        if methods.is_empty() && self.syms.def(def).kind == TypeDefKind::Interface {
            // An interface also has the members of the interfaces it
            // extends, and those of object.
            let mut all = Vec::new();
            if let Some(t) = self.syms.find_interned(TyKind::Def(def)) {
                crate::declare::all_interfaces(self.syms, t, &mut all);
            }
            for i in all {
                if let TyKind::Def(d) = self.syms.kind(i)
                    && let Some(m) = self.lookup_member(d, name)
                {
                    return Some(m);
                }
            }
            if let Some(object) = self.syms.special_def(SpecialType::Object) {
                return self.lookup_member(object, name);
            }
        }
        if methods.is_empty() { None } else { Some(Member::Methods(methods)) }
    }

    pub fn same_signature(&self, a: MethodId, b: MethodId) -> bool {
        self.syms.same_params(a, b)
    }

    /// Whether code in the current type may use a member with `access`
    /// declared in `owner` (spec §7.5).
    pub fn is_accessible(&self, owner: DefId, access: Accessibility) -> bool {
        let here = self.scope.def;
        let same_assembly = self.syms.def(owner).origin == Origin::Source;
        // Code in a type, or in a type nested in it, sees its privates.
        let inside = |t: DefId| {
            let mut c = Some(here);
            while let Some(d) = c {
                if d == t || d == self.syms.generic_def(t) {
                    return true;
                }
                c = self.syms.def(d).enclosing;
            }
            false
        };
        let derived = || {
            let mut outer = Some(here);
            while let Some(o) = outer {
                let mut current = Some(o);
                while let Some(d) = current {
                    if d == owner {
                        return true;
                    }
                    current = self.syms.def(d).base.and_then(|b| match self.syms.kind(b) {
                        TyKind::Def(d) => Some(d),
                        _ => None,
                    });
                }
                outer = self.syms.def(o).enclosing;
            }
            false
        };
        match access {
            Accessibility::Public => true,
            Accessibility::Internal => same_assembly,
            Accessibility::Private => inside(owner),
            Accessibility::Protected => inside(owner) || derived(),
            Accessibility::ProtectedInternal => same_assembly || derived(),
            Accessibility::PrivateProtected => same_assembly && (inside(owner) || derived()),
        }
    }

    /// Whether the code being bound is inside type `def` (or a type nested in it).
    pub fn within(&self, def: DefId) -> bool {
        let mut t = Some(self.this_owner());
        while let Some(d) = t {
            if d == def {
                return true;
            }
            t = self.syms.def(d).enclosing;
        }
        false
    }
}
