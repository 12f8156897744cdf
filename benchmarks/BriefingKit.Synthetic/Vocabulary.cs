namespace BriefingKit.Synthetic;

/// <summary>
/// Words the generator draws from. Modelled on the seed dossier's subject (migration diplomacy in the
/// Americas) so synthetic briefings read like real ones: accented names, outlets, agencies, measures.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Andrés", "María", "José", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Miguel", "Sofía", "Alicia", "Ken", "Caitlin",
        "John", "Karine", "Elizabeth", "Antony", "Alejandro", "Marcelo", "Roberta", "Camilo", "Gelet", "Emiliano", "Aline",
        "Brandon", "Eric", "Greg", "Mike", "Juan", "Alicia", "Xiomara", "Gustavo", "Nayib", "Daniel", "Laurentino", "Rosa",
        "Patricia", "Ricardo", "Beatriz", "Fernando", "Gabriela", "Héctor", "Isabel", "Javier", "Karla", "Leonardo", "Mónica",
        "Néstor", "Olga", "Pablo", "Raquel", "Sergio", "Teresa", "Ulises", "Valeria", "Walter", "Ximena", "Yolanda", "Zoe",
        "Thomas", "Sarah", "David", "Rachel", "Michael", "Laura", "Peter", "Hannah", "James", "Emily", "Robert", "Grace",
    ];

    public static readonly string[] LastNames =
    [
        "López", "Bárcena", "Ebrard", "Sheinbaum", "Martínez", "Rodríguez", "González", "Hernández", "Pérez", "Sánchez",
        "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Jiménez", "Ruiz", "Álvarez",
        "Mendoza", "Castillo", "Vargas", "Romero", "Herrera", "Medina", "Aguilar", "Castro", "Ortiz", "Silva", "Núñez",
        "Thomas", "Caldwell", "Yilek", "Galvez", "Jacobson", "Kirby", "Mayorkas", "Blinken", "Abbott", "Adams", "Johnson",
        "Smith", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Harris",
        "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Nelson", "Carter",
        "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Feeley",
    ];

    public static readonly (string Code, string Adjective, string Capital)[] Countries =
    [
        ("US", "U.S.", "Washington"), ("MX", "Mexican", "Mexico City"), ("GT", "Guatemalan", "Guatemala City"),
        ("HN", "Honduran", "Tegucigalpa"), ("SV", "Salvadoran", "San Salvador"), ("CU", "Cuban", "Havana"),
        ("VE", "Venezuelan", "Caracas"), ("CO", "Colombian", "Bogotá"), ("PA", "Panamanian", "Panama City"), ("CA", "Canadian", "Ottawa"),
    ];

    public static readonly (string Name, string? Short, string Kind)[] Departments =
    [
        ("Foreign Ministry", "SRE", "department"), ("Interior Ministry", null, "department"), ("Department of Homeland Security", "DHS", "department"),
        ("Department of State", "State", "department"), ("National Migration Institute", "INM", "office"), ("Customs and Border Protection", "CBP", "office"),
        ("Border Patrol", null, "office"), ("National Security Council", "NSC", "office"), ("Presidency", null, "office"),
        ("Senate", null, "legislature"), ("Chamber of Deputies", null, "legislature"), ("National Guard", null, "department"),
        ("Refugee Assistance Commission", "COMAR", "office"), ("Ministry of Development", null, "department"), ("Attorney General's Office", null, "office"),
        ("Ports Authority", null, "office"), ("Rail Safety Board", null, "office"), ("Office of the Mayor", null, "city"),
    ];

    public static readonly string[] OfficeUnits =
    [
        "Regional Directorate", "Office of Policy", "Field Operations", "Press Office", "Southern Command Liaison", "Planning Unit",
        "Consular Affairs", "Humanitarian Affairs", "Sector Headquarters", "Inspector General",
    ];

    public static readonly string[] Titles =
    [
        "Secretary", "Deputy Secretary", "Minister", "Undersecretary", "Ambassador", "Commissioner", "Acting Commissioner",
        "Director", "Chief of Staff", "Spokesperson", "Adviser", "Governor", "Mayor", "Senator", "Representative", "Coordinator",
    ];

    public static readonly (string Outlet, string Kind)[] Outlets =
    [
        ("CBS News", "news"), ("The Wall Street Journal", "news"), ("ADN America", "news"), ("Associated Press", "wire"), ("Reuters", "wire"),
        ("AFP", "wire"), ("The New York Times", "news"), ("Washington Examiner", "news"), ("El Universal", "news"), ("La Jornada", "news"),
        ("The Guardian", "news"), ("BBC News", "news"), ("Prensa Libre", "news"), ("Milenio", "news"), ("Border Report", "news"),
        ("White House press office", "official"), ("Secretaría de Relaciones Exteriores", "official"), ("Texas Tribune", "news"),
        ("Opinion desk", "opinion"),
    ];

    public static readonly string[] Wires = ["Associated Press", "AFP", "Reuters", "EFE", "BBC", "The Guardian"];

    public static readonly string[] Places =
    [
        "Mexico City", "Washington", "El Paso", "Ciudad Juárez", "Eagle Pass", "Piedras Negras", "Tijuana", "San Diego", "Nogales",
        "Tapachula", "Lukeville", "Brownsville", "Matamoros", "Del Rio", "Guatemala City", "Panama City", "the Darién Gap", "Chicago",
        "New York City", "Denver",
    ];

    /// <summary>A measure the discrepancy finder compares: its wording, unit, rate, typical size and where it is counted.</summary>
    public sealed record Measure(string Id, string Description, string Unit, string? Per, long Low, long High, string Verb, string Reporter, string[] Geographies);

    public static readonly Measure[] Measures =
    [
        new("border-apprehensions-monthly", "Migrants apprehended by Border Patrol after crossing unlawfully", "migrants", null, 120_000, 260_000,
            "apprehended", "Border Patrol agents", ["us-mexico-border", "southwest-border"]),
        new("border-apprehensions-per-day", "Migrants apprehended each day", "migrants", "day", 4_000, 11_000,
            "apprehended", "U.S. officials said agents", ["us-mexico-border", "el-paso-sector", "rio-grande-valley-sector", "tucson-sector"]),
        new("asylum-applications-monthly", "Asylum applications filed", "applications", null, 8_000, 40_000,
            "received", "the refugee commission", ["mexico", "us-mexico-border"]),
        new("removal-flights-monthly", "Removal flights operated", "flights", null, 40, 180,
            "operated", "immigration authorities", ["us-mexico-border", "central-america"]),
        new("shelter-occupancy", "Migrants housed in city shelters", "migrants", null, 3_000, 70_000,
            "were housing", "city officials", ["new-york-city", "chicago", "denver"]),
        new("parole-grants-monthly", "Humanitarian parole grants", "people", null, 20_000, 30_000,
            "granted parole to", "the department", ["united-states"]),
        new("regional-aid-pledged", "Funding pledged for development in the region", "USD", null, 100_000_000, 20_000_000_000,
            "pledged", "the two governments", ["central-america", "mexico"]),
        new("darien-crossings-monthly", "Migrants crossing the Darién Gap", "migrants", null, 20_000, 80_000,
            "recorded", "Panamanian authorities", ["darien-gap"]),
    ];

    public static readonly string[] Bounds = ["exact", "approximately", "nearly", "at-least", "more-than", "at-most", "as-many-as", "fewer-than", "up-to"];

    public static readonly string[] EventKinds =
        ["meeting", "call", "statement", "closure", "reopening", "law-signed", "caravan-departure", "visit", "letter", "order-signed", "appointment"];

    public static readonly string[] Media = ["statement", "tweet", "press-call", "interview", "letter", "speech", "press-conference", "other"];

    public static readonly string[] RelationshipTypes =
        ["counterpart-of", "reports-to", "pressured", "criticised", "met-with", "spoke-with", "advised", "sent", "succeeded", "allied-with"];

    public static readonly string[] StatusSequence = ["proposed", "under-negotiation", "announced", "enacted", "in-force", "expanded"];

    public static readonly string[] StatusSideTracks = ["demanded", "discussed", "suspended", "ended", "rejected"];

    public static readonly string[] Levers =
    [
        "Remain in Mexico", "Decompression flights", "Visa restrictions", "Legal pathways", "Tariff threat", "Port of entry closures",
        "Rail crossing closures", "State arrest-and-deport law", "Asylum limits", "Humanitarian parole", "Regional development aid",
        "Sanctions relief", "Joint anti-smuggling task force", "Safe third country agreement", "Family reunification parole",
        "Temporary protected status", "Border wall funding", "Shelter funding for cities",
    ];

    public static readonly string[] QuoteOpeners =
    [
        "We have seen", "We are working toward", "Our teams are dealing with", "There has been", "This government has delivered",
        "We will not accept", "We continue to see", "The government is committed to", "Nobody should mistake", "We are asking Congress for",
        "Mexico has offered", "We need", "The city cannot absorb", "We welcome",
    ];

    public static readonly string[] QuoteMiddles =
    [
        "a pretty significant reduction in border crossings", "record numbers of families arriving", "real progress on enforcement",
        "enormous pressure on our shelters", "closer cooperation with our neighbours", "new legal pathways for migrants",
        "serious concerns about the closures", "the root causes of migration", "a humane and orderly border", "more resources for the ports of entry",
        "an end to the smuggling networks", "development aid for the region", "the reopening of the rail crossings",
    ];

    public static readonly string[] QuoteEndings =
    [
        "in recent days", "at the border", "across the region", "this month", "since the talks began", "and that will continue",
        "in the weeks ahead", "without delay", "on both sides of the border", "before the end of the year",
    ];

    public static readonly string[] Interjections = ["she said", "he added", "the official said", "according to the readout", "he told reporters"];

    public static readonly string[] ClaimAttributes = ["took-office", "headquarters", "founded", "leader", "announced"];

    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
