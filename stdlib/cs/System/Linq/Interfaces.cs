using System.Collections.Generic;

namespace System.Linq
{
    /// A sequence of elements that share a key, as GroupBy yields them.
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }

    /// Groups reached by key; a key with no group gives an empty sequence
    /// rather than an exception.
    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }

        IEnumerable<TElement> this[TKey key] { get; }

        bool Contains(TKey key);
    }

    /// A sorted sequence that ThenBy can refine: the new key only breaks the
    /// ties the earlier keys leave.
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }
}
