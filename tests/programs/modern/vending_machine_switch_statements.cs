// A vending machine whose transitions are switch statements on an enum state with case guards and pattern cases over a command object hierarchy (case Coin { Cents: 5 or 10 or 25 } c, case Select s when ...), plus a switch expression rendering the display text.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;

enum State { Idle, HasMoney, Vending, OutOfOrder }

abstract class Command { }
class Coin : Command { public int Cents; public Coin(int c) { Cents = c; } }
class Select : Command { public string Code; public Select(string code) { Code = code; } }
class Refund : Command { }
class Kick : Command { public int Force; }

class Machine
{
    State state = State.Idle;
    int credit;
    readonly Dictionary<string, int> prices = new() { ["A1"] = 65, ["B2"] = 100 };

    public void Do(Command cmd)
    {
        string msg;
        switch (state)
        {
            case State.OutOfOrder:
                msg = "out of order";
                break;
            case State.Idle or State.HasMoney:
                switch (cmd)
                {
                    case Coin { Cents: 5 or 10 or 25 } c:
                        credit += c.Cents;
                        state = State.HasMoney;
                        msg = "credit " + credit;
                        break;
                    case Coin c:
                        msg = $"rejected {c.Cents}c";
                        break;
                    case Select s when !prices.ContainsKey(s.Code):
                        msg = "unknown " + s.Code;
                        break;
                    case Select s when credit >= prices[s.Code]:
                        credit -= prices[s.Code];
                        state = State.Vending;
                        msg = $"vending {s.Code}, change {credit}";
                        credit = 0;
                        break;
                    case Select s:
                        msg = $"need {prices[s.Code] - credit} more";
                        break;
                    case Refund when credit > 0:
                        msg = "refund " + credit;
                        credit = 0;
                        state = State.Idle;
                        break;
                    case Kick { Force: > 8 }:
                        state = State.OutOfOrder;
                        msg = "broken!";
                        break;
                    default:
                        msg = "ignored " + cmd.GetType().Name;
                        break;
                }
                break;
            default:
                msg = "busy";
                state = State.Idle;
                break;
        }
        Console.WriteLine($"{msg,-22}| {Display()}");
    }

    string Display() => state switch
    {
        State.Idle => "INSERT COIN",
        State.HasMoney when credit >= 100 => $"CREDIT {credit / 100}.{credit % 100:00}",
        State.HasMoney => $"CREDIT {credit}c",
        State.Vending => "TAKE ITEM",
        _ => "----",
    };
}

class Program
{
    static void Main()
    {
        var m = new Machine();
        var script = new Command[]
        {
            new Refund(), new Coin(25), new Coin(3), new Select("C9"), new Select("A1"), new Coin(25), new Coin(25),
            new Select("A1"), new Coin(10), new Kick { Force = 2 }, new Coin(25), new Coin(25), new Coin(25), new Coin(25),
            new Refund(), new Kick { Force = 9 }, new Coin(25),
        };
        foreach (var c in script) m.Do(c);
    }
}
// expect: ignored Refund        | INSERT COIN
// expect: credit 25             | CREDIT 25c
// expect: rejected 3c           | CREDIT 25c
// expect: unknown C9            | CREDIT 25c
// expect: need 40 more          | CREDIT 25c
// expect: credit 50             | CREDIT 50c
// expect: credit 75             | CREDIT 75c
// expect: vending A1, change 10 | TAKE ITEM
// expect: busy                  | INSERT COIN
// expect: ignored Kick          | INSERT COIN
// expect: credit 25             | CREDIT 25c
// expect: credit 50             | CREDIT 50c
// expect: credit 75             | CREDIT 75c
// expect: credit 100            | CREDIT 1.00
// expect: refund 100            | INSERT COIN
// expect: broken!               | ----
// expect: out of order          | ----
