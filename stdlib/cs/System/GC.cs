namespace System
{
    /// The garbage collector (Sharp's is a non-moving mark-sweep collector: vm/src/gc).
    public static class GC
    {
        /// Runs a full collection now. The finalizers of the objects it finds unreachable run
        /// right after it (on .NET they run soon after, on the finalizer thread).
        public static extern void Collect();

        /// Bytes the program's objects occupy: those alive at the last collection plus those
        /// allocated since; with `forceFullCollection`, a collection runs first.
        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection)
            {
                Collect();
            }
            return TotalMemory();
        }

        private static extern long TotalMemory();

        /// Runs the finalizers of the objects the collections so far found unreachable, and
        /// returns when they are done.
        public static extern void WaitForPendingFinalizers();

        /// The collector will not run `obj`'s finalizer.
        public static void SuppressFinalize(object obj)
        {
            if (obj == null)
            {
                throw new ArgumentNullException("obj");
            }
            SetFinalizable(obj, false);
        }

        /// The collector will run `obj`'s finalizer again, once it finds it unreachable.
        public static void ReRegisterForFinalize(object obj)
        {
            if (obj == null)
            {
                throw new ArgumentNullException("obj");
            }
            SetFinalizable(obj, true);
        }

        private static extern void SetFinalizable(object obj, bool on);
    }
}
