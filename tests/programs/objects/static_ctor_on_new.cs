// An explicit static constructor runs before the first instance is created, and only once.
using System;

class Widget
{
    public static int Made;
    static Widget() { Console.WriteLine("Widget cctor"); }
    public Widget() { Made++; Console.WriteLine("Widget ctor " + Made); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("before"); // expect: before
        new Widget();
        // expect: Widget cctor
        // expect: Widget ctor 1
        new Widget();                // expect: Widget ctor 2
        Console.WriteLine(Widget.Made); // expect: 2
    }
}
