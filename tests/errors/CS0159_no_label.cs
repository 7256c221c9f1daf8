// goto needs a label that exists in an enclosing scope.
using System;

class Program
{
    static void Main()
    {
        int i = 0;
    start:
        i++;
        if (i < 3) goto restart; // error CS0159
        Console.WriteLine(i);
        goto end;
    end:
        return;
    }
}
