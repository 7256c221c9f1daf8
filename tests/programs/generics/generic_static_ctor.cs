// Static constructors of a generic class run once per closed type, lazily, before the first static member access or instance creation.
using System;

class Registry<T>
{
    public static string Tag;
    static Registry()
    {
        Console.WriteLine("cctor Registry<" + typeof(T).Name + ">");
        Tag = "tag-" + typeof(T).Name;
    }
    public static void Touch() { }
    public Registry() { Console.WriteLine("ctor Registry<" + typeof(T).Name + ">"); }
}

class Config<T>
{
    public static readonly T[] Defaults;
    static Config()
    {
        Console.WriteLine("cctor Config");
        Defaults = new T[2];
    }
}

class Program
{
    static void Use<T>()
    {
        Registry<T>.Touch();
        Console.WriteLine("used " + Registry<T>.Tag);
    }

    static void Main()
    {
        Console.WriteLine("start"); // expect: start
        Console.WriteLine(Registry<int>.Tag);
        // expect: cctor Registry<Int32>
        // expect: tag-Int32
        Console.WriteLine(Registry<int>.Tag); // expect: tag-Int32
        new Registry<int>(); // expect: ctor Registry<Int32>
        new Registry<string>();
        // expect: cctor Registry<String>
        // expect: ctor Registry<String>
        new Registry<string>(); // expect: ctor Registry<String>
        Use<double>();
        // expect: cctor Registry<Double>
        // expect: used tag-Double
        Use<double>(); // expect: used tag-Double
        Use<int>(); // expect: used tag-Int32
        Console.WriteLine(Config<int>.Defaults.Length);
        // expect: cctor Config
        // expect: 2
        Console.WriteLine(Config<string>.Defaults[0] == null);
        // expect: cctor Config
        // expect: True
        Console.WriteLine(Config<int>.Defaults[1]); // expect: 0
        Console.WriteLine("end"); // expect: end
    }
}
