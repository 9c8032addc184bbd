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
/// VRS0106: Results.Text("/login", statusCode: 302) → Results.Redirect("/login"); 301 adds
/// permanent: true, 307 preserveMethod: true, 308 both; TypedResults calls stay TypedResults. The
/// analyzer offers it only where the text is certainly a URL and nothing else is lost.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedirectResultCodeFixProvider)), Shared]
public sealed class RedirectResultCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string Key = "VRS0106.Redirect";

    public RedirectResultCodeFixProvider()
        : base(Descriptors.RedirectResult.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(FixKeys.Fix, out var fix) || fix != FixKeys.Redirect
            || document.NodeAt(diagnostic.Location) is not ExpressionSyntax status
            || status.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call } }
            || document.Model.GetConstantValue(status, cancellationToken) is not { HasValue: true, Value: int code }
            || Flags(code) is not { } flags
            || document.Model.GetOperation(call, cancellationToken) is not IInvocationOperation operation
            || operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "content") is not { Value.Syntax: ExpressionSyntax url })
        {
            return;
        }

        var arguments = new[] { Build.Text(url) }.Concat(flags).ToArray();
        plans.Add(new ResultRewrite("Return " + Build.Text(access.Expression) + ".Redirect(" + string.Join(", ", new[] { "url" }.Concat(flags)) + ")", Key, call,
            _ => Build.Call(Build.Text(access.Expression), "Redirect", arguments), new string[0]));
    }

    // The status Redirect(url, permanent, preserveMethod) answers: 302, 301, 307, 308; none gives 303.
    private static string[]? Flags(int code) => code switch
    {
        302 => new string[0],
        301 => new[] { Build.Named("permanent", "true") },
        307 => new[] { Build.Named("preserveMethod", "true") },
        308 => new[] { Build.Named("permanent", "true"), Build.Named("preserveMethod", "true") },
        _ => null,
    };
}
