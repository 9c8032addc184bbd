using System.Text.RegularExpressions;

namespace ReturnShape.Package.Tests;

/// <summary>A ReturnShape diagnostic as the build prints it.</summary>
internal sealed record Diagnostic(string Id, string Severity, string HelpLink);

internal static partial class Diagnostics
{
    /// <summary>The distinct VRS diagnostics in MSBuild console output ("file(1,2): warning VRS0009: message (link) [project]").</summary>
    public static IReadOnlySet<Diagnostic> Parse(string buildOutput) =>
        Line().Matches(buildOutput)
            .Select(match => new Diagnostic(match.Groups["id"].Value, match.Groups["severity"].Value, match.Groups["link"].Value))
            .ToHashSet();

    [GeneratedRegex(@": (?<severity>warning|error) (?<id>VRS\d{4}): [^\r\n]*\((?<link>https://[^\s)]+)\) \[")]
    private static partial Regex Line();
}
