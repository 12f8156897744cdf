using System.Globalization;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// The one date written into the PDF (creation, modification, XMP, annotations), never the clock:
/// the option, else <c>SOURCE_DATE_EPOCH</c> (reproducible-builds.org), else the front matter date at
/// midnight UTC, else the Unix epoch. Always UTC, so the machine's time zone cannot leak in.
/// </summary>
internal static class TimestampResolver
{
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset Resolve(DateTimeOffset? option, DateOnly? frontMatterDate, DiagnosticBag diagnostics)
    {
        if (option is { } explicitValue)
        {
            return explicitValue.ToUniversalTime();
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } epoch)
        {
            if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) && seconds <= 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }

            diagnostics.Report(Codes.PdfDateInvalid, TextSpan.FileStart, EnvironmentVariable, epoch, "whole seconds since 1970-01-01");
        }

        return frontMatterDate is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.UnixEpoch;
    }
}
