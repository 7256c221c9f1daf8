//! The loader: assemblies, and resolution of TypeRef, MemberRef and signature types to the
//! VM's own types and methods.
//! Floor 1 (the type system and metadata view), with the [`TypeSystem`] that holds what it loads.
//!
//! A TypeRef is resolved by namespace and name in the assembly its ResolutionScope names
//! (ECMA-335 II.22.38); the framework assembly names (`mscorlib`, `System.Runtime`...) all mean
//! Sharp's core library. A MemberRef is resolved by name and signature comparison in its parent
//! type and then the parent's base types (II.22.25).

use crate::error::{Result, VmError};
use crate::types::{ExceptionFields, FieldInfo, MethodTable, TypeId, TypeInfo, TypeKind, ValKind};
use metadata::{Image, MethodSig, TableId, Token, TypeSig};
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicUsize;

/// Assembly names that all resolve to the core library: .NET Framework's (what mcs
/// references) and the reference assemblies a csc build for .NET Core names, whose types
/// Sharp's single library holds. A type the library lacks is then a TypeLoadException
/// naming it, whichever assembly the reference said.
pub const CORLIB_NAMES: &[&str] = &[
    "mscorlib",
    "System.Runtime",
    "System.Console",
    "System.Private.CoreLib",
    "netstandard",
    "System",
    "System.Core",
    "System.Collections",
    "System.Collections.NonGeneric",
    "System.Linq",
    "System.Numerics",
    "System.Runtime.Numerics",
    "System.Runtime.Extensions",
    "System.Runtime.InteropServices",
    "System.IO.FileSystem",
    "System.Text.Encoding.Extensions",
    "System.Diagnostics.Debug",
    "System.Diagnostics.Tools",
    "System.Threading",
    "System.ObjectModel",
];

/// A method: the assembly index and its MethodDef row, and for a method of a generic type or
/// a generic method, the instantiation it is compiled for (an index into
/// `TypeSystem::method_insts`, 0 for none): each instantiation is compiled on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MethodKey {
    pub asm: u32,
    pub row: u32,
    pub inst: u32,
}

impl MethodKey {
    pub fn new(asm: u32, row: u32) -> MethodKey {
        MethodKey { asm, row, inst: 0 }
    }

    /// The key as JIT code passes it to the compile helper: 24 bits of row, 16 of assembly and
    /// 24 of instantiation.
    pub fn pack(self) -> i64 {
        ((self.inst as i64) << 40) | ((self.asm as i64 & 0xFFFF) << 24) | (self.row as i64 & 0xFF_FFFF)
    }
    pub fn unpack(v: i64) -> MethodKey {
        MethodKey {
            asm: ((v >> 24) & 0xFFFF) as u32,
            row: (v & 0xFF_FFFF) as u32,
            inst: ((v >> 40) & 0xFF_FFFF) as u32,
        }
    }
}

/// The type arguments in force while a generic type's or method's metadata is read: what
/// `!n` (VAR) and `!!n` (MVAR) in a signature stand for (ECMA-335 II.23.2.12).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct GenericCtx {
    pub type_args: Vec<RType>,
    pub method_args: Vec<RType>,
}

impl GenericCtx {
    pub fn is_empty(&self) -> bool {
        self.type_args.is_empty() && self.method_args.is_empty()
    }
}

/// One loaded assembly.
pub(crate) struct Assembly {
    pub name: String,
    pub image: Image,
    /// TypeId of TypeDef row 1.
    pub type_base: u32,
    /// The code slot of each MethodDef (index row-1): 0 until compiled. JIT call sites load it.
    pub slots: Box<[AtomicUsize]>,
    /// TypeDef row owning each MethodDef row (index row-1).
    pub method_owner: Vec<u32>,
    /// TypeDef row owning each Field row (index row-1).
    pub field_owner: Vec<u32>,
    /// Top-level types by (namespace, name).
    pub names: HashMap<(String, String), u32>,
    /// Sequence points from the assembly's PDB, once given (`Vm::load_debug_info`).
    pub debug: Option<metadata::pdb::DebugInfo>,
}

pub(crate) use crate::types::RType;

/// What the VM knows about types: the loaded assemblies, each TypeDef, the field layouts and
/// MethodTables, the vtables and interface maps, and the caches of token resolution. It runs no
/// code; JIT code and helpers reach it through `VmContext::types`.
#[derive(Default)]
pub(crate) struct TypeSystem {
    pub assemblies: Vec<Assembly>,
    pub types: Vec<TypeInfo>,
    pub fields: HashMap<(u32, u32), FieldInfo>,
    pub static_blocks: Vec<Box<[u64]>>,
    pub method_tables: Vec<*mut MethodTable>,
    pub array_mts: HashMap<String, *mut MethodTable>,
    pub type_ref_cache: HashMap<(u32, u32), TypeId>,
    pub member_cache: HashMap<(u32, u32), MethodKey>,
    /// The method in each vtable slot, per type (`vtable.rs`).
    pub vtables: HashMap<TypeId, Rc<Vec<MethodKey>>>,
    /// Every interface a type implements, transitively.
    pub interface_lists: HashMap<TypeId, Rc<Vec<TypeId>>>,
    /// (type, interface method) → the implementing method.
    pub interface_maps: HashMap<(TypeId, MethodKey), MethodKey>,
    /// The IMT slot of each interface method (`imt.rs`), and the next number to hand out.
    pub imt_slot_of: HashMap<MethodKey, u32>,
    pub imt_next: u32,
    /// `System.Object::Finalize` and its vtable slot, once looked up (`vtable.rs`).
    pub finalize: Option<Option<(MethodKey, u32)>>,
    /// Where the VM writes in exception objects, once looked up (`layout.rs`).
    pub exception_layout: Option<Option<ExceptionFields>>,
    /// Where the VM reads and writes in delegates, once looked up (`layout.rs`).
    pub delegate_layout: Option<Option<crate::types::DelegateFields>>,
    /// What VAR and MVAR mean while metadata is read (`with_ctx`).
    pub ctx: GenericCtx,
    /// Instantiated generic types: (definition, arguments) → the instance's TypeId.
    pub instances: HashMap<(TypeId, Vec<RType>), TypeId>,
    /// The instantiations methods are compiled for (`MethodKey::inst`); entry 0 is empty.
    pub method_insts: Vec<GenericCtx>,
    pub method_inst_ids: HashMap<GenericCtx, u32>,
    /// The reflection stand-ins of unbound generic types (`open_type_mt`).
    pub open_type_mts: HashMap<TypeId, *const MethodTable>,
    /// The code slots of instantiated methods (those of plain methods are per MethodDef row).
    pub inst_slots: HashMap<MethodKey, Box<AtomicUsize>>,
}

impl Drop for TypeSystem {
    fn drop(&mut self) {
        for &mt in &self.method_tables {
            // SAFETY: each came from MethodTable::into_raw and no object outlives the VM.
            unsafe { MethodTable::free(mt) };
        }
    }
}

impl TypeSystem {
    /// Adds an assembly and its types; returns its index.
    pub(crate) fn add_assembly(&mut self, bytes: Vec<u8>) -> Result<u32> {
        let image = Image::parse(bytes)?;
        let t = &image.tables;
        let name = match t.assembly.first() {
            Some(a) => image.string(a.name)?.to_string(),
            None => String::from("<module>"),
        };
        let asm = self.assemblies.len() as u32;
        let type_base = self.types.len() as u32;
        let n_types = t.type_def.len();
        let mut method_owner = vec![0u32; t.method_def.len()];
        let mut field_owner = vec![0u32; t.field.len()];
        for i in 0..n_types {
            let m_end = t
                .type_def
                .get(i + 1)
                .map_or(t.method_def.len() as u32 + 1, |n| n.method_list);
            let f_end = t
                .type_def
                .get(i + 1)
                .map_or(t.field.len() as u32 + 1, |n| n.field_list);
            for r in t.type_def[i].method_list..m_end {
                if let Some(o) = method_owner.get_mut((r as usize).wrapping_sub(1)) {
                    *o = i as u32 + 1;
                }
            }
            for r in t.type_def[i].field_list..f_end {
                if let Some(o) = field_owner.get_mut((r as usize).wrapping_sub(1)) {
                    *o = i as u32 + 1;
                }
            }
        }
        let nested: HashMap<u32, u32> = t
            .nested_class
            .iter()
            .map(|n| (n.nested_class, n.enclosing_class))
            .collect();
        let mut names = HashMap::default();
        let is_corlib = asm == 0;
        for (i, td) in t.type_def.iter().enumerate() {
            let row = i as u32 + 1;
            let tname = image.string(td.name)?.to_string();
            let ns = image.string(td.namespace)?.to_string();
            let (base_ns, base_name) = self.token_name(&image, td.extends)?;
            let kind =
                if is_corlib && ns == "System" && crate::types::primitive_kind(&tname).is_some() {
                    TypeKind::Primitive(crate::types::primitive_kind(&tname).unwrap_or(ValKind::I4))
                } else if td.flags & 0x20 != 0 {
                    TypeKind::Interface
                } else if base_ns == "System" && base_name == "Enum" {
                    TypeKind::Enum
                } else if base_ns == "System"
                    && base_name == "ValueType"
                    && !(ns == "System" && tname == "Enum")
                {
                    TypeKind::Struct
                } else {
                    TypeKind::Class
                };
            if !nested.contains_key(&row) {
                names.insert((ns.clone(), tname.clone()), row);
            }
            self.types.push(TypeInfo {
                asm,
                row,
                namespace: ns,
                name: tname,
                flags: td.flags,
                kind,
                layout: None,
                layout_in_progress: false,
                cctor_state: crate::types::CctorState::NotRun,
                enclosing: nested
                    .get(&row)
                    .filter(|&&e| e >= 1 && e as usize <= n_types)
                    .map(|&e| type_base + e - 1),
                generic_def: None,
                type_args: Vec::new(),
                args_shown: String::new(),
            });
        }
        let slots = (0..t.method_def.len())
            .map(|_| AtomicUsize::new(0))
            .collect();
        self.assemblies.push(Assembly {
            name,
            image,
            type_base,
            slots,
            method_owner,
            field_owner,
            names,
            debug: None,
        });
        Ok(asm)
    }

    /// Namespace and name of a TypeDef or TypeRef token in `image` (empty for nil or TypeSpec).
    pub(crate) fn token_name(&self, image: &Image, tok: Token) -> Result<(String, String)> {
        let t = &image.tables;
        let row = tok.row() as usize;
        Ok(match tok.table() {
            Some(TableId::TypeDef) if row >= 1 => match t.type_def.get(row - 1) {
                Some(r) => (
                    image.string(r.namespace)?.to_string(),
                    image.string(r.name)?.to_string(),
                ),
                None => return Err(bad_row(tok)),
            },
            Some(TableId::TypeRef) if row >= 1 => match t.type_ref.get(row - 1) {
                Some(r) => (
                    image.string(r.namespace)?.to_string(),
                    image.string(r.name)?.to_string(),
                ),
                None => return Err(bad_row(tok)),
            },
            _ => (String::new(), String::new()),
        })
    }

    pub(crate) fn image(&self, asm: u32) -> &Image {
        &self.assemblies[asm as usize].image
    }

    /// The TypeId of a TypeDef row.
    pub(crate) fn type_of_def(&self, asm: u32, row: u32) -> Result<TypeId> {
        let a = &self.assemblies[asm as usize];
        if row == 0 || row as usize > a.image.tables.type_def.len() {
            return Err(bad_row(Token::new(TableId::TypeDef, row)));
        }
        Ok(a.type_base + row - 1)
    }

    /// Finds a top-level type by name in an assembly.
    pub(crate) fn find_type(&self, asm: u32, ns: &str, name: &str) -> Option<TypeId> {
        let a = &self.assemblies[asm as usize];
        a.names
            .get(&(ns.to_string(), name.to_string()))
            .map(|&row| a.type_base + row - 1)
    }

    /// A type of the core library's System namespace.
    pub(crate) fn core_type(&self, name: &str) -> Result<TypeId> {
        self.find_type(0, "System", name)
            .ok_or_else(|| VmError::MissingType(format!("System.{name}")))
    }

    /// The assembly an AssemblyRef row names.
    fn resolve_assembly_ref(&self, asm: u32, row: u32) -> Result<u32> {
        let img = self.image(asm);
        let r = img
            .tables
            .assembly_ref
            .get((row as usize).wrapping_sub(1))
            .ok_or_else(|| bad_row(Token::new(TableId::AssemblyRef, row)))?;
        let name = img.string(r.name)?;
        if CORLIB_NAMES.contains(&name) {
            return Ok(0);
        }
        self.assemblies
            .iter()
            .position(|a| a.name == name)
            .map(|i| i as u32)
            .ok_or_else(|| VmError::MissingAssembly(name.to_string()))
    }

    /// Resolves a TypeDef, TypeRef or (class-like) TypeSpec token of `asm` to a type.
    pub(crate) fn resolve_type_token(&mut self, asm: u32, tok: Token) -> Result<TypeId> {
        self.resolve_type_token_within(asm, tok, 0)
    }

    /// [`Self::resolve_type_token`], `depth` tokens into a chain of enclosing TypeRefs or
    /// TypeSpecs. A chain that loops (a TypeRef scoped by itself) is a bad image, not an
    /// endless recursion.
    fn resolve_type_token_within(&mut self, asm: u32, tok: Token, depth: u32) -> Result<TypeId> {
        const MAX_CHAIN: u32 = 64;
        if depth > MAX_CHAIN {
            return Err(VmError::BadImage(format!("type token 0x{:08x}: its resolution scopes form a loop", tok.0)));
        }
        if let Some(&t) = self.type_ref_cache.get(&(asm, tok.0)) {
            return Ok(t);
        }
        let row = tok.row();
        let tid = match tok.table() {
            Some(TableId::TypeDef) => self.type_of_def(asm, row)?,
            Some(TableId::TypeRef) => {
                let img = self.image(asm);
                let r = img
                    .tables
                    .type_ref
                    .get((row as usize).wrapping_sub(1))
                    .ok_or_else(|| bad_row(tok))?;
                let (scope, ns, name) = (
                    r.resolution_scope,
                    img.string(r.namespace)?.to_string(),
                    img.string(r.name)?.to_string(),
                );
                let full = if ns.is_empty() {
                    name.clone()
                } else {
                    format!("{ns}.{name}")
                };
                match scope.table() {
                    Some(TableId::AssemblyRef) => {
                        let target = self.resolve_assembly_ref(asm, scope.row())?;
                        self.find_type(target, &ns, &name)
                            .ok_or(VmError::MissingType(full))?
                    }
                    Some(TableId::TypeRef) => {
                        let outer = self.resolve_type_token_within(asm, scope, depth + 1)?;
                        self.find_nested(outer, &name)
                            .ok_or(VmError::MissingType(full))?
                    }
                    _ => self
                        .find_type(asm, &ns, &name)
                        .ok_or(VmError::MissingType(full))?,
                }
            }
            Some(TableId::TypeSpec) => match self.type_spec(asm, row)? {
                TypeSig::Class(t) | TypeSig::ValueType(t) => self.resolve_type_token_within(asm, t, depth + 1)?,
                sig @ (TypeSig::GenericInst { .. } | TypeSig::Var(_) | TypeSig::MVar(_)) => {
                    // What an open spec means depends on the context: not cached.
                    let r = self.rtype(asm, &sig)?;
                    let tid = self.type_id_of(&r)?;
                    if !sig_is_open(&sig) {
                        self.type_ref_cache.insert((asm, tok.0), tid);
                    }
                    return Ok(tid);
                }
                other => {
                    return Err(VmError::Unsupported {
                        what: format!("type spec {other:?}"),
                        method: String::new(),
                    });
                }
            },
            _ => {
                return Err(VmError::BadImage(format!(
                    "token 0x{:08x} does not name a type",
                    tok.0
                )));
            }
        };
        self.type_ref_cache.insert((asm, tok.0), tid);
        Ok(tid)
    }

    pub(crate) fn type_spec(&self, asm: u32, row: u32) -> Result<TypeSig> {
        let img = self.image(asm);
        let r = img
            .tables
            .type_spec
            .get((row as usize).wrapping_sub(1))
            .ok_or_else(|| bad_row(Token::new(TableId::TypeSpec, row)))?;
        Ok(metadata::decode_type_spec(img.blob(r.signature)?)?)
    }

    /// A nested type of `outer` by name (NestedClass table, II.22.32).
    fn find_nested(&self, outer: TypeId, name: &str) -> Option<TypeId> {
        let o = &self.types[outer as usize];
        let a = &self.assemblies[o.asm as usize];
        let img = &a.image;
        img.tables
            .nested_class
            .iter()
            .filter(|n| n.enclosing_class == o.row)
            .find_map(|n| {
                let td = img
                    .tables
                    .type_def
                    .get((n.nested_class as usize).wrapping_sub(1))?;
                (img.string(td.name).ok()? == name).then_some(a.type_base + n.nested_class - 1)
            })
    }

    /// The base type of a type (None for System.Object and interfaces).
    pub(crate) fn parent(&mut self, tid: TypeId) -> Result<Option<TypeId>> {
        let t = &self.types[tid as usize];
        let (asm, row) = (t.asm, t.row);
        let extends = self.image(asm).tables.type_def[row as usize - 1].extends;
        if extends.is_nil() {
            return Ok(None);
        }
        // `class D<T> : B<T>`: the base of D<int> is B<int>.
        let ctx = self.type_ctx(tid);
        self.with_ctx(ctx, |ts| ts.resolve_type_token(asm, extends)).map(Some)
    }

    /// The type arguments of an instantiated type, as the context its metadata is read in.
    pub(crate) fn type_ctx(&self, tid: TypeId) -> GenericCtx {
        GenericCtx { type_args: self.types[tid as usize].type_args.clone(), method_args: Vec::new() }
    }

    /// Makes `ctx` the meaning of VAR and MVAR; returns the previous one.
    pub(crate) fn swap_ctx(&mut self, ctx: GenericCtx) -> GenericCtx {
        std::mem::replace(&mut self.ctx, ctx)
    }

    /// Runs `f` with `ctx` as the meaning of VAR and MVAR, then restores the previous one.
    pub(crate) fn with_ctx<R>(&mut self, ctx: GenericCtx, f: impl FnOnce(&mut Self) -> R) -> R {
        let old = std::mem::replace(&mut self.ctx, ctx);
        let r = f(self);
        self.ctx = old;
        r
    }

    /// The instantiation number of a context (0 for the empty one), interned.
    pub(crate) fn intern_inst(&mut self, ctx: GenericCtx) -> u32 {
        if ctx.is_empty() {
            return 0;
        }
        if self.method_insts.is_empty() {
            self.method_insts.push(GenericCtx::default());
        }
        if let Some(&i) = self.method_inst_ids.get(&ctx) {
            return i;
        }
        let i = self.method_insts.len() as u32;
        self.method_insts.push(ctx.clone());
        self.method_inst_ids.insert(ctx, i);
        i
    }

    /// The context a method key is compiled in.
    pub(crate) fn key_ctx(&self, key: MethodKey) -> GenericCtx {
        self.method_insts.get(key.inst as usize).cloned().unwrap_or_default()
    }

    /// The key of a MethodDef row of type `tid` (an instance's methods carry its arguments).
    pub(crate) fn method_key_of(&mut self, tid: TypeId, row: u32) -> MethodKey {
        let asm = self.types[tid as usize].asm;
        let ctx = self.type_ctx(tid);
        MethodKey { asm, row, inst: self.intern_inst(ctx) }
    }

    /// A generic type given arguments: a new TypeId, made once per set of arguments. It shares
    /// its definition's rows and gets a layout, statics and vtable of its own.
    pub(crate) fn instantiate(&mut self, def: TypeId, args: Vec<RType>) -> Result<TypeId> {
        if let Some(&t) = self.instances.get(&(def, args.clone())) {
            return Ok(t);
        }
        let d = &self.types[def as usize];
        // .NET's spelling: ``Box`1[System.Int32]``.
        let shown: Vec<String> = args.iter().map(|a| self.dotnet_name(a)).collect();
        let info = TypeInfo {
            asm: d.asm,
            row: d.row,
            namespace: d.namespace.clone(),
            name: d.name.clone(),
            args_shown: format!("[{}]", shown.join(",")),
            flags: d.flags,
            kind: d.kind,
            layout: None,
            layout_in_progress: false,
            cctor_state: crate::types::CctorState::NotRun,
            enclosing: d.enclosing,
            generic_def: Some(def),
            type_args: args.clone(),
        };
        let tid = self.types.len() as TypeId;
        self.types.push(info);
        self.instances.insert((def, args.clone()), tid);
        self.intern_inst(GenericCtx { type_args: args, method_args: Vec::new() });
        Ok(tid)
    }

    /// Is `key` a generic method, or a method of a generic type (which are compiled only for
    /// type arguments)?
    pub(crate) fn is_generic_definition(&self, key: MethodKey) -> bool {
        let tables = &self.image(key.asm).tables;
        let owner_row = self.assemblies[key.asm as usize].method_owner.get((key.row as usize).wrapping_sub(1)).copied().unwrap_or(0);
        tables.generic_param.iter().any(|g| {
            g.owner == Token::new(TableId::MethodDef, key.row) || g.owner == Token::new(TableId::TypeDef, owner_row)
        })
    }

    /// A generic type's definition (not an instance of it).
    pub(crate) fn is_generic_type_definition(&self, tid: TypeId) -> bool {
        let t = &self.types[tid as usize];
        t.generic_def.is_none() && self.image(t.asm).tables.generic_param.iter().any(|g| g.owner == Token::new(TableId::TypeDef, t.row))
    }

    /// The MethodTable that stands for an unbound generic type in reflection (`typeof(List<>)`,
    /// named ``List`1[T]`` as .NET names it): no instance has it, so it has no layout.
    pub(crate) fn open_type_mt(&mut self, tid: TypeId) -> *const MethodTable {
        if let Some(&mt) = self.open_type_mts.get(&tid) {
            return mt;
        }
        let t = &self.types[tid as usize];
        let img = self.image(t.asm);
        let owner = Token::new(TableId::TypeDef, t.row);
        let mut params: Vec<(u16, String)> = img
            .tables
            .generic_param
            .iter()
            .filter(|g| g.owner == owner)
            .map(|g| (g.number, img.string(g.name).unwrap_or("?").to_string()))
            .collect();
        params.sort();
        let names: Vec<String> = params.into_iter().map(|p| p.1).collect();
        let name = format!("{}[{}]", t.full_name(), names.join(","));
        let mt = MethodTable::new(name, 0, tid, 0).into_raw();
        self.method_tables.push(mt);
        self.open_type_mts.insert(tid, mt);
        mt
    }

    /// The instantiation number of an instance's own methods (interned when it was made).
    pub(crate) fn inst_of_type(&self, tid: TypeId) -> u32 {
        let ctx = self.type_ctx(tid);
        if ctx.is_empty() {
            return 0;
        }
        self.method_inst_ids.get(&ctx).copied().unwrap_or(0)
    }

    /// A type as .NET's `Type.ToString()` spells it (`System.Int32`, `System.String[]`).
    pub(crate) fn dotnet_name(&self, r: &RType) -> String {
        match r {
            RType::String => "System.String".into(),
            RType::Object => "System.Object".into(),
            // A nested type argument prints as `Outer+Inner`.
            RType::Class(t) | RType::Value(t) => self.reflection_name(*t),
            RType::SzArray(e) => format!("{}[]", self.dotnet_name(e)),
            RType::Array(e, rank) => format!("{}{}", self.dotnet_name(e), array_suffix(*rank)),
            RType::ByRef(e) => format!("{}&", self.dotnet_name(e)),
            RType::Ptr(e) => format!("{}*", self.dotnet_name(e)),
            other => match primitive_type_name(other) {
                Some(n) => format!("System.{n}"),
                None => self.rtype_name(other),
            },
        }
    }

    /// `X` when `tid` is one of the generic interfaces a vector `X[]` implements (II.14.2).
    pub(crate) fn array_interface_arg(&self, tid: TypeId) -> Option<RType> {
        let t = &self.types[tid as usize];
        let g = &self.types[t.generic_def? as usize];
        let known = g.asm == 0
            && g.namespace == "System.Collections.Generic"
            && matches!(g.name.as_str(), "IEnumerable`1" | "ICollection`1" | "IList`1" | "IReadOnlyCollection`1" | "IReadOnlyList`1");
        (known && t.type_args.len() == 1).then(|| t.type_args[0].clone())
    }

    /// The TypeId a resolved type names (the core library's struct for a primitive).
    pub(crate) fn type_id_of(&self, r: &RType) -> Result<TypeId> {
        match r {
            RType::Class(t) | RType::Value(t) => Ok(*t),
            RType::String => self.core_type("String"),
            RType::Object => self.core_type("Object"),
            other => match primitive_type_name(other) {
                Some(n) => self.core_type(n),
                None => Err(VmError::Unsupported { what: format!("{} as a type token", self.rtype_name(other)), method: String::new() }),
            },
        }
    }

    /// Resolves a signature type of `asm`, normalizing the core library's special types.
    pub(crate) fn rtype(&mut self, asm: u32, sig: &TypeSig) -> Result<RType> {
        Ok(match sig {
            TypeSig::Void => RType::Void,
            TypeSig::Boolean => RType::Bool,
            TypeSig::Char => RType::Char,
            TypeSig::I1 => RType::I1,
            TypeSig::U1 => RType::U1,
            TypeSig::I2 => RType::I2,
            TypeSig::U2 => RType::U2,
            TypeSig::I4 => RType::I4,
            TypeSig::U4 => RType::U4,
            TypeSig::I8 => RType::I8,
            TypeSig::U8 => RType::U8,
            TypeSig::R4 => RType::R4,
            TypeSig::R8 => RType::R8,
            TypeSig::IntPtr => RType::I,
            TypeSig::UIntPtr => RType::U,
            TypeSig::String => RType::String,
            TypeSig::Object => RType::Object,
            TypeSig::TypedByRef => RType::TypedByRef,
            TypeSig::Class(t) | TypeSig::ValueType(t) => {
                let tid = self.resolve_type_token(asm, *t)?;
                self.normalize(tid)
            }
            TypeSig::SzArray(e) => RType::SzArray(Box::new(self.rtype(asm, e)?)),
            TypeSig::Array { elem, rank, .. } => {
                RType::Array(Box::new(self.rtype(asm, elem)?), *rank)
            }
            TypeSig::ByRef(e) => RType::ByRef(Box::new(self.rtype(asm, e)?)),
            TypeSig::Ptr(e) => RType::Ptr(Box::new(self.rtype(asm, e)?)),
            TypeSig::Pinned(e) | TypeSig::CModOpt(_, e) | TypeSig::CModReqd(_, e) => {
                self.rtype(asm, e)?
            }
            TypeSig::GenericInst { ty, args, .. } => {
                let def = self.resolve_type_token(asm, *ty)?;
                let args = args.iter().map(|a| self.rtype(asm, a)).collect::<Result<Vec<_>>>()?;
                let tid = self.instantiate(def, args)?;
                self.normalize(tid)
            }
            TypeSig::Var(i) => self.ctx.type_args.get(*i as usize).cloned().ok_or_else(|| {
                VmError::BadImage(format!("!{i} outside a generic type with that many parameters"))
            })?,
            TypeSig::MVar(i) => self.ctx.method_args.get(*i as usize).cloned().ok_or_else(|| {
                VmError::BadImage(format!("!!{i} outside a generic method with that many parameters"))
            })?,
            other => {
                return Err(VmError::Unsupported {
                    what: format!("signature type {other:?}"),
                    method: String::new(),
                });
            }
        })
    }

    /// The signature type a loaded type stands for.
    /// The signature type MethodTable `mt` stands for (arrays have no type id: their
    /// element's type, nested).
    ///
    /// # Safety
    /// `mt` is a live MethodTable of this type system.
    pub(crate) unsafe fn rtype_of_table(&self, mt: *const crate::types::MethodTable) -> RType {
        // SAFETY: forwarded contract; array MethodTables name their element's.
        unsafe {
            let m = &*mt;
            if m.rank == 0 {
                return self.normalize(m.type_id);
            }
            let e = Box::new(if m.element.is_null() { RType::Object } else { self.rtype_of_table(m.element) });
            if m.is_szarray { RType::SzArray(e) } else { RType::Array(e, m.rank as u32) }
        }
    }

    pub(crate) fn normalize(&self, tid: TypeId) -> RType {
        let t = &self.types[tid as usize];
        if t.asm == 0 && t.namespace == "System" {
            match t.name.as_str() {
                "String" => return RType::String,
                "Object" => return RType::Object,
                _ => {}
            }
        }
        match t.kind {
            TypeKind::Primitive(k) => match k {
                ValKind::Bool => RType::Bool,
                ValKind::Char => RType::Char,
                ValKind::I1 => RType::I1,
                ValKind::U1 => RType::U1,
                ValKind::I2 => RType::I2,
                ValKind::U2 => RType::U2,
                ValKind::I4 => RType::I4,
                ValKind::U4 => RType::U4,
                ValKind::I8 => RType::I8,
                ValKind::U8 => RType::U8,
                ValKind::R4 => RType::R4,
                ValKind::R8 => RType::R8,
                ValKind::I => RType::I,
                ValKind::U => RType::U,
                _ => RType::Value(tid),
            },
            TypeKind::Struct | TypeKind::Enum => RType::Value(tid),
            TypeKind::Class | TypeKind::Interface => RType::Class(tid),
        }
    }

    /// The storage kind of a resolved type (lays out structs and enums as needed).
    pub(crate) fn kind_of(&mut self, t: &RType) -> Result<ValKind> {
        Ok(match t {
            RType::Bool => ValKind::Bool,
            RType::Char => ValKind::Char,
            RType::I1 => ValKind::I1,
            RType::U1 => ValKind::U1,
            RType::I2 => ValKind::I2,
            RType::U2 => ValKind::U2,
            RType::I4 => ValKind::I4,
            RType::U4 => ValKind::U4,
            RType::I8 => ValKind::I8,
            RType::U8 => ValKind::U8,
            RType::R4 => ValKind::R4,
            RType::R8 => ValKind::R8,
            RType::I | RType::Ptr(_) => ValKind::I,
            RType::U => ValKind::U,
            RType::String
            | RType::Object
            | RType::Class(_)
            | RType::SzArray(_)
            | RType::Array(..) => ValKind::Ref,
            RType::ByRef(_) => ValKind::ByRef,
            RType::Value(tid) => self.value_kind(*tid)?,
            RType::Void | RType::TypedByRef | RType::MVar(_) | RType::Var(_) => {
                return Err(VmError::Unsupported {
                    what: format!("a value of type {}", self.rtype_name(t)),
                    method: String::new(),
                });
            }
        })
    }

    /// ilasm's spelling of a type, as used in native keys and error messages.
    pub(crate) fn rtype_name(&self, t: &RType) -> String {
        match t {
            RType::Void => "void".into(),
            RType::Bool => "bool".into(),
            RType::Char => "char".into(),
            RType::I1 => "int8".into(),
            RType::U1 => "uint8".into(),
            RType::I2 => "int16".into(),
            RType::U2 => "uint16".into(),
            RType::I4 => "int32".into(),
            RType::U4 => "uint32".into(),
            RType::I8 => "int64".into(),
            RType::U8 => "uint64".into(),
            RType::R4 => "float32".into(),
            RType::R8 => "float64".into(),
            RType::I => "native int".into(),
            RType::U => "native unsigned int".into(),
            RType::String => "string".into(),
            RType::Object => "object".into(),
            RType::TypedByRef => "typedref".into(),
            RType::Class(t) | RType::Value(t) => self.types[*t as usize].full_name(),
            RType::SzArray(e) => format!("{}[]", self.rtype_name(e)),
            RType::Array(e, rank) => format!("{}{}", self.rtype_name(e), array_suffix(*rank)),
            RType::ByRef(e) => format!("{}&", self.rtype_name(e)),
            RType::Ptr(e) => format!("{}*", self.rtype_name(e)),
            RType::MVar(i) => format!("!!{i}"),
            RType::Var(i) => format!("!{i}"),
        }
    }

    /// `Namespace.Type::Name(paramtypes)`: the native key and the name in error messages.
    pub(crate) fn member_name(&self, owner: TypeId, name: &str, params: &[RType]) -> String {
        let ps: Vec<String> = params.iter().map(|p| self.rtype_name(p)).collect();
        format!(
            "{}::{}({})",
            self.types[owner as usize].full_name(),
            name,
            ps.join(",")
        )
    }

    /// Decodes a MethodDef's signature and resolves its types.
    pub(crate) fn method_def_sig(
        &mut self,
        key: MethodKey,
    ) -> Result<(MethodSig, RType, Vec<RType>)> {
        let img = self.image(key.asm);
        let md = img
            .tables
            .method_def
            .get((key.row as usize).wrapping_sub(1))
            .ok_or_else(|| bad_row(Token::new(TableId::MethodDef, key.row)))?;
        let sig = metadata::decode_method_sig(img.blob(md.signature)?)?;
        let mut ctx = self.key_ctx(key);
        if ctx.method_args.is_empty() {
            // A generic method's signature on its own: its parameters stay placeholders.
            ctx.method_args = (0..sig.generic_param_count).map(RType::MVar).collect();
        }
        let asm = key.asm;
        let (ret, params) = self.with_ctx(ctx, |ts| -> Result<(RType, Vec<RType>)> {
            let ret = ts.rtype(asm, &sig.ret)?;
            let params = sig.params.iter().map(|p| ts.rtype(asm, p)).collect::<Result<Vec<_>>>()?;
            Ok((ret, params))
        })?;
        Ok((sig, ret, params))
    }

    pub(crate) fn method_name(&self, key: MethodKey) -> Result<String> {
        let img = self.image(key.asm);
        let md = img
            .tables
            .method_def
            .get((key.row as usize).wrapping_sub(1))
            .ok_or_else(|| bad_row(Token::new(TableId::MethodDef, key.row)))?;
        Ok(img.string(md.name)?.to_string())
    }

    pub(crate) fn method_owner(&self, key: MethodKey) -> Result<TypeId> {
        let a = &self.assemblies[key.asm as usize];
        let row = a
            .method_owner
            .get((key.row as usize).wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        if row == 0 {
            return Err(bad_row(Token::new(TableId::MethodDef, key.row)));
        }
        let def = a.type_base + row - 1;
        let ctx = self.key_ctx(key);
        if ctx.type_args.is_empty() {
            return Ok(def);
        }
        // The instance was made when the key was.
        self.instances.get(&(def, ctx.type_args)).copied().ok_or_else(|| {
            VmError::BadImage(format!("method {} of an instance never made", key.row))
        })
    }

    /// The MethodDef rows of a type.
    pub(crate) fn type_methods(&self, tid: TypeId) -> std::ops::Range<u32> {
        let t = &self.types[tid as usize];
        let tabs = &self.image(t.asm).tables;
        let start = tabs.type_def[t.row as usize - 1].method_list;
        let end = tabs
            .type_def
            .get(t.row as usize)
            .map_or(tabs.method_def.len() as u32 + 1, |n| n.method_list);
        start..end.max(start)
    }

    /// The Field rows of a type.
    pub(crate) fn type_fields(&self, tid: TypeId) -> std::ops::Range<u32> {
        let t = &self.types[tid as usize];
        let tabs = &self.image(t.asm).tables;
        let start = tabs.type_def[t.row as usize - 1].field_list;
        let end = tabs
            .type_def
            .get(t.row as usize)
            .map_or(tabs.field.len() as u32 + 1, |n| n.field_list);
        start..end.max(start)
    }

    /// Resolves a MethodDef, MemberRef or MethodSpec token of `asm` to a method, in the current
    /// generic context.
    pub(crate) fn resolve_method_token(&mut self, asm: u32, tok: Token) -> Result<MethodKey> {
        match tok.table() {
            Some(TableId::MethodDef) => Ok(MethodKey::new(asm, tok.row())),
            Some(TableId::MemberRef) => {
                if let Some(&k) = self.member_cache.get(&(asm, tok.0)) {
                    return Ok(k);
                }
                let img = self.image(asm);
                let mr = img
                    .tables
                    .member_ref
                    .get((tok.row() as usize).wrapping_sub(1))
                    .ok_or_else(|| bad_row(tok))?;
                let (class, name) = (mr.class, img.string(mr.name)?.to_string());
                let sig = metadata::decode_method_sig(img.blob(mr.signature)?)?;
                let open = class.table() == Some(TableId::TypeSpec) && self.type_spec(asm, class.row()).is_ok_and(|s| sig_is_open(&s));
                let owner = self.resolve_type_token(asm, class)?;
                // The reference's signature is in terms of its parent's parameters (VAR) and
                // the method's own (MVAR, kept as placeholders to compare).
                let ctx = GenericCtx {
                    type_args: self.types[owner as usize].type_args.clone(),
                    method_args: (0..sig.generic_param_count).map(RType::MVar).collect(),
                };
                let (ret, params) = self.with_ctx(ctx, |ts| -> Result<(RType, Vec<RType>)> {
                    let ret = ts.rtype(asm, &sig.ret)?;
                    let params = sig.params.iter().map(|p| ts.rtype(asm, p)).collect::<Result<Vec<_>>>()?;
                    Ok((ret, params))
                })?;
                // The same signature in its declared form (VAR kept), which tells `M(T)`
                // from `M(int)` when both are `M(int)` in `C<int>`.
                let declared = |ts: &mut Self, t: TypeId, sig_asm: u32, s: &MethodSig| -> Result<(RType, Vec<RType>)> {
                    let ctx = GenericCtx {
                        type_args: (0..ts.types[t as usize].type_args.len() as u32).map(RType::Var).collect(),
                        method_args: (0..s.generic_param_count).map(RType::MVar).collect(),
                    };
                    ts.with_ctx(ctx, |ts| {
                        let ret = ts.rtype(sig_asm, &s.ret)?;
                        let params = s.params.iter().map(|p| ts.rtype(sig_asm, p)).collect::<Result<Vec<_>>>()?;
                        Ok((ret, params))
                    })
                };
                let wanted = declared(self, owner, asm, &sig).ok();
                let mut ty = Some(owner);
                while let Some(t) = ty {
                    let mut fallback = None;
                    for row in self.type_methods(t) {
                        let key = self.method_key_of(t, row);
                        if self.method_name(key)? != name {
                            continue;
                        }
                        let (s2, r2, p2) = self.method_def_sig(key)?;
                        if s2.has_this == sig.has_this
                            && s2.generic_param_count == sig.generic_param_count
                            && r2 == ret
                            && p2 == params
                        {
                            let t_asm = self.types[t as usize].asm;
                            let exact = t == owner && wanted.is_some() && declared(self, t, t_asm, &s2).ok() == wanted;
                            if exact || self.types[t as usize].type_args.is_empty() {
                                if !open {
                                    self.member_cache.insert((asm, tok.0), key);
                                }
                                return Ok(key);
                            }
                            fallback = fallback.or(Some(key));
                        }
                    }
                    if let Some(key) = fallback {
                        if !open {
                            self.member_cache.insert((asm, tok.0), key);
                        }
                        return Ok(key);
                    }
                    // Constructors are never inherited (ECMA-335 II.10.5.1).
                    if name == ".ctor" || name == ".cctor" {
                        break;
                    }
                    ty = self.parent(t)?;
                }
                Err(VmError::MissingMethod(
                    self.member_name(owner, &name, &params),
                ))
            }
            Some(TableId::MethodSpec) => {
                let img = self.image(asm);
                let ms = img
                    .tables
                    .method_spec
                    .get((tok.row() as usize).wrapping_sub(1))
                    .ok_or_else(|| bad_row(tok))?;
                let (method, blob) = (ms.method, img.blob(ms.instantiation)?.to_vec());
                let args = metadata::decode_method_spec(&blob)?;
                let base = self.resolve_method_token(asm, method)?;
                let method_args = args.iter().map(|a| self.rtype(asm, a)).collect::<Result<Vec<_>>>()?;
                let mut ctx = self.key_ctx(base);
                ctx.method_args = method_args;
                Ok(MethodKey { asm: base.asm, row: base.row, inst: self.intern_inst(ctx) })
            }
            _ => Err(VmError::BadImage(format!(
                "token 0x{:08x} does not name a method",
                tok.0
            ))),
        }
    }

    /// Resolves a Field or MemberRef token of `asm` to the type that holds the field (an
    /// instance for a field of a generic type) and its Field row.
    pub(crate) fn resolve_field_token(&mut self, asm: u32, tok: Token) -> Result<(TypeId, u32)> {
        match tok.table() {
            Some(TableId::Field) => Ok((self.field_owner(asm, tok.row())?, tok.row())),
            Some(TableId::MemberRef) => {
                let img = self.image(asm);
                let mr = img
                    .tables
                    .member_ref
                    .get((tok.row() as usize).wrapping_sub(1))
                    .ok_or_else(|| bad_row(tok))?;
                let (class, name) = (mr.class, img.string(mr.name)?.to_string());
                let owner = self.resolve_type_token(asm, class)?;
                let mut ty = Some(owner);
                while let Some(t) = ty {
                    let fasm = self.types[t as usize].asm;
                    for row in self.type_fields(t) {
                        let img = self.image(fasm);
                        let f = img
                            .tables
                            .field
                            .get(row as usize - 1)
                            .ok_or_else(|| bad_row(Token::new(TableId::Field, row)))?;
                        if img.string(f.name)? == name {
                            return Ok((t, row));
                        }
                    }
                    ty = self.parent(t)?;
                }
                Err(VmError::MissingField(format!(
                    "{}::{}",
                    self.types[owner as usize].full_name(),
                    name
                )))
            }
            _ => Err(VmError::BadImage(format!(
                "token 0x{:08x} does not name a field",
                tok.0
            ))),
        }
    }

    pub(crate) fn field_owner(&self, asm: u32, row: u32) -> Result<TypeId> {
        let a = &self.assemblies[asm as usize];
        let o = a
            .field_owner
            .get((row as usize).wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        if o == 0 {
            return Err(bad_row(Token::new(TableId::Field, row)));
        }
        Ok(a.type_base + o - 1)
    }
}

/// The core-library struct a primitive signature type stands for (`int32` → `Int32`).
pub(crate) fn primitive_type_name(r: &RType) -> Option<&'static str> {
    Some(match r {
        RType::Bool => "Boolean",
        RType::Char => "Char",
        RType::I1 => "SByte",
        RType::U1 => "Byte",
        RType::I2 => "Int16",
        RType::U2 => "UInt16",
        RType::I4 => "Int32",
        RType::U4 => "UInt32",
        RType::I8 => "Int64",
        RType::U8 => "UInt64",
        RType::R4 => "Single",
        RType::R8 => "Double",
        RType::I => "IntPtr",
        RType::U => "UIntPtr",
        _ => return None,
    })
}

/// `[,]` for rank 2, `[*]` for a rank-1 general array (how .NET and ilasm spell them).
pub(crate) fn array_suffix(rank: u32) -> String {
    if rank <= 1 {
        "[*]".to_string()
    } else {
        format!("[{}]", ",".repeat(rank as usize - 1))
    }
}

/// Does a signature mention VAR or MVAR (its meaning then depends on the context)?
pub(crate) fn sig_is_open(s: &TypeSig) -> bool {
    match s {
        TypeSig::Var(_) | TypeSig::MVar(_) => true,
        TypeSig::GenericInst { args, .. } => args.iter().any(sig_is_open),
        TypeSig::SzArray(e) | TypeSig::ByRef(e) | TypeSig::Ptr(e) | TypeSig::Pinned(e) => sig_is_open(e),
        TypeSig::Array { elem, .. } => sig_is_open(elem),
        TypeSig::CModOpt(_, e) | TypeSig::CModReqd(_, e) => sig_is_open(e),
        _ => false,
    }
}

pub(crate) fn bad_row(tok: Token) -> VmError {
    VmError::BadImage(format!(
        "token 0x{:08x} points past the end of its table",
        tok.0
    ))
}
