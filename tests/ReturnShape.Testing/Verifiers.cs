using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Testing;

/// <summary>Static shorthands, as Microsoft's CSharpAnalyzerVerifier.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of the analyzer's one rule.</summary>
    public static DiagnosticResult Diagnostic()
    {
        var supported = new TAnalyzer().SupportedDiagnostics;
        if (supported.Length != 1)
        {
            throw new InvalidOperationException(typeof(TAnalyzer).Name + " has " + supported.Length + " rules: name one.");
        }

        return DiagnosticResult.For(supported[0]);
    }

    public static DiagnosticResult Diagnostic(string id) =>
        new TAnalyzer().SupportedDiagnostics.FirstOrDefault(d => d.Id == id) is { } descriptor ? DiagnosticResult.For(descriptor) : DiagnosticResult.ForId(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => DiagnosticResult.For(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

/// <summary>Static shorthands, as Microsoft's CSharpCodeFixVerifier.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => DiagnosticResult.For(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
