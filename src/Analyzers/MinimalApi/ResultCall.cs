using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>A call of a Results or TypedResults factory (Results.Text, TypedResults.Json, Results.StatusCode…).</summary>
internal readonly struct ResultCall
{
    private ResultCall(IInvocationOperation invocation, IArgumentOperation? status)
    {
        Invocation = invocation;
        Status = status;
    }

    public IInvocationOperation Invocation { get; }

    public string Name => Invocation.TargetMethod.Name;

    /// <summary>The argument given for the <c>statusCode</c> parameter, if any.</summary>
    public IArgumentOperation? Status { get; }

    /// <summary>The status when it is a constant.</summary>
    public int? StatusConstant =>
        Status is not null && ReturnedValue.StripConversions(Status.Value).ConstantValue is { HasValue: true, Value: int code } ? code : null;

    public static ResultCall? From(IOperation operation, AspNetSymbols symbols)
    {
        if (operation is not IInvocationOperation invocation || !symbols.IsResultsFactory(invocation.TargetMethod.ContainingType))
        {
            return null;
        }

        IArgumentOperation? status = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == "statusCode")
            {
                status = argument;
            }
        }

        return new ResultCall(invocation, status);
    }

    /// <summary>The argument of <paramref name="parameter"/> when the call gives one.</summary>
    public IArgumentOperation? Argument(string parameter)
    {
        foreach (var argument in Invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The body this call writes, when it certainly writes one: Problem and ValidationProblem always
    /// write problem details; the other factories write their first argument unless it is null or empty.
    /// </summary>
    public IOperation? Body()
    {
        if (Name is "Problem" or "ValidationProblem")
        {
            return Invocation;
        }

        if (Name == "StatusCode" || Invocation.Arguments.Length == 0)
        {
            return null;
        }

        foreach (var argument in Invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                var value = ReturnedValue.StripConversions(argument.Value);
                return value.ConstantValue is { HasValue: true, Value: null or "" } ? null : argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether replacing the call by one of another Results type would still compile: a Results call
    /// returns IResult anyway; a TypedResults call only where its value is converted to IResult or object.
    /// </summary>
    public bool MayChangeResultType(AspNetSymbols symbols)
    {
        if (SymbolEqualityComparer.Default.Equals(Invocation.TargetMethod.ContainingType, symbols.Results))
        {
            return true;
        }

        return Invocation.Parent is IConversionOperation { Type: { } target }
            && (target.SpecialType == SpecialType.System_Object || SymbolEqualityComparer.Default.Equals(target, symbols.Result));
    }

    /// <summary>
    /// Whether the call is the one value returned by a lambda whose return type is inferred from it
    /// and which is converted to Delegate or object (a route handler): a call of another type
    /// changes the lambda's type, which the place still takes.
    /// </summary>
    public bool IsInferredLambdaReturn()
    {
        if (Invocation.Parent is not IReturnOperation { Kind: OperationKind.Return } returned)
        {
            return false;
        }

        IOperation? function = returned.Parent;
        while (function is not null and not IAnonymousFunctionOperation and not ILocalFunctionOperation and not IMethodBodyOperation)
        {
            function = function.Parent;
        }

        if (function is not IAnonymousFunctionOperation lambda
            || lambda.Syntax is ParenthesizedLambdaExpressionSyntax { ReturnType: not null }
            || CountReturns(lambda.Body) != 1
            || lambda.SemanticModel?.GetTypeInfo(lambda.Syntax).ConvertedType?.SpecialType
                is not (SpecialType.System_Delegate or SpecialType.System_MulticastDelegate or SpecialType.System_Object))
        {
            return false;
        }

        return true;
    }

    private static int CountReturns(IOperation body)
    {
        var count = 0;
        // The operations form a tree: each is pushed once, by its parent.
        var pending = new System.Collections.Generic.Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IReturnOperation { Kind: OperationKind.Return })
            {
                count++;
            }

            foreach (var child in operation.ChildOperations)
            {
                // A nested function's returns are its own.
                if (child is not IAnonymousFunctionOperation and not ILocalFunctionOperation)
                {
                    pending.Push(child);
                }
            }
        }

        return count;
    }
}
