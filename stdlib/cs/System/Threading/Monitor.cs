namespace System.Threading
{
    /// The locks `lock` takes. The VM runs one thread, so a lock is always free: entering
    /// checks the object and records that the lock was taken, as .NET's does.
    public static class Monitor
    {
        public static void Enter(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false on entry.", "lockTaken");
            if (obj == null) throw new ArgumentNullException("obj");
            lockTaken = true;
        }

        public static void Exit(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
        }

        public static bool TryEnter(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return true;
        }
    }
}
