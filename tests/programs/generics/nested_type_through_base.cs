// A nested type is inherited like other members (§15.3.9): B<T>.E names
// the E declared in B's non-generic base, and D<int>.Node names the Node
// of the generic base C<int>, with C's type argument.
using System;

class B { public class E { public override string ToString() { return "B.E"; } } }
class B<U> : B { }

class C<T> { public class Node { public T Value; } }
class D<U> : C<U> { }

class A<T>
{
    public string Show(B<T>.E e) { return e.ToString(); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new A<int>().Show(new B<int>.E()));
        D<int>.Node n = new D<int>.Node();
        n.Value = 42;
        Console.WriteLine(n.Value + " " + n.GetType());
    }
}
// expect: B.E
// expect: 42 C`1+Node[System.Int32]
