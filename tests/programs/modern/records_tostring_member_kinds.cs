// How a record's synthesized ToString prints different member kinds: nullable values and null references as empty text, enums by name, chars, tuples, doubles (NaN, 0.1, 2.5), params arrays and default parameter values, records nested in a class or namespace (simple name only), and a virtual property overridden in a derived record (printed once, at the base's position, with the derived value).
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

namespace Telemetry.Model
{
    public enum Level { Debug, Info, Warning }

    public record Reading(string Sensor, double Value, int? Battery, Level Level, char Unit);

    public record Span(string Name, (int Start, int End) Range, object Payload);

    public record Alert(string Text, int Retries = 3, params string[] Channels)
    {
        public int ChannelCount => Channels.Length;
    }

    public record Source(string Id)
    {
        public virtual string Kind { get; init; } = "generic";
    }

    public record GpsSource(string Id, double Lat, double Lon) : Source(Id)
    {
        public override string Kind { get; init; } = "gps";
    }

    public class Registry
    {
        public record Entry(int Slot, Source Source);
        public List<Entry> Entries { get; } = new List<Entry>();
    }
}

namespace Telemetry.App
{
    using Telemetry.Model;

    class Program
    {
        static void Main()
        {
            var readings = new[]
            {
                new Reading("t1", 21.5, 80, Level.Info, 'C'),
                new Reading("t2", double.NaN, null, Level.Warning, 'F'),
                new Reading(null, 0.1, 0, Level.Debug, '%'),
            };
            foreach (var r in readings) Console.WriteLine(r);
            Console.WriteLine(readings[1] == new Reading("t2", double.NaN, null, Level.Warning, 'F'));
            Console.WriteLine(readings[0] with { Battery = null } == readings[0]);

            Console.WriteLine(new Span("load", (2, 5), null));
            Console.WriteLine(new Span("save", (0, 1), 2.5));
            Console.WriteLine(new Span("nest", (0, 0), new Span("inner", (1, 1), "x")));

            var quiet = new Alert("disk full");
            var loud = new Alert("fire", 5, "sms", "mail");
            Console.WriteLine(quiet);
            Console.WriteLine(loud);
            Console.WriteLine($"{loud.Channels[1]} {quiet.ChannelCount}");

            var plain = new Source("s0");
            var gps = new GpsSource("g1", 59.9, 10.75);
            Console.WriteLine(plain);
            Console.WriteLine(gps);
            Console.WriteLine(gps with { Kind = "gps/rtk" });
            Source asBase = gps;
            Console.WriteLine(asBase.Kind);

            var reg = new Registry();
            reg.Entries.Add(new Registry.Entry(1, plain));
            reg.Entries.Add(new Registry.Entry(2, gps));
            foreach (var e in reg.Entries) Console.WriteLine(e);
            Console.WriteLine(typeof(Registry.Entry).FullName);
            Console.WriteLine(new Registry.Entry(1, new Source("s0")) == reg.Entries[0]);
        }
    }
}
// expect: Reading { Sensor = t1, Value = 21.5, Battery = 80, Level = Info, Unit = C }
// expect: Reading { Sensor = t2, Value = NaN, Battery = , Level = Warning, Unit = F }
// expect: Reading { Sensor = , Value = 0.1, Battery = 0, Level = Debug, Unit = % }
// expect: True
// expect: False
// expect: Span { Name = load, Range = (2, 5), Payload =  }
// expect: Span { Name = save, Range = (0, 1), Payload = 2.5 }
// expect: Span { Name = nest, Range = (0, 0), Payload = Span { Name = inner, Range = (1, 1), Payload = x } }
// expect: Alert { Text = disk full, Retries = 3, Channels = System.String[], ChannelCount = 0 }
// expect: Alert { Text = fire, Retries = 5, Channels = System.String[], ChannelCount = 2 }
// expect: mail 0
// expect: Source { Id = s0, Kind = generic }
// expect: GpsSource { Id = g1, Kind = gps, Lat = 59.9, Lon = 10.75 }
// expect: GpsSource { Id = g1, Kind = gps/rtk, Lat = 59.9, Lon = 10.75 }
// expect: gps
// expect: Entry { Slot = 1, Source = Source { Id = s0, Kind = generic } }
// expect: Entry { Slot = 2, Source = GpsSource { Id = g1, Kind = gps, Lat = 59.9, Lon = 10.75 } }
// expect: Telemetry.Model.Registry+Entry
// expect: True
