namespace System
{
    /// The base of every struct. The runtime copies values of types
    /// derived from it instead of sharing references.
    public abstract class ValueType
    {
        /// Equal when the other object is a boxed value of the same type
        /// whose fields are equal: the same bits, and for each object
        /// reference the same reference, two nulls, or what the field's own
        /// Equals says (so a struct of strings compares their text).
        public override bool Equals(object obj)
        {
            if (!SameTypeAndBits(this, obj)) return false;
            int n = ReferenceCount(this);
            for (int i = 0; i < n; i++)
            {
                object mine = ReferenceAt(this, i);
                object theirs = ReferenceAt(obj, i);
                if (mine == theirs) continue;
                if (mine == null || !mine.Equals(theirs)) return false;
            }
            return true;
        }

        /// Consistent with Equals: the bits outside the references, mixed
        /// with the hash code of each non-null reference.
        public override int GetHashCode()
        {
            int h = BitsHash(this);
            int n = ReferenceCount(this);
            for (int i = 0; i < n; i++)
            {
                object r = ReferenceAt(this, i);
                h = h * 31 + (r == null ? 0 : r.GetHashCode());
            }
            return h;
        }

        private static extern bool SameTypeAndBits(object a, object b);
        private static extern int BitsHash(object a);
        private static extern int ReferenceCount(object a);
        private static extern object ReferenceAt(object a, int i);
    }

    /// The type of a method that returns nothing. It only appears in
    /// signatures; no value of it ever exists.
    public struct Void
    {
    }
}
