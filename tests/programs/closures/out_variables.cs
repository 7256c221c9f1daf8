// Out variables (`out var n`, `out int m`) captured by lambdas: typed when the call is resolved, then moved to the display class.
using System;
class P {
    static void Main() {
        if (int.TryParse("42", out var n)) { Func<int> f = () => n + 1; Console.WriteLine(f()); }
        // expect: 43
        // expect: 7
        int.TryParse("7", out int m);
        Action show = () => Console.WriteLine(m);
        show();
    }
}
