using System.Collections;
using System.Collections.Generic;

namespace System
{
    /// The empty value tuple, and the factory methods for the others.
    public struct ValueTuple : IEquatable<ValueTuple>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple>, IValueTupleInternal
    {
        public override bool Equals(object obj)
        {
            return obj is ValueTuple;
        }

        public bool Equals(ValueTuple other)
        {
            return true;
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            return other is ValueTuple;
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return 0;
        }

        public int CompareTo(ValueTuple other)
        {
            return 0;
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return 0;
        }

        public override int GetHashCode()
        {
            return 0;
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return 0;
        }

        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return ")";
        }

        public override string ToString()
        {
            return "()";
        }

        public static ValueTuple Create()
        {
            return new ValueTuple();
        }

        public static ValueTuple<T1> Create<T1>(T1 item1)
        {
            return new ValueTuple<T1>(item1);
        }

        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new ValueTuple<T1, T2>(item1, item2);
        }

        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new ValueTuple<T1, T2, T3>(item1, item2, item3);
        }

        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        /// A field's hash code, 0 for null.
        internal static int ItemHash<T>(T item)
        {
            if (item == null) return 0;
            return item.GetHashCode();
        }
    }

    /// A mutable struct of 1 public field, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1>>, IValueTupleInternal
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1>)) return false;
            return Equals((ValueTuple<T1>)obj);
        }

        public bool Equals(ValueTuple<T1> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1>)) return false;
            ValueTuple<T1> t = (ValueTuple<T1>)other;
            return comparer.Equals(Item1, t.Item1);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1>)other);
        }

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1> t = (ValueTuple<T1>)other;
            return comparer.Compare(Item1, t.Item1);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return ValueTuple.ItemHash<T1>(Item1);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return comparer.GetHashCode(Item1);
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ")";
        }
    }

    /// A mutable struct of 2 public fields, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2>)) return false;
            return Equals((ValueTuple<T1, T2>)obj);
        }

        public bool Equals(ValueTuple<T1, T2> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2>)) return false;
            ValueTuple<T1, T2> t = (ValueTuple<T1, T2>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2>)other);
        }

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2> t = (ValueTuple<T1, T2>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            return comparer.Compare(Item2, t.Item2);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2));
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ")";
        }
    }

    /// A mutable struct of 3 public fields, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2, T3>)) return false;
            return Equals((ValueTuple<T1, T2, T3>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2, T3>)) return false;
            ValueTuple<T1, T2, T3> t = (ValueTuple<T1, T2, T3>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0) return c;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2, T3> t = (ValueTuple<T1, T2, T3>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0) return c;
            return comparer.Compare(Item3, t.Item3);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2),
                ValueTuple.ItemHash<T3>(Item3));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2),
                comparer.GetHashCode(Item3));
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ")";
        }
    }

    /// A mutable struct of 4 public fields, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2, T3, T4>)) return false;
            return Equals((ValueTuple<T1, T2, T3, T4>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2, T3, T4>)) return false;
            ValueTuple<T1, T2, T3, T4> t = (ValueTuple<T1, T2, T3, T4>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0) return c;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2, T3, T4> t = (ValueTuple<T1, T2, T3, T4>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0) return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0) return c;
            return comparer.Compare(Item4, t.Item4);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2),
                ValueTuple.ItemHash<T3>(Item3),
                ValueTuple.ItemHash<T4>(Item4));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2),
                comparer.GetHashCode(Item3),
                comparer.GetHashCode(Item4));
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ")";
        }
    }

    /// A mutable struct of 5 public fields, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2, T3, T4, T5>)) return false;
            return Equals((ValueTuple<T1, T2, T3, T4, T5>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2, T3, T4, T5>)) return false;
            ValueTuple<T1, T2, T3, T4, T5> t = (ValueTuple<T1, T2, T3, T4, T5>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0) return c;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2, T3, T4, T5> t = (ValueTuple<T1, T2, T3, T4, T5>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0) return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0) return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0) return c;
            return comparer.Compare(Item5, t.Item5);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2),
                ValueTuple.ItemHash<T3>(Item3),
                ValueTuple.ItemHash<T4>(Item4),
                ValueTuple.ItemHash<T5>(Item5));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2),
                comparer.GetHashCode(Item3),
                comparer.GetHashCode(Item4),
                comparer.GetHashCode(Item5));
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ")";
        }
    }

    /// A mutable struct of 6 public fields, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2, T3, T4, T5, T6>)) return false;
            return Equals((ValueTuple<T1, T2, T3, T4, T5, T6>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2, T3, T4, T5, T6>)) return false;
            ValueTuple<T1, T2, T3, T4, T5, T6> t = (ValueTuple<T1, T2, T3, T4, T5, T6>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5)
                && comparer.Equals(Item6, t.Item6);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c != 0) return c;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2, T3, T4, T5, T6> t = (ValueTuple<T1, T2, T3, T4, T5, T6>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0) return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0) return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0) return c;
            c = comparer.Compare(Item5, t.Item5);
            if (c != 0) return c;
            return comparer.Compare(Item6, t.Item6);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2),
                ValueTuple.ItemHash<T3>(Item3),
                ValueTuple.ItemHash<T4>(Item4),
                ValueTuple.ItemHash<T5>(Item5),
                ValueTuple.ItemHash<T6>(Item6));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2),
                comparer.GetHashCode(Item3),
                comparer.GetHashCode(Item4),
                comparer.GetHashCode(Item5),
                comparer.GetHashCode(Item6));
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ", " + Tuple.ItemToString(Item6) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ", " + Tuple.ItemToString(Item6) + ")";
        }
    }

    /// A mutable struct of 7 public fields, equal and ordered field by field
    /// with each field type's default comparer (what C#'s tuple syntax builds).
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) return false;
            return Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) return false;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5)
                && comparer.Equals(Item6, t.Item6)
                && comparer.Equals(Item7, t.Item7);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c != 0) return c;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2, T3, T4, T5, T6, T7> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0) return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0) return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0) return c;
            c = comparer.Compare(Item5, t.Item5);
            if (c != 0) return c;
            c = comparer.Compare(Item6, t.Item6);
            if (c != 0) return c;
            return comparer.Compare(Item7, t.Item7);
        }

        /// .NET seeds its combination randomly per process, so no program can
        /// rely on the value; the tuple combination is used here.
        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2),
                ValueTuple.ItemHash<T3>(Item3),
                ValueTuple.ItemHash<T4>(Item4),
                ValueTuple.ItemHash<T5>(Item5),
                ValueTuple.ItemHash<T6>(Item6),
                ValueTuple.ItemHash<T7>(Item7));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2),
                comparer.GetHashCode(Item3),
                comparer.GetHashCode(Item4),
                comparer.GetHashCode(Item5),
                comparer.GetHashCode(Item6),
                comparer.GetHashCode(Item7));
        }

        /// "(1, a)": each field's ToString, null as nothing.
        /// The end of the text of a tuple this one is the rest of: "8, 9)".
        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ", " + Tuple.ItemToString(Item6) + ", " + Tuple.ItemToString(Item7) + ")";
        }

        public override string ToString()
        {
            return "(" + Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ", " + Tuple.ItemToString(Item6) + ", " + Tuple.ItemToString(Item7) + ")";
        }
    }

    /// What a tuple of eight or more elements needs of the tuple in its
    /// `Rest`: the text of its elements, to print them inline.
    internal interface IValueTupleInternal
    {
        string ToStringEnd();
    }

    /// A tuple of seven elements and the rest: C# builds `(a, …, g, h, …)`
    /// as `ValueTuple<T1, …, T7, ValueTuple<T8, …>>`, and names the rest's
    /// fields `Item8` and on.
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal
        where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!(rest is IValueTupleInternal))
                throw new ArgumentException("The last element of an eight element ValueTuple must be a ValueTuple.");
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) return false;
            return Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7)
                && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null || !(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) return false;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other;
            return comparer.Equals(Item1, t.Item1)
                && comparer.Equals(Item2, t.Item2)
                && comparer.Equals(Item3, t.Item3)
                && comparer.Equals(Item4, t.Item4)
                && comparer.Equals(Item5, t.Item5)
                && comparer.Equals(Item6, t.Item6)
                && comparer.Equals(Item7, t.Item7)
                && comparer.Equals(Rest, t.Rest);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7);
            if (c != 0) return c;
            return Comparer<TRest>.Default.Compare(Rest, other.Rest);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> t = (ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other;
            int c = comparer.Compare(Item1, t.Item1);
            if (c != 0) return c;
            c = comparer.Compare(Item2, t.Item2);
            if (c != 0) return c;
            c = comparer.Compare(Item3, t.Item3);
            if (c != 0) return c;
            c = comparer.Compare(Item4, t.Item4);
            if (c != 0) return c;
            c = comparer.Compare(Item5, t.Item5);
            if (c != 0) return c;
            c = comparer.Compare(Item6, t.Item6);
            if (c != 0) return c;
            c = comparer.Compare(Item7, t.Item7);
            if (c != 0) return c;
            return comparer.Compare(Rest, t.Rest);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(ValueTuple.ItemHash<T1>(Item1),
                ValueTuple.ItemHash<T2>(Item2),
                ValueTuple.ItemHash<T3>(Item3),
                ValueTuple.ItemHash<T4>(Item4),
                ValueTuple.ItemHash<T5>(Item5),
                ValueTuple.ItemHash<T6>(Item6),
                ValueTuple.ItemHash<T7>(Item7),
                ValueTuple.ItemHash<TRest>(Rest));
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(Item1),
                comparer.GetHashCode(Item2),
                comparer.GetHashCode(Item3),
                comparer.GetHashCode(Item4),
                comparer.GetHashCode(Item5),
                comparer.GetHashCode(Item6),
                comparer.GetHashCode(Item7),
                comparer.GetHashCode(Rest));
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return Tuple.ItemToString(Item1) + ", " + Tuple.ItemToString(Item2) + ", " + Tuple.ItemToString(Item3) + ", " + Tuple.ItemToString(Item4) + ", " + Tuple.ItemToString(Item5) + ", " + Tuple.ItemToString(Item6) + ", " + Tuple.ItemToString(Item7) + ", " + RestToStringEnd();
        }

        /// "(1, 2, 3, 4, 5, 6, 7, 8)": the rest's elements inline.
        public override string ToString()
        {
            return "(" + ((IValueTupleInternal)this).ToStringEnd();
        }

        string RestToStringEnd()
        {
            object rest = Rest;
            IValueTupleInternal inner = rest as IValueTupleInternal;
            return inner != null ? inner.ToStringEnd() : rest.ToString() + ")";
        }
    }
}
