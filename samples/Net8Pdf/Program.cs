using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Pdf;

namespace Net8Pdf;

/// <summary>The README's "Composing a briefing in C#", on net8.0: load the seed dossier, build the briefing, write Markdown and PDF.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: Net8Pdf DOSSIER OUT-FOLDER");
            return 2;
        }

        var loaded = DossierLoader.Load(args[0]);
        if (loaded.Dossier is null)
        {
            foreach (var d in loaded.Diagnostics)
            {
                Console.Error.WriteLine(d); // path(line,col): error BKnnnn: …
            }

            return 1;
        }

        var briefing = BriefingBuilder.For(loaded.Dossier)
            .WithMarking("UNCLASSIFIED // FOR OFFICIAL USE ONLY")
            .ForAudience("Deputy Secretary")
            .Build();

        Directory.CreateDirectory(args[1]);
        briefing.WriteMarkdown(Path.Combine(args[1], "deputy-secretary.md"));
        briefing.WritePdf(Path.Combine(args[1], "deputy-secretary.pdf"), new PdfBriefingOptions { PageSize = PdfPageSize.A4 });

        // The catalog the generator emitted from the linked dossier, compiled as C# 12.
        Console.WriteLine($"{UsMexicoMigration2023.Dossier.Title}: {UsMexicoMigration2023.Statistics.StatDailyApprehensionsCbs.Wording}");
        Console.WriteLine($"wrote {args[1]}/deputy-secretary.md and .pdf on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        return 0;
    }
}
