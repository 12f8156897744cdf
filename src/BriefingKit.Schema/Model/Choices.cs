namespace BriefingKit.Schema.Model;

// The closed vocabularies of the dossier format. Each member's YAML spelling is its kebab-case name
// (UnderNegotiation ↔ under-negotiation); see Kebab.

/// <summary>Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged.</summary>
public enum SourceReliability { A, B, C, D, E, F }

public enum SourceKind { News, Wire, Opinion, Official, Republication, Other }

public enum AgencyKind { Government, Department, Office, Legislature, State, City, Party, Media, International, Other }

public enum PolicyStatusKind { Proposed, Demanded, UnderNegotiation, Announced, Enacted, InForce, Expanded, Suspended, Ended, Discussed, Rejected }

/// <summary>How a reported figure relates to the true value ("as many as 10,000", "more than 7,000").</summary>
public enum Bound { Exact, Approximately, Nearly, AtLeast, MoreThan, AtMost, AsManyAs, FewerThan, UpTo }

public enum RatePer { Day, Week, Month, Year }

/// <summary>Analytic confidence of a key judgment.</summary>
public enum Confidence { Low, Moderate, High }

public enum StatementMedium { Statement, Tweet, PressCall, Interview, Letter, Speech, PressConference, Other }

public enum RelationshipType { CounterpartOf, ReportsTo, Pressured, Criticised, MetWith, SpokeWith, Advised, Sent, Succeeded, AlliedWith }

/// <summary>Kinds of entity; every id in a dossier names exactly one entity of one kind.</summary>
public enum EntityKind { Source, Actor, Agency, Policy, Statistic, Event, Statement, Relationship, Claim }
