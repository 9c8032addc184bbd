using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>Runs the view rules (one of them, or all of both families) over members of a Views class, with markup for the expected diagnostics.</summary>
internal static class Verify
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new ViewReturnAnalyzer(), new MinimalApiAnalyzer());

    /// <summary>One rule over the members; <c>[|…|]</c> marks that rule.</summary>
    public static Task MembersAsync(DiagnosticDescriptor rule, string members, params DiagnosticResult[] expected) =>
        SourceAsync(rule, Source.InViews(members), expected);

    public static Task SourceAsync(DiagnosticDescriptor rule, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<ViewReturnAnalyzer>.Test { TestCode = source, Rule = rule };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Every ReturnShape rule over the members; markup names ids: <c>{|VRS0001:…|}</c>.</summary>
    public static Task AllAsync(string members, params DiagnosticResult[] expected)
    {
        var test = AllAnalyzersTest();
        test.TestCode = Source.InViews(members);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A test of every ReturnShape rule, both families.</summary>
    public static CSharpAnalyzerVerifier<ViewReturnAnalyzer>.Test AllAnalyzersTest() => new() { Analyzers = AllAnalyzers };
}
