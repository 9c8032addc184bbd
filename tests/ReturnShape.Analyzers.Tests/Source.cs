using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>The code every test source starts with: usings, a host with [View] parameters, and a few helper types.</summary>
internal static class Source
{
    public const string Prelude = Usings + Types;

    public const string Usings = TestPreludes.ViewsUsings;

    public const string Types = TestPreludes.ViewsTypes;

    /// <summary>A test source: the prelude, then <paramref name="members"/> inside <c>public class Views</c>.</summary>
    public static string InViews(string members) => Prelude + "public class Views\n{\n" + members + "\n}\n";
}
