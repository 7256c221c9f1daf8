// #error stops the build with its text; inside a skipped section it is ignored.
class P
{
#if NEVER
#error not reported
#endif
#error this configuration is not supported // error CS1029
    static void Main() { }
}
