// Benchmarks Game "n-body" (the plain sequential C# algorithm): a
// symplectic-integrator model of the Jovian planets. One object per body in
// an array of references; each step reads and writes the bodies' fields
// through those references. Measures instance field loads/stores on class
// objects, array-of-reference loads, double arithmetic and Math.Sqrt.
// Prints the system's energy before and after, with ToString("F9").
using System;

class Body
{
    public double x, y, z, vx, vy, vz, mass;

    public Body(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        this.x = x; this.y = y; this.z = z;
        this.vx = vx; this.vy = vy; this.vz = vz;
        this.mass = mass;
    }
}

class NBodySystem
{
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;

    readonly Body[] bodies;

    public NBodySystem()
    {
        bodies = new Body[]
        {
            // Sun
            new Body(0, 0, 0, 0, 0, 0, SolarMass),
            // Jupiter
            new Body(
                4.84143144246472090e+00,
                -1.16032004402742839e+00,
                -1.03622044471123109e-01,
                1.66007664274403694e-03 * DaysPerYear,
                7.69901118419740425e-03 * DaysPerYear,
                -6.90460016972063023e-05 * DaysPerYear,
                9.54791938424326609e-04 * SolarMass),
            // Saturn
            new Body(
                8.34336671824457987e+00,
                4.12479856412430479e+00,
                -4.03523417114321381e-01,
                -2.76742510726862411e-03 * DaysPerYear,
                4.99852801234917238e-03 * DaysPerYear,
                2.30417297573763929e-05 * DaysPerYear,
                2.85885980666130812e-04 * SolarMass),
            // Uranus
            new Body(
                1.28943695621391310e+01,
                -1.51111514016986312e+01,
                -2.23307578892655734e-01,
                2.96460137564761618e-03 * DaysPerYear,
                2.37847173959480950e-03 * DaysPerYear,
                -2.96589568540237556e-05 * DaysPerYear,
                4.36624404335156298e-05 * SolarMass),
            // Neptune
            new Body(
                1.53796971148509165e+01,
                -2.59193146099879641e+01,
                1.79258772950371181e-01,
                2.68067772490389322e-03 * DaysPerYear,
                1.62824170038242295e-03 * DaysPerYear,
                -9.51592254519715870e-05 * DaysPerYear,
                5.15138902046611451e-05 * SolarMass),
        };

        // Offset the Sun's momentum so the system's total momentum is zero.
        double px = 0, py = 0, pz = 0;
        foreach (Body b in bodies)
        {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        Body sun = bodies[0];
        sun.vx = -px / SolarMass;
        sun.vy = -py / SolarMass;
        sun.vz = -pz / SolarMass;
    }

    public void Advance(double dt)
    {
        Body[] bs = bodies;
        int n = bs.Length;
        for (int i = 0; i < n; i++)
        {
            Body bi = bs[i];
            for (int j = i + 1; j < n; j++)
            {
                Body bj = bs[j];
                double dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                bi.vx -= dx * bj.mass * mag;
                bi.vy -= dy * bj.mass * mag;
                bi.vz -= dz * bj.mass * mag;
                bj.vx += dx * bi.mass * mag;
                bj.vy += dy * bi.mass * mag;
                bj.vz += dz * bi.mass * mag;
            }
        }
        for (int i = 0; i < n; i++)
        {
            Body b = bs[i];
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }

    public double Energy()
    {
        double e = 0.0;
        Body[] bs = bodies;
        for (int i = 0; i < bs.Length; i++)
        {
            Body bi = bs[i];
            e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
            for (int j = i + 1; j < bs.Length; j++)
            {
                Body bj = bs[j];
                double dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
                e -= (bi.mass * bj.mass) / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }
}

static class NBody
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;
        NBodySystem system = new NBodySystem();
        Console.WriteLine(system.Energy().ToString("F9"));
        for (int i = 0; i < n; i++) system.Advance(0.01);
        Console.WriteLine(system.Energy().ToString("F9"));
        return 0;
    }
}
