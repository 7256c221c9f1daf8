namespace System
{
    /// The base of every custom attribute.
    [AttributeUsage(AttributeTargets.All, Inherited = true, AllowMultiple = false)]
    public abstract class Attribute
    {
        protected Attribute()
        {
        }

        public static Attribute GetCustomAttribute(System.Reflection.MemberInfo element, Type attributeType)
        {
            return GetCustomAttribute(element, attributeType, true);
        }

        /// The one attribute of class `attributeType` on `element`, or null
        /// (AmbiguousMatchException when there are several).
        public static Attribute GetCustomAttribute(System.Reflection.MemberInfo element, Type attributeType, bool inherit)
        {
            Attribute[] found = GetCustomAttributes(element, attributeType, inherit);
            if (found.Length == 0) return null;
            if (found.Length > 1) throw new System.Reflection.AmbiguousMatchException("Multiple custom attributes of the same type found.");
            return found[0];
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element)
        {
            return GetCustomAttributes(element, typeof(Attribute), true);
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element, bool inherit)
        {
            return GetCustomAttributes(element, typeof(Attribute), inherit);
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element, Type attributeType)
        {
            return GetCustomAttributes(element, attributeType, true);
        }

        public static Attribute[] GetCustomAttributes(System.Reflection.MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            object[] found = element.GetCustomAttributes(attributeType, inherit);
            Attribute[] result = new Attribute[found.Length];
            for (int i = 0; i < found.Length; i++) result[i] = (Attribute)found[i];
            return result;
        }

        public static bool IsDefined(System.Reflection.MemberInfo element, Type attributeType)
        {
            return IsDefined(element, attributeType, true);
        }

        public static bool IsDefined(System.Reflection.MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return element.IsDefined(attributeType, inherit);
        }
    }

    /// Marks a `params` parameter: callers may pass its elements one by
    /// one. Compilers write it; the runtime ignores it.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class ParamArrayAttribute : Attribute
    {
        public ParamArrayAttribute()
        {
        }
    }
}
