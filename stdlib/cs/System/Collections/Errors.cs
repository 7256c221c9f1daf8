namespace System.Collections
{
    /// The messages the collections throw with, as .NET Core 3.1 words them.
    /// The types that live in System.Private.CoreLib (List, Dictionary,
    /// ArrayList, Hashtable, Array) and those in System.Collections.dll
    /// (HashSet, Queue, Stack, LinkedList, the sorted ones) word a few of them
    /// differently; both wordings are kept so each type throws its own.
    internal static class Errors
    {
        internal const string Index = "Index was out of range. Must be non-negative and less than the size of the collection.";
        internal const string NeedNonNegNum = "Non-negative number required.";
        internal const string Count = "Count must be positive and count must refer to a location within the string/array/collection.";
        internal const string InvalidOffLen = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.";
        internal const string ArrayPlusOffTooSmall = "Destination array is not long enough to copy all the items in the collection. Check array index and length.";
        internal const string SmallCapacity = "capacity was less than the current size.";
        internal const string ListInsert = "Index must be within the bounds of the List.";
        internal const string RankMultiDimNotSupported = "Only single dimensional arrays are supported for the requested action.";
        internal const string NonZeroLowerBound = "The lower bound of target array must be zero.";
        internal const string InvalidArrayType = "Target array type is not compatible with the type of items in the collection.";
        internal const string KeyCollectionSet = "Mutating a key collection derived from a dictionary is not allowed.";
        internal const string ValueCollectionSet = "Mutating a value collection derived from a dictionary is not allowed.";
        internal const string EnumOpCantHappen = "Enumeration has either not started or has already finished.";
        internal const string EnumNotStarted = "Enumeration has not started. Call MoveNext.";
        internal const string EnumEnded = "Enumeration already finished.";
        internal const string KeyNull = "Key cannot be null.";
        internal const string CollectionNull = "Collection cannot be null.";
        internal const string DictionaryNull = "Dictionary cannot be null.";

        /// CoreLib's wording (List, Dictionary, ArrayList, Hashtable).
        internal const string EnumFailedVersion = "Collection was modified; enumeration operation may not execute.";

        /// System.Collections.dll's wording (HashSet, Queue, Stack, LinkedList,
        /// SortedSet, SortedDictionary, SortedList).
        internal const string EnumFailedVersionCollections = "Collection was modified after the enumerator was instantiated.";

        internal const string BiggerThanCollection = "Larger than collection size.";
        internal const string BiggerThanCollectionCollections = "Must be less than or equal to the size of the collection.";

        internal const string EmptyQueue = "Queue empty.";
        internal const string EmptyStack = "Stack empty.";
        internal const string LinkedListEmpty = "The LinkedList is empty.";
        internal const string ExternalLinkedListNode = "The LinkedList node does not belong to current LinkedList.";
        internal const string LinkedListNodeIsAttached = "The LinkedList node already belongs to a LinkedList.";
        internal const string SortedListNestedWrite = "This operation is not supported on SortedList nested types because they require modifying the original SortedList.";
        internal const string LowerValueGreaterThanUpperValue = "Must be less than or equal to upperValue.";
        internal const string ReadOnlyCollection = "Collection is read-only.";
        internal const string ArrayLengthsDiffer = "Array lengths must be the same.";
        internal const string BitArrayTypeUnsupported = "Only supported array types for CopyTo on BitArrays are Boolean[], Int32[] and Byte[].";

        /// BitArray(byte[]) and BitArray(int[]) refuse arrays whose bit count
        /// would not fit an int; n is the bits per element.
        internal static ArgumentException ArrayTooLarge(int n, string paramName)
        {
            return new ArgumentException("The input array length must not exceed Int32.MaxValue / " + n.ToString() + ". Otherwise BitArray.Length would exceed Int32.MaxValue.", paramName);
        }

        internal static ArgumentOutOfRangeException OutOfRange(string paramName, string message)
        {
            return new ArgumentOutOfRangeException(paramName, message);
        }

        /// System.Collections.dll passes the offending value too; .NET appends
        /// "\nActual value was N." to the message.
        internal static ArgumentOutOfRangeException OutOfRange(string paramName, object actualValue, string message)
        {
            return new ArgumentOutOfRangeException(paramName, actualValue, message);
        }

        internal static ArgumentOutOfRangeException IndexOutOfRange()
        {
            return new ArgumentOutOfRangeException("index", Index);
        }

        internal static ArgumentNullException KeyIsNull()
        {
            return new ArgumentNullException("key");
        }

        internal static InvalidOperationException VersionChanged()
        {
            return new InvalidOperationException(EnumFailedVersion);
        }

        internal static InvalidOperationException VersionChangedCollections()
        {
            return new InvalidOperationException(EnumFailedVersionCollections);
        }

        internal static InvalidOperationException CantHappen()
        {
            return new InvalidOperationException(EnumOpCantHappen);
        }

        /// "The given key 'k' was not present in the dictionary."
        internal static Exception KeyNotFound(object key)
        {
            return new System.Collections.Generic.KeyNotFoundException("The given key '" + Str(key) + "' was not present in the dictionary.");
        }

        /// CoreLib's Dictionary: "An item with the same key has already been added. Key: k"
        internal static ArgumentException DuplicateKey(object key)
        {
            return new ArgumentException("An item with the same key has already been added. Key: " + Str(key));
        }

        /// The value's ToString, or "" for null (as string.Format prints it).
        internal static string Str(object value)
        {
            if (value == null) return "";
            string s = value.ToString();
            if (s == null) return "";
            return s;
        }

        /// CoreLib's "The value "v" is not of type "T" and cannot be used in this
        /// generic collection." (IList/IDictionary given a wrongly typed object).
        internal static ArgumentException WrongType<T>(object value, string paramName)
        {
            return new ArgumentException("The value \"" + Str(value) + "\" is not of type \"" + typeof(T).ToString() + "\" and cannot be used in this generic collection.", paramName);
        }

        /// System.Collections.dll's wording of the same, with single quotes.
        internal static ArgumentException WrongTypeCollections<T>(object value, string paramName)
        {
            return new ArgumentException("The value '" + Str(value) + "' is not of type '" + typeof(T).ToString() + "' and cannot be used in this generic collection.", paramName);
        }
    }
}
