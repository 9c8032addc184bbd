using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

/// <summary>Runs minimal-API analyzers over sources compiled against ASP.NET Core.</summary>
internal static class ApiVerify
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new MinimalApiAnalyzer());

    public static ImmutableArray<MetadataReference> AspNetCore => TestReferences.AspNetCore;

    /// <summary>One rule over the statements of Configure (and members beside it); <c>[|…|]</c> marks that rule.</summary>
    public static Task StatementsAsync(DiagnosticDescriptor rule, string statements, string members = "", params DiagnosticResult[] expected) =>
        SourceAsync(rule, ApiSource.InConfigure(statements, members), expected);

    public static Task SourceAsync(DiagnosticDescriptor rule, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<MinimalApiAnalyzer>.Test { TestCode = source, UseAspNetCore = true, Rule = rule };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Every minimal-API rule over the source; markup names ids: <c>{|VRS0101:…|}</c>.</summary>
    public static Task AllAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<MinimalApiAnalyzer>.Test { TestCode = source, UseAspNetCore = true };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
