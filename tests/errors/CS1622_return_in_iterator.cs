// An iterator gives its values with yield return; return with a value is an error.
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers()
    {
        yield return 1;
        return 2; // error CS1622
    }

    static void Main()
    {
    }
}
