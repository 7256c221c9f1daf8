//! An IL instruction buffer with labels, branch shortening and max-stack
//! tracking.
//!
//! Instructions are recorded abstractly and laid out at the end: every
//! branch starts in its short form (`br.s`, one-byte displacement) and is
//! widened only if its target is out of reach, repeating until nothing
//! changes (widening one branch can push another out of range).

use metadata::{Opcode, Operand, encode_instr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

enum Item {
    Op(Opcode, Operand),
    /// A branch to a label: the short form and the long form of the opcode.
    Branch {
        short: Opcode,
        long: Opcode,
        target: Label,
        is_long: bool,
    },
    Mark(Label),
    Switch(Vec<Label>),
}

pub struct IlBuilder {
    items: Vec<Item>,
    labels: u32,
    /// Labels some emitted branch jumps to: code after them is reachable.
    referenced: Vec<bool>,
    depth: i32,
    pub max_depth: i32,
    /// False after an unconditional transfer (ret, br, throw) until the
    /// next label: code there is dead, and branches from it are not
    /// emitted.
    pub reachable: bool,
}

/// The short and long forms of each branch.
pub fn long_form(short: Opcode) -> Opcode {
    use Opcode::*;
    match short {
        BrS => Br,
        LeaveS => Leave,
        BrfalseS => Brfalse,
        BrtrueS => Brtrue,
        BeqS => Beq,
        BgeS => Bge,
        BgtS => Bgt,
        BleS => Ble,
        BltS => Blt,
        BneUnS => BneUn,
        BgeUnS => BgeUn,
        BgtUnS => BgtUn,
        BleUnS => BleUn,
        BltUnS => BltUn,
        other => other,
    }
}

impl IlBuilder {
    pub fn new() -> IlBuilder {
        IlBuilder {
            items: Vec::new(),
            labels: 0,
            referenced: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels += 1;
        self.referenced.push(false);
        Label(self.labels - 1)
    }

    /// Places a label that forward branches may target: what follows is
    /// reachable if the code before falls through or a branch came here.
    pub fn mark(&mut self, l: Label) {
        self.items.push(Item::Mark(l));
        self.reachable |= self.referenced[l.0 as usize];
    }

    /// A label at the current position that no branch targets and that
    /// leaves reachability alone (a sequence point's IL offset); None in
    /// dead code, which is not emitted.
    pub fn position(&mut self) -> Option<Label> {
        if !self.reachable {
            return None;
        }
        let l = self.new_label();
        self.items.push(Item::Mark(l));
        Some(l)
    }

    /// Places a label that a backward branch will target (a loop head).
    pub fn mark_loop_head(&mut self, l: Label) {
        self.items.push(Item::Mark(l));
        self.reachable = true;
    }

    /// Sets the stack depth at a join point (after a label that other
    /// paths reach with a known depth).
    pub fn set_depth(&mut self, d: i32) {
        self.depth = d;
    }

    pub fn depth(&self) -> i32 {
        self.depth
    }

    fn adjust(&mut self, pops: i32, pushes: i32) {
        self.depth -= pops;
        self.depth += pushes;
        self.max_depth = self.max_depth.max(self.depth);
    }

    /// Emits `op`, which pops `pops` values and pushes `pushes`.
    pub fn op(&mut self, op: Opcode, operand: Operand, pops: i32, pushes: i32) {
        if !self.reachable {
            return;
        }
        self.items.push(Item::Op(op, operand));
        self.adjust(pops, pushes);
        if matches!(op, Opcode::Ret | Opcode::Throw) {
            self.reachable = false;
        }
    }

    pub fn simple(&mut self, op: Opcode, pops: i32, pushes: i32) {
        self.op(op, Operand::None, pops, pushes);
    }

    /// A branch (give the short form); `pops` are the values it consumes.
    pub fn branch(&mut self, short: Opcode, target: Label, pops: i32) {
        if !self.reachable {
            return;
        }
        self.referenced[target.0 as usize] = true;
        self.items.push(Item::Branch {
            short,
            long: long_form(short),
            target,
            is_long: false,
        });
        self.adjust(pops, 0);
        if short == Opcode::BrS {
            self.reachable = false;
        }
        // `leave` empties the evaluation stack and never falls through.
        if short == Opcode::LeaveS {
            self.depth = 0;
            self.reachable = false;
        }
    }

    /// `switch`: jumps to `targets[value]`, falls through when the
    /// value is out of range. Its targets are always 4-byte offsets.
    pub fn switch(&mut self, targets: Vec<Label>) {
        if !self.reachable {
            return;
        }
        for t in &targets {
            self.referenced[t.0 as usize] = true;
        }
        self.items.push(Item::Switch(targets));
        self.adjust(1, 0);
    }

    pub fn ldc_i4(&mut self, v: i32) {
        use Opcode::*;
        let (op, operand) = match v {
            -1 => (LdcI4M1, Operand::None),
            0 => (LdcI40, Operand::None),
            1 => (LdcI41, Operand::None),
            2 => (LdcI42, Operand::None),
            3 => (LdcI43, Operand::None),
            4 => (LdcI44, Operand::None),
            5 => (LdcI45, Operand::None),
            6 => (LdcI46, Operand::None),
            7 => (LdcI47, Operand::None),
            8 => (LdcI48, Operand::None),
            -128..=127 => (LdcI4S, Operand::I8(v as i8)),
            _ => (LdcI4, Operand::I32(v)),
        };
        self.op(op, operand, 0, 1);
    }

    pub fn ldloc(&mut self, i: u16) {
        use Opcode::*;
        match i {
            0 => self.simple(Ldloc0, 0, 1),
            1 => self.simple(Ldloc1, 0, 1),
            2 => self.simple(Ldloc2, 0, 1),
            3 => self.simple(Ldloc3, 0, 1),
            4..=255 => self.op(LdlocS, Operand::Var(i), 0, 1),
            _ => self.op(Ldloc, Operand::Var(i), 0, 1),
        }
    }

    pub fn stloc(&mut self, i: u16) {
        use Opcode::*;
        match i {
            0 => self.simple(Stloc0, 1, 0),
            1 => self.simple(Stloc1, 1, 0),
            2 => self.simple(Stloc2, 1, 0),
            3 => self.simple(Stloc3, 1, 0),
            4..=255 => self.op(StlocS, Operand::Var(i), 1, 0),
            _ => self.op(Stloc, Operand::Var(i), 1, 0),
        }
    }

    pub fn ldloca(&mut self, i: u16) {
        if i <= 255 {
            self.op(Opcode::LdlocaS, Operand::Var(i), 0, 1)
        } else {
            self.op(Opcode::Ldloca, Operand::Var(i), 0, 1)
        }
    }

    pub fn ldarg(&mut self, i: u16) {
        use Opcode::*;
        match i {
            0 => self.simple(Ldarg0, 0, 1),
            1 => self.simple(Ldarg1, 0, 1),
            2 => self.simple(Ldarg2, 0, 1),
            3 => self.simple(Ldarg3, 0, 1),
            4..=255 => self.op(LdargS, Operand::Var(i), 0, 1),
            _ => self.op(Ldarg, Operand::Var(i), 0, 1),
        }
    }

    pub fn starg(&mut self, i: u16) {
        if i <= 255 {
            self.op(Opcode::StargS, Operand::Var(i), 1, 0)
        } else {
            self.op(Opcode::Starg, Operand::Var(i), 1, 0)
        }
    }

    pub fn ldarga(&mut self, i: u16) {
        if i <= 255 {
            self.op(Opcode::LdargaS, Operand::Var(i), 0, 1)
        } else {
            self.op(Opcode::Ldarga, Operand::Var(i), 0, 1)
        }
    }

    /// Lays out the code: sizes branches, resolves labels, encodes.
    /// The code, and the final offset of every label (for exception
    /// clauses).
    pub fn finish(mut self) -> Result<(Vec<u8>, Vec<Option<u32>>), String> {
        loop {
            let (offsets, label_at) = self.layout();
            let mut changed = false;
            for (i, item) in self.items.iter_mut().enumerate() {
                if let Item::Branch {
                    short,
                    target,
                    is_long,
                    ..
                } = item
                {
                    if *is_long {
                        continue;
                    }
                    let end = offsets[i] as i64 + short.size() as i64;
                    let to =
                        label_at[target.0 as usize].ok_or("branch to an unmarked label")? as i64;
                    if i8::try_from(to - end).is_err() {
                        *is_long = true;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        let (_, label_at) = self.layout();
        let mut out = Vec::new();
        for item in &self.items {
            match item {
                Item::Op(op, operand) => {
                    encode_instr(*op, operand, &mut out).map_err(|e| e.to_string())?
                }
                Item::Branch {
                    short,
                    long,
                    target,
                    is_long,
                } => {
                    let op = if *is_long { *long } else { *short };
                    let to = label_at[target.0 as usize].ok_or("branch to an unmarked label")?;
                    encode_instr(op, &Operand::Branch(to as i64), &mut out)
                        .map_err(|e| e.to_string())?;
                }
                Item::Mark(_) => {}
                Item::Switch(targets) => {
                    let to: Result<Vec<i64>, &str> = targets
                        .iter()
                        .map(|t| label_at[t.0 as usize].map(|v| v as i64).ok_or("switch to an unmarked label"))
                        .collect();
                    encode_instr(Opcode::Switch, &Operand::Switch(to?), &mut out).map_err(|e| e.to_string())?;
                }
            }
        }
        Ok((out, label_at))
    }

    /// The offset of every item and of every label, for the current
    /// choice of branch forms.
    fn layout(&self) -> (Vec<u32>, Vec<Option<u32>>) {
        let mut offsets = Vec::with_capacity(self.items.len());
        let mut label_at = vec![None; self.labels as usize];
        let mut pos = 0u32;
        for item in &self.items {
            offsets.push(pos);
            match item {
                Item::Op(op, operand) => {
                    pos += op.size();
                    if let Operand::Switch(t) = operand {
                        pos += 4 * t.len() as u32;
                    }
                }
                Item::Branch {
                    short,
                    long,
                    is_long,
                    ..
                } => pos += if *is_long { long.size() } else { short.size() },
                Item::Mark(l) => label_at[l.0 as usize] = Some(pos),
                Item::Switch(t) => pos += Opcode::Switch.size() + 4 * t.len() as u32,
            }
        }
        (offsets, label_at)
    }
}

impl Default for IlBuilder {
    fn default() -> Self {
        Self::new()
    }
}
