// Multicast delegates: +, -, += and -= build invocation lists; Remove takes the last matching run; the result is the last call's.
using System;

delegate int Step(int x);

class Program
{
    static string log = "";

    static int A(int x) { log += "A"; return x + 1; }
    static int B(int x) { log += "B"; return x + 10; }
    static int C(int x) { log += "C"; return x + 100; }

    static void Run(string label, Step d)
    {
        log = "";
        if (d == null)
        {
            Console.WriteLine(label + ": null");
            return;
        }
        int result = d(0);
        Console.WriteLine(label + ": " + log + " -> " + result + " (" + d.GetInvocationList().Length + ")");
    }

    static void Main()
    {
        Step a = A;
        Step b = B;
        Step c = C;

        Step abc = a + b + c;
        Run("a+b+c", abc); // expect: a+b+c: ABC -> 100 (3)

        Step d = a;
        d += b;
        d += a;
        d += b;
        Run("abab", d); // expect: abab: ABAB -> 10 (4)

        Run("abab-(a+b)", d - (a + b)); // expect: abab-(a+b): AB -> 10 (2)
        Run("abab-a", d - a); // expect: abab-a: ABB -> 10 (3)
        Run("abc-(a+c)", abc - (a + c)); // expect: abc-(a+c): ABC -> 100 (3)
        Run("abc-(b+c)", abc - (b + c)); // expect: abc-(b+c): A -> 1 (1)
        Run("abc-abc", abc - abc); // expect: abc-abc: null
        Run("a-b", a - b); // expect: a-b: A -> 1 (1)

        Step e = abc;
        e -= b;
        Run("abc-=b", e); // expect: abc-=b: AC -> 100 (2)
        Run("abc unchanged", abc); // expect: abc unchanged: ABC -> 100 (3)
        e -= a;
        e -= c;
        Run("emptied", e); // expect: emptied: null

        Step none = null;
        none += c;
        none += a;
        Run("null+=c+=a", none); // expect: null+=c+=a: CA -> 1 (2)

        Step nested = (a + b) + (c + a);
        Delegate[] list = nested.GetInvocationList();
        log = "";
        int sum = 0;
        for (int i = 0; i < list.Length; i++)
        {
            Step one = (Step)list[i];
            sum += one(i);
        }
        Console.WriteLine(log + " " + sum); // expect: ABCA 118
    }
}
