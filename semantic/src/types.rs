//! The type system: every type the compiler knows, whether declared in
//! source or imported from a referenced assembly's metadata.
//!
//! Types are interned: a `TyId` names one `TyKind`, so comparing types is
//! comparing integers. Named types (classes, structs, interfaces, enums)
//! are `TypeDef` symbols; `int` is simply the `TypeDef` of `System.Int32`,
//! marked with its `SpecialType` as Roslyn does. Nothing here knows any
//! member of the core library: those all come from its metadata.

use rustc_hash::FxHashMap as HashMap;

use crate::constant::ConstValue;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TyId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DefId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PropertyId(pub u32);
/// A referenced assembly, by position in the compilation's reference list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AsmId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TyKind {
    Def(DefId),
    /// `rank` 1 is a single-dimensional zero-based array (SZARRAY).
    Array(TyId, u32),
    ByRef(TyId),
    /// The type of the `null` literal: converts to any reference type.
    Null,
    /// The type of an expression that failed to bind; converts to and from
    /// everything so one mistake is reported once.
    Error,
    /// The "type" of an expression that has none of its own and takes the
    /// type it is converted to: a method group or an anonymous function
    /// (to a delegate type, §10.7, §10.8), a target-typed `new()` or the
    /// `default` literal (C# 9 and 7.1).
    TargetTyped,
}

/// The types the language gives keywords or special meaning to
/// (Roslyn's `SpecialType`), recognised by full name when declared or
/// imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecialType {
    Object,
    ValueType,
    Void,
    Boolean,
    Char,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    IntPtr,
    UIntPtr,
    String,
    Array,
    Enum,
    Decimal,
}

impl SpecialType {
    pub fn from_full_name(ns: &str, name: &str) -> Option<SpecialType> {
        if ns != "System" {
            return None;
        }
        Some(match name {
            "Object" => SpecialType::Object,
            "ValueType" => SpecialType::ValueType,
            "Void" => SpecialType::Void,
            "Boolean" => SpecialType::Boolean,
            "Char" => SpecialType::Char,
            "SByte" => SpecialType::SByte,
            "Byte" => SpecialType::Byte,
            "Int16" => SpecialType::Int16,
            "UInt16" => SpecialType::UInt16,
            "Int32" => SpecialType::Int32,
            "UInt32" => SpecialType::UInt32,
            "Int64" => SpecialType::Int64,
            "UInt64" => SpecialType::UInt64,
            "Single" => SpecialType::Single,
            "Double" => SpecialType::Double,
            "IntPtr" => SpecialType::IntPtr,
            "UIntPtr" => SpecialType::UIntPtr,
            "String" => SpecialType::String,
            "Array" => SpecialType::Array,
            "Enum" => SpecialType::Enum,
            "Decimal" => SpecialType::Decimal,
            _ => return None,
        })
    }

    /// The C# keyword for the type, used in diagnostics as Roslyn does.
    pub fn keyword(self) -> Option<&'static str> {
        Some(match self {
            SpecialType::Object => "object",
            SpecialType::Void => "void",
            SpecialType::Boolean => "bool",
            SpecialType::Char => "char",
            SpecialType::SByte => "sbyte",
            SpecialType::Byte => "byte",
            SpecialType::Int16 => "short",
            SpecialType::UInt16 => "ushort",
            SpecialType::Int32 => "int",
            SpecialType::UInt32 => "uint",
            SpecialType::Int64 => "long",
            SpecialType::UInt64 => "ulong",
            SpecialType::Single => "float",
            SpecialType::Double => "double",
            SpecialType::String => "string",
            SpecialType::Decimal => "decimal",
            _ => return None,
        })
    }

    pub fn is_integral(self) -> bool {
        matches!(
            self,
            SpecialType::SByte
                | SpecialType::Byte
                | SpecialType::Int16
                | SpecialType::UInt16
                | SpecialType::Int32
                | SpecialType::UInt32
                | SpecialType::Int64
                | SpecialType::UInt64
                | SpecialType::Char
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeDefKind {
    Class,
    Struct,
    Interface,
    Enum,
    /// A type parameter (`T` of `List<T>` or of `M<T>`), standing for a
    /// type argument; its constraints are the base class and interfaces.
    TypeParam,
}

/// Whose type parameter a `TypeParam` is: `!n` of a type or `!!n` of a
/// method in metadata (ECMA-335 II.23.2.12, VAR and MVAR).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamOwner {
    Type(DefId),
    Method(MethodId),
}

/// `in`/`out` of an interface's type parameter (§18.2.3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variance {
    Invariant,
    Covariant,
    Contravariant,
}

/// What a type parameter is: its position and owner, and the constraints
/// that are not a base type or an interface (§15.2.5).
#[derive(Clone, Debug)]
pub struct TypeParamInfo {
    pub index: u32,
    pub owner: ParamOwner,
    pub variance: Variance,
    /// `where T : class`
    pub reference: bool,
    /// `where T : struct`
    pub value: bool,
    /// `where T : new()` (implied by `struct`)
    pub ctor: bool,
    /// `where T : U`: other type parameters it must derive from.
    pub bounds: Vec<TyId>,
}

/// Where a symbol was declared: in the source being compiled, or in a
/// referenced assembly (at a metadata row, 1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Source,
    Metadata { asm: AsmId, row: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Accessibility {
    Private,
    /// `private protected`: derived classes in the same assembly.
    PrivateProtected,
    Protected,
    Internal,
    /// `protected internal`: derived classes, or the same assembly.
    ProtectedInternal,
    Public,
}

/// What `[StructLayout]` asks of a type (ECMA-335 II.10.1.2, II.22.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeLayout {
    /// `LayoutKind`: 0 sequential, 2 explicit, 3 auto.
    pub kind: u32,
    /// Field alignment in bytes; 0 is each field's natural alignment.
    pub pack: u16,
    /// The minimum size in bytes; 0 is none.
    pub size: u32,
    /// `CharSet`: 1 none, 2 ansi, 3 unicode, 4 auto.
    pub char_set: u32,
}

/// What a caller-information parameter receives (C# 5), in the order that decides which of
/// several on one parameter applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CallerInfo {
    LineNumber,
    FilePath,
    MemberName,
}

/// A source file as caller information sees it: its full path and where each line starts.
#[derive(Clone, Debug, Default)]
pub struct SourceLines {
    pub path: String,
    /// Byte offsets of the lines' starts, the first 0.
    pub line_starts: Vec<u32>,
}

impl SourceLines {
    pub fn new(path: &str, text: &str) -> SourceLines {
        let mut line_starts = vec![0];
        line_starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1));
        SourceLines { path: path.to_string(), line_starts }
    }

    /// The line, from 1, of byte offset `at`.
    pub fn line_of(&self, at: u32) -> u32 {
        self.line_starts.partition_point(|&start| start <= at) as u32
    }
}

/// The assembly's version and culture, as its attributes give them.
#[derive(Clone, Debug, Default)]
pub struct AssemblyIdentity {
    /// Major, minor, build, revision.
    pub version: [u16; 4],
    pub culture: String,
}

/// What a custom attribute is attached to (`bound::BoundAttribute`), and what `[Obsolete]`
/// marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AttrTarget {
    Type(DefId),
    Method(MethodId),
    Field(FieldId),
    Property(PropertyId),
    /// A method's parameter, by position (0 is the first declared one).
    Param(MethodId, u16),
    /// A method's return value (`[return: X]`).
    Return(MethodId),
    Event(EventId),
    /// The assembly being built (`[assembly: X]`).
    Assembly,
    /// Its module (`[module: X]`).
    Module,
}

#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: String,
    pub namespace: String,
    pub kind: TypeDefKind,
    pub origin: Origin,
    pub base: Option<TyId>,
    pub special: Option<SpecialType>,
    pub access: Accessibility,
    pub is_static: bool,
    pub is_sealed: bool,
    pub is_abstract: bool,
    pub fields: Vec<FieldId>,
    pub methods: Vec<MethodId>,
    pub properties: Vec<PropertyId>,
    /// The interfaces the type declares it implements (not those of its
    /// base classes).
    pub interfaces: Vec<TyId>,
    /// A static constructor written in source (not one synthesized for
    /// field initializers): the type is then not `beforefieldinit`.
    pub has_explicit_cctor: bool,
    /// The type this one is nested in (`Outer` for `Outer.Inner`).
    pub enclosing: Option<DefId>,
    /// For an enum: the integral type of its values (int unless
    /// declared, `enum E : byte`).
    pub enum_underlying: Option<TyId>,
    /// A generic type's parameters, as metadata numbers them: a type
    /// nested in a generic type repeats its enclosing types' parameters
    /// first (ECMA-335 II.10.7), then its own.
    pub type_params: Vec<DefId>,
    /// A constructed type (`List<int>`): the generic type and the type
    /// arguments. Its members are the definition's, substituted.
    pub instance_of: Option<(DefId, Vec<TyId>)>,
    /// Set for `TypeDefKind::TypeParam`.
    pub param: Option<Box<TypeParamInfo>>,
}

impl TypeDef {
    /// A type with no members yet, no base and no generic parameters.
    pub fn new(name: String, namespace: String, kind: TypeDefKind, origin: Origin) -> TypeDef {
        TypeDef {
            name,
            namespace,
            kind,
            origin,
            base: None,
            special: None,
            access: Accessibility::Public,
            is_static: false,
            is_sealed: false,
            is_abstract: false,
            fields: Vec::new(),
            methods: Vec::new(),
            properties: Vec::new(),
            interfaces: Vec::new(),
            has_explicit_cctor: false,
            enclosing: None,
            enum_underlying: None,
            type_params: Vec::new(),
            instance_of: None,
            param: None,
        }
    }

    /// The name without its arity suffix: `List` for ``List`1``.
    pub fn plain_name(&self) -> &str {
        match self.name.rfind('`') {
            Some(i) if self.name[i + 1..].bytes().all(|b| b.is_ascii_digit()) && i + 1 < self.name.len() => &self.name[..i],
            _ => &self.name,
        }
    }

    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.namespace, self.name)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    Value,
    Ref,
    Out,
}

#[derive(Clone, Debug)]
pub struct ParamSym {
    pub name: String,
    /// The declared type; a `ref`/`out` parameter's slot holds a `ByRef` of it.
    pub ty: TyId,
    pub kind: ParamKind,
    /// An optional parameter's value when the caller omits it.
    pub default: Option<ConstValue>,
    /// Declared with a default (its value may not be evaluated yet).
    pub has_default: bool,
    /// `params T[]`: callers may pass the elements one by one.
    pub is_params: bool,
}

impl ParamSym {
    pub fn new(name: impl Into<String>, ty: TyId, kind: ParamKind) -> ParamSym {
        ParamSym { name: name.into(), ty, kind, default: None, has_default: false, is_params: false }
    }
}

#[derive(Clone, Debug)]
pub struct MethodSym {
    pub name: String,
    pub owner: DefId,
    pub origin: Origin,
    pub params: Vec<ParamSym>,
    pub ret: TyId,
    pub is_static: bool,
    pub is_ctor: bool,
    pub is_extern: bool,
    pub is_abstract: bool,
    pub is_virtual: bool,
    /// `override`: takes over the base method's vtable slot instead of
    /// starting a new one (no `newslot`, ECMA-335 II.10.3.1).
    pub is_override: bool,
    /// `sealed`: no further override (the `final` flag); also set on a
    /// method made virtual only to implement an interface.
    pub is_final: bool,
    /// An extension method (`this` on its first parameter, §15.6.10):
    /// callable as if it were an instance method of that parameter's type.
    pub is_extension: bool,
    /// An accessor of a property (`get_X`/`set_X`): given `specialname`.
    pub is_accessor: bool,
    /// MethodImplAttributes (ECMA-335 II.23.1.11) that the source asked
    /// for with the pseudo-attribute `[MethodImpl(...)]` (NoInlining,
    /// AggressiveInlining…): written to the method's ImplFlags, never as
    /// a custom attribute.
    pub impl_options: u16,
    pub access: Accessibility,
    /// A generic method's own type parameters (`U` of `M<U>`).
    pub type_params: Vec<DefId>,
    /// A method of a constructed type, or a generic method given type
    /// arguments: what it was made from.
    pub generic: Option<Box<MethodInstance>>,
}

impl Symbols {
    /// The event `name` declared by `owner`.
    pub fn event_named(&self, owner: DefId, name: &str) -> Option<EventId> {
        self.events.iter().position(|e| e.owner == owner && e.name == name).map(|i| EventId(i as u32))
    }

    pub fn event(&self, id: EventId) -> &EventSym {
        &self.events[id.0 as usize]
    }
}

impl FieldSym {
    /// A plain field written in (or made for) the source: not readonly, not constant, not
    /// of a generic instance. What the compiler's own fields start from.
    pub fn source(name: impl Into<String>, owner: DefId, ty: TyId, is_static: bool, access: Accessibility) -> FieldSym {
        FieldSym {
            name: name.into(),
            owner,
            origin: Origin::Source,
            ty,
            is_static,
            is_readonly: false,
            is_const: false,
            constant: None,
            access,
            generic_of: None,
        }
    }
}

impl MethodSym {
    /// A private, non-virtual, non-generic method written in (or made for) the source, with
    /// no other flags: what synthesized methods start from.
    pub fn source(name: impl Into<String>, owner: DefId, params: Vec<ParamSym>, ret: TyId, is_static: bool) -> MethodSym {
        MethodSym {
            name: name.into(),
            owner,
            origin: Origin::Source,
            params,
            ret,
            is_static,
            is_ctor: false,
            is_extern: false,
            is_abstract: false,
            is_virtual: false,
            is_override: false,
            is_final: false,
            is_extension: false,
            is_accessor: false,
            impl_options: 0,
            access: Accessibility::Private,
            type_params: Vec::new(),
            generic: None,
        }
    }
}

/// How a substituted method came to be (§15.3.7 members of constructed
/// types, §12.6.3 generic method instantiation).
#[derive(Clone, Debug)]
pub struct MethodInstance {
    /// The method this one substitutes: the definition, or (with
    /// `method_args`) a generic method of the same owner.
    pub of: MethodId,
    /// The type arguments of a generic method instantiation (a MethodSpec
    /// in metadata); empty for a member of a constructed type.
    pub method_args: Vec<TyId>,
}

#[derive(Clone, Debug)]
pub struct FieldSym {
    pub name: String,
    pub owner: DefId,
    pub origin: Origin,
    pub ty: TyId,
    pub is_static: bool,
    pub is_readonly: bool,
    /// A `const` field: static, no storage read at run time; its value
    /// is `constant` once evaluated.
    pub is_const: bool,
    pub constant: Option<ConstValue>,
    pub access: Accessibility,
    /// A field of a constructed type: the definition's field.
    pub generic_of: Option<FieldId>,
}

#[derive(Clone, Debug)]
pub struct PropertySym {
    pub name: String,
    pub owner: DefId,
    pub origin: Origin,
    pub ty: TyId,
    pub getter: Option<MethodId>,
    pub setter: Option<MethodId>,
    pub is_static: bool,
    /// An indexer: a property with parameters (`this[int i]`), used
    /// through element access rather than by name.
    pub is_indexer: bool,
    /// An auto-property's hidden field: a get-only one is assigned
    /// through it in constructors.
    pub backing: Option<FieldId>,
}

/// An event (§15.8): its add and remove methods, and for a field-like
/// event the hidden field holding the delegate.
#[derive(Clone, Debug)]
pub struct EventSym {
    pub name: String,
    pub owner: DefId,
    pub ty: TyId,
    pub add: MethodId,
    pub remove: MethodId,
    pub backing: Option<FieldId>,
    pub is_static: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EventId(pub u32);

/// What a display class (a closure's class, `bind/closures.rs`) links to.
#[derive(Clone, Copy, Debug, Default)]
pub struct DisplayLinks {
    /// The field holding the enclosing scope's display instance.
    pub parent: Option<FieldId>,
    /// The field holding `this`, in the outermost display class of an instance method.
    pub this_field: Option<FieldId>,
}

/// Every symbol of one compilation, source and imported alike.
#[derive(Default)]
pub struct Symbols {
    kinds: Vec<TyKind>,
    interned: HashMap<TyKind, TyId>,
    pub defs: Vec<TypeDef>,
    pub methods: Vec<MethodSym>,
    pub fields: Vec<FieldSym>,
    pub properties: Vec<PropertySym>,
    special: HashMap<SpecialType, DefId>,
    /// Full name ("System.Console") → definition, for name lookup.
    by_name: HashMap<String, DefId>,
    /// Nested types by their enclosing type and simple name, so a lookup
    /// through enclosing types hashes short names, not ever longer full
    /// names (which made deep nesting cubic).
    nested: HashMap<DefId, HashMap<String, DefId>>,
    /// Every event, by `EventId` (few: found by owner and name).
    pub events: Vec<EventSym>,
    /// The classes made for closures and iterators in a generic method, with the method's
    /// type parameters they take as their own (after their enclosing type's): their members
    /// use those parameters as they are, and the emitter numbers them as the class's.
    pub adopted_params: HashMap<DefId, Vec<DefId>>,
    /// The display classes made for closures, with their links.
    pub closures: HashMap<DefId, DisplayLinks>,
    /// MethodImpl pairs (II.22.27): (class, implementing method, the
    /// interface method it implements), for explicit implementations.
    pub method_impls: Vec<(DefId, MethodId, MethodId)>,
    /// The element names tuple types were written with (`(int x, int y)`,
    /// `(x: 1, y: 2)`), by tuple type: names are not part of a tuple's
    /// type (§8.3.11 of C# 7's spec: `(int x, int y)` and `(int, int)` are
    /// one type), so `t.x` finds `x` among the names the program gave that
    /// type.
    pub tuple_names: HashMap<TyId, Vec<Vec<Option<String>>>>,
    /// Every namespace that holds a type, including the parents
    /// ("System" for "System.Runtime.CompilerServices").
    pub namespaces: rustc_hash::FxHashSet<String>,
    /// Constructed types and generic method instances (`generics.rs`).
    pub(crate) instances: crate::generics::Instances,
    /// The types of `using X = G<A>;` aliases, by the directive's span.
    pub type_aliases: HashMap<lexer::Span, TyId>,
    /// The source's records (C# 9): classes whose value members the
    /// compiler wrote (`declare/records.rs`).
    pub records: rustc_hash::FxHashSet<DefId>,
    /// `init` accessors (C# 9): setters callable only while an object is
    /// initialized, marked in metadata by `modreq(IsExternalInit)`.
    pub init_only: rustc_hash::FxHashSet<MethodId>,
    /// The metadata name of each anonymous type, by the key of its member
    /// names (`declare/anonymous.rs`).
    pub anonymous_types: HashMap<String, String>,
    /// `AttributeUsage` of imported attribute classes: (valid targets, allow multiple).
    pub attribute_usage: HashMap<DefId, (u32, bool)>,
    /// `[Obsolete]` declarations: the message, and whether a use is an error.
    pub obsolete: HashMap<AttrTarget, (Option<String>, bool)>,
    /// `[StructLayout]` of source types, a pseudo-attribute kept as flags and a ClassLayout row.
    pub layouts: HashMap<DefId, TypeLayout>,
    /// `[FieldOffset]` of source fields, a pseudo-attribute kept as a FieldLayout row.
    pub field_offsets: HashMap<FieldId, u32>,
    /// Metadata flags that pseudo-attributes (`[Serializable]`, `[NonSerialized]`, `[In]`,
    /// `[Out]`, `[Optional]`) add to a type, field or parameter row.
    pub pseudo_flags: HashMap<AttrTarget, u32>,
    /// `[assembly: AssemblyVersion]` and `[assembly: AssemblyCulture]`, kept in the
    /// Assembly row.
    pub assembly_identity: AssemblyIdentity,
    /// Parameters with caller information (`[CallerLineNumber]`, `[CallerFilePath]`,
    /// `[CallerMemberName]`): what a call that leaves them out passes instead.
    pub caller_info: HashMap<(MethodId, u16), CallerInfo>,
    /// Each source file's path and line starts, by `FileId`: what caller information reports.
    pub source_files: Vec<SourceLines>,
    /// `[Conditional]` methods: the symbols, one of which must be defined where a call is.
    pub conditional: HashMap<MethodId, Vec<String>>,
    /// The preprocessing symbols each source file defines.
    pub defines: HashMap<lexer::FileId, Vec<String>>,
    /// The names of every extension method, made on first use (after
    /// declaration, when no more are added): a cheap test before a search
    /// of the types in scope.
    extension_names: Option<rustc_hash::FxHashSet<String>>,
    /// Each type's members by name ([`Symbols::members_named`]), indexed on demand.
    member_names: std::cell::RefCell<HashMap<DefId, MemberNameIndex>>,
}

/// A member of a type, as [`Symbols::members_named`] lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedMember {
    Field(FieldId),
    Method(MethodId),
    Property(PropertyId),
}

/// The members of one type by name, and how many of its fields, methods and properties are
/// indexed: members are appended to a type as they are declared or instantiated, and a
/// lookup indexes those added since the last.
#[derive(Default)]
struct MemberNameIndex {
    indexed: (usize, usize, usize),
    by_name: HashMap<String, Vec<NamedMember>>,
}

impl Symbols {
    /// The fields, methods and properties of `def` itself named `name`, each kind in
    /// declaration order: a name lookup costs a probe, not a scan of the type (a class of
    /// 20,000 methods made binding its calls quadratic).
    pub fn members_named(&self, def: DefId, name: &str) -> Vec<NamedMember> {
        let t = self.def(def);
        let mut all = self.member_names.borrow_mut();
        let index = all.entry(def).or_default();
        let (f, m, p) = index.indexed;
        if f > t.fields.len() || m > t.methods.len() || p > t.properties.len() {
            *index = MemberNameIndex::default();
        }
        let (f, m, p) = index.indexed;
        for &id in &t.fields[f..] {
            index.by_name.entry(self.field(id).name.clone()).or_default().push(NamedMember::Field(id));
        }
        for &id in &t.methods[m..] {
            index.by_name.entry(self.method(id).name.clone()).or_default().push(NamedMember::Method(id));
        }
        for &id in &t.properties[p..] {
            index.by_name.entry(self.property(id).name.clone()).or_default().push(NamedMember::Property(id));
        }
        index.indexed = (t.fields.len(), t.methods.len(), t.properties.len());
        index.by_name.get(name).cloned().unwrap_or_default()
    }

    pub fn new() -> Symbols {
        let mut s = Symbols::default();
        // Fixed ids for the two non-definition types every binder needs.
        s.intern(TyKind::Error);
        s.intern(TyKind::Null);
        s.intern(TyKind::TargetTyped);
        s
    }

    /// `ValueTuple<T1, …>` for two elements or more, elements past the
    /// seventh nested in the eighth argument (`Rest`), as the CLI types
    /// tuples. None when the core library has no ValueTuple.
    pub fn tuple_type(&mut self, elements: &[TyId]) -> Option<TyId> {
        if elements.len() <= 7 {
            let g = self.lookup_type(&format!("System.ValueTuple`{}", elements.len()))?;
            return Some(self.instantiate(g, elements));
        }
        let rest = self.tuple_type_rest(&elements[7..])?;
        let mut args = elements[..7].to_vec();
        args.push(rest);
        let g = self.lookup_type("System.ValueTuple`8")?;
        Some(self.instantiate(g, &args))
    }

    /// The `Rest` of a long tuple: a tuple again, or `ValueTuple<T>` for one element.
    fn tuple_type_rest(&mut self, elements: &[TyId]) -> Option<TyId> {
        if elements.len() == 1 {
            let g = self.lookup_type("System.ValueTuple`1")?;
            return Some(self.instantiate(g, elements));
        }
        self.tuple_type(elements)
    }

    /// Records names a tuple type was written with (any element unnamed is None).
    pub fn note_tuple_names(&mut self, ty: TyId, names: Vec<Option<String>>) {
        if names.iter().all(|n| n.is_none()) {
            return;
        }
        let known = self.tuple_names.entry(ty).or_default();
        if !known.contains(&names) {
            known.push(names);
        }
    }

    /// The position of element `name` in tuple type `ty`: Ok(None) when no
    /// name list has it, Err when two name lists put it in different places.
    pub fn tuple_element_named(&self, ty: TyId, name: &str) -> Result<Option<usize>, ()> {
        let mut found = None;
        for names in self.tuple_names.get(&ty).into_iter().flatten() {
            if let Some(i) = names.iter().position(|n| n.as_deref() == Some(name)) {
                if found.is_some_and(|f| f != i) {
                    return Err(());
                }
                found = Some(i);
            }
        }
        Ok(found)
    }

    pub const ERROR: TyId = TyId(0);
    pub const NULL: TyId = TyId(1);
    pub const TARGET_TYPED: TyId = TyId(2);

    pub fn intern(&mut self, kind: TyKind) -> TyId {
        if let Some(&id) = self.interned.get(&kind) {
            return id;
        }
        let id = TyId(self.kinds.len() as u32);
        self.kinds.push(kind);
        self.interned.insert(kind, id);
        id
    }

    /// The id of an already interned type, without interning it.
    pub fn find_interned(&self, kind: TyKind) -> Option<TyId> {
        self.interned.get(&kind).copied()
    }

    pub fn kind(&self, ty: TyId) -> TyKind {
        self.kinds[ty.0 as usize]
    }

    pub fn add_def(&mut self, def: TypeDef) -> DefId {
        let id = DefId(self.defs.len() as u32);
        let full = def.full_name();
        if let Some(sp) = def.special {
            self.special.entry(sp).or_insert(id);
        }
        // A namespace's parents are in the set whenever it is.
        let mut ns = def.namespace.as_str();
        while !ns.is_empty() && !self.namespaces.contains(ns) {
            self.namespaces.insert(ns.to_string());
            ns = ns.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        }
        if let Some(outer) = def.enclosing {
            self.nested.entry(outer).or_default().entry(def.name.clone()).or_insert(id);
        }
        self.by_name.entry(full).or_insert(id);
        self.defs.push(def);
        id
    }

    /// A constructed type: found through its definition, never by name.
    pub(crate) fn add_instance_def(&mut self, def: TypeDef) -> DefId {
        let id = DefId(self.defs.len() as u32);
        self.defs.push(def);
        id
    }

    pub fn def(&self, id: DefId) -> &TypeDef {
        &self.defs[id.0 as usize]
    }

    pub fn def_mut(&mut self, id: DefId) -> &mut TypeDef {
        &mut self.defs[id.0 as usize]
    }

    pub fn method(&self, id: MethodId) -> &MethodSym {
        &self.methods[id.0 as usize]
    }

    pub fn field(&self, id: FieldId) -> &FieldSym {
        &self.fields[id.0 as usize]
    }

    pub fn property(&self, id: PropertyId) -> &PropertySym {
        &self.properties[id.0 as usize]
    }

    pub fn add_method(&mut self, m: MethodSym) -> MethodId {
        let id = MethodId(self.methods.len() as u32);
        let owner = m.owner;
        self.methods.push(m);
        self.def_mut(owner).methods.push(id);
        id
    }

    /// A method that belongs to no type's member list, so it is never
    /// emitted: the context for binding expressions outside any body
    /// (constant initializers).
    pub fn add_detached_method(&mut self, owner: DefId) -> MethodId {
        let id = MethodId(self.methods.len() as u32);
        self.methods.push(MethodSym::source("<const>", owner, Vec::new(), Symbols::ERROR, true));
        id
    }

    pub fn add_field(&mut self, f: FieldSym) -> FieldId {
        let id = FieldId(self.fields.len() as u32);
        let owner = f.owner;
        self.fields.push(f);
        self.def_mut(owner).fields.push(id);
        id
    }

    pub fn add_property(&mut self, p: PropertySym) -> PropertyId {
        let id = PropertyId(self.properties.len() as u32);
        let owner = p.owner;
        self.properties.push(p);
        self.def_mut(owner).properties.push(id);
        id
    }

    /// The type `path` (`Inner` or `Inner.Deeper`) nested in `outer`.
    pub fn nested_type(&self, outer: DefId, path: &str) -> Option<DefId> {
        path.split('.').try_fold(outer, |o, part| self.nested.get(&o)?.get(part).copied())
    }

    /// Whether `m` (or the definition it was made from) is an `init`
    /// accessor.
    pub fn is_init_only(&self, mut m: MethodId) -> bool {
        while let Some(g) = &self.method(m).generic {
            m = g.of;
        }
        self.init_only.contains(&m)
    }

    pub fn lookup_type(&self, full_name: &str) -> Option<DefId> {
        self.by_name.get(full_name).copied()
    }

    pub fn special_def(&self, sp: SpecialType) -> Option<DefId> {
        self.special.get(&sp).copied()
    }

    /// The type of a special type, or the error type when the core
    /// library lacks it (reported once, where it is first needed).
    pub fn special_ty(&mut self, sp: SpecialType) -> TyId {
        match self.special_def(sp) {
            Some(d) => self.intern(TyKind::Def(d)),
            None => Symbols::ERROR,
        }
    }

    /// Is some extension method, anywhere, named `name`?
    pub fn has_extension_named(&mut self, name: &str) -> bool {
        let methods = &self.methods;
        self.extension_names
            .get_or_insert_with(|| methods.iter().filter(|m| m.is_extension).map(|m| m.name.clone()).collect())
            .contains(name)
    }

    /// The type of kind `kind`, if it has been interned (no new type is made).
    pub fn interned(&self, kind: TyKind) -> Option<TyId> {
        self.interned.get(&kind).copied()
    }

    pub fn def_ty(&mut self, d: DefId) -> TyId {
        self.intern(TyKind::Def(d))
    }

    pub fn array_of(&mut self, elem: TyId, rank: u32) -> TyId {
        self.intern(TyKind::Array(elem, rank))
    }

    pub fn by_ref(&mut self, t: TyId) -> TyId {
        self.intern(TyKind::ByRef(t))
    }

    pub fn special_of(&self, ty: TyId) -> Option<SpecialType> {
        match self.kind(ty) {
            TyKind::Def(d) => self.def(d).special,
            _ => None,
        }
    }

    pub fn is_special(&self, ty: TyId, sp: SpecialType) -> bool {
        self.special_of(ty) == Some(sp)
    }

    pub fn is_error(&self, ty: TyId) -> bool {
        ty == Symbols::ERROR
    }

    /// A value type: a struct or enum (including the primitives).
    pub fn is_value_type(&self, ty: TyId) -> bool {
        match self.kind(ty) {
            TyKind::Def(d) => match self.def(d).kind {
                TypeDefKind::Struct | TypeDefKind::Enum => true,
                TypeDefKind::TypeParam => self.def(d).param.as_ref().is_some_and(|p| p.value),
                _ => false,
            },
            _ => false,
        }
    }

    pub fn is_reference_type(&self, ty: TyId) -> bool {
        self.is_reference_type_within(ty, 8)
    }

    /// [`Self::is_reference_type`], following at most `depth` type
    /// parameter constraints (a cycle of them is CS0454, reported apart).
    fn is_reference_type_within(&self, ty: TyId, depth: u32) -> bool {
        match self.kind(ty) {
            TyKind::Def(d) => match self.def(d).kind {
                TypeDefKind::Class | TypeDefKind::Interface => true,
                // `where T : class`, a class-type constraint, or a type
                // parameter constraint that is a reference type (§15.2.5).
                TypeDefKind::TypeParam => {
                    let def = self.def(d);
                    def.param.as_ref().is_some_and(|p| {
                        p.reference || (depth > 0 && p.bounds.iter().any(|&b| self.is_reference_type_within(b, depth - 1)))
                    })
                        || def.base.is_some_and(|b| {
                            matches!(self.kind(b), TyKind::Def(c) if self.def(c).kind == TypeDefKind::Class)
                                && !matches!(self.special_of(b), Some(SpecialType::Object | SpecialType::ValueType | SpecialType::Enum))
                        })
                }
                _ => false,
            },
            TyKind::Array(..) | TyKind::Null => true,
            _ => false,
        }
    }

    pub fn base_of(&self, ty: TyId) -> Option<TyId> {
        match self.kind(ty) {
            TyKind::Def(d) => self.def(d).base,
            _ => None,
        }
    }

    /// An enum's underlying type, or the type itself: what arithmetic,
    /// comparison and storage of the value work on.
    pub fn underlying(&self, ty: TyId) -> TyId {
        match self.kind(ty) {
            TyKind::Def(d) => self.def(d).enum_underlying.unwrap_or(ty),
            _ => ty,
        }
    }

    pub fn is_enum(&self, ty: TyId) -> bool {
        matches!(self.kind(ty), TyKind::Def(d) if self.def(d).kind == TypeDefKind::Enum)
    }

    /// The special type of `ty`, looking through enums to their
    /// underlying type.
    pub fn primitive_of(&self, ty: TyId) -> Option<SpecialType> {
        self.special_of(self.underlying(ty))
    }

    /// The type as C# writes it, for diagnostics: `int`, `string[]`,
    /// `System.Console`.
    pub fn display(&self, ty: TyId) -> String {
        match self.kind(ty) {
            TyKind::Def(d) => {
                let def = self.def(d);
                match def.special.and_then(|s| s.keyword()) {
                    Some(k) => k.to_string(),
                    None if def.kind == TypeDefKind::TypeParam => def.name.clone(),
                    None if def.instance_of.is_some() || !def.type_params.is_empty() => self.display_generic(d),
                    None => def.full_name(),
                }
            }
            TyKind::Array(e, rank) => {
                format!("{}[{}]", self.display(e), ",".repeat(rank as usize - 1))
            }
            TyKind::ByRef(t) => format!("ref {}", self.display(t)),
            TyKind::Null => "<null>".to_string(),
            TyKind::TargetTyped => "method group".to_string(),
            TyKind::Error => "?".to_string(),
        }
    }

    /// A method as diagnostics name it: `Program.Fib(int)`.
    pub fn method_display(&self, m: MethodId) -> String {
        let sym = self.method(m);
        let params: Vec<String> = sym
            .params
            .iter()
            .map(|p| {
                let prefix = match p.kind {
                    ParamKind::Value => "",
                    ParamKind::Ref => "ref ",
                    ParamKind::Out => "out ",
                };
                format!("{prefix}{}", self.display(p.ty))
            })
            .collect();
        let owner = self.def(sym.owner);
        let name = if sym.is_ctor {
            owner.name.clone()
        } else {
            sym.name.clone()
        };
        format!("{}.{}({})", owner.full_name(), name, params.join(", "))
    }
}
