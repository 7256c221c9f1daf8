namespace System
{
    /// The root of every class. Virtual members (ToString, Equals,
    /// GetHashCode) arrive with inheritance and vtables.
    public class Object
    {
        public Object()
        {
        }
    }
}
