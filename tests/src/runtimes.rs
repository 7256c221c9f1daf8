//! Finding the reference runtimes: Mono (with peverify) and CoreCLR 3.1
//! from PyPI's dotnetcore2 (see design.md, "Reference runtimes").

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Runtimes {
    pub mono: Option<PathBuf>,
    pub peverify: Option<PathBuf>,
    pub dotnet: Option<PathBuf>,
    /// Mono's ilasm, to assemble `sharp dis` output again.
    pub ilasm: Option<PathBuf>,
    /// Mono's C# compiler, whose builds of the test programs run in Sharp's VM too.
    pub mcs: Option<PathBuf>,
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

impl Runtimes {
    pub fn discover() -> Runtimes {
        let dotnet = std::env::var_os("DOTNET")
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .or_else(|| {
                let venv = std::env::var_os("CORECLR_VENV")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| "/opt/coreclr-venv".into());
                let lib = venv.join("lib");
                std::fs::read_dir(&lib)
                    .ok()?
                    .flatten()
                    .map(|e| e.path().join("site-packages/dotnetcore2/bin/dotnet"))
                    .find(|p| p.is_file())
            });
        Runtimes {
            mono: which("mono"),
            peverify: which("peverify"),
            dotnet,
            ilasm: which("ilasm"),
            mcs: which("mcs"),
        }
    }

    /// Runs `exe` on CoreCLR with a netcoreapp3.1 runtimeconfig written
    /// beside it (the test folder is the test's own).
    pub fn run_coreclr(&self, exe: &Path, args: &[String]) -> Option<std::io::Result<Output>> {
        self.run_coreclr_with_input(exe, args, "")
    }

    /// [`Runtimes::run_coreclr`] with `stdin` as the program's standard input.
    pub fn run_coreclr_with_input(&self, exe: &Path, args: &[String], stdin: &str) -> Option<std::io::Result<Output>> {
        let dotnet = self.dotnet.as_ref()?;
        let config = exe.with_extension("runtimeconfig.json");
        let json = r#"{"runtimeOptions":{"tfm":"netcoreapp3.1","rollForward":"Minor","framework":{"name":"Microsoft.NETCore.App","version":"3.1.0"}}}"#;
        if let Err(e) = std::fs::write(&config, json) {
            return Some(Err(e));
        }
        let mut cmd = Command::new(dotnet);
        cmd.arg("exec")
            .arg("--runtimeconfig")
            .arg(&config)
            .arg(exe)
            .args(args);
        // CoreCLR 3.1 probes ICU 50-70 only; point it at the newest
        // installed, or run without globalization data.
        match newest_icu() {
            Some(v) => cmd.env("CLR_ICU_VERSION_OVERRIDE", v.to_string()),
            None => cmd.env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"),
        };
        cmd.env("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
            .env("DOTNET_NOLOGO", "1");
        Some(crate::output_with_input(&mut cmd, stdin))
    }
}

fn newest_icu() -> Option<u32> {
    let mut best = None;
    for dir in [
        "/usr/lib/x86_64-linux-gnu",
        "/usr/lib64",
        "/usr/lib",
        "/usr/lib/aarch64-linux-gnu",
    ] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(v) = name
                .strip_prefix("libicuuc.so.")
                .and_then(|v| v.parse::<u32>().ok())
            {
                best = best.max(Some(v));
            }
        }
    }
    best
}
