using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

/// <summary>Runs minimal-API analyzers over sources compiled against ASP.NET Core's shared framework.</summary>
internal static class ApiVerify
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = Verify.AllAnalyzers
        .Where(a => a is MinimalApiAnalyzer)
        .ToImmutableArray();

    public static ImmutableArray<MetadataReference> AspNetCore => TestReferences.SharedFramework("Microsoft.AspNetCore.App");

    /// <summary>One analyzer over the statements of Configure (and members beside it).</summary>
    public static Task StatementsAsync<TAnalyzer>(string statements, string members = "", params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        SourceAsync<TAnalyzer>(ApiSource.InConfigure(statements, members), expected);

    public static Task SourceAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer> { TestCode = source };
        test.TestState.AdditionalReferences.AddRange(AspNetCore);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Every minimal-API analyzer over the source; markup names ids: <c>{|VRS0101:…|}</c>.</summary>
    public static Task AllAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AllMinimalApiTest { TestCode = source };
        test.TestState.AdditionalReferences.AddRange(AspNetCore);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private sealed class AllMinimalApiTest : CSharpAnalyzerTest<TupleReturnAnalyzer>
    {
        protected override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers() => AllAnalyzers;
    }
}
