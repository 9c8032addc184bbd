using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0103: a route handler returns null. An object (or Task of one) goes out as 200
/// application/json with the body null; a null string or IResult fails the request with 500.
/// </summary>
internal sealed class NullReturnCheck : MinimalApiCheck
{
    public NullReturnCheck()
        : base(Descriptors.NullReturn)
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
        foreach (var returned in handler.Returns)
        {
            if (returned.Value.ConstantValue is not { HasValue: true, Value: null })
            {
                continue;
            }

            var properties = acceptsResult && !returned.IsThroughLocal && returned.TakesResult(symbols)
                ? ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, FixKeys.Result)
                : null;
            report.Report(returned.Written.Syntax.GetLocation(), handler.Name, Consequence(handler, symbols), properties, null);
        }
    }

    private static string Consequence(RouteHandler handler, AspNetSymbols symbols)
    {
        var type = handler.Method.ReturnType;
        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } task && (symbols.Is(task, symbols.TaskOfT) || symbols.Is(task, symbols.ValueTaskOfT)))
        {
            type = task.TypeArguments[0];
        }

        return type.SpecialType == SpecialType.System_String || Implements(type, symbols.Result)
            ? "it returns null as " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", which fails the request with 500"
            : "it returns null, which is sent as 200 application/json with the body null";
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol result) =>
        SymbolEqualityComparer.Default.Equals(type, result) || type.AllInterfaces.Contains(result, SymbolEqualityComparer.Default);
}
