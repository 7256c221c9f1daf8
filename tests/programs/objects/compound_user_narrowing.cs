// x op= y where x's struct converts from a narrower type only: as csc does,
// the int result is converted explicitly to byte, then by the user-defined
// operator to the struct (§12.21.4 with §10.5.5): 200 + 5, then 205 + 100
// wrapping to 49.
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
        b += 5;
        System.Console.WriteLine((byte)b);
        b += 100;
        System.Console.WriteLine((byte)b);
    }
}
// expect: 205
// expect: 49
