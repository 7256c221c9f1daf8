//! Emit: turns the bound program into CIL and metadata tables, and the
//! `metadata` crate writes them as a PE file.
//!
//! In: a `semantic::Compilation` without errors. Out: the bytes of an
//! ECMA-335 assembly. Invariants: every MethodDef with a body gets CIL
//! whose max-stack is the true maximum and whose branches are short
//! wherever they fit; source symbols become TypeDef/MethodDef/Field rows
//! in declaration order, imported ones TypeRef/MemberRef rows created on
//! first use.

pub mod debug;
pub(crate) mod emit;
mod il;
mod tokens;

use rustc_hash::FxHashMap as HashMap;

use metadata::{
    AssemblyBuilder, AssemblyRow, FieldRow, MethodDefRow, MethodSemanticsRow, ModuleKind,
    ModuleRow, ParamRow, PropertyMapRow, PropertyRow, TableId, Token, TypeDefRow,
};
use semantic::*;

#[derive(Debug)]
pub struct EmitError(pub String);

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub struct EmitOptions<'a> {
    /// The assembly's simple name (file name without extension).
    pub assembly_name: &'a str,
    pub kind: ModuleKind,
    /// Write a Portable PDB with the sequence points too.
    pub debug: Option<debug::DebugOptions<'a>>,
}

/// What emission produces: the assembly, and its PDB when asked for.
pub struct Emitted {
    pub assembly: Vec<u8>,
    pub pdb: Option<Vec<u8>>,
}

/// The state of one emission: the builder and the token of every symbol
/// emitted so far.
pub(crate) struct Emitter<'c> {
    pub syms: &'c Symbols,
    pub references: &'c [String],
    pub b: AssemblyBuilder,
    pub type_tokens: HashMap<DefId, Token>,
    pub method_tokens: HashMap<MethodId, Token>,
    pub field_tokens: HashMap<FieldId, Token>,
    /// Property rows, for the custom attributes applied to properties.
    pub property_tokens: HashMap<semantic::types::PropertyId, Token>,
    /// Param rows by method and position, for the custom attributes applied to parameters.
    pub param_tokens: HashMap<(MethodId, u16), Token>,
    /// Param rows of sequence 0, made for the methods whose return value has attributes.
    pub return_tokens: HashMap<MethodId, Token>,
    pub returns_attributed: rustc_hash::FxHashSet<MethodId>,
    pub event_tokens: HashMap<semantic::types::EventId, Token>,
    /// MemberRefs and MethodSpecs naming members of generic types and
    /// generic method instances (the definitions keep their rows above).
    pub method_refs: HashMap<(MethodId, Option<DefId>), Token>,
    pub field_refs: HashMap<(FieldId, Option<DefId>), Token>,
    pub asm_refs: HashMap<u32, Token>,
    pub framework_refs: HashMap<&'static str, Token>,
    pub type_specs: HashMap<(TyId, Option<DefId>), Token>,
    /// While a class made for a generic method's closures or iterator is written (its rows,
    /// its methods' bodies, its members' signatures): that class, whose adopted method type
    /// parameters are then numbered as its own (`semantic::Symbols::adopted_params`).
    pub context: Option<DefId>,
    pub strings: HashMap<Vec<u16>, Token>,
    pub array_methods: HashMap<(TyId, &'static str), Token>,
    /// The sequence points of each MethodDef row, in row order.
    pub points: Vec<Vec<(u32, lexer::Span)>>,
}

/// ECMA-335 II.23.1.15 TypeAttributes, II.23.1.10 MethodAttributes,
/// II.23.1.5 FieldAttributes.
mod flags {
    pub const TYPE_SEQUENTIAL: u32 = 0x8;
    pub const TYPE_INTERFACE: u32 = 0x20;
    pub const TYPE_ABSTRACT: u32 = 0x80;
    pub const TYPE_SEALED: u32 = 0x100;
    pub const TYPE_BEFORE_FIELD_INIT: u32 = 0x0010_0000;
    pub const STATIC: u16 = 0x10;
    pub const FIELD_INIT_ONLY: u16 = 0x20;
    pub const FIELD_LITERAL: u16 = 0x40;
    pub const FIELD_HAS_DEFAULT: u16 = 0x8000;
    pub const METHOD_FINAL: u16 = 0x20;
    pub const METHOD_VIRTUAL: u16 = 0x40;
    pub const METHOD_HIDE_BY_SIG: u16 = 0x80;
    pub const METHOD_NEW_SLOT: u16 = 0x100;
    pub const METHOD_ABSTRACT: u16 = 0x400;
    pub const SPECIAL_NAME: u16 = 0x800;
    pub const RT_SPECIAL_NAME: u16 = 0x1000;
    pub const IMPL_INTERNAL_CALL: u16 = 0x1000;
}

fn access_bits(a: Accessibility) -> u16 {
    match a {
        Accessibility::Private => 1,
        Accessibility::PrivateProtected => 2,
        Accessibility::Internal => 3,
        Accessibility::Protected => 4,
        Accessibility::ProtectedInternal => 5,
        Accessibility::Public => 6,
    }
}

/// Emits the whole assembly.
pub fn emit_assembly(comp: &Compilation, opts: &EmitOptions<'_>) -> Result<Emitted, EmitError> {
    let mut e = Emitter {
        syms: &comp.symbols,
        references: &comp.references,
        b: AssemblyBuilder::new(opts.kind),
        type_tokens: HashMap::default(),
        method_tokens: HashMap::default(),
        field_tokens: HashMap::default(),
        property_tokens: HashMap::default(),
        param_tokens: HashMap::default(),
        return_tokens: HashMap::default(),
        returns_attributed: Default::default(),
        event_tokens: HashMap::default(),
        method_refs: HashMap::default(),
        field_refs: HashMap::default(),
        asm_refs: HashMap::default(),
        framework_refs: HashMap::default(),
        type_specs: HashMap::default(),
        context: None,
        strings: HashMap::default(),
        array_methods: HashMap::default(),
        points: Vec::new(),
    };
    e.emit_definitions(comp, opts)?;
    let pdb = match &opts.debug {
        Some(d) => Some(e.write_pdb(d)?),
        None => None,
    };
    let assembly = e.b.write().map_err(|err| EmitError(err.to_string()))?;
    Ok(Emitted { assembly, pdb })
}

impl Emitter<'_> {
    fn emit_definitions(
        &mut self,
        comp: &Compilation,
        opts: &EmitOptions<'_>,
    ) -> Result<(), EmitError> {
        let syms = self.syms;
        let ext = if opts.kind == ModuleKind::Exe {
            "exe"
        } else {
            "dll"
        };
        let module_name = self.b.strings.add(&format!("{}.{ext}", opts.assembly_name));
        let mvid = self
            .b
            .guids
            .add(mvid_for(opts.assembly_name, &comp.program));
        self.b.tables.module.push(ModuleRow {
            name: module_name,
            mvid,
            ..Default::default()
        });
        let is_corlib = comp.references.is_empty();
        self.returns_attributed = comp
            .program
            .attributes
            .iter()
            .filter_map(|a| match a.target {
                AttrTarget::Return(m) => Some(m),
                _ => None,
            })
            .collect();
        let asm_name = self.b.strings.add(opts.assembly_name);
        // `[assembly: AssemblyVersion]` and `[assembly: AssemblyCulture]` (pseudo-attributes).
        let identity = &syms.assembly_identity;
        let [major, minor, build, revision] = identity.version;
        let culture = if identity.culture.is_empty() { Default::default() } else { self.b.strings.add(&identity.culture) };
        self.b.tables.assembly.push(AssemblyRow {
            hash_alg_id: 0x8004,
            major_version: if is_corlib && major == 0 { 4 } else { major },
            minor_version: minor,
            build_number: build,
            revision_number: revision,
            name: asm_name,
            culture,
            ..Default::default()
        });

        // Pass 1: a token for every source type, field and method, in the
        // order the rows will have (each type's members are contiguous).
        let source: Vec<DefId> = (0..syms.defs.len() as u32)
            .map(DefId)
            .filter(|&d| {
                let def = syms.def(d);
                def.origin == Origin::Source && def.instance_of.is_none() && def.kind != TypeDefKind::TypeParam
            })
            .collect();
        let (mut field_row, mut method_row) = (1u32, 1u32);
        for (i, &d) in source.iter().enumerate() {
            self.type_tokens
                .insert(d, Token::new(TableId::TypeDef, i as u32 + 2));
            for &f in &syms.def(d).fields {
                self.field_tokens
                    .insert(f, Token::new(TableId::Field, field_row));
                field_row += 1;
            }
            for &m in &syms.def(d).methods {
                self.method_tokens
                    .insert(m, Token::new(TableId::MethodDef, method_row));
                method_row += 1;
            }
        }
        // `<Module>`, the global type, is always TypeDef row 1 (II.10.8).
        let module_type = self.b.strings.add("<Module>");
        let empty = self.b.strings.add("");
        self.b.tables.type_def.push(TypeDefRow {
            flags: 0,
            name: module_type,
            namespace: empty,
            extends: Token::NIL,
            field_list: 1,
            method_list: 1,
        });

        let bodies: HashMap<MethodId, &BoundMethod> =
            comp.program.methods.iter().map(|m| (m.method, m)).collect();
        // Pass 2: the rows.
        for &d in &source {
            let def = syms.def(d);
            self.context = self.adopting(d);
            let extends = match def.base {
                Some(b) => self.type_token(b)?,
                None => Token::NIL,
            };
            // Visibility (II.23.1.15): public/not public at top level;
            // nested types have their own codes.
            let visibility = match (def.enclosing.is_some(), def.access) {
                (false, Accessibility::Public) => 1,
                (false, _) => 0,
                (true, Accessibility::Public) => 2,
                (true, Accessibility::Private) => 3,
                (true, Accessibility::Protected) => 4,
                (true, Accessibility::Internal) => 5,
                (true, Accessibility::PrivateProtected) => 6,
                (true, Accessibility::ProtectedInternal) => 7,
            };
            let mut f = visibility;
            match def.kind {
                TypeDefKind::Interface => f |= flags::TYPE_INTERFACE | flags::TYPE_ABSTRACT,
                TypeDefKind::Struct => f |= flags::TYPE_SEQUENTIAL | flags::TYPE_SEALED,
                _ => {}
            }
            if def.is_abstract && def.kind == TypeDefKind::Class {
                f |= flags::TYPE_ABSTRACT;
            }
            if def.is_sealed {
                f |= flags::TYPE_SEALED;
            }
            f |= syms.pseudo_flags.get(&AttrTarget::Type(d)).copied().unwrap_or(0);
            // `[StructLayout]` (II.23.1.15): LayoutMask 0x18, StringFormatMask 0x30000.
            let layout = syms.layouts.get(&d).copied();
            if let Some(l) = layout {
                f &= !0x18;
                f |= match l.kind {
                    0 => flags::TYPE_SEQUENTIAL,
                    2 => 0x10,
                    _ => 0,
                };
                f |= match l.char_set {
                    3 => 0x1_0000,
                    4 => 0x2_0000,
                    _ => 0,
                };
            }
            // No static constructor of its own: the runtime may run the
            // type initializer any time before first static field access.
            let has_explicit_cctor = def.has_explicit_cctor;
            if def.kind != TypeDefKind::Interface && !has_explicit_cctor {
                f |= flags::TYPE_BEFORE_FIELD_INIT;
            }
            let name = self.b.strings.add(&def.name);
            // A nested type has no namespace of its own (II.22.37); the
            // NestedClass table names its enclosing type.
            let namespace = self.b.strings.add(if def.enclosing.is_some() { "" } else { &def.namespace });
            if let Some(outer) = def.enclosing {
                let nested = self.type_tokens[&d].row();
                let enclosing = self.type_tokens[&outer].row();
                self.b.tables.nested_class.push(metadata::NestedClassRow { nested_class: nested, enclosing_class: enclosing });
            }
            self.b.tables.type_def.push(TypeDefRow {
                flags: f,
                name,
                namespace,
                extends,
                field_list: self.b.tables.field.len() as u32 + 1,
                method_list: self.b.tables.method_def.len() as u32 + 1,
            });
            if let Some(l) = layout.filter(|l| l.pack != 0 || l.size != 0) {
                let parent = self.b.tables.type_def.len() as u32;
                self.b.tables.class_layout.push(metadata::ClassLayoutRow { packing_size: l.pack, class_size: l.size, parent });
            }
            for &fid in &def.fields {
                let fs = syms.field(fid);
                let mut ff = access_bits(fs.access);
                if fs.is_static {
                    ff |= flags::STATIC;
                }
                if fs.is_readonly {
                    ff |= flags::FIELD_INIT_ONLY;
                }
                ff |= syms.pseudo_flags.get(&AttrTarget::Field(fid)).copied().unwrap_or(0) as u16;
                // A const decimal is a static readonly field set by the static
                // constructor, its value in DecimalConstantAttribute (II.16.2
                // has no decimal constants).
                let decimal_const = matches!(fs.constant, Some(semantic::constant::ConstValue::Decimal(_)));
                if fs.is_const && decimal_const {
                    ff |= flags::STATIC | flags::FIELD_INIT_ONLY;
                } else if fs.is_const {
                    ff |= flags::STATIC | flags::FIELD_LITERAL | flags::FIELD_HAS_DEFAULT;
                }
                // An enum's value field is special (II.14.3).
                if def.kind == TypeDefKind::Enum && !fs.is_static {
                    ff |= 0x200 | 0x400;
                }
                let sig = metadata::encode_field_sig(&self.type_sig(fs.ty)?)
                    .map_err(|e| EmitError(e.to_string()))?;
                let row = FieldRow {
                    flags: ff,
                    name: self.b.strings.add(&fs.name),
                    signature: self.b.blobs.add(&sig),
                };
                self.b.tables.field.push(row);
                if let Some(&offset) = syms.field_offsets.get(&fid) {
                    let field = self.b.tables.field.len() as u32;
                    self.b.tables.field_layout.push(metadata::FieldLayoutRow { offset, field });
                }
                if let (true, Some(c)) = (fs.is_const && !decimal_const, &fs.constant) {
                    let parent = Token::new(TableId::Field, self.b.tables.field.len() as u32);
                    let (ty, blob) = constant_blob(c, syms.primitive_of(fs.ty));
                    let value = self.b.blobs.add(&blob);
                    self.b.tables.constant.push(metadata::ConstantRow { ty, parent, value });
                }
            }
            for &mid in &def.methods {
                self.emit_method_row(mid, bodies.get(&mid).copied())?;
            }
            self.context = None;
        }
        self.emit_generic_params(&source)?;
        self.emit_properties(&source)?;
        self.emit_events(&source)?;
        self.emit_attributes(&comp.program.attributes)?;
        // MethodImpl (II.22.27) for explicit interface implementations.
        for &(class, body, decl) in &syms.method_impls {
            self.context = self.adopting(class);
            let class = self.type_tokens[&class].row();
            let method_body = self.method_tokens[&body];
            let method_declaration = self.method_token(decl)?;
            self.b.tables.method_impl.push(metadata::MethodImplRow { class, method_body, method_declaration });
        }
        // InterfaceImpl (II.22.23); the writer sorts it by class.
        for &d in &source {
            self.context = self.adopting(d);
            for &i in &syms.def(d).interfaces {
                let class = self.type_tokens[&d].row();
                let interface = self.type_token(i)?;
                self.b.tables.interface_impl.push(metadata::InterfaceImplRow { class, interface });
            }
        }
        self.context = None;
        if let Some(ep) = comp.program.entry_point {
            self.b.entry_point = self.method_tokens.get(&ep).copied().unwrap_or(Token::NIL);
        }
        Ok(())
    }

    /// GenericParam rows for every generic type and method, sorted by
    /// owner as II.22.20 requires, then their GenericParamConstraint rows
    /// (II.22.21), sorted by parameter.
    fn emit_generic_params(&mut self, source: &[DefId]) -> Result<(), EmitError> {
        let syms = self.syms;
        let mut owners: Vec<(u64, Token, Vec<DefId>, Option<DefId>)> = Vec::new();
        for &d in source {
            let def = syms.def(d);
            let context = self.adopting(d);
            if !def.type_params.is_empty() {
                let t = self.type_tokens[&d];
                owners.push(((t.row() as u64) << 1, t, def.type_params.clone(), context));
            }
            for &m in &def.methods {
                let params = &syms.method(m).type_params;
                if !params.is_empty() {
                    let t = self.method_tokens[&m];
                    owners.push(((t.row() as u64) << 1 | 1, t, params.clone(), context));
                }
            }
        }
        owners.sort_by_key(|o| o.0);
        for (_, owner, params, context) in owners {
            self.context = context;
            for (i, &p) in params.iter().enumerate() {
                let def = syms.def(p);
                let Some(info) = def.param.as_deref() else { continue };
                // GenericParamAttributes (II.23.1.7).
                let mut flags = match info.variance {
                    Variance::Invariant => 0,
                    Variance::Covariant => 0x1,
                    Variance::Contravariant => 0x2,
                };
                if info.reference && def.base.is_none_or(|b| syms.is_special(b, SpecialType::Object)) {
                    flags |= 0x4;
                }
                // `struct` is written as 0x8 with the default-constructor
                // flag 0x10, as csc writes it.
                if info.value {
                    flags |= 0x8;
                }
                if info.ctor || info.value {
                    flags |= 0x10;
                }
                let name = self.b.strings.add(&def.name);
                self.b.tables.generic_param.push(metadata::GenericParamRow { number: i as u16, flags, owner, name });
                let row = self.b.tables.generic_param.len() as u32;
                // The constraints: a class (ValueType for `struct`, as
                // csc writes it), the interfaces, other parameters.
                let mut constraints: Vec<TyId> = def.base.into_iter().filter(|&b| !syms.is_special(b, SpecialType::Object)).collect();
                constraints.extend(def.interfaces.iter().copied());
                constraints.extend(info.bounds.iter().copied());
                for c in constraints {
                    let constraint = self.type_token(c)?;
                    self.b.tables.generic_param_constraint.push(metadata::GenericParamConstraintRow { owner: row, constraint });
                }
            }
        }
        Ok(())
    }

    fn emit_method_row(
        &mut self,
        mid: MethodId,
        body: Option<&BoundMethod>,
    ) -> Result<(), EmitError> {
        let syms = self.syms;
        let m = syms.method(mid);
        let mut f = access_bits(m.access) | flags::METHOD_HIDE_BY_SIG;
        if m.is_static {
            f |= flags::STATIC;
        }
        if m.is_final {
            f |= flags::METHOD_FINAL;
        }
        if m.is_virtual {
            f |= flags::METHOD_VIRTUAL;
            if !m.is_override {
                f |= flags::METHOD_NEW_SLOT;
            }
        }
        if m.is_abstract {
            f |= flags::METHOD_ABSTRACT;
        }
        if m.is_ctor || m.name == ".cctor" {
            f |= flags::SPECIAL_NAME | flags::RT_SPECIAL_NAME;
        }
        if m.is_accessor {
            f |= flags::SPECIAL_NAME;
        }
        let impl_flags = m.impl_options | if m.is_extern { flags::IMPL_INTERNAL_CALL } else { 0 };
        let sig = self.method_sig(mid)?;
        let param_list = self.b.tables.param.len() as u32 + 1;
        // The return value has a row, sequence 0 and first, only to carry attributes.
        if self.returns_attributed.contains(&mid) {
            let name = self.b.strings.add("");
            self.b.tables.param.push(ParamRow { flags: 0, sequence: 0, name });
            self.return_tokens.insert(mid, Token::new(TableId::Param, self.b.tables.param.len() as u32));
        }
        for (i, p) in m.params.iter().enumerate() {
            let name = self.b.strings.add(&p.name);
            // ParamAttributes (II.23.1.13): Out 0x2, Optional 0x10,
            // HasDefault 0x1000.
            let mut flags = 0u16;
            if p.kind == ParamKind::Out {
                flags |= 0x2;
            }
            // A decimal default has no Constant row either (csc records it in
            // DecimalConstantAttribute on the parameter).
            let decimal_default = matches!(p.default, Some(semantic::constant::ConstValue::Decimal(_)));
            if p.default.is_some() {
                flags |= if decimal_default { 0x10 } else { 0x10 | 0x1000 };
            }
            // `[In]`, `[Out]`, `[Optional]`.
            flags |= syms.pseudo_flags.get(&AttrTarget::Param(mid, i as u16)).copied().unwrap_or(0) as u16;
            self.b.tables.param.push(ParamRow { flags, sequence: i as u16 + 1, name });
            let param = Token::new(TableId::Param, self.b.tables.param.len() as u32);
            self.param_tokens.insert((mid, i as u16), param);
            if let Some(c) = p.default.as_ref().filter(|_| !decimal_default) {
                let (ty, blob) = constant_blob(c, syms.primitive_of(p.ty));
                let value = self.b.blobs.add(&blob);
                self.b.tables.constant.push(metadata::ConstantRow { ty, parent: param, value });
            }
            if p.is_params {
                // `params` is the custom attribute ParamArrayAttribute on
                // the parameter (§15.6.2.5), with an empty argument blob.
                let ctor = self.param_array_ctor()?;
                let value = self.b.blobs.add(&[1, 0, 0, 0]);
                self.b.tables.custom_attribute.push(metadata::CustomAttributeRow { parent: param, ty: ctor, value });
            }
        }
        let name = self.b.strings.add(&m.name);
        let signature = self.b.blobs.add(&sig);
        self.b.tables.method_def.push(MethodDefRow {
            rva: 0,
            impl_flags,
            flags: f,
            name,
            signature,
            param_list,
        });
        match body {
            Some(body) if !m.is_extern && !m.is_abstract => {
                let emitted = emit::emit_body(self, body)?;
                self.b.method_bodies.push(Some(emitted.body));
                self.points.push(emitted.points);
            }
            _ => {
                self.b.method_bodies.push(None);
                self.points.push(Vec::new());
            }
        }
        Ok(())
    }

    /// CustomAttribute rows (II.22.10) with their value blobs (II.23.3):
    /// the prolog 0x0001, each fixed argument in its parameter's type,
    /// then the named arguments (field or property, type, name, value).
    fn emit_attributes(&mut self, attrs: &[BoundAttribute]) -> Result<(), EmitError> {
        let syms = self.syms;
        for a in attrs {
            let parent = match a.target {
                AttrTarget::Type(d) => self.type_tokens[&d],
                AttrTarget::Method(m) => self.method_tokens[&m],
                AttrTarget::Field(f) => self.field_tokens[&f],
                AttrTarget::Property(p) => self.property_tokens[&p],
                // Instances of generic methods share their definition's rows.
                AttrTarget::Param(m, i) => match self.param_tokens.get(&(m, i)) {
                    Some(&t) => t,
                    None => continue,
                },
                AttrTarget::Return(m) => match self.return_tokens.get(&m) {
                    Some(&t) => t,
                    None => continue,
                },
                AttrTarget::Event(e) => self.event_tokens[&e],
                AttrTarget::Assembly => Token::new(TableId::Assembly, 1),
                AttrTarget::Module => Token::new(TableId::Module, 1),
            };
            let ty = self.method_token(a.ctor)?;
            let mut blob = vec![0x01, 0x00];
            let params = &syms.method(a.ctor).params;
            for ((value, _), p) in a.args.iter().zip(params) {
                self.attribute_value(value, p.ty, &mut blob)?;
            }
            blob.extend_from_slice(&(a.named.len() as u16).to_le_bytes());
            for n in &a.named {
                blob.push(if n.is_field { 0x53 } else { 0x54 });
                self.field_or_prop_type(n.ty, &mut blob)
                    .ok_or_else(|| EmitError(format!("cannot encode a named attribute argument of type {}", syms.display(n.ty))))?;
                ser_string(&n.name, &mut blob)?;
                self.attribute_value(&n.value, n.ty, &mut blob)?;
            }
            let value = self.b.blobs.add(&blob);
            self.b.tables.custom_attribute.push(metadata::CustomAttributeRow { parent, ty, value });
        }
        Ok(())
    }

    /// An attribute argument's value in a blob: a constant in the parameter's type, or a
    /// type as its name (II.23.3).
    fn attribute_value(&self, value: &semantic::bound::AttrArg, ty: semantic::types::TyId, blob: &mut Vec<u8>) -> Result<(), EmitError> {
        let syms = self.syms;
        match value {
            semantic::bound::AttrArg::Type(t) => {
                let name = self.serialized_type_name(*t).ok_or_else(|| EmitError(format!("cannot name the type {} in an attribute", syms.display(*t))))?;
                ser_string(&name, blob)
            }
            // Null where the parameter is `object`: a null string, as csc writes it.
            semantic::bound::AttrArg::Const(semantic::constant::ConstValue::Null) if syms.is_special(ty, SpecialType::Object) => {
                blob.extend_from_slice(&[0x0E, 0xFF]);
                Ok(())
            }
            semantic::bound::AttrArg::Const(c) => encode_attribute_arg(c, syms.primitive_of(ty), blob)
                .ok_or_else(|| EmitError(format!("cannot encode an attribute argument of type {}", syms.display(ty)))),
            // II.23.3: the element count (0xFFFFFFFF for null), then each element as a value
            // of the element type.
            semantic::bound::AttrArg::Array { elem, items } => {
                match items {
                    None => blob.extend_from_slice(&u32::MAX.to_le_bytes()),
                    Some(items) => {
                        blob.extend_from_slice(&(items.len() as u32).to_le_bytes());
                        for item in items {
                            self.attribute_value(item, *elem, blob)?;
                        }
                    }
                }
                Ok(())
            }
            // A boxed value: its FieldOrPropType tag, then the value in that type.
            semantic::bound::AttrArg::Boxed { ty: inner, value } => {
                self.field_or_prop_type(*inner, blob)
                    .ok_or_else(|| EmitError(format!("cannot box a value of type {} in an attribute", syms.display(*inner))))?;
                self.attribute_value(value, *inner, blob)
            }
        }
    }

    /// A type as attribute blobs name it (II.23.3, reflection's notation): `Ns.Outer+Inner`,
    /// a generic instance's arguments each in brackets with their assembly
    /// (`G`1[[System.Int32, mscorlib, …]]`), array suffixes (`[]`, `[,]`), then its assembly's
    /// full name when it is not in the assembly being built.
    fn serialized_type_name(&self, t: semantic::types::TyId) -> Option<String> {
        let (name, assembly) = self.type_name_parts(t)?;
        Some(match assembly {
            Some(a) => format!("{name}, {a}"),
            None => name,
        })
    }

    /// A type's serialized name without its assembly, and that assembly's full name (None for
    /// this one).
    fn type_name_parts(&self, t: semantic::types::TyId) -> Option<(String, Option<String>)> {
        let syms = self.syms;
        let d = match syms.kind(t) {
            semantic::types::TyKind::Def(d) => d,
            semantic::types::TyKind::Array(elem, rank) => {
                let (name, assembly) = self.type_name_parts(elem)?;
                return Some((format!("{name}[{}]", ",".repeat(rank as usize - 1)), assembly));
            }
            _ => return None,
        };
        let (generic, args) = match &syms.def(d).instance_of {
            Some((g, args)) => (*g, args.as_slice()),
            None => (d, &[][..]),
        };
        let mut chain = vec![generic];
        while let Some(e) = syms.def(*chain.last()?).enclosing {
            chain.push(e);
        }
        let outer = syms.def(*chain.last()?);
        let mut name = if outer.namespace.is_empty() { String::new() } else { format!("{}.", outer.namespace) };
        let names: Vec<&str> = chain.iter().rev().map(|&c| syms.def(c).name.as_str()).collect();
        name.push_str(&names.join("+"));
        if !args.is_empty() {
            let args: Vec<String> = args.iter().map(|&a| self.serialized_type_name(a).map(|n| format!("[{n}]"))).collect::<Option<_>>()?;
            name = format!("{name}[{}]", args.join(","));
        }
        let assembly = match outer.origin {
            semantic::types::Origin::Metadata { asm, .. } => {
                let mut assembly = self.references.get(asm.0 as usize)?.as_str();
                if assembly == "mscorlib" {
                    assembly = tokens::framework_assembly(&outer.namespace, &outer.name).unwrap_or(assembly);
                }
                Some(format!("{assembly}, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"))
            }
            _ => None,
        };
        Some((name, assembly))
    }

    /// A named argument's type in an attribute blob (II.23.3 FieldOrPropType): the element
    /// type of a primitive or string, or 0x55 and the name of an enum (qualified with its
    /// assembly when it is not this one's).
    fn field_or_prop_type(&self, ty: semantic::types::TyId, out: &mut Vec<u8>) -> Option<()> {
        let syms = self.syms;
        if let semantic::types::TyKind::Def(d) = syms.kind(ty)
            && syms.def(d).kind == semantic::types::TypeDefKind::Enum
        {
            out.push(0x55);
            let def = syms.def(d);
            let mut name = def.full_name();
            if let semantic::types::Origin::Metadata { asm, .. } = def.origin {
                let assembly = self.references.get(asm.0 as usize)?;
                name = format!("{name}, {assembly}, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
            }
            return ser_string(&name, out).ok();
        }
        if syms.display(ty) == "System.Type" {
            out.push(0x50);
            return Some(());
        }
        if syms.is_special(ty, SpecialType::Object) {
            out.push(0x51);
            return Some(());
        }
        if let semantic::types::TyKind::Array(elem, 1) = syms.kind(ty) {
            out.push(0x1D);
            return self.field_or_prop_type(elem, out);
        }
        out.push(match syms.special_of(ty)? {
            SpecialType::Boolean => 0x02,
            SpecialType::Char => 0x03,
            SpecialType::SByte => 0x04,
            SpecialType::Byte => 0x05,
            SpecialType::Int16 => 0x06,
            SpecialType::UInt16 => 0x07,
            SpecialType::Int32 => 0x08,
            SpecialType::UInt32 => 0x09,
            SpecialType::Int64 => 0x0A,
            SpecialType::UInt64 => 0x0B,
            SpecialType::Single => 0x0C,
            SpecialType::Double => 0x0D,
            SpecialType::String => 0x0E,
            _ => return None,
        });
        Some(())
    }

    /// The constructor of System.ParamArrayAttribute, from the core
    /// library.
    fn param_array_ctor(&mut self) -> Result<Token, EmitError> {
        let syms = self.syms;
        let def = syms
            .lookup_type("System.ParamArrayAttribute")
            .ok_or_else(|| EmitError("System.ParamArrayAttribute is missing from the core library".into()))?;
        let ctor = syms
            .def(def)
            .methods
            .iter()
            .copied()
            .find(|&m| syms.method(m).is_ctor && syms.method(m).params.is_empty())
            .ok_or_else(|| EmitError("ParamArrayAttribute() is missing".into()))?;
        self.method_token(ctor)
    }

    /// EventMap, Event and MethodSemantics rows (II.22.12, II.22.13, II.22.28): each event
    /// names its delegate type and its AddOn (0x8) and RemoveOn (0x10) methods.
    fn emit_events(&mut self, source: &[DefId]) -> Result<(), EmitError> {
        let syms = self.syms;
        for &d in source {
            let events: Vec<(usize, &EventSym)> = syms.events.iter().enumerate().filter(|(_, e)| e.owner == d).collect();
            if events.is_empty() {
                continue;
            }
            let parent = self.type_tokens[&d].row();
            self.b.tables.event_map.push(metadata::EventMapRow { parent, event_list: self.b.tables.event.len() as u32 + 1 });
            for (id, e) in events {
                let name = self.b.strings.add(&e.name);
                let event_type = self.type_token(e.ty)?;
                self.b.tables.event.push(metadata::EventRow { event_flags: 0, name, event_type });
                let association = Token::new(TableId::Event, self.b.tables.event.len() as u32);
                self.event_tokens.insert(semantic::types::EventId(id as u32), association);
                for (m, semantics) in [(e.add, 0x8u16), (e.remove, 0x10u16)] {
                    let method = self.method_tokens[&m].row();
                    self.b.tables.method_semantics.push(MethodSemanticsRow { semantics, method, association });
                }
            }
        }
        Ok(())
    }

    /// PropertyMap, Property and MethodSemantics rows (II.22.34, II.22.28).
    fn emit_properties(&mut self, source: &[DefId]) -> Result<(), EmitError> {
        self.context = None;
        let syms = self.syms;
        for &d in source {
            let props = &syms.def(d).properties;
            if props.is_empty() {
                continue;
            }
            let parent = self.type_tokens[&d].row();
            self.b.tables.property_map.push(PropertyMapRow {
                parent,
                property_list: self.b.tables.property.len() as u32 + 1,
            });
            for &p in props {
                let ps = syms.property(p);
                let sig = metadata::MethodSig {
                    has_this: !ps.is_static,
                    explicit_this: false,
                    generic_param_count: 0,
                    ret: self.type_sig(ps.ty)?,
                    params: Vec::new(),
                };
                let blob =
                    metadata::encode_property_sig(&sig).map_err(|e| EmitError(e.to_string()))?;
                let name = self.b.strings.add(&ps.name);
                let ty = self.b.blobs.add(&blob);
                self.b
                    .tables
                    .property
                    .push(PropertyRow { flags: 0, name, ty });
                let association =
                    Token::new(TableId::Property, self.b.tables.property.len() as u32);
                self.property_tokens.insert(p, association);
                for (acc, semantics) in [(ps.setter, 0x1u16), (ps.getter, 0x2u16)] {
                    if let Some(m) = acc {
                        let method = self.method_tokens[&m].row();
                        self.b.tables.method_semantics.push(MethodSemanticsRow {
                            semantics,
                            method,
                            association,
                        });
                    }
                }
            }
        }
        Ok(())
    }
}

/// One fixed attribute argument (II.23.3): little-endian by the
/// parameter's type, strings as SerString (0xFF for null).
fn encode_attribute_arg(v: &semantic::constant::ConstValue, ty: Option<SpecialType>, out: &mut Vec<u8>) -> Option<()> {
    use semantic::constant::ConstValue as C;
    let n = |v: &C| match v {
        C::U8(u) => *u as i64,
        C::Char(c) => *c as i64,
        C::Bool(b) => *b as i64,
        other => other.as_i64().unwrap_or(0),
    };
    match ty? {
        SpecialType::Boolean | SpecialType::SByte | SpecialType::Byte => out.push(n(v) as u8),
        SpecialType::Char | SpecialType::Int16 | SpecialType::UInt16 => out.extend_from_slice(&(n(v) as u16).to_le_bytes()),
        SpecialType::Int32 | SpecialType::UInt32 => out.extend_from_slice(&(n(v) as u32).to_le_bytes()),
        SpecialType::Int64 | SpecialType::UInt64 => out.extend_from_slice(&(n(v) as u64).to_le_bytes()),
        SpecialType::Single => match v {
            C::R4(f) => out.extend_from_slice(&f.to_le_bytes()),
            other => out.extend_from_slice(&(n(other) as f32).to_le_bytes()),
        },
        SpecialType::Double => match v {
            C::R8(f) => out.extend_from_slice(&f.to_le_bytes()),
            C::R4(f) => out.extend_from_slice(&(*f as f64).to_le_bytes()),
            other => out.extend_from_slice(&(n(other) as f64).to_le_bytes()),
        },
        SpecialType::String => match v {
            C::Null => out.push(0xFF),
            C::String(s) => {
                let utf8 = String::from_utf16_lossy(s);
                metadata::heaps::write_compressed_u32(utf8.len() as u32, out).ok()?;
                out.extend_from_slice(utf8.as_bytes());
            }
            _ => return None,
        },
        _ => return None,
    }
    Some(())
}

/// A SerString (II.23.3): the UTF-8 length, compressed, then the bytes.
fn ser_string(s: &str, out: &mut Vec<u8>) -> Result<(), EmitError> {
    metadata::heaps::write_compressed_u32(s.len() as u32, out).map_err(|_| EmitError(format!("a name too long for an attribute blob: {s}")))?;
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

/// A constant's element type and value blob (ECMA-335 II.22.9): the
/// value in little-endian, strings as UTF-16, null as a zero class ref.
fn constant_blob(c: &semantic::constant::ConstValue, ty: Option<SpecialType>) -> (u8, Vec<u8>) {
    use semantic::constant::ConstValue as C;
    // Constants of the small integer types are held as int; the blob has
    // the field's own width.
    if let C::I4(v) = c {
        match ty {
            Some(SpecialType::SByte) => return (0x04, vec![*v as u8]),
            Some(SpecialType::Byte) => return (0x05, vec![*v as u8]),
            Some(SpecialType::Int16) => return (0x06, (*v as i16).to_le_bytes().to_vec()),
            Some(SpecialType::UInt16) => return (0x07, (*v as u16).to_le_bytes().to_vec()),
            _ => {}
        }
    }
    match c {
        C::Bool(b) => (0x02, vec![*b as u8]),
        C::Char(v) => (0x03, v.to_le_bytes().to_vec()),
        C::I4(v) => (0x08, v.to_le_bytes().to_vec()),
        C::U4(v) => (0x09, v.to_le_bytes().to_vec()),
        C::I8(v) => (0x0A, v.to_le_bytes().to_vec()),
        C::U8(v) => (0x0B, v.to_le_bytes().to_vec()),
        C::R4(v) => (0x0C, v.to_le_bytes().to_vec()),
        C::R8(v) => (0x0D, v.to_le_bytes().to_vec()),
        C::String(s) => (0x0E, s.iter().flat_map(|u| u.to_le_bytes()).collect()),
        C::Null => (0x12, vec![0, 0, 0, 0]),
        C::Decimal(_) => unreachable!("decimal constants have no Constant row"),
    }
}

/// A module version id derived from the content, so the same source
/// gives the same file (reproducible builds, as Roslyn's /deterministic).
fn mvid_for(name: &str, program: &BoundProgram) -> [u8; 16] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name
        .bytes()
        .chain(format!("{}", program.methods.len()).bytes())
    {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    let mut g = [0u8; 16];
    g[..8].copy_from_slice(&h.to_le_bytes());
    g[8..].copy_from_slice(&h.rotate_left(29).to_le_bytes());
    g[7] = (g[7] & 0x0f) | 0x40; // version 4 layout, as a GUID should have
    g
}
