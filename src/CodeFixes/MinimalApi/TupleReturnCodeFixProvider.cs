using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.MinimalApi;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>
/// VRS0101: ("Not found", 404) → Results.Text("Not found", statusCode: 404), a data body →
/// Results.Json(body, statusCode: …); where ReturnShape.AspNetCore is referenced, MapGet → MapView.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TupleReturnCodeFixProvider)), Shared]
public sealed class TupleReturnCodeFixProvider : MinimalApiCodeFixProvider
{
    public const string ResultsKey = "VRS0101.Results";
    public const string MapViewKey = "VRS0101.MapView";

    public TupleReturnCodeFixProvider()
        : base(Descriptors.TupleReturn.Id)
    {
    }

    private protected override void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken)
    {
        // In id == 0 ? ("none", 404) : (null, 200) the second tuple takes its type from the first, and has none once the first is a call.
        if (diagnostic.Properties.TryGetValue(FixKeys.Fix, out var fix) && fix is not null
            && document.NodeAt(diagnostic.Location) is TupleExpressionSyntax { Arguments.Count: 2 } tuple
            && Placement.OtherArmsKeepTheirType(document.Model, tuple, cancellationToken))
        {
            var body = tuple.Arguments[0].Expression;
            var status = tuple.Arguments[1].Expression;
            var statusText = Build.Status(status, document.Model.GetTypeInfo(status, cancellationToken).Type);
            var call = fix == FixKeys.Text ? "Text" : "Json";
            plans.Add(new ResultRewrite(
                "Return Results." + call + "(body, statusCode: status)",
                ResultsKey,
                tuple,
                _ => Build.Results(call, Build.Text(body), Build.Named("statusCode", statusText)),
                document.UsingsForResults(tuple.SpanStart)));
        }

        // return busy; where var busy = ("busy", 503): the analyzer found the local read only by returns,
        // so the tuple is rewritten where it is built and the local becomes an IResult.
        else if (fix is not null
            && document.NodeAt(diagnostic.Location) is IdentifierNameSyntax name
            && document.Model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value, Parent: VariableDeclarationSyntax declaration }
            && Unparenthesized(value) is TupleExpressionSyntax { Arguments.Count: 2 } initializer)
        {
            var body = initializer.Arguments[0].Expression;
            var status = initializer.Arguments[1].Expression;
            var statusText = Build.Status(status, document.Model.GetTypeInfo(status, cancellationToken).Type);
            var call = fix == FixKeys.Text ? "Text" : "Json";
            plans.Add(new ResultRewrite(
                "Return Results." + call + "(body, statusCode: status)",
                ResultsKey,
                declaration,
                rewritten => InitializedWith((VariableDeclarationSyntax)rewritten, Build.Results(call, Build.Text(body), Build.Named("statusCode", statusText))),
                document.UsingsForResults(declaration.SpanStart)));
        }

        if (diagnostic.Properties.TryGetValue(FixKeys.MapView, out var methods) && methods is not null
            && diagnostic.AdditionalLocations.Count == 1
            && document.NodeAt(diagnostic.AdditionalLocations[0]) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } map
            && document.Model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is not INamedTypeSymbol
            && map.ArgumentList.Arguments.All(a => a.NameColon is null))
        {
            var receiverType = document.Model.GetTypeInfo(access.Expression, cancellationToken).Type;
            plans.Add(new ResultRewrite(
                "Map the handler with MapView (Flask semantics)",
                MapViewKey,
                map,
                rewritten => MapView((InvocationExpressionSyntax)rewritten, methods),
                document.UsingsForExtension(map.SpanStart, receiverType, "MapView", FixDocument.ReturnShapeAspNetCore)));
        }
    }

    // (string, int) busy = ("busy", 503) → var busy = Results.Text("busy", statusCode: 503): the
    // tuple (inside any parentheses) replaced, a tuple type replaced by var, trivia kept.
    private static SyntaxNode InitializedWith(VariableDeclarationSyntax declaration, ExpressionSyntax result)
    {
        var tuple = Unparenthesized(declaration.Variables[0].Initializer!.Value);
        var rewritten = declaration.ReplaceNode(tuple, result.WithTriviaFrom(tuple));
        return rewritten.Type.IsVar ? rewritten : rewritten.WithType(SyntaxFactory.IdentifierName("var").WithTriviaFrom(rewritten.Type));
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : expression;

    // app.MapPost(pattern, handler) → app.MapView(pattern, new[] { "POST" }, handler); MapGet and
    // MapMethods keep their arguments.
    private static SyntaxNode MapView(InvocationExpressionSyntax map, string methods)
    {
        var access = (MemberAccessExpressionSyntax)map.Expression;
        var renamed = map.WithExpression(access.WithName(SyntaxFactory.IdentifierName("MapView").WithTriviaFrom(access.Name)));
        if (methods.Length == 0 || methods == "*")
        {
            return renamed;
        }

        var list = SyntaxFactory.ParseExpression("new[] { " + SyntaxFactory.Literal(methods).Text + " }");
        var arguments = renamed.ArgumentList.Arguments.Insert(1, SyntaxFactory.Argument(list));
        return renamed.WithArgumentList(renamed.ArgumentList.WithArguments(arguments));
    }
}
