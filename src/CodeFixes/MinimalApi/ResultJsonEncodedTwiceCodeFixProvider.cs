using System.Collections.Generic;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.MinimalApi;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>
/// VRS0108: Results.Ok(JsonSerializer.Serialize(value)) → Results.Ok(value); the same for
/// SerializeObject(value) and node.ToJsonString(), in every result that serializes its value.
/// A JSON literal, or a serializer call with options, has no fix: which object it stands for is
/// not in sight.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResultJsonEncodedTwiceCodeFixProvider)), Shared]
public sealed class ResultJsonEncodedTwiceCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string Key = "VRS0108.Value";

    public ResultJsonEncodedTwiceCodeFixProvider()
        : base(Descriptors.ResultJsonEncodedTwice.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(FixKeys.Fix, out var fix) || fix != FixKeys.Value
            || document.NodeAt(diagnostic.Location) is not InvocationExpressionSyntax serialize)
        {
            return;
        }

        plans.Add(new ResultRewrite("Pass the value itself, serialized once", Key, serialize, rewritten => Value((InvocationExpressionSyntax)rewritten), new string[0]));
    }

    // Serialize(value) and SerializeObject(value) give their argument; node.ToJsonString() its node.
    private static SyntaxNode Value(InvocationExpressionSyntax serialize) =>
        serialize.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToJsonString" } access
            ? access.Expression
            : serialize.ArgumentList.Arguments[0].Expression;
}
