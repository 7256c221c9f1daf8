// protected members are reachable from derived classes; protected constructors used via base(...).
using System;

class Vehicle
{
    protected int wheels;
    protected string name;
    protected Vehicle(string n, int w) { name = n; wheels = w; }
    protected virtual string Noise() { return "..."; }
    public string Info() { return name + " " + wheels + " " + Noise(); }
    protected static int Total;
}

class Car : Vehicle
{
    public Car() : base("car", 4) { Total += wheels; }
    protected override string Noise() { return "vroom"; }
    public void Upgrade() { wheels += 2; name = "truck"; }
    public static int Sum() { return Total; }
}

class Bike : Vehicle
{
    public Bike() : base("bike", 2) { Total += wheels; }
}

class Program
{
    static void Main()
    {
        Car c = new Car();
        Console.WriteLine(c.Info());  // expect: car 4 vroom
        c.Upgrade();
        Console.WriteLine(c.Info());  // expect: truck 6 vroom
        Console.WriteLine(new Bike().Info()); // expect: bike 2 ...
        Console.WriteLine(Car.Sum()); // expect: 6
    }
}
