//! `sharp`: the command line. A C# compiler and a .NET runtime in one
//! program — `sharp build` writes an assembly, `sharp run` compiles in
//! memory and runs it in Sharp's own JIT VM, and `sharp dump`/`sharp dis`
//! print what each phase produces.

mod diagnostics;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use driver::SourceFile;
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
        /// Assemblies the code uses (libraries built by Sharp).
        #[arg(short = 'r', long = "reference")]
        references: Vec<PathBuf>,
        /// Preprocessing symbols to define, as `#define` would (`-d DEBUG`, `-d:A;B`).
        #[arg(short = 'd', long = "define")]
        defines: Vec<String>,
    },
    /// Run a C# file (compiled in memory) or an assembly in Sharp's VM.
    Run {
        /// A .cs file, or an .exe built by Sharp, mcs or csc.
        file: PathBuf,
        /// Libraries a .cs file uses (an .exe finds its own beside it).
        #[arg(short = 'r', long = "reference")]
        references: Vec<PathBuf>,
        /// Preprocessing symbols to define for a .cs file (`-d DEBUG`, `-d:A;B`).
        #[arg(short = 'd', long = "define")]
        defines: Vec<String>,
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
    /// Machine code of each method as the VM compiles it, with the IL offsets it came from
    /// (the program runs).
    Asm,
}

fn main() -> ExitCode {
    // `sharp app.cs args...` and `#!/usr/bin/env sharp` mean `sharp run`.
    let mut argv: Vec<String> = std::env::args().collect();
    if argv.len() > 1 && (argv[1].ends_with(".cs") || argv[1].ends_with(".exe")) {
        argv.insert(1, "run".into());
    }
    let cli = Cli::parse_from(argv);
    let result = match cli.command {
        Command::Build { files, out, target, references, defines } => build(&files, out, target, &references, &symbols(&defines)),
        Command::Run { file, args, references, defines } => run(&file, &args, &references, &symbols(&defines), Dumped::Nothing),
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

fn read_image(path: &Path) -> Result<Image, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Image::parse(bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// A compiled program: the assembly and its Portable PDB.
struct Compiled {
    assembly: Vec<u8>,
    pdb: Option<Vec<u8>>,
}

/// Compiles `files` with sequence points (the assembly names `pdb` as its PDB), printing
/// every diagnostic; None when there were errors.
fn compile(files: &[PathBuf], name: &str, kind: ModuleKind, references: &[PathBuf], pdb: &Path, defines: &[String]) -> Result<Option<Compiled>, String> {
    let sources = read_sources(files)?;
    let corlib = corlib()?;
    let libs: Vec<Image> = references.iter().map(|p| read_image(p)).collect::<Result<_, _>>()?;
    let mut refs = vec![&corlib];
    refs.extend(libs.iter());
    // The PDB records full paths, as Roslyn's do: a stack trace then names the file wherever
    // the program runs from.
    let documents: Vec<String> = files.iter().map(|f| absolute(f).display().to_string()).collect();
    let pdb_path = absolute(pdb).display().to_string();
    let out = driver::compile_with_pdb(&sources, &refs, name, kind, &pdb_path, &documents, defines);
    diagnostics::print(&sources, &out.diagnostics);
    Ok(out.assembly.map(|assembly| Compiled { assembly, pdb: out.pdb }))
}

/// `p` as an absolute path (without resolving links), or `p` itself if the current directory
/// is unknown.
fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "app".into())
}

/// The symbols `-d` gives: csc's `-d:A;B` spelling too (a leading `:`, `;` or `,` between).
fn symbols(defines: &[String]) -> Vec<String> {
    defines
        .iter()
        .flat_map(|d| d.trim_start_matches(':').split([';', ',']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn build(files: &[PathBuf], out: Option<PathBuf>, target: Target, references: &[PathBuf], defines: &[String]) -> Result<u8, String> {
    let (kind, ext) = match target {
        Target::Exe => (ModuleKind::Exe, "exe"),
        Target::Library => (ModuleKind::Dll, "dll"),
    };
    let out = out.unwrap_or_else(|| files[0].with_extension(ext));
    // The assembly name is the output's file stem: runtimes find an
    // assembly by that name.
    let pdb = out.with_extension("pdb");
    let Some(compiled) = compile(files, &stem(&out), kind, references, &pdb, defines)? else {
        return Ok(1);
    };
    std::fs::write(&out, compiled.assembly).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    if let Some(bytes) = compiled.pdb {
        std::fs::write(&pdb, bytes).map_err(|e| format!("cannot write {}: {e}", pdb.display()))?;
    }
    Ok(0)
}

/// What a run prints of the code it compiles (`sharp dump clif`, `sharp dump asm`).
#[derive(Clone, Copy, PartialEq)]
enum Dumped {
    Nothing,
    Clif,
    Asm,
}

fn run(file: &Path, args: &[String], references: &[PathBuf], defines: &[String], dumped: Dumped) -> Result<u8, String> {
    let is_source = file.extension().is_some_and(|e| e == "cs");
    let (bytes, pdb) = if is_source {
        // Compiled in memory: the PDB is handed to the VM, never written.
        match compile(&[file.to_path_buf()], &stem(file), ModuleKind::Exe, references, &file.with_extension("pdb"), defines)? {
            Some(c) => (c.assembly, c.pdb),
            None => return Ok(1),
        }
    } else {
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        // The PDB beside the assembly, as Mono and .NET look for it.
        (bytes, std::fs::read(file.with_extension("pdb")).ok())
    };
    let opts = vm::VmOptions { dump_clif: dumped == Dumped::Clif, dump_asm: dumped == Dumped::Asm, ..Default::default() };
    let mut machine = vm::Vm::new(stdlib::CORLIB.to_vec(), stdlib::natives(), opts).map_err(|e| e.to_string())?;
    // Libraries load before the program, as Mono finds them: named on
    // the command line, or beside the assembly that references them.
    let mut loaded = Vec::new();
    for r in references {
        load_with_references(&mut machine, r, &mut loaded)?;
    }
    let dir = if is_source {
        std::env::current_dir().unwrap_or_default()
    } else {
        file.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    if let Ok(img) = Image::parse(bytes.clone()) {
        load_referenced(&mut machine, &img, &dir, &mut loaded)?;
    }
    let asm = machine.load(bytes).map_err(|e| e.to_string())?;
    if let Some(pdb) = pdb {
        // A PDB that is not this assembly's (stale, damaged) only costs the line numbers, as on
        // .NET.
        let _ = machine.load_debug_info(asm, &pdb);
    }
    let code = machine.run_main(asm, &file.to_string_lossy(), args).map_err(|e| e.to_string())?;
    // The process exit status is the low byte of Main's result, as on
    // Linux for any process.
    Ok(code as u8)
}

/// Loads the assemblies `img` references (other than the core library)
/// from `dir`, each before the assemblies that use it.
fn load_referenced(machine: &mut vm::Vm, img: &Image, dir: &Path, loaded: &mut Vec<String>) -> Result<(), String> {
    for r in &img.tables.assembly_ref {
        let name = img.string(r.name).map_err(|e| e.to_string())?.to_string();
        // The VM resolves the framework's names to its core library.
        if vm::CORLIB_NAMES.contains(&name.as_str()) || loaded.contains(&name) {
            continue;
        }
        let path = ["dll", "exe"].iter().map(|ext| dir.join(format!("{name}.{ext}"))).find(|p| p.is_file());
        let Some(path) = path else {
            return Err(format!("cannot find assembly '{name}' (looked for {name}.dll and {name}.exe in {})", dir.display()));
        };
        load_with_references(machine, &path, loaded)?;
    }
    Ok(())
}

fn load_with_references(machine: &mut vm::Vm, path: &Path, loaded: &mut Vec<String>) -> Result<(), String> {
    let img = read_image(path)?;
    let name = img.assembly_name().map_err(|e| e.to_string())?.to_string();
    if loaded.contains(&name) {
        return Ok(());
    }
    loaded.push(name);
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    load_referenced(machine, &img, &dir, loaded)?;
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let asm = machine.load(bytes).map_err(|e| e.to_string())?;
    if let Ok(pdb) = std::fs::read(path.with_extension("pdb")) {
        let _ = machine.load_debug_info(asm, &pdb);
    }
    Ok(())
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
            // The printer recurses over the tree, as the compiler does.
            let (dump, diags) = driver::on_compiler_stack(|| {
                let arena = bumpalo::Bump::new();
                let (unit, diags) = parser::parse(&arena, lexer::FileId(0), text);
                (parser::dump_ast(unit, text), diags)
            });
            print!("{dump}");
            diagnostics::print(&sources, &diags);
        }
        Phase::Bound => {
            let corlib = corlib()?;
            let (text, diags) = driver::dump_bound(&sources, &[&corlib]);
            print!("{text}");
            diagnostics::print(&sources, &diags);
        }
        Phase::Il => {
            let Some(compiled) = compile(&[file.to_path_buf()], &stem(file), ModuleKind::Exe, &[], &file.with_extension("pdb"), &[])? else {
                return Ok(1);
            };
            let img = Image::parse(compiled.assembly).map_err(|e| e.to_string())?;
            print!(
                "{}",
                metadata::disassemble(&img).map_err(|e| e.to_string())?
            );
        }
        Phase::Clif => return run(file, &[], &[], &[], Dumped::Clif),
        Phase::Asm => return run(file, &[], &[], &[], Dumped::Asm),
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
