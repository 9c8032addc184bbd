using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// A route handler: the lambda, local function or method passed as the <c>Delegate</c> handler of
/// MapGet/MapPost/MapPut/MapDelete/MapPatch/MapMethods/Map (and the other Map* overloads of
/// EndpointRouteBuilderExtensions, on an app or a MapGroup result), with the values it returns.
/// </summary>
internal sealed class RouteHandler
{
    private RouteHandler(IInvocationOperation mapCall, string name, IMethodSymbol method, IOperation body, bool declaresReturnType)
    {
        MapCall = mapCall;
        Name = name;
        Method = method;
        Body = body;
        DeclaresReturnType = declaresReturnType;
        Returns = ReturnedValue.Collect(body);
    }

    public IInvocationOperation MapCall { get; }

    /// <summary>The route pattern when it is a constant, else the handler's name.</summary>
    public string Name { get; }

    public IMethodSymbol Method { get; }

    public IOperation Body { get; }

    /// <summary>A method, a local function or a lambda with an explicit return type: its return type does not follow its returns.</summary>
    public bool DeclaresReturnType { get; }

    public ImmutableArray<ReturnedValue> Returns { get; }

    /// <summary>The handler of <paramref name="invocation"/> when it is a Map* call whose handler's body is visible in this syntax tree.</summary>
    public static RouteHandler? Find(IInvocationOperation invocation, AspNetSymbols symbols)
    {
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.RouteBuilderExtensions))
        {
            return null;
        }

        IArgumentOperation? handler = null;
        string? pattern = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_Delegate)
            {
                handler = argument;
            }
            else if (argument.Parameter?.Name == "pattern" && argument.Value.ConstantValue is { HasValue: true, Value: string constant })
            {
                pattern = constant;
            }
        }

        var target = handler is null ? null : Unwrap(handler.Value);
        switch (target)
        {
            case IAnonymousFunctionOperation lambda:
                var declares = lambda.Syntax is ParenthesizedLambdaExpressionSyntax { ReturnType: not null };
                return new RouteHandler(invocation, pattern ?? "<lambda>", lambda.Symbol, lambda.Body, declares);
            case IMethodReferenceOperation { Method: { } method } when Declaration(method, invocation) is { } body:
                return new RouteHandler(invocation, pattern ?? method.Name, method, body, declaresReturnType: true);
            default:
                return null;
        }
    }

    /// <summary>The HTTP method a MapView call would take for this Map call: "" for MapGet, "*" for MapMethods, null when there is none.</summary>
    public string? MapViewMethods() => MapCall.TargetMethod.Name switch
    {
        "MapGet" => string.Empty,
        "MapPost" => "POST",
        "MapPut" => "PUT",
        "MapDelete" => "DELETE",
        "MapPatch" => "PATCH",
        "MapMethods" => "*",
        _ => null,
    };

    /// <summary>
    /// Whether a returned value may be replaced by an IResult and still compile: the handler returns
    /// object or IResult (or a task of one), or it is a lambda whose return type is inferred from
    /// its one returned value.
    /// </summary>
    public bool AcceptsResult(AspNetSymbols symbols)
    {
        var returned = Method.ReturnType;
        if (Method.IsAsync && returned is INamedTypeSymbol { TypeArguments.Length: 1 } task
            && (symbols.Is(task, symbols.TaskOfT) || symbols.Is(task, symbols.ValueTaskOfT)))
        {
            returned = task.TypeArguments[0];
        }

        if (returned.SpecialType == SpecialType.System_Object || SymbolEqualityComparer.Default.Equals(returned, symbols.Result))
        {
            return true;
        }

        return !DeclaresReturnType && Returns.Length == 1 && Returns[0].IsWholeReturn;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        // Each step goes down to an operand or target, so the walk ends at a leaf of the tree.
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IDelegateCreationOperation creation:
                    operation = creation.Target;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    // The body of a method or local function declared in the same syntax tree as the Map call: the
    // analyzer reads it through the semantic model it already has. Handlers declared in other files
    // are not read (an analyzer may not ask for another tree's semantic model).
    private static IOperation? Declaration(IMethodSymbol method, IOperation invocation)
    {
        var model = invocation.SemanticModel;
        if (model is null || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = method.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != invocation.Syntax.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(reference.GetSyntax()) switch
        {
            ILocalFunctionOperation local => local.Body ?? local.IgnoredBody,
            IMethodBodyOperation body => body.BlockBody ?? body.ExpressionBody,
            _ => null,
        };
    }
}
