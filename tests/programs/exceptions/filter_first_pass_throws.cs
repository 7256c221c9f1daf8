// A filter that throws declines, in the first pass as in the second: its
// own exception is swallowed (ECMA-335 II.19), the next handler out takes
// the original one, and a filter reads a struct argument and a struct
// local of its frame.
// mono-differs: Mono lets the filter's NullReferenceException escape instead of swallowing it
using System;

struct Range
{
    public int Low, High;
    public bool Contains(int v) { return v >= Low && v <= High; }
}

class Program
{
    static bool Explode(Exception e)
    {
        Console.WriteLine("filter sees " + e.Message);
        object o = null;
        return o.ToString() == "never";
    }

    static void Work(Range r)
    {
        Range doubled = new Range { Low = r.Low * 2, High = r.High * 2 };
        try
        {
            try
            {
                throw new ArgumentException("42");
            }
            catch (Exception e) when (Explode(e))
            {
                Console.WriteLine("not here");
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
        }
        catch (ArgumentException e) when (r.Contains(int.Parse(e.Message)) || doubled.Contains(int.Parse(e.Message)))
        {
            Console.WriteLine("caught " + e.Message + " in " + r.Low + ".." + r.High + " or " + doubled.Low + ".." + doubled.High);
        }
    }

    static void Main()
    {
        Work(new Range { Low = 20, High = 21 });
        // expect: filter sees 42
        // expect: inner finally
        // expect: caught 42 in 20..21 or 40..42
    }
}
