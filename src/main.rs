//! `sharp`: the command line. A C# compiler and a .NET runtime in one
//! program — `sharp build` writes an assembly, `sharp run` compiles in
//! memory and runs it in Sharp's own JIT VM, and `sharp dump`/`sharp dis`
//! print what each phase produces.

mod diagnostics;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ilgen::driver::SourceFile;
use metadata::{Image, ModuleKind};

#[derive(Parser)]
#[command(
    name = "sharp",
    version,
    about = "A C# compiler and .NET runtime in one program"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile C# files into an assembly that runs on Sharp, Mono and .NET.
    Build {
        /// The source files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The output file (default: the first file's name with .exe or .dll).
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// What to build.
        #[arg(short = 't', long = "target", value_enum, default_value = "exe")]
        target: Target,
    },
    /// Run a C# file (compiled in memory) or an assembly in Sharp's VM.
    Run {
        /// A .cs file, or an .exe built by Sharp, mcs or csc.
        file: PathBuf,
        /// Arguments for the program's Main (after `--` if they start with `-`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the text form of one phase.
    Dump {
        #[arg(value_enum)]
        phase: Phase,
        file: PathBuf,
    },
    /// Disassemble an assembly in ilasm syntax.
    Dis { file: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
enum Target {
    Exe,
    Library,
}

#[derive(Clone, Copy, ValueEnum)]
enum Phase {
    /// The lexer's tokens, after the disambiguation pass.
    Tokens,
    /// The parser's syntax tree.
    Ast,
    /// The binder's typed tree.
    Bound,
    /// The CIL of the compiled assembly.
    Il,
    /// Cranelift IR of each method as the VM compiles it (the program runs).
    Clif,
}

fn main() -> ExitCode {
    // `sharp app.cs args...` and `#!/usr/bin/env sharp` mean `sharp run`.
    let mut argv: Vec<String> = std::env::args().collect();
    if argv.len() > 1 && (argv[1].ends_with(".cs") || argv[1].ends_with(".exe")) {
        argv.insert(1, "run".into());
    }
    let cli = Cli::parse_from(argv);
    let result = match cli.command {
        Command::Build { files, out, target } => build(&files, out, target),
        Command::Run { file, args } => run(&file, &args, false),
        Command::Dump { phase, file } => dump(phase, &file),
        Command::Dis { file } => dis(&file),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}

fn read_sources(files: &[PathBuf]) -> Result<Vec<SourceFile>, String> {
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            // A `#!` line lets a script run directly; C# only allows it as
            // the first line of a file (C# 11 `#!` directive), so blank it.
            let text = if text.starts_with("#!") {
                let end = text.find('\n').unwrap_or(text.len());
                format!("{}{}", " ".repeat(end), &text[end..])
            } else {
                text
            };
            Ok(SourceFile {
                name: p.display().to_string(),
                text,
            })
        })
        .collect()
}

fn corlib() -> Result<Image, String> {
    Image::parse(stdlib::CORLIB.to_vec())
        .map_err(|e| format!("the embedded core library is damaged: {e}"))
}

/// Compiles `files`, printing every diagnostic; None when there were errors.
fn compile(files: &[PathBuf], name: &str, kind: ModuleKind) -> Result<Option<Vec<u8>>, String> {
    let sources = read_sources(files)?;
    let corlib = corlib()?;
    let out = ilgen::driver::compile(&sources, &[&corlib], name, kind);
    diagnostics::print(&sources, &out.diagnostics);
    Ok(out.assembly)
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "app".into())
}

fn build(files: &[PathBuf], out: Option<PathBuf>, target: Target) -> Result<u8, String> {
    let (kind, ext) = match target {
        Target::Exe => (ModuleKind::Exe, "exe"),
        Target::Library => (ModuleKind::Dll, "dll"),
    };
    let out = out.unwrap_or_else(|| files[0].with_extension(ext));
    // The assembly name is the output's file stem: runtimes find an
    // assembly by that name.
    let Some(bytes) = compile(files, &stem(&out), kind)? else {
        return Ok(1);
    };
    std::fs::write(&out, bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(0)
}

fn run(file: &Path, args: &[String], dump_clif: bool) -> Result<u8, String> {
    let bytes = if file.extension().is_some_and(|e| e == "cs") {
        match compile(&[file.to_path_buf()], &stem(file), ModuleKind::Exe)? {
            Some(b) => b,
            None => return Ok(1),
        }
    } else {
        std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?
    };
    let opts = vm::VmOptions {
        dump_clif,
        ..Default::default()
    };
    let mut machine =
        vm::Vm::new(stdlib::CORLIB.to_vec(), stdlib::natives(), opts).map_err(|e| e.to_string())?;
    let asm = machine.load(bytes).map_err(|e| e.to_string())?;
    let code = machine.run_main(asm, args).map_err(|e| e.to_string())?;
    // The process exit status is the low byte of Main's result, as on
    // Linux for any process.
    Ok(code as u8)
}

fn dump(phase: Phase, file: &Path) -> Result<u8, String> {
    let sources = read_sources(&[file.to_path_buf()])?;
    let text = &sources[0].text;
    match phase {
        Phase::Tokens => {
            let (tokens, diags) = lexer::lex(lexer::FileId(0), text);
            print!("{}", lexer::dump_tokens(&tokens, text));
            diagnostics::print(&sources, &diags);
        }
        Phase::Ast => {
            let arena = bumpalo::Bump::new();
            let (unit, diags) = parser::parse(&arena, lexer::FileId(0), text);
            print!("{}", parser::dump_ast(unit, text));
            diagnostics::print(&sources, &diags);
        }
        Phase::Bound => {
            let corlib = corlib()?;
            let (text, diags) = ilgen::driver::dump_bound(&sources, &[&corlib]);
            print!("{text}");
            diagnostics::print(&sources, &diags);
        }
        Phase::Il => {
            let Some(bytes) = compile(&[file.to_path_buf()], &stem(file), ModuleKind::Exe)? else {
                return Ok(1);
            };
            let img = Image::parse(bytes).map_err(|e| e.to_string())?;
            print!(
                "{}",
                metadata::disassemble(&img).map_err(|e| e.to_string())?
            );
        }
        Phase::Clif => return run(file, &[], true),
    }
    Ok(0)
}

fn dis(file: &Path) -> Result<u8, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let img = Image::parse(bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    print!(
        "{}",
        metadata::disassemble(&img).map_err(|e| e.to_string())?
    );
    Ok(0)
}
