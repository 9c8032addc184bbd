using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

/// <summary>Runs minimal-API analyzers over sources compiled against ASP.NET Core.</summary>
internal static class ApiVerify
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = Verify.AllAnalyzers
        .Where(a => a is MinimalApiAnalyzer)
        .ToImmutableArray();

    public static ImmutableArray<MetadataReference> AspNetCore => TestReferences.AspNetCore;

    /// <summary>One analyzer over the statements of Configure (and members beside it).</summary>
    public static Task StatementsAsync<TAnalyzer>(string statements, string members = "", params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        SourceAsync<TAnalyzer>(ApiSource.InConfigure(statements, members), expected);

    public static Task SourceAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerVerifier<TAnalyzer>.Test { TestCode = source, UseAspNetCore = true };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Every minimal-API analyzer over the source; markup names ids: <c>{|VRS0101:…|}</c>.</summary>
    public static Task AllAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<TupleReturnAnalyzer>.Test { TestCode = source, UseAspNetCore = true, Analyzers = AllAnalyzers };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
