namespace System.Reflection
{
    // The assembly's descriptive attributes (`[assembly: AssemblyTitle("...")]`): data for
    // tools and reflection; only AssemblyVersion and AssemblyCulture change what is built.

    /// The assembly's title.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTitleAttribute : Attribute
    {
        private string _title;

        public AssemblyTitleAttribute(string title)
        {
            _title = title;
        }

        public string Title
        {
            get { return _title; }
        }
    }

    /// A description of the assembly.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDescriptionAttribute : Attribute
    {
        private string _description;

        public AssemblyDescriptionAttribute(string description)
        {
            _description = description;
        }

        public string Description
        {
            get { return _description; }
        }
    }

    /// The build configuration (Debug, Release...).
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyConfigurationAttribute : Attribute
    {
        private string _configuration;

        public AssemblyConfigurationAttribute(string configuration)
        {
            _configuration = configuration;
        }

        public string Configuration
        {
            get { return _configuration; }
        }
    }

    /// The company that made the assembly.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCompanyAttribute : Attribute
    {
        private string _company;

        public AssemblyCompanyAttribute(string company)
        {
            _company = company;
        }

        public string Company
        {
            get { return _company; }
        }
    }

    /// The product the assembly belongs to.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyProductAttribute : Attribute
    {
        private string _product;

        public AssemblyProductAttribute(string product)
        {
            _product = product;
        }

        public string Product
        {
            get { return _product; }
        }
    }

    /// The assembly's copyright notice.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCopyrightAttribute : Attribute
    {
        private string _copyright;

        public AssemblyCopyrightAttribute(string copyright)
        {
            _copyright = copyright;
        }

        public string Copyright
        {
            get { return _copyright; }
        }
    }

    /// The assembly's trademark notice.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTrademarkAttribute : Attribute
    {
        private string _trademark;

        public AssemblyTrademarkAttribute(string trademark)
        {
            _trademark = trademark;
        }

        public string Trademark
        {
            get { return _trademark; }
        }
    }

    /// The culture of a satellite assembly; the compiler keeps it in the Assembly row, not as an attribute.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCultureAttribute : Attribute
    {
        private string _culture;

        public AssemblyCultureAttribute(string culture)
        {
            _culture = culture;
        }

        public string Culture
        {
            get { return _culture; }
        }
    }

    /// The assembly's version, `major[.minor[.build[.revision]]]`; the compiler keeps it in the Assembly row, not as an attribute.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyVersionAttribute : Attribute
    {
        private string _version;

        public AssemblyVersionAttribute(string version)
        {
            _version = version;
        }

        public string Version
        {
            get { return _version; }
        }
    }

    /// The version of the file, shown by the operating system.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyFileVersionAttribute : Attribute
    {
        private string _version;

        public AssemblyFileVersionAttribute(string version)
        {
            _version = version;
        }

        public string Version
        {
            get { return _version; }
        }
    }

    /// The product version, free text.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyInformationalVersionAttribute : Attribute
    {
        private string _informationalVersion;

        public AssemblyInformationalVersionAttribute(string informationalVersion)
        {
            _informationalVersion = informationalVersion;
        }

        public string InformationalVersion
        {
            get { return _informationalVersion; }
        }
    }

    /// The file holding the key that signs the assembly.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyFileAttribute : Attribute
    {
        private string _keyFile;

        public AssemblyKeyFileAttribute(string keyFile)
        {
            _keyFile = keyFile;
        }

        public string KeyFile
        {
            get { return _keyFile; }
        }
    }

    /// The key container holding the key that signs the assembly.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyNameAttribute : Attribute
    {
        private string _keyName;

        public AssemblyKeyNameAttribute(string keyName)
        {
            _keyName = keyName;
        }

        public string KeyName
        {
            get { return _keyName; }
        }
    }

    /// Whether signing is delayed: the assembly is built with only the public key.
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDelaySignAttribute : Attribute
    {
        private bool _delaySign;

        public AssemblyDelaySignAttribute(bool delaySign)
        {
            _delaySign = delaySign;
        }

        public bool DelaySign
        {
            get { return _delaySign; }
        }
    }
}
