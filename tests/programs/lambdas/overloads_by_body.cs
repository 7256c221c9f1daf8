// Overload resolution with lambdas: Run(Action) or Run(Func<int>) chosen by what the body returns.
using System;
class Program {
    static void Run(Action a) { Console.WriteLine("action"); a(); }
    static void Run(Func<int> f) { Console.WriteLine("func " + f()); }
    static void Main() {
        Run(() => 42);
        // expect: func 42
        // expect: action
        // expect: hi
        // expect: action
        // expect: block
        // expect: func 7
        Run(() => Console.WriteLine("hi"));
        Run(() => { Console.WriteLine("block"); });
        Run(() => { return 7; });
    }
}
