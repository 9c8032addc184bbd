using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>
/// The verifiers as this project configures them (Microsoft.CodeAnalysis.Testing with ReturnShape's
/// references): they must fail where a test is wrong, not only pass where it is right.
/// </summary>
public class HarnessTests
{
    [Fact]
    public void MarkupIsStrippedAndSpansKept()
    {
        // RobustnessTests strip the markup of every test source this way.
        TestFileMarkupParser.GetPositionsAndSpans("a [|b {|VRS0005:c|} d|] {|#0:e|} f", out var source, out _, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        Assert.Equal("a b c d e f", source);
        Assert.Equal(new TextSpan(2, 5), Assert.Single(spans[string.Empty]));
        Assert.Equal(new TextSpan(4, 1), Assert.Single(spans["VRS0005"]));
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a |] b")]
    public void BadMarkupIsRejected(string markup) =>
        Assert.ThrowsAny<Exception>(() => TestFileMarkupParser.GetSpans(markup, out _, out ImmutableArray<TextSpan> _));

    [Fact]
    public Task MissingDiagnosticFails() => AssertFailsAsync("Mismatch between number of diagnostics", () =>
        Verify.MembersAsync(Descriptors.NullValue, """[View("/")] public object A() => [|"ok"|];"""));

    [Fact]
    public Task UnexpectedDiagnosticFails() => AssertFailsAsync("Mismatch between number of diagnostics", () =>
        Verify.MembersAsync(Descriptors.NullValue, """[View("/")] public object? A() => null;"""));

    [Fact]
    public Task WrongArgumentsFail() => AssertFailsAsync("Other", () => Verify.MembersAsync(Descriptors.NullValue, 
        """[View("/")] public object? Index() => {|#0:null|};""",
        new DiagnosticResult(Descriptors.NullValue).WithLocation(0).WithArguments("Other", "it returned null")));

    [Fact]
    public Task CompilerErrorInTestSourceFails() => AssertFailsAsync("CS0103", () =>
        Verify.MembersAsync(Descriptors.NullValue, """[View("/")] public object A() => undefinedName;"""));

    [Fact]
    public Task TestSourcesSeeTheNet8Api() => AssertFailsAsync("CS0234", () =>
        // Lock.EnterScope is .NET 9: a test source must not use what a .NET 8 project cannot.
        Verify.MembersAsync(Descriptors.NullValue, """public void M() { _ = System.Threading.Lock.Empty; }"""));

    [Fact]
    public Task AnalyzerExceptionFails() => AssertFailsAsync("boom", () =>
        CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("public class C { public int M() => 1; }"));

    [Fact]
    public Task PositionAndSpanExpectationsMatch() => Verify.SourceAsync(Descriptors.NullValue, 
        Source.InViews("""[View("/")] public object? A() => null;"""),
        new DiagnosticResult(Descriptors.NullValue).WithSpan(Source.Prelude.Split('\n').Length + 2, 35, Source.Prelude.Split('\n').Length + 2, 39).WithArguments("A", "it returned null"));

    [Fact]
    public Task FixIsAppliedAndFixAllRunsInEveryScope()
    {
        var test = new CSharpCodeFixVerifier<ViewReturnAnalyzer, NullToEmptyStringFix>.Test
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
    public Task WrongFixedCodeFails() => AssertFailsAsync("not what the fix writes", () =>
        CSharpCodeFixVerifier<ViewReturnAnalyzer, NullToEmptyStringFix>.VerifyCodeFixAsync(
            Source.InViews("""[View("/a")] public object? A() => [|null|];"""),
            Source.InViews("""[View("/a")] public object? A() => "not what the fix writes";""")));

    [Fact]
    public Task FixThatBreaksCompilationFails() => AssertFailsAsync("CS0103", () =>
        CSharpCodeFixVerifier<ViewReturnAnalyzer, BrokenFix>.VerifyCodeFixAsync(
            Source.InViews("""[View("/a")] public object? A() => [|null|];"""),
            Source.InViews("""[View("/a")] public object? A() => undefinedName;""")));

    [Fact]
    public Task FixThatNeverConvergesFailsInsteadOfLooping() => Assert.ThrowsAnyAsync<Exception>(() =>
        CSharpCodeFixVerifier<ViewReturnAnalyzer, NullToNullFix>.VerifyCodeFixAsync(
            Source.InViews("""[View("/a")] public object? A() => [|null|];"""),
            Source.InViews("""[View("/a")] public object? A() => null;""")));

    private static async Task AssertFailsAsync(string expectedInMessage, Func<Task> test)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(test);
        Assert.Contains(expectedInMessage, failure.ToString(), StringComparison.Ordinal);
    }

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

        public override FixAllProvider? GetFixAllProvider() => null;

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

        public override FixAllProvider? GetFixAllProvider() => null;

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
}
