using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ReturnShape.Testing;

/// <summary>Turns markup into expected diagnostics and compares them with what the analyzers report.</summary>
internal static class DiagnosticVerifier
{
    /// <summary>Strips the markup of each source; returns the plain sources and every expected diagnostic, locations resolved.</summary>
    public static (List<string> Sources, List<DiagnosticResult> Expected) Prepare(
        IReadOnlyList<string> markupSources, IEnumerable<DiagnosticResult> explicitExpected, ImmutableArray<DiagnosticDescriptor> supported)
    {
        var sources = new List<string>();
        var expected = new List<DiagnosticResult>();
        var locations = new Dictionary<int, (string Path, Microsoft.CodeAnalysis.Text.TextSpan Span)>();
        for (var i = 0; i < markupSources.Count; i++)
        {
            var markup = TestFileMarkup.Parse(markupSources[i]);
            sources.Add(markup.Source);
            var path = TestProject.FileName(i);
            foreach (var (id, span) in markup.DiagnosticSpans)
            {
                var descriptor = id is null ? SingleDescriptor(supported) : supported.FirstOrDefault(d => d.Id == id);
                var result = descriptor is null ? DiagnosticResult.ForId(id!) : DiagnosticResult.For(descriptor);
                expected.Add(result.WithResolvedSpan(path, span));
            }

            foreach (var (key, span) in markup.Locations)
            {
                locations.Add(key, (path, span));
            }
        }

        foreach (var result in explicitExpected)
        {
            var resolved = result;
            if (result.Descriptor is null && supported.FirstOrDefault(d => d.Id == result.Id) is { } descriptor)
            {
                resolved = resolved.WithDescriptor(descriptor);
            }

            if (result.Location is { MarkupKey: { } key })
            {
                if (!locations.TryGetValue(key, out var location))
                {
                    Assert.Fail("The expected diagnostic " + result + " refers to markup location {|#" + key + ":…|}, which no source has.");
                }

                resolved = resolved.WithResolvedSpan(location.Path, location.Span);
            }

            expected.Add(resolved);
        }

        return (sources, expected);
    }

    public static void AssertMatch(IReadOnlyList<DiagnosticResult> expected, ImmutableArray<Diagnostic> actual, string pass)
    {
        var unmatched = actual.ToList();
        var missing = new List<DiagnosticResult>();
        foreach (var result in expected)
        {
            var match = unmatched.FirstOrDefault(d => Matches(result, d));
            if (match is null)
            {
                missing.Add(result);
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine("Diagnostics differ (" + pass + ").");
        foreach (var result in missing)
        {
            message.AppendLine("  expected, not reported: " + Describe(result));
        }

        foreach (var diagnostic in unmatched)
        {
            message.AppendLine("  reported, not expected: " + Format(diagnostic));
        }

        message.AppendLine("All reported:");
        foreach (var diagnostic in actual)
        {
            message.AppendLine("  " + Format(diagnostic));
        }

        Assert.Fail(message.ToString());
    }

    public static string Format(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var where = location.IsInSource
            ? location.SourceTree!.FilePath + FormatSpan(location.GetLineSpan()) + " '" + location.SourceTree.GetText().ToString(location.SourceSpan) + "'"
            : "(no location)";
        return diagnostic.Id + " " + diagnostic.Severity + " at " + where + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    private static string Describe(DiagnosticResult result)
    {
        var text = result.ToString();
        if (ExpectedMessage(result) is { } message)
        {
            text += ": " + message;
        }

        return text;
    }

    private static string FormatSpan(FileLinePositionSpan span) =>
        "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "-"
        + (span.EndLinePosition.Line + 1) + "," + (span.EndLinePosition.Character + 1) + ")";

    private static bool Matches(DiagnosticResult expected, Diagnostic actual)
    {
        if (expected.Id != actual.Id)
        {
            return false;
        }

        if (expected.Severity is { } severity && severity != actual.Severity)
        {
            return false;
        }

        if (ExpectedMessage(expected) is { } message && message != actual.GetMessage(CultureInfo.InvariantCulture))
        {
            return false;
        }

        return MatchesLocation(expected.Location, actual.Location);
    }

    private static string? ExpectedMessage(DiagnosticResult expected)
    {
        if (expected.Message is not null)
        {
            return expected.Message;
        }

        if (expected.MessageArguments is { } arguments && expected.Descriptor is { } descriptor)
        {
            return string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), arguments.ToArray());
        }

        return null;
    }

    private static bool MatchesLocation(ExpectedLocation? expected, Location actual)
    {
        if (expected is null)
        {
            return !actual.IsInSource;
        }

        if (!actual.IsInSource)
        {
            return false;
        }

        var path = actual.SourceTree!.FilePath;
        if (!string.Equals(expected.Path ?? TestProject.FileName(0), path, StringComparison.Ordinal))
        {
            return false;
        }

        if (expected.ResolvedSpan is { } span)
        {
            return actual.SourceSpan == span;
        }

        var lines = actual.GetLineSpan();
        if (lines.StartLinePosition.Line + 1 != expected.Line || lines.StartLinePosition.Character + 1 != expected.Column)
        {
            return false;
        }

        return !expected.IsSpan
            || lines.EndLinePosition.Line + 1 == expected.EndLine && lines.EndLinePosition.Character + 1 == expected.EndColumn;
    }

    private static DiagnosticDescriptor SingleDescriptor(ImmutableArray<DiagnosticDescriptor> supported)
    {
        var distinct = supported.GroupBy(d => d.Id).Select(g => g.First()).ToList();
        if (distinct.Count != 1)
        {
            Assert.Fail("'[|…|]' markup needs an analyzer with exactly one rule; use '{|ID:…|}' instead (rules: " + string.Join(", ", distinct.Select(d => d.Id)) + ").");
        }

        return distinct[0];
    }

    public static ImmutableArray<DiagnosticDescriptor> Supported(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
}
