// A preprocessing expression that is not one: operators out of place, no operand.
class P
{
#if A && // error CS1517
#endif
#if // error CS1517
#endif
    static void Main() { }
}
