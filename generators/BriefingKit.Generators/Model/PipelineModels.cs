using BriefingKit.Schema;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators.Model;

// The values that flow through DossierGenerator's incremental pipeline. Each is a small sealed record with
// value equality (arrays wrapped in EquatableArray) and holds no ISymbol, Compilation, SyntaxNode or Location,
// so Roslyn can tell an unchanged step from a changed one and cache everything downstream of it.

/// <summary>
/// One <c>*.dossier.yaml</c> file as read: <see cref="Spec"/> is what could be read (null when the YAML itself is
/// unreadable) and <see cref="HasErrors"/> says whether the analyzer reports errors in it.
/// </summary>
/// <see cref="Text"/> is the YAML as read, which the catalog compiles in; <see cref="Limits"/> the limits it was read under.
internal sealed record ParsedDossier(string Path, DossierSpec? Spec, bool HasErrors, string Text, SchemaLimits Limits, EquatableArray<RecoveredId> RecoveredIds = default);

/// <summary>An entity id found by <see cref="Naming.IdScan"/> in a dossier whose YAML could not be parsed.</summary>
internal sealed record RecoveredId(EntityKind Kind, string Id);

/// <summary>What class-name assignment needs to know about one valid dossier.</summary>
internal sealed record ClassNameRequest(string Path, string DossierId);

/// <summary>The catalog class chosen for one dossier file.</summary>
internal sealed record ClassNameEntry(string Path, string ClassName);

/// <summary>Catalog class names for every valid dossier, unique within the namespace, in path order.</summary>
internal sealed record ClassNameMap(EquatableArray<ClassNameEntry> Entries);

/// <summary>MSBuild settings: the namespace (null = global) and whether catalogs are <c>internal</c>.</summary>
/// <param name="Namespace">The catalogs' namespace; null for the global one.</param>
/// <param name="Internal">Catalog classes are internal, not public.</param>
/// <param name="EmbeddedYaml">The package's build props embed each dossier as a resource (<c>BriefingKitEmbedDossiers</c>),
/// so a catalog reads it from there instead of compiling the YAML in as a literal.</param>
internal sealed record CatalogOptions(string? Namespace, bool Internal, bool EmbeddedYaml = false);

/// <summary>Everything the emitter needs besides the dossier itself; one value for the whole compilation.</summary>
internal sealed record CatalogSettings(ClassNameMap Names, CatalogOptions Options, bool HasBriefingBuilder);

/// <summary>One generated member: <c>public static Actor LopezObrador =&gt; …("lopez-obrador")</c>, with its XML doc lines (already escaped).</summary>
internal sealed record CatalogMember(string Name, string Id, EquatableArray<string> Doc);

/// <summary>One nested class (<c>Actors</c>) with the domain type its members return.</summary>
internal sealed record CatalogSection(string ClassName, EntityKind Kind, EquatableArray<CatalogMember> Members);

/// <summary>
/// One dossier's catalog, ready to emit. A dossier with errors still gets its catalog (members for what could be
/// read; <see cref="Spec"/> null when nothing could), so the only errors its user sees are the BK ones in the YAML.
/// </summary>
internal sealed record CatalogModel(
    string HintName,
    string? Namespace,
    string ClassName,
    bool Internal,
    bool EmitBriefing,
    string File,
    string DossierId,
    DossierSpec? Spec,
    bool HasErrors,
    string Text,
    bool EmbeddedYaml,
    SchemaLimits Limits,
    EquatableArray<CatalogSection> Sections);
