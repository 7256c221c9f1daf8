// Atomic operations on shared variables. Sharp's VM runs one managed
// thread, so plain reads and writes are already atomic here; the class
// exists because compilers call it (mcs's iterators use CompareExchange
// to hand out their first enumerator) and programs do.
namespace System.Threading
{
    public static class Interlocked
    {
        public static int Increment(ref int location)
        {
            location = location + 1;
            return location;
        }

        public static long Increment(ref long location)
        {
            location = location + 1;
            return location;
        }

        public static int Decrement(ref int location)
        {
            location = location - 1;
            return location;
        }

        public static long Decrement(ref long location)
        {
            location = location - 1;
            return location;
        }

        public static int Add(ref int location1, int value)
        {
            location1 = location1 + value;
            return location1;
        }

        public static long Add(ref long location1, long value)
        {
            location1 = location1 + value;
            return location1;
        }

        public static int Exchange(ref int location1, int value)
        {
            int old = location1;
            location1 = value;
            return old;
        }

        public static long Exchange(ref long location1, long value)
        {
            long old = location1;
            location1 = value;
            return old;
        }

        public static object Exchange(ref object location1, object value)
        {
            object old = location1;
            location1 = value;
            return old;
        }

        public static T Exchange<T>(ref T location1, T value) where T : class
        {
            T old = location1;
            location1 = value;
            return old;
        }

        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            int old = location1;
            if (old == comparand)
            {
                location1 = value;
            }
            return old;
        }

        public static long CompareExchange(ref long location1, long value, long comparand)
        {
            long old = location1;
            if (old == comparand)
            {
                location1 = value;
            }
            return old;
        }

        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            object old = location1;
            if (old == comparand)
            {
                location1 = value;
            }
            return old;
        }

        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            T old = location1;
            if ((object)old == (object)comparand)
            {
                location1 = value;
            }
            return old;
        }

        public static long Read(ref long location)
        {
            return location;
        }
    }
}
