namespace System
{
    /// The root of every class. Its virtual methods are the first slots of
    /// every vtable.
    public class Object
    {
        public Object()
        {
        }

        /// The full name of the object's type, as .NET prints it.
        public virtual string ToString()
        {
            return TypeName();
        }

        /// Reference equality, unless a type overrides it.
        public virtual bool Equals(object obj)
        {
            return this == obj;
        }

        public virtual int GetHashCode()
        {
            return IdentityHash();
        }

        /// True when both are null, the same object, or objA.Equals(objB).
        public static bool Equals(object objA, object objB)
        {
            if (objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB)
        {
            return objA == objB;
        }

        /// Runs once the collector finds the object unreachable, before its memory is reused
        /// (a C# destructor overrides it). Object's own does nothing, and the VM registers only
        /// objects whose class overrides it.
        protected virtual void Finalize()
        {
        }

        /// The object's runtime type: one Type object per type (`vm::reflect`).
        public extern Type GetType();

        /// A shallow copy: a new object of the same type with the same field values.
        protected extern object MemberwiseClone();

        private extern string TypeName();

        private extern int IdentityHash();
    }
}
