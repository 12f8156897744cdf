namespace BriefingKit.Schema.Diagnostics;

/// <summary>BK1xxx: reading the file and its YAML.</summary>
internal static partial class Codes
{
    public static readonly DiagnosticDescriptor FileNotReadable = new("BK1001", Severity.Error, "File cannot be read", "cannot read '{0}': {1}");
    public static readonly DiagnosticDescriptor FileTooLarge = new("BK1002", Severity.Error, "File too large", "file is {0:N0} bytes, over the limit of {1:N0} bytes (raise it with --max-file-bytes, or with the BriefingKitMaxFileBytes property in a project)");
    public static readonly DiagnosticDescriptor InvalidEncoding = new("BK1003", Severity.Error, "Invalid text encoding", "{0}");
    public static readonly DiagnosticDescriptor ForbiddenCharacter = new("BK1004", Severity.Error, "Forbidden character", "forbidden character U+{0:X4} ({1}) in the file");
    public static readonly DiagnosticDescriptor BidiControl = new("BK1005", Severity.Warning, "Bidirectional control character", "bidirectional control character U+{0:X4} can make text display differently from how it reads; remove it unless the source prints it");
    public static readonly DiagnosticDescriptor YamlSyntax = new("BK1010", Severity.Error, "YAML syntax error", "YAML syntax error: {0}");
    public static readonly DiagnosticDescriptor MultipleDocuments = new("BK1011", Severity.Error, "More than one YAML document", "a dossier is a single YAML document; remove the second document starting here");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("BK1012", Severity.Error, "Nesting too deep", "nesting deeper than {0} levels (raise it with --max-depth)");
    public static readonly DiagnosticDescriptor AliasLimit = new("BK1013", Severity.Error, "Alias expansion limit", "{0}");
    public static readonly DiagnosticDescriptor ForeignTag = new("BK1014", Severity.Error, "Unsupported YAML tag", "tag '{0}' is not allowed; dossiers use plain YAML values only");
    public static readonly DiagnosticDescriptor DuplicateKey = new("BK1015", Severity.Error, "Duplicate key", "duplicate key '{0}' (first given at line {1}, column {2})");
    public static readonly DiagnosticDescriptor EmptyDocument = new("BK1016", Severity.Error, "Empty document", "the file holds no YAML document; a dossier starts with a 'dossier:' mapping");
    public static readonly DiagnosticDescriptor RootNotMapping = new("BK1017", Severity.Error, "Root is not a mapping", "the document root must be a mapping with 'dossier:', 'sources:' … keys, not {0}");
    public static readonly DiagnosticDescriptor ScalarTooLong = new("BK1018", Severity.Error, "Value too long", "value is {0:N0} characters, over the limit of {1:N0}");
    public static readonly DiagnosticDescriptor MergeKey = new("BK1019", Severity.Error, "Merge key not supported", "merge keys ('<<') are not supported; write the keys out");
    public static readonly DiagnosticDescriptor ComplexKey = new("BK1020", Severity.Error, "Key is not a plain value", "mapping keys must be plain text, not {0}");
    public static readonly DiagnosticDescriptor TooManyEntities = new("BK1021", Severity.Error, "Too many entries", "'{0}' has {1:N0} entries, over the limit of {2:N0}");
}
