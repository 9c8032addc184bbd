using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Testing;

namespace ReturnShape.CodeFixes.Tests;

/// <summary>Runs a code-fix test: the diagnostics marked in the source, one action (by equivalence key), the fixed source, Fix All in three scopes.</summary>
internal static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task FixAsync(string source, string fixedSource, string? equivalenceKey = null, string? batchFixedSource = null)
    {
        var test = new CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (batchFixedSource is not null)
        {
            test.BatchFixedCode = batchFixedSource;
        }

        return test.RunAsync();
    }

    /// <summary>The diagnostics are reported, and the provider offers no action for any of them (the source stays as it is).</summary>
    public static Task NoFixAsync(string source, string? equivalenceKey = null) => FixAsync(source, source, equivalenceKey);
}
