// Switch statements with case T x when cond guards whose side effects are printed: guards run in source order, only for sections whose pattern matched, stop at the first true guard, and the default section runs last no matter where it is written.
// hand-checked: mcs 6.8 cannot compile case guards with type patterns; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

class Program
{
    static bool Check(string label, bool result)
    {
        Console.Write(label + (result ? "+ " : "- "));
        return result;
    }

    static string Handle(object o)
    {
        switch (o)
        {
            default:
                return "default";
            case int i when Check("small", i < 10):
                return "small int " + i;
            case int i when Check("even", i % 2 == 0):
                return "even int " + i;
            case int i:
                return "int " + i;
            case string s when Check("empty", s.Length == 0):
                return "empty string";
            case string s when Check("upper", s == s.ToUpper()):
                return "upper " + s;
            case string s:
                return "string " + s;
            case null:
                return "null";
        }
    }

    static void Main()
    {
        object[] inputs = { 3, 12, 15, "", "ABC", "abc", null, 2.5 };
        foreach (var o in inputs)
            Console.WriteLine("=> " + Handle(o));

        int hits = 0;
        for (int n = 0; n < 6; n++)
        {
            switch (n)
            {
                case 0:
                case 1:
                    Console.Write("low ");
                    break;
                case var k when k == 2 || k == 4:
                    hits++;
                    Console.Write("mid" + k + " ");
                    break;
                case int k when ++hits > 3:
                    Console.Write("hit" + hits + " ");
                    break;
                default:
                    Console.Write("d" + n + " ");
                    break;
            }
        }
        Console.WriteLine("hits=" + hits);
    }
}
// expect: small+ => small int 3
// expect: small- even+ => even int 12
// expect: small- even- => int 15
// expect: empty+ => empty string
// expect: empty- upper+ => upper ABC
// expect: empty- upper- => string abc
// expect: => null
// expect: => default
// expect: low low mid2 d3 mid4 hit4 hits=4
