// An #if group left open at the end of the file (reported there).
#define TRACE
class P
{
#if TRACE
    static void Main() { }
} // error CS1027