// A traffic-light state machine driven by switch expressions over enums: enum member constants, `or` of members, a nested switch expression on a second enum, a `when` guard reading a counter, and enum switch statements with a default.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;

enum Light { Red, RedAmber, Green, Amber, FlashingAmber, Off }
enum Signal { Tick, Fault, Reset, PowerOff }

class Controller
{
    public Light State { get; private set; } = Light.Off;
    int ticksInState;

    public void Handle(Signal s)
    {
        Light next = s switch
        {
            Signal.PowerOff => Light.Off,
            Signal.Fault => State == Light.Off ? Light.Off : Light.FlashingAmber,
            Signal.Reset => Light.Red,
            Signal.Tick => State switch
            {
                Light.Red when ticksInState < 2 => Light.Red,
                Light.Red => Light.RedAmber,
                Light.RedAmber => Light.Green,
                Light.Green when ticksInState < 1 => Light.Green,
                Light.Green => Light.Amber,
                Light.Amber => Light.Red,
                Light.FlashingAmber or Light.Off => State,
                _ => throw new InvalidOperationException("bad state"),
            },
            _ => State,
        };
        ticksInState = next == State ? ticksInState + 1 : 0;
        if (next != State) Console.WriteLine($"{s}: {State} -> {next}");
        State = next;
    }

    public string Lamps()
    {
        switch (State)
        {
            case Light.Red: return "R--";
            case Light.RedAmber: return "RA-";
            case Light.Green: return "--G";
            case Light.Amber:
            case Light.FlashingAmber:
                return "-A-";
            default: return "---";
        }
    }
}

class Program
{
    static void Main()
    {
        var c = new Controller();
        Signal[] script = { Signal.Tick, Signal.Reset, Signal.Tick, Signal.Tick, Signal.Tick, Signal.Tick,
                            Signal.Tick, Signal.Tick, Signal.Tick, Signal.Fault, Signal.Tick, Signal.Reset, Signal.PowerOff };
        foreach (var s in script) c.Handle(s);
        Console.WriteLine(c.Lamps());
        foreach (Light l in new[] { Light.Red, Light.Amber, Light.Off })
        {
            bool stop = l is Light.Red or Light.RedAmber or Light.Amber;
            Console.WriteLine($"{l}: stop={stop}, go={l is Light.Green}, on={l is not Light.Off}");
        }
    }
}
// expect: Reset: Off -> Red
// expect: Tick: Red -> RedAmber
// expect: Tick: RedAmber -> Green
// expect: Tick: Green -> Amber
// expect: Tick: Amber -> Red
// expect: Fault: Red -> FlashingAmber
// expect: Reset: FlashingAmber -> Red
// expect: PowerOff: Red -> Off
// expect: ---
// expect: Red: stop=True, go=False, on=True
// expect: Amber: stop=True, go=False, on=True
// expect: Off: stop=False, go=False, on=False
