// Uses of [Obsolete] members: a warning with the message (CS0618), or without one (CS0612);
// none inside another obsolete member.
using System;

class Api
{
    [Obsolete("use Add instead")]
    public static int Plus(int a, int b) { return a + b; }

    [Obsolete]
    public static int Legacy;

    [Obsolete("use the other constructor")]
    public Api(string s) { }

    public Api() { }

    [Obsolete("read Size")]
    public int Length { get { return 1; } }

    [Obsolete("old")]
    public static int Wrapper() { return Plus(1, 2); }
}

class P
{
    static void Main()
    {
        int x = Api.Plus(1, 2); // warning CS0618
        int y = Api.Legacy; // warning CS0612
        var a = new Api("x"); // warning CS0618
        var b = new Api();
        int n = b.Length; // warning CS0618
        System.Console.WriteLine(x + y + n + Api.Wrapper()); // warning CS0618
    }
}
