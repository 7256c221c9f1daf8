namespace System.Collections.Generic
{
    /// Creates pairs with the type arguments inferred.
    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value)
        {
            return new KeyValuePair<TKey, TValue>(key, value);
        }

        /// "[key, value]", a null as nothing.
        internal static string PairToString(object key, object value)
        {
            string s = "[";
            if (key != null) s = s + key.ToString();
            s = s + ", ";
            if (value != null) s = s + value.ToString();
            return s + "]";
        }
    }

    /// One entry of a generic dictionary.
    public struct KeyValuePair<TKey, TValue>
    {
        private readonly TKey key;
        private readonly TValue value;

        public KeyValuePair(TKey key, TValue value)
        {
            this.key = key;
            this.value = value;
        }

        public TKey Key
        {
            get { return key; }
        }

        public TValue Value
        {
            get { return value; }
        }

        public override string ToString()
        {
            return KeyValuePair.PairToString(key, value);
        }

        public void Deconstruct(out TKey key, out TValue value)
        {
            key = this.key;
            value = this.value;
        }
    }
}
