namespace System
{
    /// A resource to release explicitly. Every IEnumerator<T> is one, so
    /// that foreach can dispose the enumerator.
    public interface IDisposable
    {
        void Dispose();
    }
}
