// §12.6.4.5 better conversion from a lambda: Func<int> over Action for a body that is also a statement, Func<int> over Func<long> for an int body, Func<long> over Func<double>.
using System;
class P {
    static void Run(Action a) { Console.WriteLine("action"); a(); }
    static void Run(Func<int> f) { Console.WriteLine("func " + f()); }
    static string Pick(Func<int> f) { return "int:" + f(); }
    static string Pick(Func<long> f) { return "long:" + f(); }
    static string Num(Func<long> f) { return "long"; }
    static string Num(Func<double> f) { return "double"; }
    static int c;
    static void Main() {
        Run(() => c++);
        // expect: func 0
        // expect: int:7
        // expect: long
        // expect: action
        // expect: x
        Console.WriteLine(Pick(() => 7));
        Console.WriteLine(Num(() => 3));
        Run(() => Console.WriteLine("x"));
    }
}
