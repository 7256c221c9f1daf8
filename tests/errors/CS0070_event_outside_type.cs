// Outside its type an event is only the left side of += and -=.
using System;

class Button
{
    public event Action Click;
    public void Press() { Click?.Invoke(); }
}

class Program
{
    static void Main()
    {
        var b = new Button();
        b.Click(); // error CS0070
        b.Click = null; // error CS0070
    }
}
