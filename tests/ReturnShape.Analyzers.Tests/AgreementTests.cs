using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Testing;
using Xunit.Abstractions;

namespace ReturnShape.Analyzers.Tests;

/// <summary>
/// The analyzers and the runtime judge the same values: every corpus expression is compiled into a
/// view, analysed, and run through Responses.MakeResponse (its body read to the end, so a stream's
/// bad chunk is reached). An error-severity diagnostic must occur exactly when the runtime throws.
/// </summary>
public class AgreementTests
{
    private const int MinimumCorpusSize = 120;

    private readonly ITestOutputHelper output;

    public AgreementTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task AnalyzerErrorsAgreeWithTheRuntime()
    {
        var source = AgreementCorpus.Source();
        var compilation = TestCompilation.Create(new[] { source });
        Assert.Empty(TestCompilation.Errors(compilation));
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation, Verify.AllAnalyzers);
        var root = await compilation.SyntaxTrees.Single().GetRootAsync();
        var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => m.Parent is ClassDeclarationSyntax { Identifier.Text: "Corpus" })
            .ToDictionary(m => m.Identifier.Text);

        var corpus = Load(compilation);
        var agreed = 0;
        var errors = 0;
        var sameRule = 0;
        var sameMessage = 0;
        var disagreements = new List<string>();
        var messageDisagreements = new List<string>();
        for (var i = 0; i < AgreementCorpus.Entries.Length; i++)
        {
            var name = AgreementCorpus.MethodName(i);
            var span = methods[name].Span;
            var analyzerErrors = diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error && span.Contains(d.Location.SourceSpan))
                .Select(d => d.Id)
                .Distinct()
                .ToList();
            var runtime = await RunAsync(corpus.GetMethod(name)!, name);
            if (analyzerErrors.Count > 0 == runtime.Throws)
            {
                agreed++;
            }
            else
            {
                disagreements.Add(AgreementCorpus.Entries[i].Expression + ": analyzer " + (analyzerErrors.Count > 0 ? string.Join(",", analyzerErrors) : "silent")
                    + ", runtime " + runtime.Description);
            }

            if (runtime.Throws && analyzerErrors.Count > 0)
            {
                errors++;
                if (analyzerErrors.Contains(runtime.RuleId!))
                {
                    sameRule++;
                    var messages = diagnostics
                        .Where(d => d.Id == runtime.RuleId && span.Contains(d.Location.SourceSpan))
                        .Select(d => d.GetMessage(CultureInfo.InvariantCulture))
                        .ToList();
                    if (messages.Contains(runtime.Message!))
                    {
                        sameMessage++;
                    }
                    else
                    {
                        messageDisagreements.Add(AgreementCorpus.Entries[i].Expression + ":" + Environment.NewLine + "  runtime:  " + runtime.Message
                            + Environment.NewLine + "  analyzer: " + string.Join(Environment.NewLine + "            ", messages));
                    }
                }
                else
                {
                    output.WriteLine("Rule differs: " + AgreementCorpus.Entries[i].Expression + ": analyzer " + string.Join(",", analyzerErrors) + ", runtime " + runtime.Description);
                }
            }
        }

        var total = AgreementCorpus.Entries.Length;
        output.WriteLine("Agreement: " + agreed + "/" + total);
        output.WriteLine("Same rule where both reject: " + sameRule + "/" + errors);
        output.WriteLine("Same message where both reject with the same rule: " + sameMessage + "/" + sameRule);
        foreach (var line in messageDisagreements)
        {
            output.WriteLine("Message differs: " + line);
        }

        Console.WriteLine("Agreement: " + agreed + "/" + total);
        Console.WriteLine("Agreement, whole message where both reject: " + sameMessage + "/" + errors);
        foreach (var line in disagreements)
        {
            output.WriteLine("Disagreement: " + line);
        }

        Assert.True(total >= MinimumCorpusSize, "The corpus has " + total + " expressions; at least " + MinimumCorpusSize + " are required.");
        Assert.True(errors >= total / 3, "Too few invalid expressions (" + errors + ") for the agreement to mean anything.");
        Assert.True(disagreements.Count == 0, "Agreement " + agreed + "/" + total + ":" + Environment.NewLine + string.Join(Environment.NewLine, disagreements));
        Assert.True(sameRule == errors, "Where both reject, the rules differ for " + (errors - sameRule) + " expressions.");
        Assert.True(messageDisagreements.Count == 0, "Where both reject with the same rule, " + messageDisagreements.Count + " messages differ:"
            + Environment.NewLine + string.Join(Environment.NewLine, messageDisagreements));
    }

    private static Type Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        stream.Position = 0;

        // ReturnShape.dll resolves to the test's own copy, so Response is one type on both sides.
        var context = new AssemblyLoadContext("AgreementCorpus", isCollectible: true);
        return context.LoadFromStream(stream).GetType("Corpus")!;
    }

    private static async Task<Outcome> RunAsync(MethodInfo view, string name)
    {
        object? value;

        // The view runs inside its scope, as hosts run it, so MakeResponse in its body names it.
        using var scope = ViewScope.Enter(name);
        try
        {
            value = view.Invoke(null, null);

            // A host awaits a view declared to return a task; a task returned as object is a value.
            if (typeof(Task).IsAssignableFrom(view.ReturnType) && value is Task task)
            {
                await task;
                value = task.GetType().GetProperty("Result")!.GetValue(task);
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is HttpException)
        {
            // Abort(...) throws; the host renders the exception as its error page.
            return new Outcome(false, null, "built (HttpException)", null);
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidViewReturnException invalid)
        {
            return new Outcome(true, invalid.RuleId, "threw " + invalid.RuleId + " in the view: " + invalid.Detail, invalid.Message);
        }

        try
        {
            var response = Responses.MakeResponse(value);
            response.GetData();
            return new Outcome(false, null, "built " + response.Status, null);
        }
        catch (InvalidViewReturnException e)
        {
            return new Outcome(true, e.RuleId, "threw " + e.RuleId + ": " + e.Detail, e.Message);
        }
        catch (Exception e)
        {
            return new Outcome(true, null, "threw " + e.GetType().Name + ": " + e.Message, null);
        }
    }

    private sealed record Outcome(bool Throws, string? RuleId, string Description, string? Message);
}
