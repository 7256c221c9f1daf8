// Sum, Min, Max and Average over int, long, double and float sequences and through selectors, with the result types they produce (Average of int is double, Sum of float is float).
using System;
using System.Collections.Generic;
using System.Linq;

class Trip
{
    public string City;
    public int Days;
    public long Meters;
    public double Cost;
    public float Rating;
    public Trip(string city, int days, long meters, double cost, float rating)
    {
        City = city; Days = days; Meters = meters; Cost = cost; Rating = rating;
    }
}

class Program
{
    static void Main()
    {
        var ints = new[] { 4, -2, 9, 3 };
        Console.WriteLine(ints.Sum() + " " + ints.Min() + " " + ints.Max() + " " + ints.Average()); // expect: 14 -2 9 3.5

        var longs = new List<long> { 3000000000, 5000000000, -1 };
        Console.WriteLine(longs.Sum() + " " + longs.Min() + " " + longs.Max()); // expect: 7999999999 -1 5000000000
        Console.WriteLine(longs.Average().ToString("F1")); // expect: 2666666666.3

        var doubles = new[] { 1.5, 2.25, -0.75 };
        Console.WriteLine(doubles.Sum() + " " + doubles.Min() + " " + doubles.Max() + " " + doubles.Average()); // expect: 3 -0.75 2.25 1

        var floats = new[] { 0.5f, 1.25f, 2.75f };
        float fsum = floats.Sum();
        Console.WriteLine(fsum + " " + floats.Max() + " " + floats.Average()); // expect: 4.5 2.75 1.5
        Console.WriteLine(fsum.GetType().Name + " " + floats.Average().GetType().Name); // expect: Single Single
        Console.WriteLine(ints.Average().GetType().Name + " " + longs.Sum().GetType().Name); // expect: Double Int64

        var trips = new List<Trip> {
            new Trip("Kyoto", 5, 9300000, 1800.5, 4.5f),
            new Trip("Lyon", 3, 1200000, 640.25, 4.0f),
            new Trip("Quito", 9, 10100000, 2100.0, 3.5f),
        };
        Console.WriteLine(trips.Sum(t => t.Days) + " days"); // expect: 17 days
        Console.WriteLine(trips.Sum(t => t.Meters) / 1000 + " km"); // expect: 20600 km
        Console.WriteLine(trips.Sum(t => t.Cost).ToString("F2")); // expect: 4540.75
        Console.WriteLine(trips.Average(t => t.Rating)); // expect: 4
        Console.WriteLine(trips.Min(t => t.Days) + ".." + trips.Max(t => t.Days)); // expect: 3..9
        Console.WriteLine(trips.Max(t => t.Meters) + " " + trips.Min(t => t.Cost)); // expect: 10100000 640.25
        Console.WriteLine(trips.Max(t => t.Rating) + " " + trips.Min(t => t.Rating)); // expect: 4.5 3.5
        Console.WriteLine(trips.Average(t => t.Days).ToString("F2")); // expect: 5.67
        Console.WriteLine(trips.Average(t => t.Meters).ToString("F3")); // expect: 6866666.667
        Console.WriteLine((trips.Sum(t => t.Cost) / trips.Sum(t => t.Days)).ToString("F2") + " per day"); // expect: 267.10 per day

        // Which trip is the cheapest per day: Min over a computed value, then First with it.
        double cheapest = trips.Min(t => t.Cost / t.Days);
        Console.WriteLine(trips.First(t => t.Cost / t.Days == cheapest).City); // expect: Lyon

        // Min/Max of strings and of a selector returning strings.
        var cities = trips.Select(t => t.City);
        Console.WriteLine(cities.Min() + " " + cities.Max() + " " + trips.Max(t => t.City.ToLower())); // expect: Kyoto Quito quito

        // Sum over a filtered empty set is zero; Average over Range.
        Console.WriteLine(trips.Where(t => t.Days > 100).Sum(t => t.Cost)); // expect: 0
        Console.WriteLine(Enumerable.Range(1, 100).Average() + " " + Enumerable.Range(1, 100).Sum()); // expect: 50.5 5050
    }
}
