// A library with a public class, a public enum and a public static helper, used by main.cs.
using System;

namespace Tally
{
    public enum Kind { Up, Down }

    public class Counter
    {
        private int value;
        public string Name { get; private set; }
        public Counter(string name) { Name = name; }
        public void Step(Kind k) { value += k == Kind.Up ? 1 : -1; }
        public int Value { get { return value; } }
        public override string ToString() { return Name + "=" + value; }
    }

    public static class Format
    {
        public static string Box(object o) { return "[" + o + "]"; }
    }
}
