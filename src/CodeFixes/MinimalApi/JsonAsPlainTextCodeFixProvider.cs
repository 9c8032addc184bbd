using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.MinimalApi;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>
/// VRS0102: a returned JsonSerializer.Serialize(x) → Results.Json(x); other JSON text →
/// Results.Text(text, contentType: "application/json"); Results.Text(Serialize(x), statusCode: s)
/// → Results.Json(x, statusCode: s); Results.Text(json) → Results.Text(json, contentType: "application/json").
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JsonAsPlainTextCodeFixProvider)), Shared]
public sealed class JsonAsPlainTextCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string Key = "VRS0102.Json";

    public JsonAsPlainTextCodeFixProvider()
        : base(Descriptors.JsonAsPlainText.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(FixKeys.Fix, out var fix) || document.NodeAt(diagnostic.Location) is not ExpressionSyntax json)
        {
            return;
        }

        var usings = document.UsingsForResults(json.SpanStart);
        switch (fix)
        {
            case FixKeys.Json when json is InvocationExpressionSyntax serialize:
                plans.Add(new ResultRewrite("Return Results.Json(value)", Key, json, _ => Build.Results("Json", ValueArguments(serialize)), usings));
                break;
            case FixKeys.TextAsJson:
                plans.Add(new ResultRewrite("Return Results.Text(json, contentType: \"application/json\")", Key, json,
                    rewritten => Build.Results("Text", Build.Text(rewritten), Build.JsonContentType()), usings));
                break;
            case FixKeys.ResultsJson when json is InvocationExpressionSyntax serialize
                && json.Parent?.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } text
                && Status(document, text, cancellationToken) is var status:
                var arguments = ValueArguments(serialize).ToList();
                if (status is not null)
                {
                    arguments.Add(Build.Named("statusCode", status));
                }

                plans.Add(new ResultRewrite("Return " + access.Expression + ".Json(value)", Key, text,
                    _ => Build.Call(Build.Text(access.Expression), "Json", arguments.ToArray()), new string[0]));
                break;
            case FixKeys.AddContentType when json.Parent?.Parent?.Parent is InvocationExpressionSyntax text:
                plans.Add(new ResultRewrite("Send it with contentType: \"application/json\"", Key, text,
                    rewritten => WithJsonContentType(document, text, (InvocationExpressionSyntax)rewritten, cancellationToken), new string[0]));
                break;
        }
    }

    // Serialize(value[, options]) and SerializeObject(value) pass their arguments on; node.ToJsonString() its node.
    private static string[] ValueArguments(InvocationExpressionSyntax serialize) =>
        serialize.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToJsonString" } access
            ? new[] { Build.Text(access.Expression) }
            : Build.Arguments(serialize);

    private static string? Status(FixDocument document, InvocationExpressionSyntax text, CancellationToken cancellationToken) =>
        document.Model.GetOperation(text, cancellationToken) is IInvocationOperation operation
            ? operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "statusCode" && a.ArgumentKind != ArgumentKind.DefaultValue) is { } status
                ? Build.Text(status.Value.Syntax)
                : null
            : null;

    private static SyntaxNode WithJsonContentType(FixDocument document, InvocationExpressionSyntax original, InvocationExpressionSyntax rewritten, CancellationToken cancellationToken)
    {
        // A contentType given as null is replaced where it stands; otherwise the argument is added by name.
        if (document.Model.GetOperation(original, cancellationToken) is IInvocationOperation operation
            && operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "contentType" && a.ArgumentKind != ArgumentKind.DefaultValue) is { Syntax: ArgumentSyntax given })
        {
            var index = original.ArgumentList.Arguments.IndexOf(given);
            var argument = rewritten.ArgumentList.Arguments[index];
            var literal = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(Build.JsonContentType().Substring("contentType: ".Length));
            return rewritten.ReplaceNode(argument, argument.WithExpression(literal.WithTriviaFrom(argument.Expression)));
        }

        var added = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseArgumentList("(" + Build.JsonContentType() + ")").Arguments[0];
        return rewritten.WithArgumentList(rewritten.ArgumentList.AddArguments(added));
    }
}
