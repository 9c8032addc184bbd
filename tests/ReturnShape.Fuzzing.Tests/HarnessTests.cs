using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// The harness fails when it should: an analyzer that throws, a fix that throws or breaks the code,
/// an analyzer that never returns are each found in a few variants, and shrunk to the source that
/// triggers them.
/// </summary>
public class HarnessTests
{
    private const string Source = """
        public class Views
        {
            public int A() => 1;
            public int B() => Boom();
            public int Boom() => 2;
            public int C() => 3;
        }

        """;

    internal static Subject Throwing { get; } = Subject.Define("test-throwing", ImmutableArray.Create<DiagnosticAnalyzer>(new BoomAnalyzer()), ImmutableArray<CodeFixProvider>.Empty);

    internal static Subject BadFixes { get; } = Subject.Define("test-bad-fixes", ImmutableArray.Create<DiagnosticAnalyzer>(new LiteralAnalyzer()),
        ImmutableArray.Create<CodeFixProvider>(new IntoStringFix(), new ThrowingFix()));

    internal static Subject Sleeping { get; } = Subject.Define("test-sleeping", ImmutableArray.Create<DiagnosticAnalyzer>(new SleepingAnalyzer()), ImmutableArray<CodeFixProvider>.Empty);

    [Fact]
    public async Task AnAnalyzerThatThrowsIsFoundAndShrunk()
    {
        var report = await Fuzzer.RunAsync(Options(Throwing, Source, variants: 20));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FailureKind.AnalyzerException, finding.Failure.Kind);
        Assert.Equal("analyzer exception: BoomAnalyzer threw InvalidOperationException in BoomAnalyzer.Initialize", finding.Failure.Signature);
        Assert.Contains("Boom", finding.Shrunk!.Text, StringComparison.Ordinal);
        Assert.True(finding.Shrunk.Text.Length <= 10, "Not shrunk: " + finding.Shrunk.Text);
        Assert.Contains("analyzer exception: BoomAnalyzer", report.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFixThatThrowsOrBreaksCompilingCodeIsFound()
    {
        var report = await Fuzzer.RunAsync(Options(BadFixes, Source, variants: 30));

        var broken = Assert.Single(report.Findings, f => f.Failure.Kind == FailureKind.FixBreaksCompilation);
        Assert.Equal("fix breaks compilation: IntoStringFix 'into-string'", broken.Failure.Signature);
        Assert.Contains("CS0029", broken.Failure.Detail, StringComparison.Ordinal);
        Assert.Contains("1", broken.Shrunk!.Text, StringComparison.Ordinal);

        var threw = Assert.Single(report.Findings, f => f.Failure.Kind == FailureKind.FixException);
        Assert.StartsWith("fix exception: ThrowingFix threw NotSupportedException", threw.Failure.Signature, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalyzerThatNeverReturnsIsFoundByItsTimeLimitAndShrunkInTheWorker()
    {
        // Few tokens: each check that still overruns costs the limit and a new worker.
        const string source = "class Spin{}";
        var options = Options(Sleeping, source, variants: 4);
        var report = await Fuzzer.RunAsync(new FuzzOptions
        {
            Variants = options.Variants, BatchSize = options.BatchSize, Seeds = options.Seeds, Subject = Sleeping, Parallelism = 1,
            // Short limits, each far above what the tiny source takes, far below the 30 s sleep.
            Limit = TimeSpan.FromSeconds(2), ShrinkLimit = TimeSpan.FromSeconds(2), ShrinkBudget = TimeSpan.FromSeconds(60),
        });

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FailureKind.Overrun, finding.Failure.Kind);
        Assert.Contains("Spin", finding.Shrunk!.Text, StringComparison.Ordinal);
        Assert.True(finding.Shrunk.Text.Length < source.Length, "Not shrunk: " + finding.Shrunk.Text);
    }

    private static FuzzOptions Options(Subject subject, string source, int variants) => new()
    {
        Variants = variants,
        BatchSize = 10,
        Subject = subject,
        Seeds = new[] { new Seed("harness", source, 0, ReferenceSet.Views, batchable: true) },
    };

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BoomAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("FZ0001", "Boom", "Boom", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    if (((IdentifierNameSyntax)c.Node).Identifier.ValueText == "Boom")
                    {
                        throw new InvalidOperationException("Boom");
                    }
                },
                SyntaxKind.IdentifierName);
        }
    }

    /// <summary>Reports every integer literal, for the fixes below.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class LiteralAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("FZ0002", "Literal", "Literal", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(Rule, c.Node.GetLocation())), SyntaxKind.NumericLiteralExpression);
        }
    }

    /// <summary>1 becomes "one": code that returned an int no longer compiles.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
    private sealed class IntoStringFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(LiteralAnalyzer.Rule.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
            if (root.FindNode(context.Span) is LiteralExpressionSyntax { Token.ValueText: "1" } literal)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("into a string", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, SyntaxFactory.ParseExpression("\"one\"")))), "into-string"),
                    context.Diagnostics);
            }
        }
    }

    /// <summary>Throws on 2.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
    private sealed class ThrowingFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(LiteralAnalyzer.Rule.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
            if (root.FindNode(context.Span) is LiteralExpressionSyntax { Token.ValueText: "2" })
            {
                throw new NotSupportedException("2");
            }
        }
    }

    /// <summary>Blocks its thread for far longer than any limit on a class named Spin, ignoring its cancellation token as a spinning loop would.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class SleepingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("FZ0003", "Sleep", "Sleep", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    if (((ClassDeclarationSyntax)c.Node).Identifier.ValueText == "Spin")
                    {
                        Thread.Sleep(TimeSpan.FromSeconds(30));
                    }
                },
                SyntaxKind.ClassDeclaration);
        }
    }
}
