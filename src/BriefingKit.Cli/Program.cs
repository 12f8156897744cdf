using System.CommandLine;
using BriefingKit.Cli;
using BriefingKit.Cli.Commands;

// briefingkit: `check` validates dossiers; `build` (the default) renders briefings; `watch` rebuilds them on every save;
// `source add` helps cite a stored text.
var root = new RootCommand("BriefingKit: turn sourced YAML dossiers into policy briefings.")
{
    CheckCommand.Create(),
    BuildCommand.Create(),
    WatchCommand.Create(),
    SourceCommand.Create(),
};

// `briefingkit` alone (or with only build options) means `briefingkit build`.
string[] commands = ["check", "build", "watch", "source", "--help", "-h", "-?", "--version"];
if (args.Length == 0 || !commands.Contains(args[0]))
{
    args = ["build", .. args];
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"briefingkit: error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'briefingkit --help' for usage.");
    return (int)ExitCode.Usage;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // Bad input never gets here (it becomes diagnostics); this is a bug, reported without a stack trace.
    Console.Error.WriteLine($"briefingkit: internal error: {ex.GetType().Name}: {ex.Message}");
    if (Environment.GetEnvironmentVariable("BRIEFINGKIT_DEBUG") == "1")
    {
        Console.Error.WriteLine(ex);
    }

    return (int)ExitCode.InternalError;
}
