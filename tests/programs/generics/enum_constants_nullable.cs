// Inside an enum's member initializers the other members have the
// underlying type (§19.4), so `1 | Stout` needs no cast; a lifted
// comparison of an E? with the literal 0 compares with the enum's zero.
using System;

[Flags]
enum Beer
{
    Stout = 0x1000,
    Ale = 0x2000,
    Guinness = 1 | Stout,
    Smithwicks = 2 | Ale,
    Both = Stout | Ale,
}

enum Small : byte { A = 1, B = 2, Z = 255 }

class Program
{
    static void Main()
    {
        Console.WriteLine((int)Beer.Guinness + " " + (int)Beer.Smithwicks + " " + Beer.Both);
        Small? e = Small.A;
        Small? none = null;
        Console.WriteLine((e != 0) + " " + (e == 0) + " " + (none != 0) + " " + (none == 0));
        Small? zero = 0;
        Console.WriteLine((zero == 0) + " " + zero);
    }
}
// expect: 4097 8194 Both
// expect: True False True False
// expect: True 0
