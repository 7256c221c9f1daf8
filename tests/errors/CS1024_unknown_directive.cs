// A directive name C# does not have.
class P
{
#include "stdio.h" // error CS1024
    static void Main() { }
}
