// Delegate variance (§18.2.3.3): Func<Cat> as Func<Animal>, Action<Animal> as Action<Cat>, a method group and a lambda to a covariant return.
using System;
class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }
class Program {
    static void Run(Action a) { Console.WriteLine("action"); a(); }
    static void Run(Func<int> f) { Console.WriteLine("func " + f()); }
    static Cat MakeCat() { return new Cat(); }
    static void Feed(Animal a) { Console.WriteLine("feed " + a.Name); }
    static void Main() {
        Func<Cat> fc = MakeCat;
        // expect: cat
        // expect: feed cat
        // expect: cat
        // expect: str
        Func<Animal> fa = fc;
        Console.WriteLine(fa().Name);
        Action<Animal> aa = Feed;
        Action<Cat> ac = aa;
        ac(new Cat());
        Func<Animal> direct = MakeCat;
        Console.WriteLine(direct().Name);


        Func<object> fo = () => "str";
        Console.WriteLine(fo());
    }
}
