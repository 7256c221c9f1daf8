//! Where a type's instance fields go (ECMA-335 II.10.1.2, II.10.7): in
//! declaration order at their natural alignment, capped by the ClassLayout
//! row's packing size (`[StructLayout(Pack = n)]`); or, for an
//! explicit-layout type, at the offsets of the FieldLayout rows
//! (`[FieldOffset(n)]`), where fields may overlap; and at least the
//! ClassLayout row's size. Floor 1 (the type system and metadata view).

use crate::error::{Result, VmError};
use crate::loader::TypeSystem;
use crate::types::{HEADER_SIZE, TypeId, ValKind, align_up};

/// TypeAttributes' LayoutMask value for ExplicitLayout (II.23.1.15).
const EXPLICIT_LAYOUT: u32 = 0x10;
const LAYOUT_MASK: u32 = 0x18;

/// The placed fields: their offsets, the end of the last byte, the alignment of the whole.
pub(crate) struct Placement {
    pub offsets: Vec<u32>,
    pub end: u32,
    pub align: u32,
}

impl TypeSystem {
    /// Places the instance fields `fields` (Field rows and kinds) of `tid`, starting at
    /// `start` (the end of the base type's fields for a class, 0 for a value type).
    pub(crate) fn place_fields(&mut self, tid: TypeId, start: u32, fields: &[(u32, ValKind)]) -> Result<Placement> {
        let (asm, row, flags) = {
            let t = &self.types[tid as usize];
            (t.asm, t.row, t.flags)
        };
        let (pack, size, explicit) = {
            let img = self.image(asm);
            let class = img.tables.class_layout.iter().find(|c| c.parent == row);
            let (pack, size) = class.map(|c| (c.packing_size as u32, c.class_size)).unwrap_or((0, 0));
            let explicit = if flags & LAYOUT_MASK == EXPLICIT_LAYOUT {
                let mut at = Vec::with_capacity(fields.len());
                for &(field, _) in fields {
                    match img.tables.field_layout.iter().find(|l| l.field == field) {
                        Some(l) => at.push(l.offset),
                        None => {
                            let name = img.tables.field.get(field as usize - 1).and_then(|f| img.string(f.name).ok()).unwrap_or("?").to_string();
                            return Err(self.load_error(tid, &format!("field '{name}' was not given an explicit offset")));
                        }
                    }
                }
                Some(at)
            } else {
                None
            };
            (pack, size, explicit)
        };
        let cap = |a: u32| if pack == 0 { a } else { a.min(pack) };
        let mut placement = match explicit {
            Some(at) => {
                let offsets: Vec<u32> = at.iter().map(|&o| start + o).collect();
                let end = fields.iter().zip(&offsets).map(|((_, k), &o)| o + k.size()).max().unwrap_or(start);
                let align = fields.iter().map(|(_, k)| cap(k.align().max(1))).max().unwrap_or(1);
                self.check_overlaps(tid, start, fields, &offsets)?;
                Placement { offsets, end, align }
            }
            None => {
                let mut off = start;
                let mut align = 1;
                let mut offsets = Vec::with_capacity(fields.len());
                for (_, k) in fields {
                    let a = cap(k.align().max(1));
                    off = align_up(off, a);
                    offsets.push(off);
                    off += k.size();
                    align = align.max(a);
                }
                Placement { offsets, end: off, align }
            }
        };
        if size > 0 {
            placement.end = placement.end.max(start + size);
        }
        Ok(placement)
    }

    /// An object reference may share its bytes only with another reference at the same place:
    /// the collector must see a reference or nothing there (CoreCLR refuses the type too).
    fn check_overlaps(&mut self, tid: TypeId, start: u32, fields: &[(u32, ValKind)], offsets: &[u32]) -> Result<()> {
        let mut refs_of = Vec::with_capacity(fields.len());
        for ((_, k), &o) in fields.iter().zip(offsets) {
            refs_of.push(match k {
                ValKind::Ref => vec![o],
                ValKind::Struct(s) => {
                    let mt = self.ensure_layout(s.ty)?.method_table;
                    // SAFETY: MethodTables live as long as the runtime.
                    unsafe { &(*mt).ref_map }.iter().map(|&r| o + r - HEADER_SIZE).collect()
                }
                _ => Vec::new(),
            });
        }
        for (i, refs) in refs_of.iter().enumerate() {
            for &r in refs {
                let misplaced = r % 8 != 0
                    || fields.iter().zip(offsets).enumerate().any(|(j, ((_, k), &o))| {
                        j != i && o < r + 8 && r < o + k.size() && !refs_of[j].contains(&r)
                    });
                if misplaced {
                    return Err(self.load_error(
                        tid,
                        &format!("it contains an object field at offset {} that is incorrectly aligned or overlapped by a non-object field", r - start),
                    ));
                }
            }
        }
        Ok(())
    }

    /// TypeLoadException's message for a type that cannot be laid out.
    fn load_error(&self, tid: TypeId, why: &str) -> VmError {
        let t = &self.types[tid as usize];
        // The assembly's display name, as .NET prints it (no public key here: Sharp's and
        // mcs's programs are not strong-named).
        let asm = match self.assemblies.get(t.asm as usize) {
            Some(a) => {
                let v = a.image.tables.assembly.first();
                let (major, minor, build, revision) = v.map(|r| (r.major_version, r.minor_version, r.build_number, r.revision_number)).unwrap_or_default();
                format!("{}, Version={major}.{minor}.{build}.{revision}, Culture=neutral, PublicKeyToken=null", a.name)
            }
            None => String::new(),
        };
        VmError::TypeLoad(format!("Could not load type '{}' from assembly '{asm}' because {why}.", t.full_name()))
    }
}
