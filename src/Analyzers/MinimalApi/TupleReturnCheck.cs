using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
        var mapView = symbols.ViewRouteBuilderExtensions is null ? null : handler.MapViewMethods();
        foreach (var returned in handler.Returns)
        {
            if (returned.Value.Type is not INamedTypeSymbol { IsTupleType: true } tuple)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (acceptsResult && !returned.IsThroughLocal && Rewrite(returned.Value, symbols) is { } fix)
            {
                properties = properties.Add(FixKeys.Fix, fix);
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

    // (text, status) becomes Results.Text; (data, status) Results.Json. A tuple with headers, or a
    // status that is not a number, has no one Results call: only MapView keeps its meaning.
    private static string? Rewrite(IOperation value, AspNetSymbols symbols)
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
