// #warning reports its text and the program still compiles.
class P
{
#warning check this later // warning CS1030
    static void Main() { }
}
