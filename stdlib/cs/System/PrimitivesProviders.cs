using System.Globalization;

namespace System
{
    // float's and double's IFormatProvider and NumberStyles overloads, as NumberProviders.cs
    // has the other number types'. Here, after Primitives.cs, because the compiler takes a
    // built-in type's interfaces from the part it reads first.

    public partial struct Single
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static float Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static float Parse(string s, NumberStyles style)
        {
            return NumberStyleParser.ParseSingle(s, style);
        }

        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            NumberStyleParser.CheckFloat(style);
            string plain;
            if (NumberStyleParser.FloatText(s, style, out plain) != 0)
            {
                result = 0;
                return false;
            }
            result = Number.ParseSingle(plain);
            return true;
        }
    }

    public partial struct Double
    {
        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static double Parse(string s, IFormatProvider provider)
        {
            return Parse(s);
        }

        public static double Parse(string s, NumberStyles style)
        {
            return NumberStyleParser.ParseDouble(s, style);
        }

        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            return Parse(s, style);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            NumberStyleParser.CheckFloat(style);
            string plain;
            if (NumberStyleParser.FloatText(s, style, out plain) != 0)
            {
                result = 0;
                return false;
            }
            result = Number.ParseDouble(plain);
            return true;
        }
    }
}
