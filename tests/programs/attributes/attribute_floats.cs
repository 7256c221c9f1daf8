// Floating-point attribute arguments: a constructor mixing double, int and float parameters,
// a float property and a double field set by name, and doubles in an array.
using System;

class ScaleAttribute : Attribute
{
    public double Factor;
    public int Steps;
    public float Bias;
    public double Offset;
    public double[] Marks;

    public ScaleAttribute(double factor, int steps, float bias)
    {
        Factor = factor;
        Steps = steps;
        Bias = bias;
    }

    public float Limit { get; set; }
}

[Scale(2.5, 3, 0.25f, Limit = 1.5f, Offset = -0.125, Marks = new[] { 0.5, 1e10 })]
class Gauge { }

class AttributeFloats
{
    static void Main()
    {
        ScaleAttribute s = (ScaleAttribute)Attribute.GetCustomAttribute(typeof(Gauge), typeof(ScaleAttribute));
        Console.WriteLine(s.Factor + " " + s.Steps + " " + s.Bias + " " + s.Limit + " " + s.Offset); // expect: 2.5 3 0.25 1.5 -0.125
        Console.WriteLine(s.Marks.Length + " " + s.Marks[0] + " " + s.Marks[1]); // expect: 2 0.5 10000000000
    }
}
