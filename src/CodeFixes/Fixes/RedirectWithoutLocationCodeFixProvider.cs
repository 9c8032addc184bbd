using System.Collections.Generic;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0013: <c>("/login", 302)</c> (the URL written as the body) becomes <c>Redirect("/login", 302)</c>.
/// Only when the URL is visible: a constant that is a path or an http(s) URL, in a tuple or
/// <c>MakeResponse(url, status)</c> with no headers to lose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedirectWithoutLocationCodeFixProvider)), Shared]
public sealed class RedirectWithoutLocationCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EquivalenceKey = "VRS0013.Redirect";

    public RedirectWithoutLocationCodeFixProvider()
        : base(Descriptors.RedirectWithoutLocation.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        var target = context.ExpressionAt(diagnostic);
        SeparatedSyntaxList<ArgumentSyntax> parts;
        IReadOnlyList<Edit>? declarations = null;
        switch (target)
        {
            case TupleExpressionSyntax tuple when (declarations = Placement.Find(context, tuple, context.Response)) is not null:
                parts = tuple.Arguments;
                break;
            case InvocationExpressionSyntax call when context.IsResponsesCall(call, "MakeResponse"):
                parts = call.ArgumentList.Arguments;
                break;
            default:
                return;
        }

        if (parts.Count != 2 || parts.Any(p => p.NameColon is not null) || !IsUrl(context, parts[0].Expression)
            || context.TypeOf(parts[1].Expression) is not { } statusType)
        {
            return;
        }

        var isInt = statusType.SpecialType == SpecialType.System_Int32;
        if (!isInt && !SymbolEqualityComparer.Default.Equals(statusType, context.Known.HttpStatusCode))
        {
            return;
        }

        rewrites.Add(new Rewrite("Use Redirect(url, status)", EquivalenceKey, target!, node =>
        {
            var arguments = node is TupleExpressionSyntax t ? t.Arguments : ((InvocationExpressionSyntax)node).ArgumentList.Arguments;
            var status = arguments[1].Expression.WithoutTrivia();
            var code = isInt ? status : CastExpression(PredefinedType(Token(SyntaxKind.IntKeyword)), Generate.AsReceiver(status));
            return Generate.Responses("Redirect", arguments[0].Expression.WithoutTrivia(), code).WithTriviaFrom(node);
        }, declarations ?? new Edit[0]));
    }

    private static bool IsUrl(FixContext context, ExpressionSyntax body) =>
        context.Model.GetConstantValue(body, context.CancellationToken) is { HasValue: true, Value: string url } && RedirectTarget.IsUrl(url);
}
