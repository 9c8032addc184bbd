using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Testing;
using Xunit.Sdk;

namespace ReturnShape.Analyzers.Tests;

/// <summary>The verifier harness itself: it must fail where a test is wrong, not only pass where it is right.</summary>
public class HarnessTests
{
    [Fact]
    public void MarkupIsStrippedAndSpansKept()
    {
        var markup = TestFileMarkup.Parse("a [|b {|VRS0005:c|} d|] {|#0:e|} f");
        Assert.Equal("a b c d e f", markup.Source);
        Assert.Contains((null, new Microsoft.CodeAnalysis.Text.TextSpan(2, 5)), markup.DiagnosticSpans);
        Assert.Contains(("VRS0005", new Microsoft.CodeAnalysis.Text.TextSpan(4, 1)), markup.DiagnosticSpans);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(8, 1), markup.Locations[0]);
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a |] b")]
    [InlineData("a [|b|}")]
    [InlineData("{|VRS0001 b|}")]
    public void BadMarkupIsRejected(string markup) => Assert.Throws<FormatException>(() => TestFileMarkup.Parse(markup));

    [Fact]
    public Task MissingDiagnosticFails() => Assert.ThrowsAsync<FailException>(() =>
        Verify.MembersAsync<NullValueAnalyzer>("""[View("/")] public object A() => [|"ok"|];"""));

    [Fact]
    public Task UnexpectedDiagnosticFails() => Assert.ThrowsAsync<FailException>(() =>
        Verify.MembersAsync<NullValueAnalyzer>("""[View("/")] public object? A() => null;"""));

    [Fact]
    public Task WrongArgumentsFail() => Assert.ThrowsAsync<FailException>(() => Verify.MembersAsync<NullValueAnalyzer>(
        """[View("/")] public object? Index() => {|#0:null|};""",
        Testing.DiagnosticResult.For(Descriptors.NullValue).WithLocation(0).WithArguments("Other", "it returned null")));

    [Fact]
    public Task CompilerErrorInTestSourceFails() => Assert.ThrowsAsync<FailException>(() =>
        Verify.MembersAsync<NullValueAnalyzer>("""[View("/")] public object A() => undefinedName;"""));

    [Fact]
    public Task AnalyzerExceptionFails() => Assert.ThrowsAsync<FailException>(() =>
        CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("public class C { public int M() => 1; }"));

    [Fact]
    public Task GeneratedCodePassCatchesAnalyzerThatAnalysesGeneratedCode() => Assert.ThrowsAsync<FailException>(() =>
        CSharpAnalyzerVerifier<EveryMethodAnalyzer>.VerifyAnalyzerAsync("public class C { public void [|M|]() { } }"));

    [Fact]
    public Task PositionAndSpanExpectationsMatch() => CSharpAnalyzerVerifier<NullValueAnalyzer>.VerifyAnalyzerAsync(
        Source.InViews("""[View("/")] public object? A() => null;"""),
        CSharpAnalyzerVerifier<NullValueAnalyzer>.Diagnostic().WithSpan(Source.Prelude.Split('\n').Length + 2, 35, Source.Prelude.Split('\n').Length + 2, 39));

    [Fact]
    public Task FixIsAppliedAndFixAllRunsInEveryScope()
    {
        var test = new CSharpCodeFixTest<NullValueAnalyzer, NullToEmptyStringFix>
        {
            TestCode = Source.InViews("""
                [View("/a")] public object? A() => [|null|];
                [View("/b")] public object? B(bool x) => x ? "b" : [|null|];
                """),
            FixedCode = Source.InViews("""
                [View("/a")] public object? A() => "";
                [View("/b")] public object? B(bool x) => x ? "b" : "";
                """),
        };
        test.TestState.Sources.Add(Source.Prelude.Replace("public static class Host", "public static class Host2").Replace("public class Person", "public class Person2").Replace("public record Item", "public record Item2")
            + """public class More { [View("/c")] public object? C() => [|null|]; }""");
        test.FixedState.Sources.Add(Source.Prelude.Replace("public static class Host", "public static class Host2").Replace("public class Person", "public class Person2").Replace("public record Item", "public record Item2")
            + """public class More { [View("/c")] public object? C() => ""; }""");
        return test.RunAsync();
    }

    [Fact]
    public Task WrongFixedCodeFails() => Assert.ThrowsAsync<FailException>(() =>
        CSharpCodeFixVerifier<NullValueAnalyzer, NullToEmptyStringFix>.VerifyCodeFixAsync(
            Source.InViews("""[View("/a")] public object? A() => [|null|];"""),
            Source.InViews("""[View("/a")] public object? A() => "not what the fix writes";""")));

    [Fact]
    public Task FixThatBreaksCompilationFails() => Assert.ThrowsAsync<FailException>(() =>
        CSharpCodeFixVerifier<NullValueAnalyzer, BrokenFix>.VerifyCodeFixAsync(
            Source.InViews("""[View("/a")] public object? A() => [|null|];"""),
            Source.InViews("""[View("/a")] public object? A() => undefinedName;""")));

    [Fact]
    public Task FixThatNeverConvergesFailsInsteadOfLooping() => Assert.ThrowsAsync<FailException>(() =>
        CSharpCodeFixVerifier<NullValueAnalyzer, NullToNullFix>.VerifyCodeFixAsync(
            Source.InViews("""[View("/a")] public object? A() => [|null|];"""),
            Source.InViews("""[View("/a")] public object? A() => null;""")));

    /// <summary>A tiny fix for VRS0001 that stands in for the real code fixes: the null becomes "".</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp)]
    [Shared]
    public sealed class NullToEmptyStringFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("VRS0001");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Return \"\"", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal)))), nameof(NullToEmptyStringFix)),
                context.Diagnostics);
        }

        private static ExpressionSyntax Replacement(LiteralExpressionSyntax literal) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("")).WithTriviaFrom(literal);
    }

    public sealed class BrokenFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("VRS0001");

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = root!.FindNode(context.Span, getInnermostNodeForTie: true);
            context.RegisterCodeFix(
                CodeAction.Create("Break", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, SyntaxFactory.IdentifierName("undefinedName").WithTriviaFrom(node)))), "Break"),
                context.Diagnostics);
        }
    }

    /// <summary>Rewrites null to null forever: the harness must stop it.</summary>
    public sealed class NullToNullFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("VRS0001");

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = root!.FindNode(context.Span, getInnermostNodeForTie: true);
            context.RegisterCodeFix(
                CodeAction.Create("Again", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, node.WithTrailingTrivia(node.GetTrailingTrivia().Add(SyntaxFactory.Space))))), "Again"),
                context.Diagnostics);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.MethodDeclaration);
        }
    }

    /// <summary>Reports every method, generated or not: the harness's generated-code pass must catch it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EveryMethodAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0002", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSymbolAction(c => c.ReportDiagnostic(Diagnostic.Create(Rule, c.Symbol.Locations[0])), SymbolKind.Method);
        }
    }
}
