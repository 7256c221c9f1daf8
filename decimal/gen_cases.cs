// Generates src/cases.tsv, the reference table for the decimal crate's tests.
// The expected values must come from CoreCLR 3.1 (Mono's System.Decimal differs
// in places), so compile with Mono's C# compiler but run on CoreCLR, with the
// dotnet host that .ci/install-runtimes.sh installs and a netcoreapp3.1
// runtimeconfig (as tests/src/runtimes.rs writes one):
//
//   mcs gen_cases.cs
//   dotnet exec --runtimeconfig gen_cases.runtimeconfig.json gen_cases.exe 250 424242 > src/cases.tsv
//
// Arguments: cases per random group, PRNG seed. Every input is built at run time
// (from bits, or by the runtime's own parser) so that no result is constant-folded
// by the compiler. The line format is described at the top of src/tests.rs.
using System;
using System.Globalization;
using System.Collections.Generic;
using System.Text;

class Gen {
  static ulong s = 0x9E3779B97F4A7C15UL;
  static ulong Next() { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s; }
  static int R(int n) { return (int)(Next() % (ulong)n); }

  static string Tok(decimal d) {
    int[] b = decimal.GetBits(d);
    bool neg = (b[3] & unchecked((int)0x80000000)) != 0;
    int scale = (b[3] >> 16) & 0xFF;
    decimal c = new decimal(b[0], b[1], b[2], false, 0);
    return (neg ? "-" : "") + c.ToString(CultureInfo.InvariantCulture) + "e" + scale;
  }
  static string Res(decimal d) { return Tok(d) + "\t" + d.ToString(CultureInfo.InvariantCulture); }

  static decimal Make(ulong lo64, uint hi, bool neg, int scale) {
    return new decimal((int)(uint)lo64, (int)(uint)(lo64 >> 32), (int)hi, neg, (byte)scale);
  }

  static decimal FromCoef(string coef, bool neg, int scale) {
    int[] b = decimal.GetBits(decimal.Parse(coef, NumberStyles.None, CultureInfo.InvariantCulture));
    return new decimal(b[0], b[1], b[2], neg, (byte)scale);
  }

  static decimal StructDec() {
    decimal c;
    int kind = R(3);
    if (kind == 0) {
      int k = R(97);
      if (k == 96) c = decimal.MaxValue - R(2);
      else { c = 1; for (int j = 0; j < k; j++) c *= 2; c += R(4) - 2; if (c < 0) c = 0; }
    } else if (kind == 1) {
      int k = R(29);
      c = 1; for (int j = 0; j < k; j++) c *= 10;
      int m = R(5);
      if (m == 0) c -= 1; else if (m == 1 && k < 28) c += 1; else if (m == 2 && k < 28) c *= 5;
    } else {
      int k = 1 + R(28);
      var sb = new StringBuilder();
      char ch = "369"[R(3)];
      for (int j = 0; j < k; j++) sb.Append(ch);
      c = decimal.Parse(sb.ToString(), CultureInfo.InvariantCulture);
    }
    int[] bits = decimal.GetBits(c);
    return new decimal(bits[0], bits[1], bits[2], R(2) == 0, (byte)(R(3) == 0 ? 28 * R(2) : R(29)));
  }

  static decimal[] specials;

  static decimal RandDec() {
    int kind = R(10);
    bool neg = R(2) == 0;
    int scale = R(29);
    if (kind == 0) {
      decimal d = specials[R(specials.Length)];
      return R(2) == 0 ? d : -d;
    }
    if (kind <= 4) {
      // random bit length
      int bits = R(97);
      ulong lo = Next(); uint hi = (uint)Next();
      if (bits < 64) { lo = bits == 0 ? 0 : lo & ((1UL << bits) - 1); hi = 0; }
      else if (bits < 96) { hi = bits == 64 ? 0 : hi & ((1u << (bits - 64)) - 1); }
      return Make(lo, hi, neg, scale);
    }
    if (kind <= 7) {
      // random digits
      int nd = 1 + R(29);
      var sb = new StringBuilder();
      for (int i = 0; i < nd; i++) sb.Append((char)('0' + R(10)));
      if (R(3) == 0) { int z = R(nd); for (int i = nd - z; i < nd; i++) sb[i] = '0'; }
      decimal c;
      if (!decimal.TryParse(sb.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out c)) c = decimal.MaxValue;
      int[] b = decimal.GetBits(c);
      return new decimal(b[0], b[1], b[2], neg, (byte)scale);
    }
    // small values
    {
      ulong v = (ulong)R(kind == 8 ? 100 : 1000000);
      return Make(v, 0, neg, R(6));
    }
  }

  static void Bin(string op, Func<decimal, decimal, decimal> f, decimal a, decimal b) {
    string r;
    try { r = Res(f(a, b)); }
    catch (OverflowException) { r = "OVF\t-"; }
    catch (DivideByZeroException) { r = "DIV0\t-"; }
    Console.WriteLine(op + "\t" + Tok(a) + "\t" + Tok(b) + "\t" + r);
  }

  static string DHex(double d) { return BitConverter.DoubleToInt64Bits(d).ToString("X16"); }
  static string FHex(float f) { return BitConverter.ToInt32(BitConverter.GetBytes(f), 0).ToString("X8"); }

  static double RandDouble() {
    int k = R(6);
    if (k == 0) { return BitConverter.Int64BitsToDouble((long)Next()); }
    if (k <= 2) {
      // exponent in decimal range
      int e2 = R(200) - 105;
      ulong mant = Next() & ((1UL << 52) - 1);
      ulong bits = ((ulong)(e2 + 1023) << 52) | mant;
      if (R(2) == 0) bits |= 1UL << 63;
      return BitConverter.Int64BitsToDouble((long)bits);
    }
    if (k == 3) {
      // short decimal strings
      int nd = 1 + R(17);
      var sb = new StringBuilder();
      for (int i = 0; i < nd; i++) sb.Append((char)('0' + R(10)));
      sb.Append("e" + (R(60) - 35));
      return double.Parse(sb.ToString(), CultureInfo.InvariantCulture) * (R(2) == 0 ? 1 : -1);
    }
    if (k == 4) {
      // halfway-ish: integer + .5 scaled
      long n = (long)(Next() % 2000000000000000UL);
      return (n + 0.5) * Math.Pow(10, R(30) - 20);
    }
    return (double)(long)(Next() >> R(64)) / Math.Pow(10, R(29));
  }

  static void Main(string[] args) {
    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    int n = int.Parse(args[0]);
    if (args.Length > 1) s = ulong.Parse(args[1]);
    Console.WriteLine("# Reference results from .NET Core " + Environment.Version + " (gen_cases.cs " + string.Join(" ", args) + ").");
    specials = new decimal[] {
      0m, 1m, 2m, 3m, 5m, 7m, 10m, 0.5m, 0.1m, 1.0m, 1.00m, 0.0m,
      decimal.MaxValue, decimal.MaxValue - 1, new decimal(-1, -1, -1, false, 28), new decimal(1, 0, 0, false, 28),
      new decimal(5, 0, 0, false, 28), new decimal(-1, 0, 0, false, 0), new decimal(0, 1, 0, false, 0),
      new decimal(-1, -1, 0, false, 0), new decimal(0, 0, 1, false, 0), new decimal(0, 0, 1, false, 5),
      new decimal(0, 0, 0, false, 28), new decimal(0, 0, 0, false, 3),
      decimal.Parse("7922816251426433759354395033.5"), decimal.Parse("0.3333333333333333333333333333"),
      decimal.Parse("1000000000000000000000000000"), decimal.Parse("10000000000000000000000000000"),
      decimal.Parse("1.0000000000000000000000000000"), decimal.Parse("9.9999999999999999999999999999"),
      decimal.Parse("4294967296"), decimal.Parse("18446744073709551616"), decimal.Parse("0.0000000001"),
    };
    var ops = new List<Tuple<string, Func<decimal, decimal, decimal>>> {
      Tuple.Create("add", (Func<decimal, decimal, decimal>)((a, b) => a + b)),
      Tuple.Create("sub", (Func<decimal, decimal, decimal>)((a, b) => a - b)),
      Tuple.Create("mul", (Func<decimal, decimal, decimal>)((a, b) => a * b)),
      Tuple.Create("div", (Func<decimal, decimal, decimal>)((a, b) => a / b)),
      Tuple.Create("rem", (Func<decimal, decimal, decimal>)((a, b) => a % b)),
    };
    // fixed cases
    var fixedPairs = new List<string[]> {
      new[]{"1.0","2.00"}, new[]{"1","3"}, new[]{"2","3"}, new[]{"1.00","1"}, new[]{"1.0","1"},
      new[]{"-1","1"}, new[]{"1","-1"}, new[]{"0","-1"}, new[]{"-0.0","0"}, new[]{"79228162514264337593543950335","1"},
      new[]{"79228162514264337593543950335","0.5"}, new[]{"79228162514264337593543950335","0.4"},
      new[]{"79228162514264337593543950335","-0.5"}, new[]{"0.0000000000000000000000000001","0.0000000000000000000000000001"},
      new[]{"1","0"}, new[]{"0","0"}, new[]{"0.00","0"}, new[]{"100000","3"}, new[]{"1","0.0000000000000000000000000003"},
      new[]{"79228162514264337593543950335","0.1"}, new[]{"7922816251426433759354395033.5","10"},
      new[]{"1.5","2.5"}, new[]{"-5","5.0"}, new[]{"5","-5.00"}, new[]{"0.3","0.1"}, new[]{"10","0.3"},
      new[]{"1","8"}, new[]{"1.0","4"}, new[]{"2.0","0.5"}, new[]{"0","5"}, new[]{"0","-5"}, new[]{"0","1.0"},
      new[]{"12345678901234567890.123456789","0.000000001"}, new[]{"1.2","3.4"}, new[]{"-7.5","2"},
      new[]{"0.0000000000000000000000000001","3"}, new[]{"0.0000000000000000000000000005","0.1"},
      new[]{"0.0000000000000000000000000015","0.1"}, new[]{"4294967295","4294967295"},
      new[]{"18446744073709551615","18446744073709551615"}, new[]{"0.0000000000001","0.000000000000001"},
      new[]{"1","79228162514264337593543950335"}, new[]{"79228162514264337593543950335","79228162514264337593543950335"},
      new[]{"3","1.0000000000000000000000000000"}, new[]{"0.00000000000000000001","0.00000000000000000001"},
    };
    foreach (var p in fixedPairs) {
      decimal a = decimal.Parse(p[0], NumberStyles.Float, CultureInfo.InvariantCulture);
      decimal b = decimal.Parse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture);
      foreach (var op in ops) Bin(op.Item1, op.Item2, a, b);
    }
    foreach (var op in ops) {
      for (int i = 0; i < n; i++) {
        decimal a = RandDec(), b = RandDec();
        if (op.Item1 == "add" || op.Item1 == "sub") {
          // bias towards same magnitude and cancellation
          if (R(4) == 0) { try { b = -a + RandDec() / 1000000000m; } catch (OverflowException) {} }
        }
        Bin(op.Item1, op.Item2, a, b);
      }
    }
    // division edge cases: developed quotients that cross 2^96 (and round up into it)
    foreach (var p in new string[][] { new[]{"55459713759985036315480765235","7"}, new[]{"46744615883415959180190930698","59"}, new[]{"68928501387409973706383236792","87"}, new[]{"10854258264454214250315521196","137"}, new[]{"20757778578737256449508514988","262"}, new[]{"22896938966622393564534201647","289"}, new[]{"30423614405477505635920876929","384"}, new[]{"32562774793362642750946563588","411"}, new[]{"34701935181247779865972250247","438"}, new[]{"40089450232217754822333238870","506"}, new[]{"42228610620102891937358925529","533"}, new[]{"44367771007988029052384612188","560"}, new[]{"46506931395873166167410298847","587"}, new[]{"48646091783758303282435985506","614"}, new[]{"51656761959300348110990655619","652"}, new[]{"53795922347185485226016342278","679"}, new[]{"55935082735070622341042028937","706"}, new[]{"58074243122955759456067715596","733"}, new[]{"59896490860783839220719226454","756"}, new[]{"60926456973469275609435297808","769"}, new[]{"62986389198840148386867440517","795"}, new[]{"65125549586725285501893127176","822"}, new[]{"67264709974610422616918813835","849"}, new[]{"69403870362495559731944500494","876"}, new[]{"70513064637695260458254115799","890"}, new[]{"71543030750380696846970187153","903"}, new[]{"72652225025580397573279802458","917"}, new[]{"74316016438379948662744225415","938"}, new[]{"76455176826265085777769912074","965"}, new[]{"78594337214150222892795598733","992"} }) {
      decimal a = decimal.Parse(p[0]), b = decimal.Parse(p[1]);
      int sc = R(29);
      Bin("div", (x, y) => x / y, new decimal(decimal.GetBits(a)[0], decimal.GetBits(a)[1], decimal.GetBits(a)[2], R(2) == 0, (byte)sc),
          new decimal(decimal.GetBits(b)[0], decimal.GetBits(b)[1], decimal.GetBits(b)[2], R(2) == 0, (byte)(R(3) == 0 ? R(29) : sc)));
    }
    // remainders where .NET Core 3.1's long division (VarDecModFull) is inexact:
    // "dividend dividendScale divisor divisorScale", found by searching "round" operands
    foreach (var t in new string[] {
      "79228162514264337593543950334 0 10000000000000000000000000000 28",
      "18446744073709551615 0 3333333333333333333333333333 28",
      "77371252455336267181195263 1 10000000000000000000000001 26",
      "18446744073709551615 0 25000000000000000000000 28",
      "309485009821345068724781053 0 100000000000000000000000 24",
      "302231454903657293676545 0 100000000000000000000001 28",
      "590295810358705651710 1 666666666666666666666 26",
      "147573952589676412927 1 250000000000000000000 25",
      "9223372036854775806 0 3333333333333333333333 25",
      "18889465931478580854781 0 100000000000000000001 23",
      "604462909807314587353085 3 50000000000000000000 28",
      "9223372036854775807 0 25000000000000000000 21",
      "39614081257132168796771975166 1 250000000000000000000000000 28",
      "1180591620717411303422 1 1000000000000000000001 28",
      "151115727451828646838271 1 500000000000000000000000000 28",
      "39614081257132168796771975167 0 2500000000000000000000 28",
      "2475880078570760549798248446 1 100000000000000000000000001 27",
      "9671406556917033397649407 0 100000000000000000000 27",
      "9903520314283042199192993790 0 10000000000000000000001 22",
      "4722366482869645213693 0 5000000000000000000000 25",
      "2305843009213693949 0 99999999999999999999 23",
      "147573952589676412927 0 1000000000000000000000 22",
      "37778931862957161709566 0 33333333333333333333333 27",
      "604462909807314587353085 1 250000000000000000000000 28",
      "2305843009213693951 0 66666666666666666666666 28",
      "1152921504606846973 1 1428571428571428571428 27",
      "295147905179352825853 1 2500000000000000000000000 27",
      "1180591620717411303423 0 6666666666666666666666666 25",
      "4835703278458516698824701 1 500000000000000000000 23",
      "9223372036854775807 0 100000000000000000000000000 27",
      "9223372036854775805 0 10000000000000000000000000 27",
      "590295810358705651711 1 9999999999999999999999 27",
      "309485009821345068724781055 0 1000000000000000000000001 28",
      "73786976294838206461 0 142857142857142857142 27",
      "37778931862957161709567 1 66666666666666666666666666 27",
      "18446744073709551615 1 33333333333333333333 26",
      "151115727451828646838269 1 3333333333333333333333333 26",
      "73786976294838206461 0 6666666666666666666666 28",
      "19342813113834066795298815 0 14285714285714285714285714 26",
      "147573952589676412925 1 99999999999999999999999 24",
      "36893488147419103230 1 14285714285714285714285 27",
      "590295810358705651709 0 333333333333333333333333 28" }) {
      var f = t.Split(' ');
      decimal a = FromCoef(f[0], R(2) == 0, int.Parse(f[1])), b = FromCoef(f[2], R(2) == 0, int.Parse(f[3]));
      Bin("rem", (x, y) => x % y, a, b);
    }
    // structured operands (powers of two and ten, their neighbours, repunits) for every operation
    for (int i = 0; i < n; i++) {
      decimal a = StructDec(), b = StructDec();
      var op = ops[R(ops.Count)];
      Bin(op.Item1, op.Item2, a, b);
    }
    string MAXS = "79228162514264337593543950335";
    for (int i = 0; i < n / 2; i++) {
      int j = 1 + R(27);
      decimal T = decimal.Parse(MAXS.Substring(0, 29 - j)) - R(3);
      int bd = 1 + R(Math.Min(j, 19));
      var sb = new StringBuilder();
      sb.Append((char)('1' + R(9)));
      for (int q = 1; q < bd; q++) sb.Append((char)('0' + R(10)));
      decimal b = decimal.Parse(sb.ToString());
      decimal a;
      try {
        decimal r = decimal.Truncate(b * (decimal)(Next() % 1000000) / 1000000m);
        a = T * b + r;
      } catch (OverflowException) { continue; }
      int sa = R(29), sbs = R(4) == 0 ? R(29) : sa;
      int[] ab = decimal.GetBits(a), bb = decimal.GetBits(b);
      Bin("div", (x, y) => x / y, new decimal(ab[0], ab[1], ab[2], R(2) == 0, (byte)sa), new decimal(bb[0], bb[1], bb[2], R(2) == 0, (byte)sbs));
    }
    for (int i = 0; i < n; i++) {
      decimal a = RandDec(), b = R(4) == 0 ? a : RandDec();
      if (R(5) == 0) { int[] bb = decimal.GetBits(a); b = new decimal(bb[0], bb[1], bb[2], R(2)==0, (byte)R(29)); }
      Console.WriteLine("cmp\t" + Tok(a) + "\t" + Tok(b) + "\t" + decimal.Compare(a, b));
    }
    for (int i = 0; i < n; i++) {
      decimal a = RandDec(); int dec = R(29); int mode = R(5);
      if (R(3) == 0) { // midpoint-ish
        int[] bb = decimal.GetBits(a); int sc = (bb[3] >> 16) & 0xFF;
        if (sc > 0) { try { a = decimal.Round(a, sc - 1, (MidpointRounding)2); a = a + new decimal(5, 0, 0, a < 0, (byte)sc); dec = sc - 1; } catch (OverflowException) {} }
      }
      Console.WriteLine("round\t" + Tok(a) + "\t" + dec + "\t" + mode + "\t" + Res(decimal.Round(a, dec, (MidpointRounding)mode)));
    }
    for (int i = 0; i < n; i++) {
      decimal a = RandDec();
      if (R(4) == 0) a = Make((ulong)R(100), 0, R(2) == 0, R(4));
      Console.WriteLine("trunc\t" + Tok(a) + "\t" + Res(decimal.Truncate(a)));
      Console.WriteLine("floor\t" + Tok(a) + "\t" + Res(decimal.Floor(a)));
      Console.WriteLine("ceil\t" + Tok(a) + "\t" + Res(decimal.Ceiling(a)));
      Console.WriteLine("hash\t" + Tok(a) + "\t" + a.GetHashCode());
      Console.WriteLine("tof64\t" + Tok(a) + "\t" + DHex((double)a));
      Console.WriteLine("tof32\t" + Tok(a) + "\t" + FHex((float)a));
    }
    // to_f64 hard cases: low64 >= 2^63
    for (int i = 0; i < n; i++) {
      ulong lo = Next() | (1UL << 63);
      if (R(2) == 0) lo = (lo & ~0x7FFUL) | (ulong)(R(2) == 0 ? 0x400 : 0x3FF + R(3));
      decimal a = Make(lo, R(3) == 0 ? (uint)R(5) : 0u, R(2) == 0, R(3) == 0 ? R(29) : 0);
      Console.WriteLine("tof64\t" + Tok(a) + "\t" + DHex((double)a));
      Console.WriteLine("tof32\t" + Tok(a) + "\t" + FHex((float)a));
    }
    var fixedDoubles = new double[] { 0.1, 1e-20, 123456789.123456789, 1e28, 7.9e28, 7.92e28, 7.922816251426433e28, 7.922816251426434e28,
      double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, 1e-28, 5e-29, 4.9e-29, 5.1e-29, 1e-29,
      999999999999999.5, 99999999999999.95, 0.5, 1.5, 2.5, -2.5, 1e15, 1e14, 123456789012345678.0, 0.30000000000000004, 1.0/3, 2.0/3,
      1e-10, 3.14159265358979, double.MaxValue, double.MinValue, 79228162514264337593543950335.0, 3.9614081257132168796771975168e28,
      1.2345678901234567e-5, 9.999999999999999e-29, 1e-27, 0.000000000000000000000000001234 };
    foreach (var d in fixedDoubles) Conv(d);
    for (int i = 0; i < n; i++) Conv(RandDouble());
    var fixedFloats = new float[] { 0.1f, 1e-20f, 123456.789f, 1e28f, 7.9e28f, 7.92e28f, 7.9228163e28f, float.NaN, float.PositiveInfinity,
      -0.0f, float.Epsilon, 1e-28f, 5e-29f, 0.5f, 2.5f, 9999999.5f, 999999.95f, 1.0f/3, 16777216f, 3.4028235e38f, 1.17549435e-38f };
    foreach (var f in fixedFloats) ConvF(f);
    for (int i = 0; i < n; i++) { double d = RandDouble(); ConvF((float)d); }
    // parsing
    var fixedTexts = new string[] { "79228162514264337593543950335.5", "79228162514264337593543950335.4", "79228162514264337593543950335",
      "79228162514264337593543950336", "79228162514264337593543950334.5", "79228162514264337593543950334.50000000000000001",
      "0.00000000000000000000000000001", "0.00000000000000000000000000005", "0.00000000000000000000000000006",
      "0.000000000000000000000000000015", "0.000000000000000000000000000025", "0.0000000000000000000000000000251",
      "1.2345678901234567890123456789012345", "0.0", "0.000", "0e5", "0e-5", "0.0e-40", "0e40", "1e28", "1e29", "1e-28", "1e-29",
      "5e-29", "6e-29", "1.5e-28", "2.5e-28", "2.50000000000000000000000000000000001e-28", "1e-1000", "1e-9999999", "0.1e30", "0.1e29",
      "123456789012345678901234567890", "12345678901234567890123456789", "1.", ".5", "1.e5", "00000001.00000", "0.1000000000000000000000000000500",
      "0.1000000000000000000000000000500000000000000000001", "9.9999999999999999999999999999", "9.99999999999999999999999999995",
      "9.99999999999999999999999999985", "7922816251426433759354395033.55", "7922816251426433759354395033.45", "1E+5", "1e+0", "2.5E-3",
      "1.0000000000000000000000000000000000000000", "100000000000000000000000000000e-1", "1000000000000000000000000000000e-2",
      "1.23456789012345678901234567895e2", "." , "e5", "1e", "1e+", "", "1.2.3" };
    foreach (var t in fixedTexts) Parse(t);
    for (int i = 0; i < n; i++) {
      int nd = 1 + R(40);
      var sb = new StringBuilder();
      int lead = R(4) == 0 ? R(5) : 0;
      for (int j = 0; j < lead; j++) sb.Append('0');
      for (int j = 0; j < nd; j++) sb.Append((char)('0' + (R(5) == 0 ? (R(2) == 0 ? 5 : 0) : R(10))));
      int dot = R(nd + 2);
      if (dot <= nd) sb.Insert(lead + dot, '.');
      if (R(3) == 0) sb.Append((R(2) == 0 ? "e" : "E") + (R(2) == 0 ? "-" : (R(2) == 0 ? "+" : "")) + R(40));
      Parse(sb.ToString());
    }
  }
  static void Parse(string t) {
    decimal d;
    string r = decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out d) ? Res(d) : "OVF\t-";
    Console.WriteLine("parse\t" + (t.Length == 0 ? "<empty>" : t) + "\t" + r);
  }
  static void Conv(double d) {
    string r;
    try { r = Res((decimal)d); } catch (OverflowException) { r = "OVF\t-"; }
    Console.WriteLine("fromf64\t" + DHex(d) + "\t" + r);
  }
  static void ConvF(float f) {
    string r;
    try { r = Res((decimal)f); } catch (OverflowException) { r = "OVF\t-"; }
    Console.WriteLine("fromf32\t" + FHex(f) + "\t" + r);
  }
}
