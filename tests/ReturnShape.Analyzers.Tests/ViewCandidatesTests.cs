using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>
/// Blocks are ruled out from their syntax before their operation trees are walked (ViewCandidates):
/// every way a block can hold a view must still get through.
/// </summary>
public class ViewCandidatesTests
{
    [Fact]
    public async Task A_lambda_to_a_View_parameter_of_a_referenced_assembly_is_a_view()
    {
        var test = new CSharpAnalyzerVerifier<ViewReturnAnalyzer>.Test
        {
            Rule = Descriptors.NullValue,
            TestCode = Source.Usings + """
                public class Startup
                {
                    public void Configure(Routes.Router router) => router.Register("/", () => [|null|]);
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(CompileLibrary("""
            namespace Routes;
            public sealed class Router
            {
                public void Register(string pattern, [ReturnShape.View] System.Func<object?> handler) { }
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public Task A_View_parameter_spelled_through_an_alias_is_seen() =>
        Verify.SourceAsync(Descriptors.NullValue, 
            "using V = ReturnShape.ViewAttribute;\n" + Source.Usings + """
            public static class Startup
            {
                public static void Route(string pattern, [V] Func<object?> handler) { }

                public static void Configure() => Route("/", () => [|null|]);
            }
            """);

    [Fact]
    public Task A_View_lambda_and_a_target_typed_Response_are_seen_in_a_member_with_no_call_to_a_view_host() =>
        Verify.AllAsync("""
            public Func<object?> Handler = [View] () => {|VRS0001:null|};
            public Response Made = new({|VRS0010:JsonSerializer.Serialize(new { a = 1 })|});
            """);

    [Fact]
    public Task A_View_lambda_spelled_through_an_alias_is_seen() =>
        Verify.SourceAsync(Descriptors.NullValue, 
            "using Endpoint = ReturnShape.ViewAttribute;\n" + Source.Usings + """
            public class Startup
            {
                public Func<object?> Handler = [Endpoint] () => [|null|];
            }
            """);

    [Fact]
    public async Task A_view_lambda_in_top_level_statements_is_seen()
    {
        var compilation = TestCompilation.Create(new[] { Source.Usings + "Host.Map(\"/\", () => 123);\n" + Source.Types }, outputKind: OutputKind.ConsoleApplication);
        Assert.Empty(TestCompilation.Errors(compilation));
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation, Verify.AllAnalyzers);
        Assert.Equal("VRS0002", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public Task Views_of_a_nested_type_in_a_type_without_views_are_seen() =>
        Verify.SourceAsync(Descriptors.NullValue, Source.Prelude + """
            public class Outer
            {
                public int Count() => 1;

                public class Inner
                {
                    [View("/")] public object? A() => [|null|];
                }
            }
            """);

    [Fact]
    public Task An_override_of_a_View_method_is_seen_in_a_type_that_never_names_the_attribute() =>
        Verify.SourceAsync(Descriptors.NullValue, Source.Prelude + """
            public class Base
            {
                [View("/")] public virtual object? A() => "ok";
            }

            public class Derived : Base
            {
                public override object? A() => [|null|];
            }
            """);

    [Theory]
    [InlineData("public object? M() { var x = Lookup(1); return x ?? \"none\"; }", false)]
    [InlineData("public object M() { return MakeResponse(\"ok\"); }", true)]
    [InlineData("public object M() { return @Json(new { a = 1 }); }", true)]
    [InlineData("public object M() { return new BadResponse(); }", true)]
    [InlineData("public Response M() { return new (\"ok\"); }", true)]
    [InlineData("public void M() { Host.Map(\"/\", () => \"ok\"); }", true)]
    [InlineData("public void M() { var response = JsonText(); }", false)]
    public void Only_blocks_with_a_word_a_view_needs_are_walked(string member, bool walked)
    {
        var source = Source.Prelude + "public class BadResponse { }\npublic class C\n{\n    private static object? Lookup(int key) => null;\n    private static string JsonText() => \"\";\n    " + member + "\n}\n";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("T", new[] { tree }, TestReferences.Default);
        var known = KnownSymbols.For(compilation)!;
        var body = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "M").Body!;
        Assert.Equal(walked, known.Candidates.MayHoldViews(body));
    }

    private static MetadataReference CompileLibrary(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Routes",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.Default,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
