using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers.Infrastructure;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0101: a route handler returns a tuple. Minimal APIs serialize a ValueTuple as JSON, and its
/// ItemN fields are not properties, so ("Not found", 404) goes out as 200 application/json {}.
/// </summary>
internal sealed class TupleReturnCheck : MinimalApiCheck
{
    public TupleReturnCheck()
        : base(Descriptors.TupleReturn)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Handler is not { } handler)
        {
            return;
        }

        var symbols = subject.Symbols;
        var acceptsResult = handler.AcceptsResult(symbols);
        // A method or local function declared (string, int): the fix declares IResult instead, so it
        // must rewrite every return at once, and nothing else may call it for its tuple.
        var retype = !acceptsResult && handler.Returns.Any(r => r.Value.Type is INamedTypeSymbol { IsTupleType: true })
            && DeclaredTupleReturn.MayBecomeResult(handler, symbols);
        var mapView = symbols.ViewRouteBuilderExtensions is null ? null : handler.MapViewMethods();
        foreach (var returned in handler.Returns)
        {
            if (returned.Value.Type is not INamedTypeSymbol { IsTupleType: true } tuple)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if ((acceptsResult || retype) && returned.TakesResult(symbols) && (!returned.IsThroughLocal || IsRewritableLocal(handler, returned)) && Rewrite(returned.Value, symbols) is { } fix)
            {
                properties = properties.Add(FixKeys.Fix, fix);
                if (retype)
                {
                    properties = properties.Add(FixKeys.ReturnType, DeclaredTupleReturn.Result);
                }
            }

            if (mapView is not null)
            {
                properties = properties.Add(FixKeys.MapView, mapView);
            }

            var detail = "the tuple " + tuple.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                + " is sent as 200 application/json with the body {}";
            report.Report(returned.Written.Syntax.GetLocation(), handler.Name, detail, properties, handler.MapCall.Syntax.GetLocation());
        }
    }

    // var busy = ("busy", 503); return busy; — the fix rewrites the initializer, so the local's type
    // becomes IResult: only where it is declared alone with var or a tuple type (which becomes var),
    // never written again (the value was read through it), and read nowhere but as a whole return of
    // this handler, which takes an IResult there.
    internal static bool IsRewritableLocal(RouteHandler handler, ReturnedValue returned)
    {
        if (!returned.IsWholeReturn || returned.Written is not ILocalReferenceOperation { Local: { } local }
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax
            {
                Initializer: not null,
                Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0, Modifiers.Count: 0 } } declaration,
            }
            || !(declaration.Type.IsVar || declaration.Type is TupleTypeSyntax))
        {
            return false;
        }

        var returns = 0;
        foreach (var other in handler.Returns)
        {
            if (other.Written is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                if (!other.IsWholeReturn)
                {
                    return false;
                }

                returns++;
            }
        }

        var reads = 0;
        foreach (var operation in handler.Body.DescendantsAndSelf())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                reads++;
            }
        }

        return reads == returns;
    }

    // (text, status) becomes Results.Text; (data, status) Results.Json. A tuple with headers, or a
    // status that is not a number, has no one Results call: only MapView keeps its meaning.
    internal static string? Rewrite(IOperation value, AspNetSymbols symbols)
    {
        if (value is not ITupleOperation { Elements.Length: 2 } tuple)
        {
            return null;
        }

        var status = tuple.Elements[1].Type;
        if (status?.SpecialType != SpecialType.System_Int32 && !SymbolEqualityComparer.Default.Equals(status, symbols.HttpStatusCode))
        {
            return null;
        }

        var body = ReturnedValue.StripConversions(tuple.Elements[0]);
        return body.Type switch
        {
            null => null,
            { SpecialType: SpecialType.System_String } => FixKeys.Text,
            _ => FixKeys.Json,
        };
    }
}
