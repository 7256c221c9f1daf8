namespace System.Runtime.CompilerServices
{
    /// The value of a `const decimal` field or a decimal parameter default. The Constant table
    /// has no decimal form (ECMA-335 II.22.9), so compilers emit such a field as static
    /// readonly, set by the static constructor, and record the value here for other compilers.
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DecimalConstantAttribute : Attribute
    {
        private decimal value;

        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low)
        {
            value = new decimal((int)low, (int)mid, (int)hi, sign != 0, scale);
        }

        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low)
        {
            value = new decimal(low, mid, hi, sign != 0, scale);
        }

        public decimal Value
        {
            get { return value; }
        }
    }
}
