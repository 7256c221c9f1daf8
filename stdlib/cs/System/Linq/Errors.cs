namespace System.Linq
{
    /// The exceptions the operators throw, with .NET's messages.
    internal static class LinqError
    {
        internal static ArgumentNullException Null(string paramName)
        {
            return new ArgumentNullException(paramName);
        }

        internal static ArgumentOutOfRangeException OutOfRange(string paramName)
        {
            return new ArgumentOutOfRangeException(paramName);
        }

        internal static InvalidOperationException NoElements()
        {
            return new InvalidOperationException("Sequence contains no elements");
        }

        internal static InvalidOperationException NoMatch()
        {
            return new InvalidOperationException("Sequence contains no matching element");
        }

        internal static InvalidOperationException MoreThanOneElement()
        {
            return new InvalidOperationException("Sequence contains more than one element");
        }

        internal static InvalidOperationException MoreThanOneMatch()
        {
            return new InvalidOperationException("Sequence contains more than one matching element");
        }

        internal static NotSupportedException NotSupported()
        {
            return new NotSupportedException();
        }
    }
}
