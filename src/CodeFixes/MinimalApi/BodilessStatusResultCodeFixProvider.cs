using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.MinimalApi;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>VRS0105: Results.Text("body", statusCode: 204) → Results.StatusCode(204): the body could never be sent.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BodilessStatusResultCodeFixProvider)), Shared]
public sealed class BodilessStatusResultCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string Key = "VRS0105.StatusCode";

    public BodilessStatusResultCodeFixProvider()
        : base(Descriptors.BodilessStatusResult.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(FixKeys.Fix)
            || document.NodeAt(diagnostic.Location) is not ExpressionSyntax status
            || status.Ancestors().OfType<InvocationExpressionSyntax>().FirstOrDefault() is not { Expression: MemberAccessExpressionSyntax access } call)
        {
            return;
        }

        plans.Add(new ResultRewrite("Drop the body: return " + access.Expression + ".StatusCode(status)", Key, call,
            _ => Build.Call(Build.Text(access.Expression), "StatusCode", Build.Text(status)), new string[0]));
    }
}
