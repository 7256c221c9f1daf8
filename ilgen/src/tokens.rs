//! Symbols as metadata: the token that names a type, method or field,
//! and the signature blobs (ECMA-335 II.23.2) that describe them.

use metadata::{MethodSig, TableId, Token, TypeSig, TypeSpecRow};
use semantic::*;

use crate::{EmitError, Emitter};

impl Emitter<'_> {
    /// The AssemblyRef of a referenced assembly. The core library is
    /// always written as `mscorlib, Version=4.0.0.0` with the ECMA public
    /// key token, so the file binds to Mono's and .NET's own corlib.
    fn assembly_ref(&mut self, asm: AsmId) -> Token {
        if let Some(&t) = self.asm_refs.get(&asm.0) {
            return t;
        }
        let name = self
            .references
            .get(asm.0 as usize)
            .cloned()
            .unwrap_or_default();
        let t = if name == "mscorlib" {
            self.b.add_mscorlib_ref()
        } else {
            let n = self.b.strings.add(&name);
            self.b.tables.assembly_ref.push(metadata::AssemblyRefRow {
                name: n,
                ..Default::default()
            });
            Token::new(
                TableId::AssemblyRef,
                self.b.tables.assembly_ref.len() as u32,
            )
        };
        self.asm_refs.insert(asm.0, t);
        t
    }

    /// The AssemblyRef of a .NET Framework assembly other than mscorlib.
    fn framework_ref(&mut self, assembly: &'static str) -> Token {
        if let Some(&t) = self.framework_refs.get(assembly) {
            return t;
        }
        let t = self.b.add_framework_ref(assembly);
        self.framework_refs.insert(assembly, t);
        t
    }

    /// TypeDef for a source type, TypeRef for an imported one.
    pub fn def_token(&mut self, d: DefId) -> Token {
        if let Some(&t) = self.type_tokens.get(&d) {
            return t;
        }
        let def = self.syms.def(d);
        let Origin::Metadata { asm, .. } = def.origin else {
            return Token::NIL; // every source type got its token up front
        };
        // A nested type is scoped by its enclosing type's TypeRef and has
        // no namespace of its own (II.22.38).
        let (scope, namespace) = match def.enclosing {
            Some(e) => (self.def_token(e), String::new()),
            None => match framework_assembly(&def.namespace, &def.name) {
                Some(a) if self.references.get(asm.0 as usize).is_some_and(|r| r == "mscorlib") => {
                    (self.framework_ref(a), def.namespace.clone())
                }
                _ => (self.assembly_ref(asm), def.namespace.clone()),
            },
        };
        let def = self.syms.def(d);
        let t = self.b.add_type_ref(scope, &namespace, &def.name);
        self.type_tokens.insert(d, t);
        t
    }

    /// Does naming `d` need a TypeSpec: a constructed type, a type
    /// parameter, or a generic type used as a type (`List<T>` inside its
    /// own declaration is ``List`1<!0>``)?
    /// `d` itself when it is a class that adopted a generic method's type parameters (its
    /// members are then encoded in its context, see `Emitter::context`).
    pub fn adopting(&self, d: DefId) -> Option<DefId> {
        self.syms.adopted_params.contains_key(&d).then_some(d)
    }

    /// The position among `c`'s own type parameters of adopted method type parameter `p`.
    fn adopted_index(&self, c: DefId, p: DefId) -> Option<u32> {
        let adopted = self.syms.adopted_params.get(&c)?;
        let pos = adopted.iter().position(|&a| a == p)?;
        Some((self.syms.def(c).type_params.len() - adopted.len() + pos) as u32)
    }

    /// Runs `f` with `context` as the emission context (a member's signature is written in
    /// its declaring class's).
    fn in_context<R>(&mut self, context: Option<DefId>, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::replace(&mut self.context, context);
        let r = f(self);
        self.context = saved;
        r
    }

    pub fn needs_spec(&self, d: DefId) -> bool {
        let def = self.syms.def(d);
        def.instance_of.is_some() || !def.type_params.is_empty() || def.kind == TypeDefKind::TypeParam
    }

    /// A token usable where CIL wants a type (newarr, box, extends): a
    /// TypeDef/TypeRef, or a TypeSpec for arrays and generic types.
    pub fn type_token(&mut self, ty: TyId) -> Result<Token, EmitError> {
        match self.syms.kind(ty) {
            TyKind::Def(d) if !self.needs_spec(d) => Ok(self.def_token(d)),
            _ => {
                if let Some(&t) = self.type_specs.get(&(ty, self.context)) {
                    return Ok(t);
                }
                let sig = self.type_sig(ty)?;
                let blob =
                    metadata::encode_type_spec(&sig).map_err(|e| EmitError(e.to_string()))?;
                let signature = self.b.blobs.add(&blob);
                self.b.tables.type_spec.push(TypeSpecRow { signature });
                let t = Token::new(TableId::TypeSpec, self.b.tables.type_spec.len() as u32);
                self.type_specs.insert((ty, self.context), t);
                Ok(t)
            }
        }
    }

    /// The parent of a MemberRef to a member of `d`.
    fn member_parent(&mut self, d: DefId) -> Result<Token, EmitError> {
        if self.needs_spec(d) {
            let ty = self.syms.find_interned(TyKind::Def(d)).ok_or_else(|| EmitError(format!("type {} not interned", self.syms.def(d).name)))?;
            self.type_token(ty)
        } else {
            Ok(self.def_token(d))
        }
    }

    /// A type's definition, for an instance.
    fn root_owner(&self, d: DefId) -> DefId {
        self.syms.def(d).instance_of.as_ref().map_or(d, |(g, _)| *g)
    }

    /// The definition a substituted member comes from.
    pub fn root_method(&self, mut m: MethodId) -> MethodId {
        while let Some(g) = &self.syms.method(m).generic {
            m = g.of;
        }
        m
    }

    pub fn type_sig(&mut self, ty: TyId) -> Result<TypeSig, EmitError> {
        let syms = self.syms;
        Ok(match syms.kind(ty) {
            TyKind::Def(d) if syms.def(d).kind == TypeDefKind::TypeParam => {
                let info = syms.def(d).param.as_deref().ok_or_else(|| EmitError("type parameter without info".into()))?;
                match info.owner {
                    ParamOwner::Type(_) => TypeSig::Var(info.index),
                    ParamOwner::Method(_) => match self.context.and_then(|c| self.adopted_index(c, d)) {
                        Some(i) => TypeSig::Var(i),
                        None => TypeSig::MVar(info.index),
                    },
                }
            }
            TyKind::Def(d) if syms.def(d).instance_of.is_some() || !syms.def(d).type_params.is_empty() => {
                let def = syms.def(d);
                let (g, args) = match &def.instance_of {
                    Some((g, args)) => (*g, args.clone()),
                    None => {
                        // A class that adopted method type parameters is, as a type, an
                        // instance over them (`D<!0, !!0>` in the method).
                        let adopted = syms.adopted_params.get(&d).cloned().unwrap_or_default();
                        let own = def.type_params.len() - adopted.len();
                        let params = def.type_params[..own].iter().chain(&adopted);
                        (d, params.filter_map(|&p| syms.find_interned(TyKind::Def(p))).collect())
                    }
                };
                let ty = self.def_token(g);
                let mut sigs = Vec::new();
                for a in args {
                    sigs.push(self.type_sig(a)?);
                }
                TypeSig::GenericInst { is_value_type: syms.is_value_type(ty_of(syms, g)), ty, args: sigs }
            }
            TyKind::Def(d) => {
                let def = syms.def(d);
                match def.special {
                    Some(SpecialType::Void) => TypeSig::Void,
                    Some(SpecialType::Boolean) => TypeSig::Boolean,
                    Some(SpecialType::Char) => TypeSig::Char,
                    Some(SpecialType::SByte) => TypeSig::I1,
                    Some(SpecialType::Byte) => TypeSig::U1,
                    Some(SpecialType::Int16) => TypeSig::I2,
                    Some(SpecialType::UInt16) => TypeSig::U2,
                    Some(SpecialType::Int32) => TypeSig::I4,
                    Some(SpecialType::UInt32) => TypeSig::U4,
                    Some(SpecialType::Int64) => TypeSig::I8,
                    Some(SpecialType::UInt64) => TypeSig::U8,
                    Some(SpecialType::Single) => TypeSig::R4,
                    Some(SpecialType::Double) => TypeSig::R8,
                    Some(SpecialType::String) => TypeSig::String,
                    Some(SpecialType::Object) => TypeSig::Object,
                    Some(SpecialType::IntPtr) => TypeSig::IntPtr,
                    Some(SpecialType::UIntPtr) => TypeSig::UIntPtr,
                    _ => {
                        let t = self.def_token(d);
                        if syms.is_value_type(ty) {
                            TypeSig::ValueType(t)
                        } else {
                            TypeSig::Class(t)
                        }
                    }
                }
            }
            TyKind::Array(e, 1) => TypeSig::SzArray(Box::new(self.type_sig(e)?)),
            TyKind::Array(e, rank) => TypeSig::Array {
                elem: Box::new(self.type_sig(e)?),
                rank,
                sizes: Vec::new(),
                lo_bounds: vec![0; rank as usize],
            },
            TyKind::ByRef(t) => TypeSig::ByRef(Box::new(self.type_sig(t)?)),
            TyKind::Null | TyKind::Error | TyKind::TargetTyped => {
                return Err(EmitError(format!("cannot emit type {}", syms.display(ty))));
            }
        })
    }

    /// The signature of a method as its definition declares it (a member
    /// of `List<int>` is named with the signature of `List<T>`'s, II.22.25).
    pub fn method_sig(&mut self, m: MethodId) -> Result<Vec<u8>, EmitError> {
        let m = self.root_method(m);
        let sym = self.syms.method(m);
        let mut ret = self.type_sig(sym.ret)?;
        // An `init` accessor returns `void modreq(IsExternalInit)` (C# 9),
        // so compilers that do not know the rule cannot call it.
        if self.syms.init_only.contains(&m)
            && let Some(marker) = self.syms.lookup_type("System.Runtime.CompilerServices.IsExternalInit")
        {
            ret = TypeSig::CModReqd(self.def_token(marker), Box::new(ret));
        }
        let mut params = Vec::new();
        for p in &sym.params {
            let t = self.type_sig(p.ty)?;
            params.push(if p.kind == ParamKind::Value {
                t
            } else {
                TypeSig::ByRef(Box::new(t))
            });
        }
        let sig = MethodSig {
            has_this: !sym.is_static,
            explicit_this: false,
            generic_param_count: sym.type_params.len() as u32,
            ret,
            params,
        };
        metadata::encode_method_sig(&sig).map_err(|e| EmitError(e.to_string()))
    }

    /// The token a call names: the MethodDef of a source method, a
    /// MemberRef for an imported one or a member of a generic type
    /// (whose parent is a TypeSpec), a MethodSpec for a generic method
    /// given type arguments.
    pub fn method_token(&mut self, m: MethodId) -> Result<Token, EmitError> {
        let sym = self.syms.method(m);
        if let Some(g) = sym.generic.as_ref().filter(|g| !g.method_args.is_empty()) {
            if let Some(&t) = self.method_refs.get(&(m, self.context)) {
                return Ok(t);
            }
            let (of, args) = (g.of, g.method_args.clone());
            let method = self.method_token(of)?;
            let mut sigs = Vec::new();
            for a in args {
                sigs.push(self.type_sig(a)?);
            }
            let blob = metadata::encode_method_spec(&sigs).map_err(|e| EmitError(e.to_string()))?;
            let instantiation = self.b.blobs.add(&blob);
            self.b.tables.method_spec.push(metadata::MethodSpecRow { method, instantiation });
            let t = Token::new(TableId::MethodSpec, self.b.tables.method_spec.len() as u32);
            self.method_refs.insert((m, self.context), t);
            return Ok(t);
        }
        if self.needs_spec(sym.owner) {
            if let Some(&t) = self.method_refs.get(&(m, self.context)) {
                return Ok(t);
            }
            let owner = sym.owner;
            let name = sym.name.clone();
            let class = self.member_parent(owner)?;
            let declared = self.adopting(self.root_owner(owner));
            let sig = self.in_context(declared, |e| e.method_sig(m))?;
            let t = self.b.add_member_ref(class, &name, &sig);
            self.method_refs.insert((m, self.context), t);
            return Ok(t);
        }
        if let Some(&t) = self.method_tokens.get(&m) {
            return Ok(t);
        }
        let class = self.def_token(sym.owner);
        let sig = self.method_sig(m)?;
        let t = self.b.add_member_ref(class, &sym.name, &sig);
        self.method_tokens.insert(m, t);
        Ok(t)
    }

    /// A MemberRef to one of an array type's runtime-provided methods:
    /// `.ctor(int32 × rank)`, `Get(int32 × rank)`, `Set(int32 × rank, T)`,
    /// `Address(int32 × rank)` returning `T&`, on the array's TypeSpec.
    pub fn array_method(&mut self, array_ty: TyId, which: crate::emit::ArrayMethod) -> Result<Token, EmitError> {
        use crate::emit::ArrayMethod;
        let TyKind::Array(elem, rank) = self.syms.kind(array_ty) else {
            return Err(EmitError("array method on a non-array type".into()));
        };
        let class = self.type_token(array_ty)?;
        let elem_sig = self.type_sig(elem)?;
        let ints = vec![TypeSig::I4; rank as usize];
        let (name, ret, params) = match which {
            ArrayMethod::Ctor => (".ctor", TypeSig::Void, ints),
            ArrayMethod::Get => ("Get", elem_sig, ints),
            ArrayMethod::Set => ("Set", TypeSig::Void, ints.into_iter().chain([elem_sig]).collect()),
            ArrayMethod::Address => ("Address", TypeSig::ByRef(Box::new(elem_sig)), ints),
        };
        let sig = MethodSig { has_this: true, explicit_this: false, generic_param_count: 0, ret, params };
        let blob = metadata::encode_method_sig(&sig).map_err(|e| EmitError(e.to_string()))?;
        let key = (array_ty, name);
        if let Some(&t) = self.array_methods.get(&key) {
            return Ok(t);
        }
        let t = self.b.add_member_ref(class, name, &blob);
        self.array_methods.insert(key, t);
        Ok(t)
    }

    pub fn field_token(&mut self, f: FieldId) -> Result<Token, EmitError> {
        let sym = self.syms.field(f);
        let generic_owner = self.needs_spec(sym.owner);
        let cached = if generic_owner { self.field_refs.get(&(f, self.context)) } else { self.field_tokens.get(&f) };
        if let Some(&t) = cached {
            return Ok(t);
        }
        let owner = sym.owner;
        let name = sym.name.clone();
        // A field of a generic type is named with its declared type.
        let root = sym.generic_of.unwrap_or(f);
        let class = self.member_parent(owner)?;
        let declared = self.adopting(self.syms.field(root).owner);
        let root_ty = self.syms.field(root).ty;
        let sig = metadata::encode_field_sig(&self.in_context(declared, |e| e.type_sig(root_ty))?)
            .map_err(|e| EmitError(e.to_string()))?;
        let t = self.b.add_member_ref(class, &name, &sig);
        if generic_owner {
            self.field_refs.insert((f, self.context), t);
        } else {
            self.field_tokens.insert(f, t);
        }
        Ok(t)
    }

    pub fn string_token(&mut self, s: &[u16]) -> Token {
        if let Some(&t) = self.strings.get(s) {
            return t;
        }
        let idx = self.b.user_strings.add_utf16(s);
        let t = idx.token();
        self.strings.insert(s.to_vec(), t);
        t
    }
}

fn ty_of(syms: &Symbols, d: DefId) -> TyId {
    syms.find_interned(TyKind::Def(d)).unwrap_or(Symbols::ERROR)
}

/// The assembly other than mscorlib in which .NET Framework's reference assemblies put a
/// core-library type, so that both reference runtimes find it (docs/assembly-file.md,
/// "Where core types live"): Mono 6.8 does not have these in its mscorlib, and CoreCLR
/// 3.1's mscorlib facade does not forward them, but both resolve them through the
/// assemblies named here. Sharp's own VM maps every one of these names to its core library.
/// The arity of `Func`3`-style names with this prefix.
fn delegate_arity(name: &str, prefix: &str) -> Option<u32> {
    name.strip_prefix(prefix)?.parse().ok()
}

pub(crate) fn framework_assembly(namespace: &str, name: &str) -> Option<&'static str> {
    match (namespace, name) {
        (
            "System.Collections.Generic",
            "Queue`1" | "Stack`1" | "LinkedList`1" | "LinkedListNode`1" | "SortedSet`1" | "SortedDictionary`2" | "SortedList`2" | "ISet`1",
        ) => Some("System"),
        ("System.Collections.Generic", "HashSet`1") => Some("System.Core"),
        ("System.Diagnostics", "Stopwatch") => Some("System"),
        // MathF came after .NET Framework: Mono keeps it in mscorlib, but CoreCLR's mscorlib
        // facade does not forward it; System.Runtime.Extensions names it on .NET Core (and on
        // a Mono install with its facades).
        ("System", "MathF") => Some("System.Runtime.Extensions"),
        // LINQ lives in System.Core on .NET Framework and Mono.
        ("System.Linq", _) => Some("System.Core"),
        // BigInteger and Complex have an assembly of their own there.
        ("System.Numerics", _) => Some("System.Numerics"),
        // .NET Framework 4 keeps the delegates of up to eight parameters in mscorlib.
        ("System", n) if delegate_arity(n, "Action`").is_some_and(|a| a > 8) || delegate_arity(n, "Func`").is_some_and(|a| a > 9) => {
            Some("System.Core")
        }
        _ => None,
    }
}
