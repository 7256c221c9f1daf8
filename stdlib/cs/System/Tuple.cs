using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// Factory methods for the reference tuples, and the hash combining
    /// and item formatting they share.
    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1)
        {
            return new Tuple<T1>(item1);
        }

        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new Tuple<T1, T2>(item1, item2);
        }

        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new Tuple<T1, T2, T3>(item1, item2, item3);
        }

        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        /// .NET's combination: ((h1 << 5) + h1) ^ h2, grouped as below.
        internal static int CombineHashCodes(int h1, int h2)
        {
            return ((h1 << 5) + h1) ^ h2;
        }

        internal static int CombineHashCodes(int h1, int h2, int h3)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2), h3);
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2), CombineHashCodes(h3, h4));
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), h5);
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5, int h6)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), CombineHashCodes(h5, h6));
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5, int h6, int h7)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), CombineHashCodes(h5, h6, h7));
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5, int h6, int h7, int h8)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), CombineHashCodes(h5, h6, h7, h8));
        }

        /// What StringBuilder.Append(object) adds: nothing for null.
        internal static string ItemToString(object item)
        {
            if (item == null) return "";
            string s = item.ToString();
            if (s == null) return "";
            return s;
        }
    }

    /// An immutable group of 1 value, equal and ordered item by item.
    public class Tuple<T1> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;

        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        /// Another Tuple<T1> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1> t = other as Tuple<T1>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1> t = other as Tuple<T1>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return comparer.Compare(m_Item1, t.m_Item1);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return comparer.GetHashCode(m_Item1);
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ")";
        }
    }

    /// An immutable group of 2 values, equal and ordered item by item.
    public class Tuple<T1, T2> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;

        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        /// Another Tuple<T1, T2> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1, T2> t = other as Tuple<T1, T2>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1)
                && comparer.Equals(m_Item2, t.m_Item2);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2> t = other as Tuple<T1, T2>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = comparer.Compare(m_Item1, t.m_Item1);
            if (c != 0) return c;
            return comparer.Compare(m_Item2, t.m_Item2);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1),
                comparer.GetHashCode(m_Item2));
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ", " + Tuple.ItemToString(m_Item2) + ")";
        }
    }

    /// An immutable group of 3 values, equal and ordered item by item.
    public class Tuple<T1, T2, T3> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        /// Another Tuple<T1, T2, T3> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1, T2, T3> t = other as Tuple<T1, T2, T3>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1)
                && comparer.Equals(m_Item2, t.m_Item2)
                && comparer.Equals(m_Item3, t.m_Item3);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3> t = other as Tuple<T1, T2, T3>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = comparer.Compare(m_Item1, t.m_Item1);
            if (c != 0) return c;
            c = comparer.Compare(m_Item2, t.m_Item2);
            if (c != 0) return c;
            return comparer.Compare(m_Item3, t.m_Item3);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1),
                comparer.GetHashCode(m_Item2),
                comparer.GetHashCode(m_Item3));
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ", " + Tuple.ItemToString(m_Item2) + ", " + Tuple.ItemToString(m_Item3) + ")";
        }
    }

    /// An immutable group of 4 values, equal and ordered item by item.
    public class Tuple<T1, T2, T3, T4> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        /// Another Tuple<T1, T2, T3, T4> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1, T2, T3, T4> t = other as Tuple<T1, T2, T3, T4>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1)
                && comparer.Equals(m_Item2, t.m_Item2)
                && comparer.Equals(m_Item3, t.m_Item3)
                && comparer.Equals(m_Item4, t.m_Item4);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4> t = other as Tuple<T1, T2, T3, T4>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = comparer.Compare(m_Item1, t.m_Item1);
            if (c != 0) return c;
            c = comparer.Compare(m_Item2, t.m_Item2);
            if (c != 0) return c;
            c = comparer.Compare(m_Item3, t.m_Item3);
            if (c != 0) return c;
            return comparer.Compare(m_Item4, t.m_Item4);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1),
                comparer.GetHashCode(m_Item2),
                comparer.GetHashCode(m_Item3),
                comparer.GetHashCode(m_Item4));
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ", " + Tuple.ItemToString(m_Item2) + ", " + Tuple.ItemToString(m_Item3) + ", " + Tuple.ItemToString(m_Item4) + ")";
        }
    }

    /// An immutable group of 5 values, equal and ordered item by item.
    public class Tuple<T1, T2, T3, T4, T5> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        /// Another Tuple<T1, T2, T3, T4, T5> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1, T2, T3, T4, T5> t = other as Tuple<T1, T2, T3, T4, T5>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1)
                && comparer.Equals(m_Item2, t.m_Item2)
                && comparer.Equals(m_Item3, t.m_Item3)
                && comparer.Equals(m_Item4, t.m_Item4)
                && comparer.Equals(m_Item5, t.m_Item5);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5> t = other as Tuple<T1, T2, T3, T4, T5>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = comparer.Compare(m_Item1, t.m_Item1);
            if (c != 0) return c;
            c = comparer.Compare(m_Item2, t.m_Item2);
            if (c != 0) return c;
            c = comparer.Compare(m_Item3, t.m_Item3);
            if (c != 0) return c;
            c = comparer.Compare(m_Item4, t.m_Item4);
            if (c != 0) return c;
            return comparer.Compare(m_Item5, t.m_Item5);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1),
                comparer.GetHashCode(m_Item2),
                comparer.GetHashCode(m_Item3),
                comparer.GetHashCode(m_Item4),
                comparer.GetHashCode(m_Item5));
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ", " + Tuple.ItemToString(m_Item2) + ", " + Tuple.ItemToString(m_Item3) + ", " + Tuple.ItemToString(m_Item4) + ", " + Tuple.ItemToString(m_Item5) + ")";
        }
    }

    /// An immutable group of 6 values, equal and ordered item by item.
    public class Tuple<T1, T2, T3, T4, T5, T6> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        public T6 Item6
        {
            get { return m_Item6; }
        }

        /// Another Tuple<T1, T2, T3, T4, T5, T6> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1, T2, T3, T4, T5, T6> t = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1)
                && comparer.Equals(m_Item2, t.m_Item2)
                && comparer.Equals(m_Item3, t.m_Item3)
                && comparer.Equals(m_Item4, t.m_Item4)
                && comparer.Equals(m_Item5, t.m_Item5)
                && comparer.Equals(m_Item6, t.m_Item6);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6> t = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = comparer.Compare(m_Item1, t.m_Item1);
            if (c != 0) return c;
            c = comparer.Compare(m_Item2, t.m_Item2);
            if (c != 0) return c;
            c = comparer.Compare(m_Item3, t.m_Item3);
            if (c != 0) return c;
            c = comparer.Compare(m_Item4, t.m_Item4);
            if (c != 0) return c;
            c = comparer.Compare(m_Item5, t.m_Item5);
            if (c != 0) return c;
            return comparer.Compare(m_Item6, t.m_Item6);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1),
                comparer.GetHashCode(m_Item2),
                comparer.GetHashCode(m_Item3),
                comparer.GetHashCode(m_Item4),
                comparer.GetHashCode(m_Item5),
                comparer.GetHashCode(m_Item6));
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ", " + Tuple.ItemToString(m_Item2) + ", " + Tuple.ItemToString(m_Item3) + ", " + Tuple.ItemToString(m_Item4) + ", " + Tuple.ItemToString(m_Item5) + ", " + Tuple.ItemToString(m_Item6) + ")";
        }
    }

    /// An immutable group of 7 values, equal and ordered item by item.
    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IStructuralEquatable, IStructuralComparable, IComparable
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        public T6 Item6
        {
            get { return m_Item6; }
        }

        public T7 Item7
        {
            get { return m_Item7; }
        }

        /// Another Tuple<T1, T2, T3, T4, T5, T6, T7> whose items are pairwise object.Equals.
        public override bool Equals(object obj)
        {
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            Tuple<T1, T2, T3, T4, T5, T6, T7> t = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (t == null) return false;
            return comparer.Equals(m_Item1, t.m_Item1)
                && comparer.Equals(m_Item2, t.m_Item2)
                && comparer.Equals(m_Item3, t.m_Item3)
                && comparer.Equals(m_Item4, t.m_Item4)
                && comparer.Equals(m_Item5, t.m_Item5)
                && comparer.Equals(m_Item6, t.m_Item6)
                && comparer.Equals(m_Item7, t.m_Item7);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        /// The first non-zero item comparison; null sorts first.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7> t = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (t == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = comparer.Compare(m_Item1, t.m_Item1);
            if (c != 0) return c;
            c = comparer.Compare(m_Item2, t.m_Item2);
            if (c != 0) return c;
            c = comparer.Compare(m_Item3, t.m_Item3);
            if (c != 0) return c;
            c = comparer.Compare(m_Item4, t.m_Item4);
            if (c != 0) return c;
            c = comparer.Compare(m_Item5, t.m_Item5);
            if (c != 0) return c;
            c = comparer.Compare(m_Item6, t.m_Item6);
            if (c != 0) return c;
            return comparer.Compare(m_Item7, t.m_Item7);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1),
                comparer.GetHashCode(m_Item2),
                comparer.GetHashCode(m_Item3),
                comparer.GetHashCode(m_Item4),
                comparer.GetHashCode(m_Item5),
                comparer.GetHashCode(m_Item6),
                comparer.GetHashCode(m_Item7));
        }

        /// "(1, a)": each item's ToString, null as nothing.
        public override string ToString()
        {
            return "(" + Tuple.ItemToString(m_Item1) + ", " + Tuple.ItemToString(m_Item2) + ", " + Tuple.ItemToString(m_Item3) + ", " + Tuple.ItemToString(m_Item4) + ", " + Tuple.ItemToString(m_Item5) + ", " + Tuple.ItemToString(m_Item6) + ", " + Tuple.ItemToString(m_Item7) + ")";
        }
    }
}
