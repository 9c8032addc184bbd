using System.Collections.Generic;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Rules;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>VRS0107: Headers["Set-Cookie"] = v (or Headers.SetCookie = v) → Headers.Append("Set-Cookie", v).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetCookieOverwriteCodeFixProvider)), Shared]
public sealed class SetCookieOverwriteCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string Key = "VRS0107.Append";

    public SetCookieOverwriteCodeFixProvider()
        : base(Descriptors.SetCookieOverwrite.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        if (document.NodeAt(diagnostic.Location) is not AssignmentExpressionSyntax assignment)
        {
            return;
        }

        ExpressionSyntax headers;
        string name;
        switch (assignment.Left)
        {
            case ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element:
                headers = element.Expression;
                name = Build.Text(element.ArgumentList.Arguments[0].Expression);
                break;
            case MemberAccessExpressionSyntax member:
                headers = member.Expression;
                name = SyntaxFactory.Literal(ViewReturnRules.SetCookie).Text;
                break;
            default:
                return;
        }

        var headersType = document.Model.GetTypeInfo(headers, cancellationToken).Type;
        plans.Add(new ResultRewrite(
            "Append the Set-Cookie header",
            Key,
            assignment,
            _ => Build.Call(Build.Text(headers), "Append", name, Build.Text(assignment.Right)),
            document.UsingsForExtension(assignment.SpanStart, headersType, "Append", FixDocument.AspNetCoreHttp)));
    }
}
