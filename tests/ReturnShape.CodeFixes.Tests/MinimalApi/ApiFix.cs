using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Testing;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>Runs a minimal-API fix over sources compiled against ASP.NET Core (and, on request, ReturnShape.AspNetCore).</summary>
internal static class ApiFix
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;

        """;

    /// <summary>The usings with <c>using <paramref name="ns"/>;</c> added last, as the fixes add one.</summary>
    public static string UsingsPlus(string ns, string usings = Usings) => usings.TrimEnd('\n') + "\nusing " + ns + ";\n\n";

    /// <summary>A source: <paramref name="usings"/>, then <paramref name="statements"/> inside <c>Api.Configure(IEndpointRouteBuilder app)</c>.</summary>
    public static string InConfigure(string statements, string usings = Usings) =>
        usings + "public static class Api\n{\n    public static void Configure(IEndpointRouteBuilder app)\n    {\n        " + statements + "\n    }\n}\n";

    public static MetadataReference Views { get; } = MetadataReference.CreateFromFile(typeof(ReturnShape.AspNetCore.ViewEndpointRouteBuilderExtensions).Assembly.Location);

    /// <summary>Everything a minimal-API source compiles against, for compilations made without a verifier.</summary>
    public static IEnumerable<MetadataReference> References(bool withViews) =>
        TestReferences.Default.AddRange(TestReferences.AspNetCore).AddRange(withViews ? new[] { Views } : Array.Empty<MetadataReference>());

    /// <summary>A code-fix test over ASP.NET Core (and, with <paramref name="withViews"/>, ReturnShape.AspNetCore).</summary>
    public static CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Test Test<TAnalyzer, TCodeFix>(bool withViews)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Test { UseAspNetCore = true };
        if (withViews)
        {
            test.TestState.AdditionalReferences.Add(Views);
        }

        return test;
    }

    public static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, bool withViews = false,
        params DiagnosticResult[] remaining)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = Test<TAnalyzer, TCodeFix>(withViews);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }
}
