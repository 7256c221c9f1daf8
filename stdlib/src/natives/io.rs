//! `System.IO.FileSystem` natives: open files by descriptor, and the file system's operations
//! (`stdlib/cs/System/IO/FileSystem.cs` declares them).
//!
//! A failure comes back as a negative code, not as a thrown exception: which .NET exception it
//! becomes, and the path its message names, depend on what the C# caller was doing (a missing
//! path is a FileNotFoundException for `File.Open` but a DirectoryNotFoundException for
//! `Directory.GetFiles`), so `FileSystem.Error` in C# makes the exception. The text of an
//! error without a code of its own waits in [`LAST_ERROR`] for `FileSystem.LastError()`.

use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};
use std::path::Path;
use vm::object::{Object, VmContext, alloc_string, array_elements, array_len, string_to_rust};

/// The path is missing, its directory exists.
const NOT_FOUND: i32 = -1;
/// A directory on the way to the path is missing (or is a file).
const DIRECTORY_NOT_FOUND: i32 = -2;
/// Permission denied, or a directory where a file was wanted.
const ACCESS_DENIED: i32 = -3;
/// The path exists where it must not.
const ALREADY_EXISTS: i32 = -4;
/// Anything else; [`LAST_ERROR`] says what.
const OTHER: i32 = -5;

thread_local! {
    /// The description of the last [`OTHER`] failure.
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The code for `err`, met while working on `path`.
fn code(err: &std::io::Error, path: &Path) -> i32 {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => match path.parent() {
            Some(p) if !p.as_os_str().is_empty() && !p.is_dir() => DIRECTORY_NOT_FOUND,
            _ => NOT_FOUND,
        },
        NotADirectory => DIRECTORY_NOT_FOUND,
        PermissionDenied | IsADirectory => ACCESS_DENIED,
        AlreadyExists => ALREADY_EXISTS,
        _ => {
            // "Directory not empty (os error 39)": .NET's message is the part before the number.
            let text = err.to_string();
            let text = match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            LAST_ERROR.with(|e| *e.borrow_mut() = text);
            OTHER
        }
    }
}

/// Runs `body` on the path in `s`; an error becomes its code.
///
/// # Safety
/// `ctx` is the VM's live context and `s` a live string (the C# side checked it for null).
unsafe fn on_path(
    ctx: *mut VmContext,
    s: *mut Object,
    body: impl FnOnce(&Path) -> std::io::Result<i32>,
) -> i32 {
    // SAFETY: forwarded contract.
    unsafe {
        vm::natives::guard(ctx, || {
            let p = string_to_rust(s);
            let path = Path::new(&p);
            body(path).unwrap_or_else(|e| code(&e, path))
        })
    }
}

/// The file behind descriptor `fd`, borrowed: dropping it does not close the descriptor.
///
/// # Safety
/// `fd` must be a descriptor [`open`] returned and [`close`] has not closed.
unsafe fn file(fd: i32) -> ManuallyDrop<File> {
    // SAFETY: forwarded contract.
    ManuallyDrop::new(unsafe { File::from_raw_fd(fd) })
}

/// `FileSystem.Open(path, mode, access)`: a descriptor, or a code. `mode` is a FileMode
/// (1 CreateNew, 2 Create, 3 Open, 4 OpenOrCreate, 5 Truncate, 6 Append), `access` a FileAccess
/// (1 Read, 2 Write, 3 ReadWrite).
pub extern "C" fn open(ctx: *mut VmContext, path: *mut Object, mode: i32, access: i32) -> i32 {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        on_path(ctx, path, |p| {
            let mut o = OpenOptions::new();
            o.read(access & 1 != 0).write(access & 2 != 0);
            match mode {
                1 => o.create_new(true),
                2 => o.create(true).truncate(true),
                4 => o.create(true),
                5 => o.truncate(true),
                6 => o.create(true).append(true),
                _ => &mut o,
            };
            let f = o.open(p)?;
            // Linux opens a directory for reading; .NET refuses it as access denied.
            if f.metadata()?.is_dir() {
                return Ok(ACCESS_DENIED);
            }
            Ok(f.into_raw_fd())
        })
    }
}

/// The bytes `offset..offset + count` of a byte[] (cut at its end).
///
/// # Safety
/// `buffer` is a live byte[] with `offset <= length` (the C# caller checked), and the slice
/// does not outlive the native call.
unsafe fn window<'a>(buffer: *mut Object, offset: i32, count: i32) -> &'a mut [u8] {
    // SAFETY: forwarded contract.
    unsafe {
        let end = (offset as usize + count as usize).min(array_len(buffer));
        &mut array_elements::<u8>(buffer)[offset as usize..end]
    }
}

/// `FileSystem.Read(fd, buffer, offset, count)`: the bytes read (0 at the end), or a code.
pub extern "C" fn read(
    ctx: *mut VmContext,
    fd: i32,
    buffer: *mut Object,
    offset: i32,
    count: i32,
) -> i32 {
    // SAFETY: the VM passes its live context and a byte[]; the C# caller checked the range.
    unsafe {
        vm::natives::guard(ctx, || {
            let bytes = window(buffer, offset, count);
            loop {
                match file(fd).read(bytes) {
                    Ok(n) => return n as i32,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return code(&e, Path::new("")),
                }
            }
        })
    }
}

/// `FileSystem.Write(fd, buffer, offset, count)`: 0, or a code.
pub extern "C" fn write(
    ctx: *mut VmContext,
    fd: i32,
    buffer: *mut Object,
    offset: i32,
    count: i32,
) -> i32 {
    // SAFETY: as for `read`.
    unsafe {
        vm::natives::guard(ctx, || {
            match file(fd).write_all(window(buffer, offset, count)) {
                Ok(()) => 0,
                Err(e) => code(&e, Path::new("")),
            }
        })
    }
}

/// `FileSystem.Seek(fd, offset, origin)`: the new position, or a code. `origin` is a
/// SeekOrigin (0 Begin, 1 Current, 2 End).
pub extern "C" fn seek(ctx: *mut VmContext, fd: i32, offset: i64, origin: i32) -> i64 {
    // SAFETY: the VM passes its live context; fd came from `open`.
    unsafe {
        vm::natives::guard(ctx, || {
            let to = match origin {
                0 => SeekFrom::Start(offset.max(0) as u64),
                1 => SeekFrom::Current(offset),
                _ => SeekFrom::End(offset),
            };
            match file(fd).seek(to) {
                Ok(p) => p as i64,
                Err(e) => code(&e, Path::new("")) as i64,
            }
        })
    }
}

/// `FileSystem.Length(fd)`: the file's size in bytes, or a code.
pub extern "C" fn length(ctx: *mut VmContext, fd: i32) -> i64 {
    // SAFETY: as for `seek`.
    unsafe {
        vm::natives::guard(ctx, || match file(fd).metadata() {
            Ok(m) => m.len() as i64,
            Err(e) => code(&e, Path::new("")) as i64,
        })
    }
}

/// `FileSystem.SetLength(fd, length)`: 0, or a code.
pub extern "C" fn set_length(ctx: *mut VmContext, fd: i32, len: i64) -> i32 {
    // SAFETY: as for `seek`.
    unsafe {
        vm::natives::guard(ctx, || match file(fd).set_len(len.max(0) as u64) {
            Ok(()) => 0,
            Err(e) => code(&e, Path::new("")),
        })
    }
}

/// `FileSystem.Close(fd)`.
pub extern "C" fn close(ctx: *mut VmContext, fd: i32) {
    // SAFETY: as for `seek`; the C# side closes each descriptor once.
    unsafe { vm::natives::guard(ctx, || drop(File::from_raw_fd(fd))) }
}

/// `FileSystem.Kind(path)`: 0 nothing there, 1 a file, 2 a directory.
pub extern "C" fn kind(ctx: *mut VmContext, path: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        on_path(ctx, path, |p| {
            Ok(match std::fs::metadata(p) {
                Ok(m) if m.is_dir() => 2,
                Ok(_) => 1,
                Err(_) => 0,
            })
        })
    }
}

/// `FileSystem.DeleteFile(path)`: 0, or a code (a missing file is no error).
pub extern "C" fn delete_file(ctx: *mut VmContext, path: *mut Object) -> i32 {
    // SAFETY: as for `kind`.
    unsafe {
        on_path(ctx, path, |p| match std::fs::remove_file(p) {
            Err(e) if code(&e, p) == NOT_FOUND => Ok(0),
            r => r.map(|()| 0),
        })
    }
}

/// `FileSystem.CopyFile(from, to)`: 0, or a code about `to` (the caller checked `from`).
pub extern "C" fn copy_file(ctx: *mut VmContext, from: *mut Object, to: *mut Object) -> i32 {
    // SAFETY: the VM passes its live context and two strings.
    unsafe {
        let from = string_to_rust(from);
        on_path(ctx, to, |p| std::fs::copy(&from, p).map(|_| 0))
    }
}

/// `FileSystem.Rename(from, to)`: 0, or a code about `to` (the caller checked `from`).
pub extern "C" fn rename(ctx: *mut VmContext, from: *mut Object, to: *mut Object) -> i32 {
    // SAFETY: as for `copy_file`.
    unsafe {
        let from = string_to_rust(from);
        on_path(ctx, to, |p| std::fs::rename(&from, p).map(|_| 0))
    }
}

/// `FileSystem.CreateDirectory(path)`: 0 (also when it exists), or a code.
pub extern "C" fn create_directory(ctx: *mut VmContext, path: *mut Object) -> i32 {
    // SAFETY: as for `kind`.
    unsafe {
        on_path(ctx, path, |p| {
            if p.is_file() {
                return Ok(ALREADY_EXISTS);
            }
            std::fs::create_dir_all(p).map(|()| 0)
        })
    }
}

/// `FileSystem.DeleteDirectory(path, recursive)`: 0, or a code.
pub extern "C" fn delete_directory(ctx: *mut VmContext, path: *mut Object, recursive: bool) -> i32 {
    // SAFETY: as for `kind`.
    unsafe {
        on_path(ctx, path, |p| {
            if recursive {
                std::fs::remove_dir_all(p).map(|()| 0)
            } else {
                std::fs::remove_dir(p).map(|()| 0)
            }
        })
    }
}

/// `FileSystem.List(dir, files, directories)`: the names of the directory's entries of the
/// kinds asked for, sorted ordinally and joined by NUL characters (no name holds one); null
/// when the directory cannot be read. .NET returns them in the file system's order, which no
/// program can rely on; sorted, a listing prints the same everywhere.
pub extern "C" fn list(
    ctx: *mut VmContext,
    dir: *mut Object,
    files: bool,
    dirs: bool,
) -> *mut Object {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            let dir = string_to_rust(dir);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                return std::ptr::null_mut();
            };
            let mut names: Vec<String> = entries
                .filter_map(Result::ok)
                .filter(|e| {
                    let is_dir = e.path().is_dir();
                    if is_dir { dirs } else { files }
                })
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            let units: Vec<u16> = names.join("\0").encode_utf16().collect();
            alloc_string(ctx, &units)
        })
    }
}

/// A Rust string as a new managed string.
///
/// # Safety
/// `ctx` is the VM's live context.
unsafe fn managed(ctx: *mut VmContext, s: &str) -> *mut Object {
    let units: Vec<u16> = s.encode_utf16().collect();
    // SAFETY: forwarded contract.
    unsafe { alloc_string(ctx, &units) }
}

/// `FileSystem.LastError()`: what the last failure with code [`OTHER`] was.
pub extern "C" fn last_error(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            managed(ctx, &LAST_ERROR.with(|e| e.borrow().clone()))
        })
    }
}

/// `FileSystem.GetCurrentDirectory()`.
pub extern "C" fn get_current_directory(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            let dir = std::env::current_dir().unwrap_or_default();
            managed(ctx, &dir.to_string_lossy())
        })
    }
}

/// `FileSystem.SetCurrentDirectory(path)`: 0, or a code.
pub extern "C" fn set_current_directory(ctx: *mut VmContext, path: *mut Object) -> i32 {
    // SAFETY: as for `kind`.
    unsafe { on_path(ctx, path, |p| std::env::set_current_dir(p).map(|()| 0)) }
}

/// `FileSystem.TempDirectory()`: `$TMPDIR`, or /tmp, as .NET's Path.GetTempPath finds it.
pub extern "C" fn temp_directory(ctx: *mut VmContext) -> *mut Object {
    // SAFETY: the VM passes its live context.
    unsafe {
        vm::natives::guard(ctx, || {
            let dir = std::env::var("TMPDIR").ok().filter(|d| !d.is_empty());
            managed(ctx, dir.as_deref().unwrap_or("/tmp"))
        })
    }
}

/// `FileSystem.CreateUniqueFile(directory)`: creates an empty file named `tmpXXXXXX.tmp` that
/// did not exist, as Path.GetTempFileName does; its path, or null when none can be made.
pub extern "C" fn create_unique_file(ctx: *mut VmContext, dir: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a string.
    unsafe {
        vm::natives::guard(ctx, || {
            let dir = string_to_rust(dir);
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0)
                ^ (std::process::id() as u64) << 32;
            let mut x = seed | 1;
            for _ in 0..1000 {
                // xorshift: names differ between tries and between processes.
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let name: String = (0..6)
                    .map(|i| {
                        let c = ((x >> (i * 5)) & 31) as u8;
                        (if c < 26 { b'a' + c } else { b'0' + c - 26 }) as char
                    })
                    .collect();
                let path = Path::new(&dir).join(format!("tmp{name}.tmp"));
                match OpenOptions::new().write(true).create_new(true).open(&path) {
                    Ok(_) => return managed(ctx, &path.to_string_lossy()),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                    Err(_) => break,
                }
            }
            std::ptr::null_mut()
        })
    }
}

/// Registers the natives of `System.IO.FileSystem`.
pub fn register(r: &mut vm::NativeRegistry) {
    let natives: &[(&str, *const u8)] = &[
        ("Open(string,int32,int32)", open as *const u8),
        ("Read(int32,uint8[],int32,int32)", read as *const u8),
        ("Write(int32,uint8[],int32,int32)", write as *const u8),
        ("Seek(int32,int64,int32)", seek as *const u8),
        ("Length(int32)", length as *const u8),
        ("SetLength(int32,int64)", set_length as *const u8),
        ("Close(int32)", close as *const u8),
        ("Kind(string)", kind as *const u8),
        ("DeleteFile(string)", delete_file as *const u8),
        ("CopyFile(string,string)", copy_file as *const u8),
        ("Rename(string,string)", rename as *const u8),
        ("CreateDirectory(string)", create_directory as *const u8),
        (
            "DeleteDirectory(string,bool)",
            delete_directory as *const u8,
        ),
        ("List(string,bool,bool)", list as *const u8),
        ("LastError()", last_error as *const u8),
        ("GetCurrentDirectory()", get_current_directory as *const u8),
        (
            "SetCurrentDirectory(string)",
            set_current_directory as *const u8,
        ),
        ("TempDirectory()", temp_directory as *const u8),
        ("CreateUniqueFile(string)", create_unique_file as *const u8),
    ];
    for &(k, f) in natives {
        r.register(&format!("System.IO.FileSystem::{k}"), f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_become_codes_by_what_is_missing() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let tmp = std::env::temp_dir();
        assert_eq!(code(&missing, &tmp.join("no-such-file")), NOT_FOUND);
        assert_eq!(
            code(&missing, &tmp.join("no-such-dir/x")),
            DIRECTORY_NOT_FOUND
        );
        assert_eq!(code(&missing, Path::new("x")), NOT_FOUND);
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(code(&denied, &tmp), ACCESS_DENIED);
        let other = std::io::Error::from_raw_os_error(39);
        assert_eq!(code(&other, &tmp), OTHER);
        assert_eq!(
            LAST_ERROR.with(|e| e.borrow().clone()),
            "Directory not empty"
        );
    }
}
