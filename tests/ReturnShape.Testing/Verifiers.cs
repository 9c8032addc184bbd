using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ReturnShape.Testing;

/// <summary>
/// Microsoft.CodeAnalysis.Testing's analyzer test with ReturnShape's references and options: test
/// sources see .NET 8 and ReturnShape.dll, or ASP.NET Core 8 with <see cref="Test.UseAspNetCore"/>.
/// </summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private DiagnosticDescriptor? rule;

        public Test()
        {
            TestSetup.Configure(this);
        }

        /// <summary>Analyzers to run instead of <typeparamref name="TAnalyzer"/> alone.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; set; }

        /// <summary>Compile against ASP.NET Core 8 too.</summary>
        public bool UseAspNetCore
        {
            get => ReferenceAssemblies == TestReferences.AspNetCore80;
            set => TestSetup.UseAspNetCore(this, value);
        }

        /// <summary>
        /// The one rule under test, for an analyzer that reports a family of rules: the family's other rules
        /// are disabled, and <c>[|…|]</c> in markup means this rule.
        /// </summary>
        public DiagnosticDescriptor? Rule
        {
            get => rule;
            set
            {
                rule = value;
                TestSetup.TestOnly(this, new TAnalyzer(), value);
            }
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers.IsDefault ? base.GetDiagnosticAnalyzers() : Analyzers;

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => Rule ?? base.GetDefaultDiagnostic(analyzers);

        protected override ParseOptions CreateParseOptions() => TestOptions.Apply(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => TestOptions.Apply(base.CreateCompilationOptions());
    }
}

/// <summary>Microsoft.CodeAnalysis.Testing's code-fix test with ReturnShape's references and options.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        private DiagnosticDescriptor? rule;

        public Test()
        {
            TestSetup.Configure(this);

            // A fix for one rule is tested on that rule alone.
            var fixable = new TCodeFix().FixableDiagnosticIds;
            Rule = fixable.Length == 1 ? new TAnalyzer().SupportedDiagnostics.FirstOrDefault(d => d.Id == fixable[0]) : null;
        }

        /// <summary>Analyzers to run instead of <typeparamref name="TAnalyzer"/> alone.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; set; }

        /// <summary>Compile against ASP.NET Core 8 too.</summary>
        public bool UseAspNetCore
        {
            get => ReferenceAssemblies == TestReferences.AspNetCore80;
            set => TestSetup.UseAspNetCore(this, value);
        }

        /// <summary>
        /// The one rule under test, for an analyzer that reports a family of rules: the family's other rules
        /// are disabled, and <c>[|…|]</c> in markup means this rule.
        /// </summary>
        public DiagnosticDescriptor? Rule
        {
            get => rule;
            set
            {
                rule = value;
                TestSetup.TestOnly(this, new TAnalyzer(), value);
            }
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers.IsDefault ? base.GetDiagnosticAnalyzers() : Analyzers;

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => Rule ?? base.GetDefaultDiagnostic(analyzers);

        protected override ParseOptions CreateParseOptions() => TestOptions.Apply(base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => TestOptions.Apply(base.CreateCompilationOptions());
    }
}

/// <summary>What the analyzer test and the code-fix test set up alike (their base classes share no ReturnShape type).</summary>
internal static class TestSetup
{
    public static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = TestReferences.Net80;
        test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
        TestReferences.EnsureResolved();
    }

    public static void UseAspNetCore(AnalyzerTest<DefaultVerifier> test, bool use) =>
        test.ReferenceAssemblies = use ? TestReferences.AspNetCore80 : TestReferences.Net80;

    /// <summary>Disables every rule of <paramref name="analyzer"/>'s family but <paramref name="rule"/>.</summary>
    public static void TestOnly(AnalyzerTest<DefaultVerifier> test, DiagnosticAnalyzer analyzer, DiagnosticDescriptor? rule)
    {
        test.DisabledDiagnostics.Clear();
        if (rule is not null)
        {
            test.DisabledDiagnostics.AddRange(analyzer.SupportedDiagnostics.Select(d => d.Id).Where(id => id != rule.Id));
        }
    }
}
