//! `System.Type` natives: `Object.GetType()`, `Type.GetTypeFromHandle` (what `typeof` compiles
//! to) and the `RuntimeType` queries. A type's handle is its MethodTable address; the runtime
//! keeps one type object per MethodTable (`vm::reflect`).

use super::number::new_string;
use vm::object::{MethodTable, Object, VmContext};

/// `Object.GetType()`: the cached type object of the object's MethodTable.
pub extern "C" fn get_type(ctx: *mut VmContext, this: *mut Object) -> *mut Object {
    // SAFETY: the VM passes its live context and a non-null object (callvirt checked it).
    unsafe { vm::natives::guard(ctx, || vm::reflect::type_object(ctx, (*this).method_table)) }
}

/// `Type.GetTypeFromHandle(RuntimeTypeHandle)`: the struct arrives by pointer; its one field is
/// the MethodTable that `ldtoken` stored. A default handle gives null, as in .NET.
pub extern "C" fn get_type_from_handle(ctx: *mut VmContext, handle: *const usize) -> *mut Object {
    // SAFETY: the VM passes its live context and a pointer to the caller's copy of the struct.
    unsafe {
        vm::natives::guard(ctx, || {
            let mt = handle.read() as *const MethodTable;
            if mt.is_null() {
                return std::ptr::null_mut();
            }
            vm::reflect::type_object(ctx, mt)
        })
    }
}

/// `RuntimeType.GetName(handle, which)`: 0 Name, 1 FullName, 2 Namespace (null if none).
pub extern "C" fn get_name(ctx: *mut VmContext, handle: i64, which: i32) -> *mut Object {
    // SAFETY: handle is the MethodTable the runtime stored in this RuntimeType.
    unsafe {
        vm::natives::guard(ctx, || {
            let mt = handle as *const MethodTable;
            let s = match which {
                0 => Some(vm::reflect::type_name(ctx, mt)),
                1 => Some((*mt).name.clone()),
                _ => vm::reflect::type_namespace(ctx, mt),
            };
            match s {
                Some(s) => new_string(ctx, &s),
                None => std::ptr::null_mut(),
            }
        })
    }
}

/// `RuntimeType.GetBaseType(handle)`: null for System.Object and interfaces.
pub extern "C" fn get_base_type(ctx: *mut VmContext, handle: i64) -> *mut Object {
    // SAFETY: as for get_name.
    unsafe {
        vm::natives::guard(ctx, || {
            let parent = vm::reflect::base_type(handle as *const MethodTable);
            if parent.is_null() {
                std::ptr::null_mut()
            } else {
                vm::reflect::type_object(ctx, parent)
            }
        })
    }
}

/// `RuntimeType.GetElementTypeNative(handle)`: an array type's element type, else null.
pub extern "C" fn get_element_type(ctx: *mut VmContext, handle: i64) -> *mut Object {
    // SAFETY: as for get_name.
    unsafe {
        vm::natives::guard(ctx, || {
            let element = vm::reflect::element_type(ctx, handle as *const MethodTable);
            if element.is_null() { std::ptr::null_mut() } else { vm::reflect::type_object(ctx, element) }
        })
    }
}

/// `RuntimeType.GetArrayRankNative(handle)`: an array type's rank, 0 for any other type.
pub extern "C" fn get_array_rank(ctx: *mut VmContext, handle: i64) -> i32 {
    // SAFETY: as for get_name; a MethodTable's rank is read only.
    unsafe { vm::natives::guard(ctx, || (*(handle as *const MethodTable)).rank as i32) }
}

/// `RuntimeType.GetFlags(handle)`: the `vm::reflect::TYPE_IS_*` bits.
pub extern "C" fn get_flags(ctx: *mut VmContext, handle: i64) -> i32 {
    // SAFETY: as for get_name.
    unsafe {
        vm::natives::guard(ctx, || {
            vm::reflect::type_flags(ctx, handle as *const MethodTable)
        })
    }
}

/// Registers the reflection natives.
pub fn register(r: &mut vm::NativeRegistry) {
    r.register("System.Object::GetType()", get_type as *const u8);
    r.register(
        "System.Type::GetTypeFromHandle(System.RuntimeTypeHandle)",
        get_type_from_handle as *const u8,
    );
    r.register(
        "System.RuntimeType::GetName(int64,int32)",
        get_name as *const u8,
    );
    r.register(
        "System.RuntimeType::GetBaseType(int64)",
        get_base_type as *const u8,
    );
    r.register("System.RuntimeType::GetElementTypeNative(int64)", get_element_type as *const u8);
    r.register("System.RuntimeType::GetArrayRankNative(int64)", get_array_rank as *const u8);
    r.register(
        "System.RuntimeType::GetCustomAttributesNative(int64,int64)",
        get_custom_attributes as *const u8,
    );
    r.register("System.RuntimeType::NewArray(int64,int32)", new_array as *const u8);
    r.register(
        "System.RuntimeType::GetFlags(int64)",
        get_flags as *const u8,
    );
}

/// `RuntimeType.GetCustomAttributesNative(handle, filter)`: the type's attributes, made
/// (`vm::attributes`); `filter` 0 for all.
pub extern "C" fn get_custom_attributes(ctx: *mut VmContext, handle: i64, filter: i64) -> *mut Object {
    // SAFETY: the handles are MethodTables the runtime stored in RuntimeType objects.
    unsafe {
        vm::natives::guard(ctx, || vm::attributes::custom_attributes(ctx, handle as *const MethodTable, filter as *const MethodTable))
    }
}

/// `RuntimeType.NewArray(elementHandle, length)`.
pub extern "C" fn new_array(ctx: *mut VmContext, element: i64, length: i32) -> *mut Object {
    // SAFETY: as for get_custom_attributes.
    unsafe {
        vm::natives::guard(ctx, || vm::attributes::new_array(ctx, element as *const MethodTable, length.max(0) as usize))
    }
}
