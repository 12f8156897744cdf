namespace BriefingKit.Schema.Model;

// The closed vocabularies of the dossier format. Each member's YAML spelling is its kebab-case name
// (UnderNegotiation ↔ under-negotiation); see Kebab.

/// <summary>Admiralty source reliability (YAML <c>reliability</c>), from A (completely reliable) to F (cannot be judged).</summary>
public enum SourceReliability
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged.</summary>
    F,
}

/// <summary>What kind of publication a source is (YAML <c>kind</c> of a source).</summary>
public enum SourceKind
{
    /// <summary>A news report by the outlet's own staff (the default).</summary>
    News,

    /// <summary>A news-agency (wire) report, such as Reuters or the Associated Press.</summary>
    Wire,

    /// <summary>Opinion or commentary: its claims are the author's, not reported fact.</summary>
    Opinion,

    /// <summary>A government or organisation's own publication.</summary>
    Official,

    /// <summary>Another outlet's report carried again (see the source's <c>syndicated-from</c>).</summary>
    Republication,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>What kind of body an agency is (YAML <c>kind</c> of an agency).</summary>
public enum AgencyKind
{
    /// <summary>A national government as a whole.</summary>
    Government,

    /// <summary>A ministry or department.</summary>
    Department,

    /// <summary>An office within a government, such as a president's office.</summary>
    Office,

    /// <summary>A parliament, congress or one of its chambers.</summary>
    Legislature,

    /// <summary>A state, province or region's government.</summary>
    State,

    /// <summary>A city or municipal government.</summary>
    City,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>A news organisation.</summary>
    Media,

    /// <summary>An international organisation.</summary>
    International,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Where a policy stands at a dated point (YAML <c>status</c> entries of a policy).</summary>
public enum PolicyStatusKind
{
    /// <summary>Put forward by its authors.</summary>
    Proposed,

    /// <summary>Demanded by another party.</summary>
    Demanded,

    /// <summary>Being negotiated.</summary>
    UnderNegotiation,

    /// <summary>Announced, not yet in law or in force.</summary>
    Announced,

    /// <summary>Adopted (signed, passed or decreed).</summary>
    Enacted,

    /// <summary>Applying now.</summary>
    InForce,

    /// <summary>Widened in scope or reach.</summary>
    Expanded,

    /// <summary>Paused.</summary>
    Suspended,

    /// <summary>No longer applies.</summary>
    Ended,

    /// <summary>Talked about, with no decision.</summary>
    Discussed,

    /// <summary>Turned down.</summary>
    Rejected,
}

/// <summary>How a reported figure relates to the true value ("as many as 10,000", "more than 7,000"): YAML <c>bound</c>.</summary>
public enum Bound
{
    /// <summary>The figure is given as exact (the default).</summary>
    Exact,

    /// <summary>"About", "roughly".</summary>
    Approximately,

    /// <summary>"Nearly", "almost": just below the figure.</summary>
    Nearly,

    /// <summary>"At least": the figure or more.</summary>
    AtLeast,

    /// <summary>"More than": strictly above the figure.</summary>
    MoreThan,

    /// <summary>"At most": the figure or less.</summary>
    AtMost,

    /// <summary>"As many as": the figure is an upper estimate.</summary>
    AsManyAs,

    /// <summary>"Fewer than": strictly below the figure.</summary>
    FewerThan,

    /// <summary>"Up to": the figure is a ceiling.</summary>
    UpTo,
}

/// <summary>The time unit of a rate (YAML <c>per</c> of a statistic: "10,000 a day").</summary>
public enum RatePer
{
    /// <summary>Per day.</summary>
    Day,

    /// <summary>Per week.</summary>
    Week,

    /// <summary>Per month.</summary>
    Month,

    /// <summary>Per year.</summary>
    Year,
}

/// <summary>Analytic confidence of a key judgment (YAML <c>confidence</c>).</summary>
public enum Confidence
{
    /// <summary>Low confidence: thin or contested evidence.</summary>
    Low,

    /// <summary>Moderate confidence: credible evidence with gaps.</summary>
    Moderate,

    /// <summary>High confidence: well-sourced and consistent evidence.</summary>
    High,
}

/// <summary>How a statement was made (YAML <c>medium</c> of a statement).</summary>
public enum StatementMedium
{
    /// <summary>A written or spoken statement.</summary>
    Statement,

    /// <summary>A post on social media.</summary>
    Tweet,

    /// <summary>A call with reporters.</summary>
    PressCall,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>A speech.</summary>
    Speech,

    /// <summary>A press conference.</summary>
    PressConference,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How two actors or agencies are related (YAML <c>type</c> of a relationship, read "from … to").</summary>
public enum RelationshipType
{
    /// <summary><c>from</c> is <c>to</c>'s counterpart (the same role on the other side).</summary>
    CounterpartOf,

    /// <summary><c>from</c> reports to <c>to</c>.</summary>
    ReportsTo,

    /// <summary><c>from</c> pressured <c>to</c>.</summary>
    Pressured,

    /// <summary><c>from</c> criticised <c>to</c>.</summary>
    Criticised,

    /// <summary><c>from</c> met <c>to</c>.</summary>
    MetWith,

    /// <summary><c>from</c> spoke with <c>to</c> (by phone or call).</summary>
    SpokeWith,

    /// <summary><c>from</c> advised <c>to</c>.</summary>
    Advised,

    /// <summary><c>from</c> sent <c>to</c> (an envoy or delegation).</summary>
    Sent,

    /// <summary><c>from</c> succeeded <c>to</c> in a post.</summary>
    Succeeded,

    /// <summary><c>from</c> is allied with <c>to</c>.</summary>
    AlliedWith,
}

/// <summary>Kinds of entity; every id in a dossier names exactly one entity of one kind.</summary>
public enum EntityKind
{
    /// <summary>A source: an article, report or statement that citations point to.</summary>
    Source,

    /// <summary>A person.</summary>
    Actor,

    /// <summary>An organisation or body.</summary>
    Agency,

    /// <summary>A policy, measure or agreement.</summary>
    Policy,

    /// <summary>A reported figure.</summary>
    Statistic,

    /// <summary>A dated event.</summary>
    Event,

    /// <summary>Something an actor or agency said.</summary>
    Statement,

    /// <summary>A link between two actors or agencies.</summary>
    Relationship,

    /// <summary>One value of one attribute of an entity, as one source states it (claims that disagree are contradictions).</summary>
    Claim,
}
