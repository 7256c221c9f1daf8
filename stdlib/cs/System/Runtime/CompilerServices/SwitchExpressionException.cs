// What a switch expression throws when no arm matches its input (C# 8):
// the compiler passes the unmatched value, which the message shows.
namespace System.Runtime.CompilerServices
{
    public sealed class SwitchExpressionException : InvalidOperationException
    {
        private readonly object _unmatchedValue;

        public SwitchExpressionException() : base("Non-exhaustive switch expression failed to match its input.")
        {
        }

        public SwitchExpressionException(Exception innerException) : base("Non-exhaustive switch expression failed to match its input.", innerException)
        {
        }

        public SwitchExpressionException(object unmatchedValue) : this()
        {
            _unmatchedValue = unmatchedValue;
        }

        public SwitchExpressionException(string message) : base(message)
        {
        }

        public SwitchExpressionException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public object UnmatchedValue
        {
            get { return _unmatchedValue; }
        }

        public override string Message
        {
            get
            {
                if (_unmatchedValue == null)
                {
                    return base.Message;
                }
                return base.Message + Environment.NewLine + "Unmatched value was " + _unmatchedValue.ToString() + ".";
            }
        }
    }
}
