using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests;

/// <summary>
/// Half-typed code must never make an analyzer throw (AD0001). Every test source of this project is
/// cut off at sampled points and has sampled tokens deleted; the broken variants are analysed in
/// batches (one file-scoped namespace per variant, so they do not collide, and the helper types of
/// the prelude once per batch).
/// </summary>
public class RobustnessTests
{
    private const int CutsPerSource = 3;
    private const int DeletionsPerSource = 3;
    private const int VariantsPerBatch = 150;

    [Fact]
    public async Task EmptyAndTrivialSourcesDoNotThrow()
    {
        foreach (var source in new[] { "", " ", "namespace", "[View", "class C { [ReturnShape.View] object M() => ", Source.Prelude })
        {
            Assert.Empty(await TestCompilation.AnalyzeAsync(TestCompilation.Create(new[] { source }), Verify.AllAnalyzers));
        }
    }

    /// <summary>Half-typed code that once sent an analyzer into an endless loop, and its neighbours.</summary>
    [Theory]
    [InlineData("interface I { int M(int x); }\nclass C : I\n{\n    int I.([System.Obsolete] int x) => 0;\n}\n")]
    [InlineData("class C { int ([System.Obsolete] int x) => 0; }")]
    [InlineData("using = ReturnShape.ViewAttribute;\nclass C { [View(\"/\")] static object A() => 1; }")]
    [InlineData("public class V { [View(\"/\")] public static object A() { var r = r; return r; } }")]
    [InlineData("public class V { [View(\"/\")] public static object A() { object r = (r, 1); return r; } }")]
    [InlineData("public class V { [View(\"/\")] public static object A() { var a = b; var b = a; return a; } }")]
    public async Task HalfTypedCodeEndsWithinTheTimeLimit(string source)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var analysis = Task.Run(() => TestCompilation.AnalyzeAsync(TestCompilation.Create(new[] { Source.Prelude + source }), Verify.AllAnalyzers, timeout.Token));

        // A spinning analyzer ignores its token, so the limit is a race, not a cancellation.
        var finished = await Task.WhenAny(analysis, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == analysis, "The analyzers did not return within 30 s.");
        await analysis;
    }

    [Fact]
    public async Task BrokenVariantsOfEveryTestSourceDoNotThrow()
    {
        var random = new Random(20261122);
        var variants = new List<string>();
        foreach (var source in AllTestSources())
        {
            for (var i = 0; i < CutsPerSource; i++)
            {
                // Cut inside the members, where the shapes are.
                var start = Source.Usings.Length;
                variants.Add(source.Substring(0, random.Next(start, source.Length)));
            }

            var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
            for (var i = 0; i < DeletionsPerSource && tokens.Count > 0; i++)
            {
                var members = tokens.FindIndex(t => t.SpanStart >= Source.Usings.Length);
                var token = tokens[random.Next(Math.Max(members, 0), tokens.Count)];
                variants.Add(source.Remove(token.SpanStart, token.Span.Length));
            }
        }

        Assert.True(variants.Count > 1000, "Only " + variants.Count + " variants: the test sources were not found.");
        for (var batch = 0; batch * VariantsPerBatch < variants.Count; batch++)
        {
            var sources = variants.Skip(batch * VariantsPerBatch).Take(VariantsPerBatch)
                .Select((variant, i) => "namespace V" + batch + "_" + i + ";\n" + variant)
                .Prepend(Source.Prelude)
                .ToList();

            // Throws on AD0001; the diagnostics themselves are not the point here.
            await TestCompilation.AnalyzeAsync(TestCompilation.Create(sources), Verify.AllAnalyzers);
        }
    }

    /// <summary>The sources of every theory in this project (markup removed), and the agreement corpus.</summary>
    internal static IEnumerable<string> AllTestSources()
    {
        foreach (var type in typeof(RobustnessTests).Assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (property.PropertyType == typeof(TheoryData<string>) && property.GetValue(null) is TheoryData<string> data)
                {
                    foreach (var row in data)
                    {
                        TestFileMarkupParser.GetSpans("public class Views\n{\n" + row + "\n}\n", out var source, out ImmutableArray<TextSpan> _);
                        yield return Source.Usings + source;
                    }
                }
            }
        }

        yield return Source.Usings + AgreementCorpus.Helpers + AgreementCorpus.Members();
    }
}
