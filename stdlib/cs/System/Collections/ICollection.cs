namespace System.Collections
{
    /// A sized sequence that can copy itself into an array.
    public interface ICollection : IEnumerable
    {
        void CopyTo(Array array, int index);

        int Count { get; }

        object SyncRoot { get; }

        bool IsSynchronized { get; }
    }
}
