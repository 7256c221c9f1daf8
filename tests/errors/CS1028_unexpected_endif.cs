// #endif, #else and #elif with no #if, and #else after #else.
class P
{
    static void Main() { }
#endif // error CS1028
#if A
#else
#else // error CS1028
#endif
}
