// `global::` names start from the root namespace and `alias::` goes
// through a using alias (§14.8.2); a type parameter may carry attributes.
using System;
using Col = System.Collections.Generic;

class TagAttribute : Attribute { }

class Box<[Tag] T>
{
    public T Item;
}

class Program
{
    static void Main()
    {
        global::System.Collections.Generic.List<int> xs = new global::System.Collections.Generic.List<int> { 1, 2 };
        Col::List<string> ys = new Col::List<string>();
        ys.Add("a");
        var box = new Box<global::System.String> { Item = "boxed" };
        global::System.Console.WriteLine(xs.Count + " " + ys[0] + " " + typeof(global::System.Int64).Name + " " + box.Item);
    }
}
// expect: 2 a Int64 boxed
