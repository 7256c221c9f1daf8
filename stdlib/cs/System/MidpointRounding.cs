namespace System
{
    /// How Math.Round treats a value exactly halfway between two results. Mono 6.8's
    /// mscorlib has these two members; .NET Core 3.0 added three more.
    public enum MidpointRounding
    {
        ToEven = 0,
        AwayFromZero = 1,
    }
}
