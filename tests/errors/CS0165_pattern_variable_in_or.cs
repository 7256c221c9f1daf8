// A pattern variable is not definitely assigned when the || short-circuits past its pattern.
using System;

class Program
{
    static void Main()
    {
        object o = "text";
        bool flag = Check();
        if (flag || o is string s)
            Console.WriteLine(s); // error CS0165
    }

    static bool Check() => true;
}
