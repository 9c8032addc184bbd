using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// One value a handler returns: each arm of a <c>?:</c>, <c>switch</c> expression or <c>??</c> on
/// the way out, the conversion to the return type taken off, a local assigned once read through.
/// </summary>
internal readonly struct ReturnedValue
{
    private ReturnedValue(IOperation written, IOperation value, bool isWholeReturn)
    {
        Written = written;
        Value = value;
        IsWholeReturn = isWholeReturn;
    }

    /// <summary>The expression as written at the return (where a diagnostic goes and a fix rewrites).</summary>
    public IOperation Written { get; }

    /// <summary>What it holds: <see cref="Written"/>, or the initializer of the local it reads.</summary>
    public IOperation Value { get; }

    /// <summary>The whole returned expression, not an arm of a conditional.</summary>
    public bool IsWholeReturn { get; }

    /// <summary>Whether <see cref="Value"/> was read through a local (a fix then rewrites the return, not the initializer).</summary>
    public bool IsThroughLocal => !ReferenceEquals(Written, Value);

    /// <summary>
    /// Whether an IResult may stand where <see cref="Written"/> does, as far as the expression around
    /// it goes: in x ?? value the result takes its type with x, and x ?? Results.NotFound() does not
    /// compile for a string or tuple x, only for an object or IResult one.
    /// </summary>
    public bool TakesResult(AspNetSymbols symbols)
    {
        for (var operation = Written.Parent; operation is not null and not IReturnOperation; operation = operation.Parent)
        {
            if (operation is ICoalesceOperation { Value.Type: var other }
                && other?.SpecialType != SpecialType.System_Object && !SymbolEqualityComparer.Default.Equals(other, symbols.Result))
            {
                return false;
            }
        }

        return true;
    }

    public static ImmutableArray<ReturnedValue> Collect(IOperation body)
    {
        var values = ImmutableArray.CreateBuilder<ReturnedValue>();
        var locals = new Model.LocalValues(ImmutableArray.Create(body));
        // The operations form a tree: each is pushed once, by its parent.
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } returned })
            {
                AddLeaves(StripConversions(returned), isWhole: true, locals, values);
                continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                // A nested lambda or local function returns to its caller, not to the route.
                if (child is not IAnonymousFunctionOperation and not ILocalFunctionOperation)
                {
                    pending.Push(child);
                }
            }
        }

        values.Sort((a, b) => a.Written.Syntax.SpanStart.CompareTo(b.Written.Syntax.SpanStart));
        return values.ToImmutable();
    }

    /// <summary>The value a local holds when it is assigned once in its function; else the operation itself.</summary>
    public static IOperation ThroughLocal(IOperation written) =>
        written is ILocalReferenceOperation { Local: { } local }
        && new Model.LocalValues(ImmutableArray.Create(EnclosingFunction.Body(written))).TryGetSingleValue(local, out var initializer, out _)
            ? StripConversions(initializer)
            : written;

    public static IOperation StripConversions(IOperation operation)
    {
        // Each step goes down to an operand, so the walk ends at a leaf of the tree.
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { Conversion.IsUserDefined: false } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static void AddLeaves(IOperation operation, bool isWhole, Model.LocalValues locals, ImmutableArray<ReturnedValue>.Builder values)
    {
        switch (operation)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                AddLeaves(StripConversions(conditional.WhenTrue), isWhole: false, locals, values);
                AddLeaves(StripConversions(whenFalse), isWhole: false, locals, values);
                break;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    AddLeaves(StripConversions(arm.Value), isWhole: false, locals, values);
                }

                break;
            case ICoalesceOperation coalesce:
                AddLeaves(StripConversions(coalesce.WhenNull), isWhole: false, locals, values);
                break;
            case IThrowOperation:
                break;
            case ILocalReferenceOperation { Local: { } local } when locals.TryGetSingleValue(local, out var initializer, out _):
                values.Add(new ReturnedValue(operation, StripConversions(initializer), isWhole));
                break;
            default:
                values.Add(new ReturnedValue(operation, operation, isWhole));
                break;
        }
    }
}
