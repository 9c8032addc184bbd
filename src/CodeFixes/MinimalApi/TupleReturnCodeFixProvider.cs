using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
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
        if (diagnostic.Properties.TryGetValue(FixKeys.Fix, out var fix) && fix is not null && document.NodeAt(diagnostic.Location) is { } node)
        {
            var plan = diagnostic.Properties.ContainsKey(FixKeys.ReturnType)
                ? Retyped(document, node, cancellationToken)
                : node switch
                {
                    // In id == 0 ? ("none", 404) : (null, 200) the second tuple takes its type from the first, and has none once the first is a call.
                    TupleExpressionSyntax tuple when Placement.OtherArmsKeepTheirType(document.Model, tuple, cancellationToken) => Tuple(document, tuple, fix, cancellationToken),
                    IdentifierNameSyntax name => Local(document, name, fix, cancellationToken),
                    _ => null,
                };
            if (plan is not null)
            {
                plans.Add(plan);
            }
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

    // ("busy", 503) → Results.Text("busy", statusCode: 503); a data body → Results.Json.
    private static ResultRewrite? Tuple(FixDocument document, TupleExpressionSyntax tuple, string fix, CancellationToken cancellationToken)
    {
        if (tuple.Arguments.Count != 2)
        {
            return null;
        }

        var result = Result(document, tuple, fix, cancellationToken);
        return new ResultRewrite(Title(fix), ResultsKey, tuple, _ => result, document.UsingsForResults(tuple.SpanStart));
    }

    // return busy; where var busy = ("busy", 503): the analyzer found the local read only by returns,
    // so the tuple is rewritten where it is built and the local becomes an IResult.
    private static ResultRewrite? Local(FixDocument document, IdentifierNameSyntax name, string fix, CancellationToken cancellationToken)
    {
        if (document.Model.GetSymbolInfo(name, cancellationToken).Symbol is not ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value, Parent: VariableDeclarationSyntax declaration }
            || Unparenthesized(value) is not TupleExpressionSyntax { Arguments.Count: 2 } tuple)
        {
            return null;
        }

        var result = Result(document, tuple, fix, cancellationToken);
        return new ResultRewrite(Title(fix), ResultsKey, declaration, rewritten => InitializedWith((VariableDeclarationSyntax)rewritten, result),
            document.UsingsForResults(declaration.SpanStart));
    }

    // static (string, int) Missing() => ("no", 404) → static IResult Missing() => Results.Text("no", statusCode: 404):
    // the declared tuple and every return of the function together, or nothing.
    private static ResultRewrite? Retyped(FixDocument document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var function = node.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax);
        if (function is not (LocalFunctionStatementSyntax or MethodDeclarationSyntax)
            || document.Model.GetDeclaredSymbol(function, cancellationToken) is not IMethodSymbol method
            || DeclaredTupleReturn.TupleType(function, method.IsAsync) is not { } declared
            || AspNetSymbols.For(document.Model.Compilation) is not { } symbols
            || !DeclaredTupleReturn.OnlyMapped(method, document.Model, NamesInThisFile(document, method.Name), symbols, cancellationToken))
        {
            return null;
        }

        var body = document.Model.GetOperation(function, cancellationToken) switch
        {
            ILocalFunctionOperation local => local.Body ?? local.IgnoredBody,
            IMethodBodyOperation methodBody => methodBody.BlockBody ?? methodBody.ExpressionBody,
            _ => null,
        };
        if (body is null)
        {
            return null;
        }

        var rewrites = new List<ResultRewrite>();
        var kinds = new HashSet<string>();
        foreach (var returned in ReturnedValue.Collect(body))
        {
            // The declared type gave the tuple its type: an element such as default or null has none once it is gone.
            var fix = TupleReturnCheck.Rewrite(returned.Value, symbols);
            var rewrite = fix is null ? null : returned.Written.Syntax switch
            {
                TupleExpressionSyntax tuple when Placement.TupleHasOwnType(document.Model, tuple, cancellationToken) => Tuple(document, tuple, fix, cancellationToken),
                IdentifierNameSyntax name when returned.Value.Syntax is ExpressionSyntax initializer && Placement.TupleHasOwnType(document.Model, initializer, cancellationToken)
                    => Local(document, name, fix, cancellationToken),
                _ => null,
            };
            if (rewrite is null)
            {
                return null;
            }

            rewrites.Add(rewrite);
            kinds.Add(fix!);
        }

        if (rewrites.Count == 0)
        {
            return null;
        }

        var title = (kinds.Count == 1 ? Title(kinds.First()) : "Return Results.Text/Json(body, statusCode: status)") + " and declare " + DeclaredTupleReturn.Result;
        return new ResultRewrite(title, ResultsKey, declared, _ => SyntaxFactory.IdentifierName(DeclaredTupleReturn.Result),
            document.UsingsForResults(declared.SpanStart, DeclaredTupleReturn.Result), rewrites);
    }

    private static IEnumerable<SimpleNameSyntax> NamesInThisFile(FixDocument document, string name) =>
        NameIndex.For(document.Model.Compilation).Find(name).Where(n => n.Tree == document.Root.SyntaxTree).Select(n => (SimpleNameSyntax)n.Name);

    private static string Title(string fix) => "Return Results." + Call(fix) + "(body, statusCode: status)";

    private static string Call(string fix) => fix == FixKeys.Text ? "Text" : "Json";

    private static ExpressionSyntax Result(FixDocument document, TupleExpressionSyntax tuple, string fix, CancellationToken cancellationToken)
    {
        var body = tuple.Arguments[0].Expression;
        var status = tuple.Arguments[1].Expression;
        var statusText = Build.Status(status, document.Model.GetTypeInfo(status, cancellationToken).Type);
        return Build.Results(Call(fix), Build.Text(body), Build.Named("statusCode", statusText));
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
