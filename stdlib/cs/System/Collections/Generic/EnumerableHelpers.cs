namespace System.Collections.Generic
{
    /// Copying an arbitrary sequence into an array, for the collections that
    /// take one in their constructor.
    internal static class EnumerableHelpers
    {
        /// The elements in order, in an array that may be longer than
        /// `length` (an ICollection<T> is copied exactly; other sequences grow
        /// the array 4, 8, 16...).
        internal static T[] ToArray<T>(IEnumerable<T> source, out int length)
        {
            ICollection<T> ic = source as ICollection<T>;
            if (ic != null)
            {
                int count = ic.Count;
                if (count != 0)
                {
                    T[] arr = new T[count];
                    ic.CopyTo(arr, 0);
                    length = count;
                    return arr;
                }
                length = 0;
                return Array.Empty<T>();
            }
            IEnumerator<T> en = source.GetEnumerator();
            try
            {
                if (en.MoveNext())
                {
                    T[] arr = new T[4];
                    arr[0] = en.Current;
                    int count = 1;
                    while (en.MoveNext())
                    {
                        if (count == arr.Length)
                        {
                            int newLength = count << 1;
                            if ((uint)newLength > 0x7FEFFFFF) newLength = 0x7FEFFFFF <= count ? count + 1 : 0x7FEFFFFF;
                            Array.Resize<T>(ref arr, newLength);
                        }
                        arr[count] = en.Current;
                        count++;
                    }
                    length = count;
                    return arr;
                }
            }
            finally
            {
                en.Dispose();
            }
            length = 0;
            return Array.Empty<T>();
        }
    }
}
