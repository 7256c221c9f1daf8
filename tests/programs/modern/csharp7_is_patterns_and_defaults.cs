// C# 7-level pattern matching and literals that mcs 6.8 also compiles: `is T x` declaration patterns on objects, interfaces and boxed values, constant patterns with is (null, numbers, strings, enum members), switch statements with constant cases on object, the default literal, and nameof in messages.
using System;
using System.Collections.Generic;

interface IAnimal { string Name { get; } }
class Dog : IAnimal { public string Name { get { return "dog"; } } public int Tricks = 3; }
class Cat : IAnimal { public string Name { get { return "cat"; } } public bool Grumpy = true; }
enum Mood { Calm, Angry }

class Program
{
    static string Describe(object o)
    {
        if (o is null) return "null";
        if (o is Dog d) return d.Name + " knows " + d.Tricks + " tricks";
        if (o is IAnimal a) return "some " + a.Name;
        if (o is int i && i > 100) return "big " + i;
        if (o is int j) return "int " + j;
        if (o is "magic") return "the magic word";
        if (o is string s) return "text of " + s.Length;
        if (o is Mood.Angry) return "angry mood";
        if (o is Mood m) return "mood " + m;
        return "unknown " + o.GetType().Name;
    }

    static int Score(object o)
    {
        switch (o)
        {
            case 1: return 10;
            case 2: return 20;
            case "x": return 5;
            case null: return -1;
            case Mood.Calm: return 7;
            default: return 0;
        }
    }

    static T FirstOrDefault<T>(List<T> list, Predicate<T> match)
    {
        foreach (T item in list)
            if (match(item)) return item;
        return default;
    }

    static void Main()
    {
        var things = new List<object> { null, new Dog(), new Cat(), 500, 5, "magic", "hello", Mood.Angry, Mood.Calm, 3.5 };
        foreach (var t in things)
            Console.WriteLine(Describe(t) + " / " + Score(t));
        Console.WriteLine(Score(1) + Score(2) + Score("x"));

        var animals = new List<IAnimal> { new Dog(), new Cat() };
        IAnimal found = FirstOrDefault(animals, a => a is Cat c && c.Grumpy);
        IAnimal none = FirstOrDefault(animals, a => a.Name == "cow");
        Console.WriteLine((found is Cat ? "grumpy cat" : "no cat") + ", " + (none == null ? "no cow" : "cow"));
        int missing = FirstOrDefault(new List<int> { 1, 2 }, n => n > 5);
        Console.WriteLine(nameof(missing) + "=" + missing);
        Mood mood = default;
        Console.WriteLine(nameof(Mood) + "." + mood + " " + (mood == default));
    }
}
// expect: null / -1
// expect: dog knows 3 tricks / 0
// expect: some cat / 0
// expect: big 500 / 0
// expect: int 5 / 0
// expect: the magic word / 0
// expect: text of 5 / 0
// expect: angry mood / 0
// expect: mood Calm / 7
// expect: unknown Double / 0
// expect: 35
// expect: grumpy cat, no cow
// expect: missing=0
// expect: Mood.Calm True
