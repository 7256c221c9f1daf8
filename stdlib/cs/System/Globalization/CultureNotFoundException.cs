namespace System.Globalization
{
    /// A culture name the runtime does not know. The message adds a line naming it, as .NET's
    /// does: "Culture is not supported. (Parameter 'name')" then "xx is an invalid culture
    /// identifier.".
    public class CultureNotFoundException : ArgumentException
    {
        private string _invalidCultureName;

        public CultureNotFoundException() : base("Culture is not supported.")
        {
        }

        public CultureNotFoundException(string message) : base(message)
        {
        }

        public CultureNotFoundException(string paramName, string message) : base(message, paramName)
        {
        }

        public CultureNotFoundException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public CultureNotFoundException(string paramName, string invalidCultureName, string message) : base(message, paramName)
        {
            _invalidCultureName = invalidCultureName;
        }

        public CultureNotFoundException(string message, string invalidCultureName, Exception innerException) : base(message, innerException)
        {
            _invalidCultureName = invalidCultureName;
        }

        public virtual string InvalidCultureName
        {
            get { return _invalidCultureName; }
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_invalidCultureName == null) return s;
                return s + Environment.NewLine + _invalidCultureName + " is an invalid culture identifier.";
            }
        }
    }
}
