// Attribute arguments that are arrays or boxed values (II.23.3): `new[] { … }` of numbers,
// strings, types and enums, `params` arguments, `object` parameters given an int, a string, a
// type, an enum, an array or null, and array-typed named properties, read back by reflection.
using System;

enum Level { Low, High }

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
class InfoAttribute : Attribute
{
    public object Value;
    public int[] Numbers;
    public string[] Names { get; set; }
    public Type[] Types;
    public Level[] Levels;
    public object[] Extras;

    public InfoAttribute(object value, params object[] extras)
    {
        Value = value;
        Extras = extras;
    }
}

[Info(42, "x", typeof(string), Level.High, Numbers = new[] { 1, 2, 3 }, Names = new string[] { "a", null, "c" })]
[Info("text", Types = new[] { typeof(int), typeof(Level) }, Levels = new[] { Level.High, Level.Low })]
[Info(null, new int[] { 7, 8 })]
[Info(typeof(Level))]
[Info(Level.Low, Numbers = new int[0])]
class Target { }

class AttributeArrays
{
    static string Show(object o)
    {
        if (o == null) return "null";
        Array a = o as Array;
        if (a == null) return o.GetType().Name + ":" + o;
        string s = o.GetType().Name + "{";
        for (int i = 0; i < a.Length; i++) s += (i > 0 ? "," : "") + Show(a.GetValue(i));
        return s + "}";
    }

    static void Main()
    {
        object[] all = typeof(Target).GetCustomAttributes(typeof(InfoAttribute), false);
        Console.WriteLine(all.Length); // expect: 5
        for (int i = 0; i < all.Length; i++)
        {
            InfoAttribute a = (InfoAttribute)all[i];
            Console.WriteLine(Show(a.Value) + " | " + Show(a.Extras) + " | " + Show(a.Numbers) + " | " + Show(a.Names) + " | " + Show(a.Types) + " | " + Show(a.Levels));
        }
        // expect: Int32:42 | Object[]{String:x,RuntimeType:System.String,Level:High} | Int32[]{Int32:1,Int32:2,Int32:3} | String[]{String:a,null,String:c} | null | null
        // expect: String:text | Object[]{} | null | null | Type[]{RuntimeType:System.Int32,RuntimeType:Level} | Level[]{Level:High,Level:Low}
        // expect: null | Object[]{Int32[]{Int32:7,Int32:8}} | null | null | null | null
        // expect: RuntimeType:Level | Object[]{} | null | null | null | null
        // expect: Level:Low | Object[]{} | Int32[]{} | null | null | null
    }
}
