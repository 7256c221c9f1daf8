//! `System.Guid` natives: the randomness of `Guid.NewGuid`, from the operating system's
//! generator (getrandom(2), the source CoreCLR's Unix `NewGuid` reads too).

use vm::object::{Object, VmContext, array_elements};

/// `Guid.FillRandomBytes(byte[] buffer)`: fills the whole array with random bytes.
pub extern "C" fn fill_random_bytes(ctx: *mut VmContext, buffer: *mut Object) {
    // SAFETY: the VM passes its live context and a byte[] (Guid passes a new one).
    unsafe {
        vm::natives::guard(ctx, || {
            if buffer.is_null() {
                vm::fault::throw(ctx, "System.ArgumentNullException", "Value cannot be null. (Parameter 'buffer')");
            }
            let bytes = array_elements::<u8>(buffer);
            let mut filled = 0;
            while filled < bytes.len() {
                let rest = &mut bytes[filled..];
                let n = libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0);
                if n > 0 {
                    filled += n as usize;
                } else if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                    panic!("getrandom failed: {}", std::io::Error::last_os_error());
                }
            }
        })
    }
}

pub fn register(r: &mut vm::NativeRegistry) {
    r.register("System.Guid::FillRandomBytes(uint8[])", fill_random_bytes as *const u8);
}
