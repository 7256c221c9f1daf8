//! The registry of native methods, which the JIT binds `extern` methods to when it compiles
//! their first call (`Exec::compile`). Keys use ilasm's short type names:
//! `System.Console::WriteString(string)`, `System.String::Concat(string[])`; the natives
//! themselves and the rules they follow are in `natives.rs`.
//! Floor 4 (execution).

use rustc_hash::FxHashMap as HashMap;

/// Native method bodies by key (`Namespace.Type::Method(paramtypes)`).
#[derive(Default, Clone)]
pub struct NativeRegistry {
    map: HashMap<String, usize>,
}

impl NativeRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `f` (an `extern "C"` function) under `key`; a later registration replaces it.
    pub fn register(&mut self, key: &str, f: *const u8) {
        self.map.insert(key.to_string(), f as usize);
    }

    pub fn get(&self, key: &str) -> Option<*const u8> {
        self.map.get(key).map(|&p| p as *const u8)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(|s| s.as_str())
    }
}
