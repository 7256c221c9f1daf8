namespace System.Collections
{
    /// Key/value pairs of objects; the indexer returns null for a missing key.
    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }

        ICollection Keys { get; }

        ICollection Values { get; }

        bool Contains(object key);

        void Add(object key, object value);

        void Clear();

        bool IsReadOnly { get; }

        bool IsFixedSize { get; }

        new IDictionaryEnumerator GetEnumerator();

        void Remove(object key);
    }

    /// An enumerator over an IDictionary: Current is a boxed DictionaryEntry.
    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }

        object Value { get; }

        DictionaryEntry Entry { get; }
    }

    /// One key/value pair of a non-generic dictionary.
    public struct DictionaryEntry
    {
        private object _key;
        private object _value;

        public DictionaryEntry(object key, object value)
        {
            _key = key;
            _value = value;
        }

        public object Key
        {
            get { return _key; }
            set { _key = value; }
        }

        public object Value
        {
            get { return _value; }
            set { _value = value; }
        }

        public void Deconstruct(out object key, out object value)
        {
            key = _key;
            value = _value;
        }
    }
}
