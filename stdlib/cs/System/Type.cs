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

        /// The custom attributes on the member; with `inherit`, also those its bases carry
        /// whose AttributeUsage says Inherited.
        public abstract object[] GetCustomAttributes(bool inherit);

        /// The custom attributes of class `attributeType` or a class derived from it, in an
        /// array of that type.
        public abstract object[] GetCustomAttributes(Type attributeType, bool inherit);

        public abstract bool IsDefined(Type attributeType, bool inherit);
    }

    /// More than one member or attribute matched where one was asked for.
    public sealed class AmbiguousMatchException : SystemException
    {
        public AmbiguousMatchException() : base("Ambiguous match found.")
        {
        }

        public AmbiguousMatchException(string message) : base(message)
        {
        }
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

        /// An array type's element type; null for any other type.
        public abstract Type GetElementType();

        /// An array type's number of dimensions.
        public virtual int GetArrayRank()
        {
            throw new ArgumentException("Must be an array type.");
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

        public override Type GetElementType()
        {
            return GetElementTypeNative(m_handle);
        }

        public override int GetArrayRank()
        {
            int rank = GetArrayRankNative(m_handle);
            if (rank == 0) throw new ArgumentException("Must be an array type.");
            return rank;
        }

        public override object[] GetCustomAttributes(bool inherit)
        {
            return Attributes(null, inherit);
        }

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            if (!(attributeType is RuntimeType)) throw new ArgumentException("Type must be a type provided by the runtime.", "attributeType");
            return Attributes((RuntimeType)attributeType, inherit);
        }

        public override bool IsDefined(Type attributeType, bool inherit)
        {
            return GetCustomAttributes(attributeType, inherit).Length > 0;
        }

        /// This type's attributes of class `filter` (any when null), made by the runtime, then
        /// those inherited from base types whose usage allows it.
        private object[] Attributes(RuntimeType filter, bool inherit)
        {
            long filterHandle = filter == null ? 0 : filter.m_handle;
            object[] own = GetCustomAttributesNative(m_handle, filterHandle);
            if (!inherit) return own;
            // The runtime gives a pseudo-attribute (SerializableAttribute, made from the type's
            // flag) last; the CLR's inheriting search puts it first.
            if (own.Length > 1 && own[own.Length - 1] is SerializableAttribute)
            {
                object pseudo = own[own.Length - 1];
                Array.Copy(own, 0, own, 1, own.Length - 1);
                own[0] = pseudo;
            }
            var all = new System.Collections.Generic.List<object>(own);
            for (Type b = BaseType; b != null; b = b.BaseType)
            {
                foreach (object a in GetCustomAttributesNative(((RuntimeType)b).m_handle, filterHandle))
                {
                    AttributeUsageAttribute usage = UsageOf(a.GetType());
                    if (!usage.Inherited) continue;
                    if (!usage.AllowMultiple && all.Exists(x => x.GetType() == a.GetType())) continue;
                    all.Add(a);
                }
            }
            if (all.Count == own.Length) return own;
            object[] result = NewArray(filterHandle, all.Count);
            for (int i = 0; i < all.Count; i++) result[i] = all[i];
            return result;
        }

        /// The AttributeUsage of an attribute class (its own, else its nearest base's).
        private static AttributeUsageAttribute UsageOf(Type attributeClass)
        {
            long usageHandle = ((RuntimeType)typeof(AttributeUsageAttribute)).m_handle;
            for (Type t = attributeClass; t != null; t = t.BaseType)
            {
                object[] found = GetCustomAttributesNative(((RuntimeType)t).m_handle, usageHandle);
                if (found.Length > 0) return (AttributeUsageAttribute)found[0];
            }
            return new AttributeUsageAttribute(AttributeTargets.All);
        }

        /// The attributes on the type of `handle` whose class is `filter`'s or derives from it
        /// (all when 0), in an array of that class (object[] when 0).
        private static extern object[] GetCustomAttributesNative(long handle, long filter);

        private static extern object[] NewArray(long elementHandle, int length);

        /// 0: Name, 1: FullName, 2: Namespace (null outside any namespace).
        private static extern string GetName(long handle, int which);

        private static extern Type GetBaseType(long handle);

        private static extern int GetFlags(long handle);

        private static extern Type GetElementTypeNative(long handle);

        private static extern int GetArrayRankNative(long handle);
    }
}
