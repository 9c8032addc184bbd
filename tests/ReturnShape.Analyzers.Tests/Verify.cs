using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>Runs one analyzer (or all of them) over members of a Views class, with markup for the expected diagnostics.</summary>
internal static class Verify
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(ViewReturnAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static Task MembersAsync<TAnalyzer>(string members, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(Source.InViews(members), expected);

    /// <summary>Every ReturnShape analyzer over the members; markup names ids: <c>{|VRS0001:…|}</c>.</summary>
    public static Task AllAsync(string members, params DiagnosticResult[] expected)
    {
        var test = AllAnalyzersTest();
        test.TestCode = Source.InViews(members);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A test of every ReturnShape analyzer together.</summary>
    public static CSharpAnalyzerVerifier<NullValueAnalyzer>.Test AllAnalyzersTest() => new() { Analyzers = AllAnalyzers };
}
