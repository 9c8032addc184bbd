using System.Collections.Generic;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.MinimalApi;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>VRS0103: a returned null → Results.NotFound() or Results.NoContent().</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullReturnCodeFixProvider)), Shared]
public sealed class NullReturnCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string NotFoundKey = "VRS0103.NotFound";
    public const string NoContentKey = "VRS0103.NoContent";

    public NullReturnCodeFixProvider()
        : base(Descriptors.NullReturn.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(FixKeys.Fix) || document.NodeAt(diagnostic.Location) is not ExpressionSyntax value)
        {
            return;
        }

        var usings = document.UsingsForResults(value.SpanStart);
        plans.Add(new ResultRewrite("Return Results.NotFound()", NotFoundKey, value, _ => Build.Results("NotFound"), usings));
        plans.Add(new ResultRewrite("Return Results.NoContent()", NoContentKey, value, _ => Build.Results("NoContent"), usings));
    }
}
