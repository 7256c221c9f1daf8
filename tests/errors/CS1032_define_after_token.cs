// #define and #undef must come before the first token of the file.
using System;
#define LATE // error CS1032
class P
{
    static void Main() { }
}
