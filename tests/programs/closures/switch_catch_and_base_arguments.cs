// A switch block's captured locals share one display instance across its sections; a captured
// exception variable; a lambda in a constructor's base arguments runs before `this` exists.
using System;

class B
{
    public B(Func<string> f) { Console.WriteLine(f()); }
}

class A : B
{
    public A(int id) : base(() => "made " + id) { }
}

class P
{
    static Func<int> F(int k)
    {
        Func<int> r = null;
        switch (k)
        {
            case 0: int a = 1; r = () => a; break;
            case 1: a = 5; r = () => a * 2; break;
        }
        return r;
    }

    static void Main()
    {
        Console.WriteLine(F(0)() + " " + F(1)()); // expect: 1 10
        new A(7); // expect: made 7
        try
        {
            throw new Exception("boom");
        }
        catch (Exception e)
        {
            Func<string> m = () => e.Message;
            Console.WriteLine(m()); // expect: boom
        }
    }
}
