using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>The innermost lambda, local function or member body an operation is in, and the name a message gives it.</summary>
internal static class EnclosingFunction
{
    /// <summary>The body of the innermost function around <paramref name="operation"/>.</summary>
    public static IOperation Body(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }

            current = parent;
        }

        return current;
    }

    /// <summary>
    /// The route pattern when <paramref name="operation"/> is in a lambda handler of a Map* call, else
    /// the name of the local function or member it is in ("Program" for top-level statements).
    /// </summary>
    public static string Name(IOperation operation, AspNetSymbols symbols)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILocalFunctionOperation local:
                    return local.Symbol.Name;
                case IAnonymousFunctionOperation:
                    for (var outer = current.Parent; outer is not null; outer = outer.Parent)
                    {
                        if (outer is IInvocationOperation invocation)
                        {
                            if (RouteHandler.Find(invocation, symbols) is { } handler && ReferenceEquals(handler.Body, ((IAnonymousFunctionOperation)current).Body))
                            {
                                return handler.Name;
                            }

                            break;
                        }
                    }

                    break;
            }
        }

        var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol switch
        {
            null => "<handler>",
            IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } method => method.ContainingType.Name,
            _ => symbol.Name,
        };
    }
}
