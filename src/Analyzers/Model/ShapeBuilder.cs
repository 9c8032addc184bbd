using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Builds the shape of a value from the operation that produces it: through conversions that keep
/// the value (boxing to <c>object</c>, reference conversions), the arms of <c>?:</c>, <c>switch</c>
/// and <c>??</c>, <c>await</c> and <c>Task.FromResult</c>, tuple literals and a local assigned once.
/// </summary>
internal sealed class ShapeBuilder
{
    private const int MaxDepth = 16;

    // The shapes one value may take. Locals make the operations a graph, not a tree: a local read
    // twice is built twice, so a chain of tuples of locals (or a tuple of the local itself in
    // half-typed code) would grow exponentially with the depth; past this many the rest is Unknown.
    private const int MaxShapes = 1024;

    private readonly ImmutableArray<IOperation> blocks;
    private LocalValues? locals;

    public ShapeBuilder(KnownSymbols known, ImmutableArray<IOperation> blocks)
    {
        Known = known;
        this.blocks = blocks;
    }

    public KnownSymbols Known { get; }

    public TypeShapes Types => Known.Types;

    // Most views return their value directly; the locals are read on the first local returned.
    // Analyzers running concurrently may both read them: either copy is complete and the same.
    private LocalValues Locals => locals ??= new LocalValues(blocks);

    public Shape Build(IOperation operation)
    {
        var walk = new Walk(MaxShapes);
        return Build(operation, 0, ref walk);
    }

    /// <summary>The shape of what a task-typed value completes with, as a host that awaits it sees it.</summary>
    public Shape BuildAwaited(IOperation task, ITypeSymbol? resultType)
    {
        var walk = new Walk(MaxShapes);
        return BuildAwaited(task, resultType, 0, ref walk);
    }

    /// <summary>
    /// Conversions that hand the runtime the same object: boxing, reference, identity, nullable; and
    /// the conversion of a target-typed <c>?:</c> or <c>switch</c>, which applies to each arm.
    /// </summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion && conversion.OperatorMethod is null)
        {
            var kind = conversion.GetConversion();
            if (kind.IsIdentity || kind.IsBoxing || kind.IsReference || kind.IsNullLiteral || kind.IsDefaultLiteral
                || kind.IsTupleLiteralConversion || kind.IsNullable && kind.IsImplicit
                || conversion.Operand is IConditionalOperation or ISwitchExpressionOperation)
            {
                operation = conversion.Operand;
            }
            else
            {
                break;
            }
        }

        return operation;
    }

    private Shape Build(IOperation operation, int depth, ref Walk walk)
    {
        var location = operation.Syntax.GetLocation();
        if (depth > MaxDepth || --walk.Remaining < 0)
        {
            return Shape.Simple(ShapeKind.Unknown, operation.Type, null, location);
        }

        // The location stays the value as written (a cast such as (object)null included).
        operation = Unwrap(operation);
        switch (operation)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Shape.Union(ImmutableArray.Create(Build(conditional.WhenTrue, depth + 1, ref walk), Build(whenFalse, depth + 1, ref walk)), location);
            case ISwitchExpressionOperation switchExpression:
                var arms = ImmutableArray.CreateBuilder<Shape>(switchExpression.Arms.Length);
                foreach (var arm in switchExpression.Arms)
                {
                    arms.Add(Build(arm.Value, depth + 1, ref walk));
                }

                return Shape.Union(arms.MoveToImmutable(), location);
            case ICoalesceOperation coalesce:
                // The left arm is used only when it is not null.
                var left = Build(coalesce.Value, depth + 1, ref walk);
                if (left.Kind == ShapeKind.Null)
                {
                    left = Shape.Simple(ShapeKind.Never, null, null, location);
                }

                return Shape.Union(ImmutableArray.Create(left, Build(coalesce.WhenNull, depth + 1, ref walk)), location);
            case IThrowOperation:
                return Shape.Simple(ShapeKind.Never, null, operation, location);
            case IAwaitOperation awaited:
                return BuildAwaited(awaited.Operation, awaited.Type, depth + 1, ref walk);
            case ILocalReferenceOperation reference when Locals.TryGetSingleValue(reference.Local, out var initializer, out var isShared):
                // A local read while its own initializer is being built (var r = (r, 1); var a = b; var b = a;) is not followed again.
                var expanding = walk.Expanding ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
                if (!expanding.Add(reference.Local))
                {
                    return Shape.Simple(ShapeKind.Unknown, operation.Type, null, location);
                }

                var value = Build(initializer, depth + 1, ref walk);
                expanding.Remove(reference.Local);
                return isShared ? value.AsMayBeMutated() : value;
            case ITupleOperation tuple:
                return Shape.Tuple(tuple.Type, tuple, location, BuildAll(tuple.Elements, depth, ref walk));
            case IInvalidOperation:
                return Shape.Simple(ShapeKind.Unknown, operation.Type, null, location);
        }

        if (operation.ConstantValue is { HasValue: true, Value: null }
            || operation is IDefaultValueOperation && (operation.Type is null || operation.Type.IsReferenceType || IsNullable(operation.Type)))
        {
            return Shape.Simple(ShapeKind.Null, operation.Type, operation, location);
        }

        if (TupleArguments(operation) is { } arguments)
        {
            return Shape.Tuple(operation.Type, operation, location, BuildAll(arguments, depth, ref walk));
        }

        return Types.Classify(operation.Type, operation, location);
    }

    private Shape BuildAwaited(IOperation task, ITypeSymbol? resultType, int depth, ref Walk walk)
    {
        var unwrapped = Unwrap(task);
        var completedWith = unwrapped switch
        {
            IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } invocation
                when Types.IsTask(invocation.TargetMethod.ContainingType) => invocation.Arguments[0].Value,
            IObjectCreationOperation { Arguments.Length: 1 } creation
                when creation.Type is not null && Types.TaskResultType(creation.Type) is not null
                     && creation.Arguments[0].Value.Type is { } argumentType && !Types.IsTask(argumentType) => creation.Arguments[0].Value,
            _ => null,
        };

        if (completedWith is not null)
        {
            return Build(completedWith, depth + 1, ref walk);
        }

        return Types.Classify(resultType, null, task.Syntax.GetLocation());
    }

    private ImmutableArray<Shape> BuildAll(ImmutableArray<IOperation> operations, int depth, ref Walk walk)
    {
        var builder = ImmutableArray.CreateBuilder<Shape>(operations.Length);
        foreach (var element in operations)
        {
            builder.Add(Build(element, depth + 1, ref walk));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The elements of <c>Tuple.Create(a, b)</c>, <c>ValueTuple.Create(a)</c> or <c>new Tuple&lt;A, B&gt;(a, b)</c>.</summary>
    private static ImmutableArray<IOperation>? TupleArguments(IOperation operation)
    {
        ImmutableArray<IArgumentOperation> arguments;
        switch (operation)
        {
            case IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true } method } invocation
                when method.ContainingType is { } container && TupleTypes.IsTupleFactory(container):
                arguments = invocation.Arguments;
                break;
            case IObjectCreationOperation { Type: INamedTypeSymbol type } creation when TupleTypes.IsTuple(type) && type.Arity < 8:
                arguments = creation.Arguments;
                if (arguments.Length != type.Arity)
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        var values = ImmutableArray.CreateBuilder<IOperation>(arguments.Length);
        foreach (var argument in arguments)
        {
            values.Add(argument.Value);
        }

        return values.MoveToImmutable();
    }

    private static bool IsNullable(ITypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    /// <summary>The state of building one value: the shapes still allowed and the locals whose initializers are being built.</summary>
    private struct Walk
    {
        public Walk(int remaining)
        {
            Remaining = remaining;
            Expanding = null;
        }

        public int Remaining;

        public HashSet<ILocalSymbol>? Expanding;
    }
}
