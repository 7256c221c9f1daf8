// Using an instance field from a static method without an object reference.
class Counter
{
    int count;

    static void Reset()
    {
        count = 0; // error CS0120
    }

    static void Main() { Reset(); }
}
