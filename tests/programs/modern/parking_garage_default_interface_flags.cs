// Parking garage simulation: record hierarchy with overridden virtual properties, readonly struct with tuple-deconstructing constructor, default interface method calling an implemented member, [Flags] enum tests, type and property patterns for pricing, Cast<Spot?> with a not-{} pattern, iterator with yield break, Dictionary.Remove(key, out value), switch statement on a tuple with {} patterns, explicitly typed tuple array
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

[Flags]
enum Feature { None = 0, Covered = 1, Charger = 2, Wide = 4 }

abstract record Vehicle(string Plate)
{
    public virtual Feature Needs => Feature.None;
}
record Car(string Plate, bool Electric = false) : Vehicle(Plate)
{
    public override Feature Needs => Electric ? Feature.Charger : Feature.None;
}
record Van(string Plate, double Length) : Vehicle(Plate)
{
    public override Feature Needs => Length > 5.5 ? Feature.Wide : Feature.None;
}
record Motorbike(string Plate) : Vehicle(Plate);

readonly struct Spot
{
    public Spot(int level, int number, Feature features) => (Level, Number, Features) = (level, number, features);
    public int Level { get; }
    public int Number { get; }
    public Feature Features { get; }
    public bool Fits(Vehicle v) => (Features & v.Needs) == v.Needs;
    public override string ToString() => $"L{Level}-{Number:D2}";
}

interface IPricing
{
    int HourlyCents(Vehicle v);
    int Charge(Vehicle v, int minutes) => minutes <= 15 ? 0 : HourlyCents(v) * ((minutes + 59) / 60);
}

class StandardPricing : IPricing
{
    public int HourlyCents(Vehicle v) => v switch
    {
        Motorbike => 100,
        Car { Electric: true } => 250,
        Car => 300,
        Van { Length: > 5.5 } => 600,
        Van => 450,
        _ => throw new NotSupportedException(v.GetType().Name)
    };
}

class Garage
{
    private readonly List<Spot> free;
    private readonly Dictionary<string, (Spot Spot, Vehicle Vehicle, int Since)> parked = new();
    private readonly Queue<Vehicle> waiting = new();
    private readonly IPricing pricing;
    public int Revenue { get; private set; }

    public Garage(IEnumerable<Spot> spots, IPricing pricing) => (free, this.pricing) = (spots.ToList(), pricing);

    public string Arrive(Vehicle v, int time)
    {
        var spot = free.Where(s => s.Fits(v)).OrderBy(s => BitCount((int)s.Features)).ThenBy(s => s.Level).ThenBy(s => s.Number)
            .Cast<Spot?>().FirstOrDefault();
        if (spot is not { } s)
        {
            waiting.Enqueue(v);
            return $"{time,4}: {v.Plate} waits (queue {waiting.Count})";
        }
        free.Remove(s);
        parked[v.Plate] = (s, v, time);
        return $"{time,4}: {v.Plate} -> {s}";
    }

    static int BitCount(int x) => x == 0 ? 0 : (x & 1) + BitCount(x >> 1);

    public IEnumerable<string> Leave(string plate, int time)
    {
        if (!parked.Remove(plate, out var entry))
        {
            yield return $"{time,4}: {plate} not here";
            yield break;
        }
        var fee = pricing.Charge(entry.Vehicle, time - entry.Since);
        Revenue += fee;
        free.Add(entry.Spot);
        yield return $"{time,4}: {plate} leaves {entry.Spot} after {time - entry.Since} min, pays {fee / 100}.{fee % 100:D2}";
        int n = waiting.Count;
        for (int i = 0; i < n; i++)
        {
            var next = waiting.Dequeue();
            var msg = Arrive(next, time);
            if (msg.Contains("waits")) continue;
            yield return msg + " (from queue)";
        }
    }

    public string Occupancy() => string.Join(" ", parked.Values.OrderBy(p => p.Spot.ToString()).Select(p => $"{p.Spot}={p.Vehicle.Plate}"));
}

class Program
{
    static void Main()
    {
        var spots = new List<Spot>
        {
            new(0, 1, Feature.Covered), new(0, 2, Feature.Covered | Feature.Charger),
            new(1, 1, Feature.None), new(1, 2, Feature.Wide), new(1, 3, Feature.None),
        };
        var garage = new Garage(spots, new StandardPricing());
        (int Time, Vehicle? In, string? Out)[] events =
        {
            (0, new Car("EV-1", Electric: true), null), (5, new Van("VAN-9", 6.2), null), (10, new Car("CAR-2"), null),
            (12, new Motorbike("MB-7"), null), (20, new Car("CAR-3"), null), (25, new Car("EV-2", true), null),
            (30, new Van("VAN-4", 5.0), null), (40, null, "MB-7"), (95, null, "EV-1"), (130, null, "VAN-9"),
            (131, null, "NOPE"), (200, null, "CAR-2"),
        };
        foreach (var (time, arriving, leaving) in events)
        {
            switch ((arriving, leaving))
            {
                case ({ } v, null):
                    Console.WriteLine(garage.Arrive(v, time));
                    break;
                case (null, { } plate):
                    foreach (var line in garage.Leave(plate, time)) Console.WriteLine(line);
                    break;
                default:
                    Console.WriteLine("bad event");
                    break;
            }
        }
        Console.WriteLine(garage.Occupancy());
        Console.WriteLine($"revenue {garage.Revenue / 100.0:F2}");
        IPricing p = new StandardPricing();
        Console.WriteLine(string.Join(",", new[] { 10, 15, 16, 60, 61, 180 }.Select(m => p.Charge(new Car("X"), m))));
        Console.WriteLine(Feature.Covered | Feature.Wide);
        Console.WriteLine(new Car("AB-1") == new Car("AB-1", false));
    }
}
// expect:    0: EV-1 -> L0-02
// expect:    5: VAN-9 -> L1-02
// expect:   10: CAR-2 -> L1-01
// expect:   12: MB-7 -> L1-03
// expect:   20: CAR-3 -> L0-01
// expect:   25: EV-2 waits (queue 1)
// expect:   30: VAN-4 waits (queue 2)
// expect:   40: MB-7 leaves L1-03 after 28 min, pays 1.00
// expect:   40: VAN-4 -> L1-03 (from queue)
// expect:   95: EV-1 leaves L0-02 after 95 min, pays 5.00
// expect:   95: EV-2 -> L0-02 (from queue)
// expect:  130: VAN-9 leaves L1-02 after 125 min, pays 18.00
// expect:  131: NOPE not here
// expect:  200: CAR-2 leaves L1-01 after 190 min, pays 12.00
// expect: L0-01=CAR-3 L0-02=EV-2 L1-03=VAN-4
// expect: revenue 36.00
// expect: 0,0,300,300,600,900
// expect: Covered, Wide
// expect: True
