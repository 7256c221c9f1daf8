namespace System.Collections
{
    /// The default object ordering: null first, strings as String.Compare
    /// orders them, then IComparable on either side. .NET compares strings
    /// with the current culture; this runtime's String.Compare is the
    /// invariant approximation (see String.cs).
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = new Comparer();

        private Comparer()
        {
        }

        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
}
