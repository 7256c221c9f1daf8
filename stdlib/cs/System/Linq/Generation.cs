using System.Collections.Generic;

namespace System.Linq
{
    /// The operators that make a sequence from nothing: Range, Repeat, Empty.
    /// Their arguments are checked at the call; the sequences are positional
    /// (see IPartition).
    public static partial class Enumerable
    {
        public static IEnumerable<int> Range(int start, int count)
        {
            long max = (long)start + count - 1;
            if (count < 0 || max > int.MaxValue) throw LinqError.OutOfRange("count");
            if (count == 0) return EmptyPartition<int>.Instance;
            return new RangePartition(start, count);
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0) throw LinqError.OutOfRange("count");
            if (count == 0) return EmptyPartition<TResult>.Instance;
            return new RepeatPartition<TResult>(element, count);
        }

        /// The same instance every time for a given TResult.
        public static IEnumerable<TResult> Empty<TResult>()
        {
            return EmptyPartition<TResult>.Instance;
        }
    }
}
