using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.CodeFixes;

/// <summary>
/// Whether a value of a new type may stand where an expression stands and the code still
/// compiles: the type the place converts to, looked up through parentheses, <c>?:</c> and
/// <c>switch</c> arms (target-typed) and tuple elements; or a place whose type follows the value
/// (a tuple boxed to <c>object</c>, a lambda whose return type is inferred).
/// </summary>
internal static class Placement
{
    private static readonly Edit[] NoEdits = new Edit[0];

    /// <summary>
    /// The declarations to change so that a value of <paramref name="newType"/> may stand where
    /// <paramref name="expression"/> stands: none when it fits as is; the declared return type of the
    /// function that returns it, or the type of the local it initializes, when that may change
    /// (<see cref="Declarations"/>); null when it cannot stand there.
    /// </summary>
    public static IReadOnlyList<Edit>? Find(FixContext context, ExpressionSyntax expression, ITypeSymbol newType)
    {
        if (Accepts(context, expression, newType))
        {
            return NoEdits;
        }

        if (!OtherArmsKeepTheirType(context, expression))
        {
            return null;
        }

        var top = Climb(expression);
        if (Declarations.FunctionReturning(top) is { } function)
        {
            return Declarations.RetypeFor(context, function, top, newType) is { } retype ? new[] { retype } : null;
        }

        return Declarations.RetypeLocal(context, top, newType);
    }

    /// <summary>True when a value of <paramref name="newType"/> may stand where <paramref name="expression"/> stands, as the code is.</summary>
    public static bool Accepts(FixContext context, ExpressionSyntax expression, ITypeSymbol newType)
    {
        if (!OtherArmsKeepTheirType(context, expression))
        {
            return false;
        }

        var top = Climb(expression);

        // An operand of ?? gives the whole expression its type with the other operand: x ?? Response
        // does not compile when x is a string, though the place takes an object.
        if (top.Parent is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression))
        {
            var other = coalesce.Right == top ? coalesce.Left : coalesce.Right;
            if (context.Model.GetTypeInfo(other, context.CancellationToken).Type is not { } otherType || !context.Converts(newType, otherType))
            {
                return false;
            }
        }

        if (top.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument)
        {
            var index = tuple.Arguments.IndexOf(argument);
            var info = context.Model.GetTypeInfo(tuple, context.CancellationToken);
            if (info.ConvertedType is INamedTypeSymbol { IsTupleType: true } converted && !SymbolEqualityComparer.Default.Equals(converted, info.Type))
            {
                return context.Converts(newType, converted.TupleElements[index].Type);
            }

            // The tuple keeps its natural type, which changes with the element; an element that is a
            // ?: or switch has a natural type only while its arms have a common type.
            return OthersTyped(context, tuple, index) && TakesAnyValue(context, tuple) && OtherArmsShareType(context, expression, newType);
        }

        var target = context.Model.GetTypeInfo(top, context.CancellationToken).ConvertedType;
        return context.Converts(newType, target) || IsInferredLambdaReturn(context, top);
    }

    /// <summary>True when the place of <paramref name="expression"/> takes a value of any type.</summary>
    public static bool TakesAnyValue(FixContext context, ExpressionSyntax expression)
    {
        if (!OtherArmsKeepTheirType(context, expression))
        {
            return false;
        }

        var top = Climb(expression);
        var converted = context.Model.GetTypeInfo(top, context.CancellationToken).ConvertedType;
        return converted?.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType || IsInferredLambdaReturn(context, top);
    }

    /// <summary>The outermost expression whose value is this one: through parentheses and the arms of <c>?:</c> and <c>switch</c>.</summary>
    public static ExpressionSyntax Climb(ExpressionSyntax expression)
    {
        var node = expression;

        // Each step goes up to the parent, so the walk ends at the root at the latest.
        while (true)
        {
            switch (node.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized;
                    continue;
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == node || conditional.WhenFalse == node:
                    node = conditional;
                    continue;
                case SwitchExpressionArmSyntax arm when arm.Expression == node && arm.Parent is SwitchExpressionSyntax switchExpression:
                    node = switchExpression;
                    continue;
                default:
                    return node;
            }
        }
    }

    /// <summary>
    /// True when no other arm of a <c>?:</c> or <c>switch</c> the expression is an arm of takes its type
    /// from this one: in <c>b ? (default, "x") : (201, "y")</c> the first tuple is typed by the second,
    /// and has no type (converts to nothing) once the second becomes a call or changes order.
    /// </summary>
    private static bool OtherArmsKeepTheirType(FixContext context, ExpressionSyntax expression) =>
        OtherArmsKeepTheirType(context.Model, expression, context.CancellationToken);

    /// <summary>The same, for the minimal-API fixes, which have no <see cref="FixContext"/>.</summary>
    internal static bool OtherArmsKeepTheirType(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken) =>
        EveryOtherArm(expression, other => TupleHasOwnType(model, other, cancellationToken));

    /// <summary>
    /// True when every other arm of the <c>?:</c> and <c>switch</c> expressions <paramref name="expression"/> is
    /// an arm of (through parentheses, up as far as <see cref="Climb"/> goes) passes <paramref name="test"/>.
    /// </summary>
    private static bool EveryOtherArm(ExpressionSyntax expression, System.Func<ExpressionSyntax, bool> test)
    {
        // Each step goes up to the parent, as in Climb.
        var node = expression;
        while (true)
        {
            switch (node.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized;
                    continue;
                case ConditionalExpressionSyntax conditional when conditional.WhenTrue == node || conditional.WhenFalse == node:
                    if (!test(conditional.WhenTrue == node ? conditional.WhenFalse : conditional.WhenTrue))
                    {
                        return false;
                    }

                    node = conditional;
                    continue;
                case SwitchExpressionArmSyntax arm when arm.Expression == node && arm.Parent is SwitchExpressionSyntax switchExpression:
                    if (switchExpression.Arms.Any(other => other != arm && !test(other.Expression)))
                    {
                        return false;
                    }

                    node = switchExpression;
                    continue;
                default:
                    return true;
            }
        }
    }

    /// <summary>
    /// False for a tuple with an element that has no type of its own (<c>default</c>, <c>null</c>,
    /// <c>new()</c>, a lambda): such a tuple takes its type from where it stands. Anything but a tuple
    /// converts on its own.
    /// </summary>
    public static bool TupleHasOwnType(FixContext context, ExpressionSyntax expression) => TupleHasOwnType(context.Model, expression, context.CancellationToken);

    internal static bool TupleHasOwnType(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => TupleHasOwnType(model, parenthesized.Expression, cancellationToken),
        TupleExpressionSyntax tuple => tuple.Arguments.All(a => HasOwnType(model, a.Expression, cancellationToken)),
        _ => true,
    };

    private static bool HasOwnType(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => HasOwnType(model, parenthesized.Expression, cancellationToken),
        TupleExpressionSyntax => TupleHasOwnType(model, expression, cancellationToken),
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression or (int)SyntaxKind.NullLiteralExpression } => false,
        ImplicitObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or CollectionExpressionSyntax => false,
        _ => model.GetTypeInfo(expression, cancellationToken).Type is not null,
    };

    /// <summary>
    /// True when every other arm of the <c>?:</c> and <c>switch</c> expressions <paramref name="expression"/>
    /// is an arm of converts to or from <paramref name="newType"/>: in <c>(b ? "[1]" : "", 204)</c> the
    /// arms "" and a Response have no common type, nor has the element where nothing target-types it.
    /// </summary>
    private static bool OtherArmsShareType(FixContext context, ExpressionSyntax expression, ITypeSymbol newType) =>
        EveryOtherArm(expression, other => SharesType(context, other, newType));

    private static bool SharesType(FixContext context, ExpressionSyntax other, ITypeSymbol newType) =>
        other is ThrowExpressionSyntax
        || context.TypeOf(other) is { } type && (context.Converts(type, newType) || context.Converts(newType, type));

    private static bool OthersTyped(FixContext context, TupleExpressionSyntax tuple, int index)
    {
        for (var i = 0; i < tuple.Arguments.Count; i++)
        {
            if (i != index && context.TypeOf(tuple.Arguments[i].Expression) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A lambda's only returned value, where the lambda's return type is inferred from it (no
    /// explicit return type, converted to <c>Delegate</c> or <c>object</c>): a value of another
    /// type changes the lambda's type, which the place still takes.
    /// </summary>
    private static bool IsInferredLambdaReturn(FixContext context, ExpressionSyntax top)
    {
        LambdaExpressionSyntax? lambda;
        switch (top.Parent)
        {
            case LambdaExpressionSyntax expressionBodied when expressionBodied.ExpressionBody == top:
                lambda = expressionBodied;
                break;
            case ReturnStatementSyntax returnStatement:
                lambda = returnStatement.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) as LambdaExpressionSyntax;
                if (lambda?.Block is not { } block || Returns(block) != 1)
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (lambda is ParenthesizedLambdaExpressionSyntax { ReturnType: not null })
        {
            return false;
        }

        var converted = context.Model.GetTypeInfo(lambda, context.CancellationToken).ConvertedType;
        return converted?.SpecialType is SpecialType.System_Delegate or SpecialType.System_MulticastDelegate or SpecialType.System_Object;
    }

    private static int Returns(BlockSyntax body) =>
        body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).Count(node => node.IsKind(SyntaxKind.ReturnStatement));
}
