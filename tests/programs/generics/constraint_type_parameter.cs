// Type-parameter constraints (where T : U): converting T to U inside generic code, with class hierarchies and interfaces.
using System;

class Animal
{
    public string Name;
    public Animal(string n) { Name = n; }
    public virtual string Speak() { return Name + " ..."; }
}
class Cat : Animal
{
    public Cat(string n) : base(n) { }
    public override string Speak() { return Name + " meows"; }
}

class Program
{
    static U Upcast<T, U>(T x) where T : U { return x; }

    static void CopyInto<T, U>(T[] src, U[] dst) where T : U
    {
        for (int i = 0; i < src.Length; i++) dst[i] = src[i];
    }

    static string SpeakAll<T, U>(T[] xs) where T : U where U : Animal
    {
        string r = "";
        foreach (T x in xs) { U u = x; r += u.Speak() + ";"; }
        return r;
    }

    class Container<U>
    {
        public U[] Items = new U[3];
        public int N;
        public void AddFrom<T>(T x) where T : U { Items[N++] = x; }
    }

    static void Main()
    {
        Animal a = Upcast<Cat, Animal>(new Cat("Tom"));
        Console.WriteLine(a.Speak()); // expect: Tom meows
        object o = Upcast<string, object>("str");
        Console.WriteLine(o); // expect: str
        IComparable ic = Upcast<int, IComparable>(5);
        Console.WriteLine(ic.CompareTo(3)); // expect: 1
        Console.WriteLine(Upcast<int, int>(9)); // expect: 9
        Cat[] cats = { new Cat("A"), new Cat("B") };
        Animal[] animals = new Animal[2];
        CopyInto(cats, animals);
        Console.WriteLine(animals[1].Speak()); // expect: B meows
        object[] objs = new object[3];
        CopyInto(new int[] { 1, 2, 3 }, objs);
        Console.WriteLine(objs[0] + "," + objs[2]); // expect: 1,3
        Console.WriteLine(SpeakAll<Cat, Animal>(cats)); // expect: A meows;B meows;
        Console.WriteLine(SpeakAll<Animal, Animal>(new Animal[] { new Animal("X") })); // expect: X ...;
        Container<Animal> box = new Container<Animal>();
        box.AddFrom(new Cat("C"));
        box.AddFrom(new Animal("D"));
        Console.WriteLine(box.Items[0].Speak() + " " + box.Items[1].Speak() + " " + box.N); // expect: C meows D ... 2
        Container<object> ob = new Container<object>();
        ob.AddFrom(1.5);
        ob.AddFrom("s");
        Console.WriteLine(ob.Items[0] + " " + ob.Items[1]); // expect: 1.5 s
    }
}
