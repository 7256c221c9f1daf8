// x op= y where x's struct converts from a narrower type only: csc applies
// an explicit int -> byte conversion before the user-defined one, which
// Sharp does not do yet; it says so rather than compile something else.
struct MyByte
{
    byte v;
    public MyByte(byte x) { v = x; }
    public static implicit operator MyByte(byte x) { return new MyByte(x); }
    public static implicit operator byte(MyByte b) { return b.v; }
}

class Program
{
    static void Main()
    {
        MyByte b = 200;
        b += 5; // error CS8652
    }
}
