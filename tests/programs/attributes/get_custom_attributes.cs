// Type.GetCustomAttributes and Attribute's static helpers: the runtime makes each attribute
// with its constructor (string, int, bool, enum, Type arguments) and sets its named fields
// and properties; filtering by class (derived classes included), inheritance from base
// classes where AttributeUsage allows it, and a new object each time.
using System;

enum Level { Low = 1, High = 3 }

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
class TagAttribute : Attribute
{
    public string Name;
    public Level Level;
    public TagAttribute(string name, Level level) { Name = name; Level = level; }
    public int Weight { get; set; }
    public bool Flag;
}

class SpecialTagAttribute : TagAttribute
{
    public SpecialTagAttribute() : base("special", Level.High) { }
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
class LocalAttribute : Attribute
{
    public Type Target;
    public LocalAttribute(Type target) { Target = target; }
}

[Tag("base", Level.Low, Weight = 5)]
[Local(typeof(string))]
class Base
{
}

[Tag("derived", Level.High, Flag = true)]
[SpecialTag]
class Derived : Base
{
}

class Plain
{
}

class GetCustomAttributes
{
    static void Show(object[] attrs)
    {
        foreach (object a in attrs)
        {
            var tag = a as TagAttribute;
            if (tag != null) Console.Write(a.GetType().Name + "(" + tag.Name + "," + tag.Level + "," + tag.Weight + "," + tag.Flag + ") ");
            else Console.Write(a.GetType().Name + "(" + ((LocalAttribute)a).Target.Name + ") ");
        }
        Console.WriteLine(attrs.Length);
    }

    static void Main()
    {
        Show(typeof(Base).GetCustomAttributes(false)); // expect: TagAttribute(base,Low,5,False) LocalAttribute(String) 2
        Show(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), false)); // expect: TagAttribute(derived,High,0,True) SpecialTagAttribute(special,High,0,False) 2
        Show(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), true)); // expect: TagAttribute(derived,High,0,True) SpecialTagAttribute(special,High,0,False) TagAttribute(base,Low,5,False) 3
        Show(typeof(Derived).GetCustomAttributes(typeof(LocalAttribute), true)); // expect: 0
        Show(typeof(Plain).GetCustomAttributes(true)); // expect: 0
        Console.WriteLine(typeof(Derived).GetCustomAttributes(typeof(TagAttribute), false) is TagAttribute[]); // expect: True
        Console.WriteLine(Attribute.IsDefined(typeof(Base), typeof(LocalAttribute)) + " " + Attribute.IsDefined(typeof(Derived), typeof(LocalAttribute)) + " " + typeof(Derived).IsDefined(typeof(SpecialTagAttribute), false)); // expect: True False True
        var local = (LocalAttribute)Attribute.GetCustomAttribute(typeof(Base), typeof(LocalAttribute));
        Console.WriteLine(local.Target + " " + (Attribute.GetCustomAttribute(typeof(Plain), typeof(LocalAttribute)) == null)); // expect: System.String True
        try
        {
            Attribute.GetCustomAttribute(typeof(Derived), typeof(TagAttribute));
        }
        catch (System.Reflection.AmbiguousMatchException e)
        {
            Console.WriteLine(e.Message); // expect: Multiple custom attributes of the same type found.
        }
        object first = typeof(Base).GetCustomAttributes(false)[0];
        object again = typeof(Base).GetCustomAttributes(false)[0];
        Console.WriteLine(ReferenceEquals(first, again)); // expect: False
    }
}
