namespace System.Reflection
{
    /// The base of every reflected member; `Type.Name` is declared here, as
    /// in .NET.
    public abstract class MemberInfo
    {
        protected MemberInfo()
        {
        }

        public abstract string Name { get; }
    }
}

namespace System
{
    /// A runtime type handle: what `ldtoken <type>` pushes (`typeof(T)`
    /// compiles to `ldtoken T` then `Type.GetTypeFromHandle`). It holds the
    /// type's MethodTable address.
    public struct RuntimeTypeHandle
    {
        private IntPtr m_type;
    }

    /// A type at run time. Each runtime type has exactly one instance (a
    /// RuntimeType), so types compare by reference.
    public abstract class Type : System.Reflection.MemberInfo
    {
        protected Type()
        {
        }

        public abstract string FullName { get; }

        public abstract string Namespace { get; }

        public abstract Type BaseType { get; }

        public bool IsValueType
        {
            get { return (GetTypeFlags() & 1) != 0; }
        }

        public bool IsEnum
        {
            get { return (GetTypeFlags() & 2) != 0; }
        }

        public bool IsArray
        {
            get { return (GetTypeFlags() & 4) != 0; }
        }

        public bool IsInterface
        {
            get { return (GetTypeFlags() & 8) != 0; }
        }

        public bool IsPrimitive
        {
            get { return (GetTypeFlags() & 16) != 0; }
        }

        public bool IsAbstract
        {
            get { return (GetTypeFlags() & 32) != 0; }
        }

        public bool IsSealed
        {
            get { return (GetTypeFlags() & 64) != 0; }
        }

        public bool IsClass
        {
            get { return (GetTypeFlags() & (1 | 8)) == 0; }
        }

        /// The bits the Is* properties test (vm::reflect::TYPE_IS_*).
        internal abstract int GetTypeFlags();

        /// The type `ldtoken` named.
        public static extern Type GetTypeFromHandle(RuntimeTypeHandle handle);

        public override string ToString()
        {
            return FullName;
        }

        public static bool operator ==(Type left, Type right)
        {
            return (object)left == (object)right;
        }

        public static bool operator !=(Type left, Type right)
        {
            return (object)left != (object)right;
        }

        public override bool Equals(object o)
        {
            return (object)this == o;
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }
    }

    /// The one implementation of Type: a MethodTable handle whose
    /// properties ask the runtime.
    internal sealed class RuntimeType : Type
    {
        /// The MethodTable address (the VM writes it when it makes the object).
        internal long m_handle;

        private RuntimeType()
        {
        }

        public override string Name
        {
            get { return GetName(m_handle, 0); }
        }

        public override string FullName
        {
            get { return GetName(m_handle, 1); }
        }

        public override string Namespace
        {
            get { return GetName(m_handle, 2); }
        }

        public override Type BaseType
        {
            get { return GetBaseType(m_handle); }
        }

        internal override int GetTypeFlags()
        {
            return GetFlags(m_handle);
        }

        /// 0: Name, 1: FullName, 2: Namespace (null outside any namespace).
        private static extern string GetName(long handle, int which);

        private static extern Type GetBaseType(long handle);

        private static extern int GetFlags(long handle);
    }
}
