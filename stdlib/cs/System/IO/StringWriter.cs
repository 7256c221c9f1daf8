using System.Text;

namespace System.IO
{
    /// A writer into a StringBuilder.
    public class StringWriter : TextWriter
    {
        private StringBuilder _sb;

        public StringWriter() : this(new StringBuilder())
        {
        }

        public StringWriter(StringBuilder sb)
        {
            if (sb == null) throw new ArgumentNullException("sb");
            _sb = sb;
        }

        public virtual StringBuilder GetStringBuilder()
        {
            return _sb;
        }

        public override void Write(char value)
        {
            _sb.Append(value);
        }

        public override void Write(string value)
        {
            _sb.Append(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            TextReader.CheckChars(buffer, index, count);
            _sb.Append(buffer, index, count);
        }

        public override string ToString()
        {
            return _sb.ToString();
        }
    }
}
