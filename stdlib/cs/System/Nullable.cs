using System.Collections.Generic;

namespace System
{
    /// A value type that may also be "no value" (C#'s `T?`). The runtime
    /// treats it specially when boxing: a Nullable without a value boxes to
    /// null, one with a value boxes to the boxed T, and unboxing to T? accepts
    /// null or a boxed T (ECMA-335 I.8.2.4). The methods here are the ones
    /// that run on the unboxed struct.
    public struct Nullable<T> where T : struct
    {
        private bool hasValue;
        internal T value;

        public Nullable(T value)
        {
            this.value = value;
            this.hasValue = true;
        }

        public bool HasValue
        {
            get { return hasValue; }
        }

        public T Value
        {
            get
            {
                if (!hasValue)
                {
                    throw new InvalidOperationException("Nullable object must have a value.");
                }
                return value;
            }
        }

        /// The value, or default(T) when there is none (the field is
        /// default(T) then, so it is returned as is).
        public T GetValueOrDefault()
        {
            return value;
        }

        public T GetValueOrDefault(T defaultValue)
        {
            if (hasValue) return value;
            return defaultValue;
        }

        /// Without a value: equal only to null. With one: T's Equals on the
        /// other object (a boxed T when the other was a T? too).
        public override bool Equals(object other)
        {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }

        public override int GetHashCode()
        {
            if (!hasValue) return 0;
            return value.GetHashCode();
        }

        /// "" without a value, as .NET prints it.
        public override string ToString()
        {
            if (!hasValue) return "";
            return value.ToString();
        }

        public static implicit operator Nullable<T>(T value)
        {
            return new Nullable<T>(value);
        }

        /// Throws InvalidOperationException when there is no value.
        public static explicit operator T(Nullable<T> value)
        {
            return value.Value;
        }
    }

    /// Helpers over Nullable<T>. GetUnderlyingType needs reflection over
    /// generic types, which this runtime does not have yet.
    public static class Nullable
    {
        /// No value sorts before any value.
        public static int Compare<T>(Nullable<T> n1, Nullable<T> n2) where T : struct
        {
            if (n1.HasValue)
            {
                if (n2.HasValue) return Comparer<T>.Default.Compare(n1.value, n2.value);
                return 1;
            }
            if (n2.HasValue) return -1;
            return 0;
        }

        public static bool Equals<T>(Nullable<T> n1, Nullable<T> n2) where T : struct
        {
            if (n1.HasValue)
            {
                if (n2.HasValue) return EqualityComparer<T>.Default.Equals(n1.value, n2.value);
                return false;
            }
            if (n2.HasValue) return false;
            return true;
        }
    }
}
