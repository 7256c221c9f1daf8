//! Nested block scopes: which local (or local function) a simple name
//! means at a point of a body (C# spec §7.7.1).
//!
//! A name is looked up innermost scope first. Walking the scopes one by
//! one costs as many steps as blocks enclose the use, which for generated
//! code with thousands of nested blocks makes binding quadratic; so each
//! name also keeps the list of its visible declarations, innermost last,
//! and a lookup is one hash probe however deeply the blocks nest.

use rustc_hash::FxHashMap as HashMap;

pub struct Scopes<T> {
    /// The names each open scope declared, innermost scope last.
    frames: Vec<Vec<String>>,
    /// A number for each open scope, never reused: what tells two scopes at
    /// one depth apart.
    ids: Vec<u64>,
    next_id: u64,
    /// Each visible name's declarations with the depth of the scope that
    /// declared them, innermost last.
    by_name: HashMap<String, Vec<(usize, T)>>,
}

impl<T: Copy> Scopes<T> {
    /// One open scope, the outermost.
    pub fn new() -> Self {
        Scopes { frames: vec![Vec::new()], ids: vec![0], next_id: 1, by_name: HashMap::default() }
    }

    pub fn push(&mut self) {
        self.frames.push(Vec::new());
        self.ids.push(self.next_id);
        self.next_id += 1;
    }

    /// The number of the innermost scope.
    pub fn frame_id(&self) -> u64 {
        self.ids.last().copied().unwrap_or(0)
    }

    /// The numbers of the open scopes, innermost last.
    pub fn frame_ids(&self) -> &[u64] {
        &self.ids
    }

    /// Closes the innermost scope; its names are no longer visible.
    pub fn pop(&mut self) {
        if self.ids.len() > 1 {
            self.ids.pop();
        }
        for name in self.frames.pop().unwrap_or_default() {
            if let Some(decls) = self.by_name.get_mut(&name) {
                decls.pop();
                if decls.is_empty() {
                    self.by_name.remove(&name);
                }
            }
        }
    }

    fn depth(&self) -> usize {
        self.frames.len().saturating_sub(1)
    }

    /// Declares `name` in the innermost scope (replacing a declaration of
    /// it there).
    pub fn insert(&mut self, name: &str, value: T) {
        let depth = self.depth();
        let decls = self.by_name.entry(name.to_string()).or_default();
        match decls.last_mut() {
            Some(last) if last.0 == depth => last.1 = value,
            _ => {
                decls.push((depth, value));
                if let Some(frame) = self.frames.last_mut() {
                    frame.push(name.to_string());
                }
            }
        }
    }

    /// What `name` means here: its innermost visible declaration.
    pub fn lookup(&self, name: &str) -> Option<T> {
        self.by_name.get(name).and_then(|d| d.last()).map(|&(_, v)| v)
    }

    /// Where `name` is visible from: `Some(true)` when the innermost scope
    /// declares it, `Some(false)` when an enclosing one does.
    pub fn declared_here(&self, name: &str) -> Option<bool> {
        let depth = self.depth();
        self.by_name.get(name).and_then(|d| d.last()).map(|&(d, _)| d == depth)
    }

    /// `name`'s declaration in the innermost scope, if it has one.
    pub fn lookup_here(&self, name: &str) -> Option<T> {
        let depth = self.depth();
        self.by_name.get(name).and_then(|d| d.last()).filter(|&&(d, _)| d == depth).map(|&(_, v)| v)
    }

    /// Every visible name with what it means here.
    pub fn visible(&self) -> impl Iterator<Item = (&str, T)> {
        self.by_name.iter().filter_map(|(n, d)| d.last().map(|&(_, v)| (n.as_str(), v)))
    }
}

#[cfg(test)]
mod tests {
    use super::Scopes;

    #[test]
    fn inner_declarations_shadow_until_their_scope_closes() {
        let mut s = Scopes::new();
        s.insert("x", 1);
        s.push();
        assert_eq!(s.declared_here("x"), Some(false));
        s.insert("x", 2);
        s.insert("y", 3);
        assert_eq!((s.lookup("x"), s.lookup("y")), (Some(2), Some(3)));
        assert_eq!(s.declared_here("x"), Some(true));
        s.pop();
        assert_eq!((s.lookup("x"), s.lookup("y")), (Some(1), None));
        assert_eq!(s.lookup_here("x"), Some(1));
        assert_eq!(s.declared_here("z"), None);
    }
}
