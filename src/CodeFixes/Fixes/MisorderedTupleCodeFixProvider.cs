using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0005: a misordered tuple becomes <c>MakeResponse(body, status, headers)</c> in the right
/// order, or (second action) the same tuple reordered; a misordered <c>MakeResponse(404, "x")</c>
/// gets its arguments swapped. Each element keeps its text and the layout of the slot it moves to.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MisorderedTupleCodeFixProvider)), Shared]
public sealed class MisorderedTupleCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string MakeResponseEquivalenceKey = "VRS0005.MakeResponse";

    public const string ReorderEquivalenceKey = "VRS0005.Reorder";

    public MisorderedTupleCodeFixProvider()
        : base(Descriptors.MisorderedTuple.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        switch (context.ExpressionAt(diagnostic))
        {
            case TupleExpressionSyntax tuple when context.OperationOf(tuple) is { } found && ShapeBuilder.Unwrap(found) is ITupleOperation operation:
                PlanTuple(context, tuple, operation, rewrites);
                break;
            case ExpressionSyntax systemTuple when SystemTupleArguments(context, systemTuple) is { } arguments:
                PlanSystemTuple(context, systemTuple, arguments, rewrites);
                break;
            case InvocationExpressionSyntax helperCall when context.Model.GetSymbolInfo(helperCall, context.CancellationToken).Symbol is IMethodSymbol helper
                                                           && !SymbolEqualityComparer.Default.Equals(helper.ContainingType, context.Responses):
                PlanHelper(context, helperCall, helper, rewrites);
                break;
            case InvocationExpressionSyntax call when context.IsResponsesCall(call, "MakeResponse") && call.ArgumentList.Arguments.Count >= 2
                                                      && call.ArgumentList.Arguments.All(a => a.NameColon is null):
                var swapped = Reordered(call.ArgumentList.Arguments, new[] { 1, 0 }.Concat(Enumerable.Range(2, call.ArgumentList.Arguments.Count - 2)).ToArray());
                var candidate = call.WithArgumentList(call.ArgumentList.WithArguments(swapped));
                if (context.Binds(call, candidate))
                {
                    rewrites.Add(new Rewrite("Put the body first: MakeResponse(body, status…)", MakeResponseEquivalenceKey, call,
                        node => ((InvocationExpressionSyntax)node).WithArgumentList(ArgumentListReordered(((InvocationExpressionSyntax)node).ArgumentList, new[] { 1, 0 }))));
                }

                break;
        }
    }

    private static void PlanTuple(FixContext context, TupleExpressionSyntax tuple, ITupleOperation operation, List<Rewrite> rewrites)
    {
        if (operation.Elements.Length != tuple.Arguments.Count || Order(context, operation.Elements) is not { } order)
        {
            return;
        }

        // MakeResponse((404, "x")) becomes MakeResponse("x", 404), not a call of a call.
        var call = Generate.Responses("MakeResponse", ToArguments(tuple, order));
        if (context.Binds(tuple, call)
            && ValueFixes.Bare(context, tuple, context.Response, "Use MakeResponse(body, status, headers)", MakeResponseEquivalenceKey,
                inner => Generate.Responses("MakeResponse", ToArguments((TupleExpressionSyntax)inner, order))) is { } rewrite)
        {
            rewrites.Add(rewrite);
        }

        if (ReorderKeepsType(context, tuple, order))
        {
            rewrites.Add(new Rewrite("Reorder the tuple: (body, status, headers)", ReorderEquivalenceKey, tuple,
                node => ((TupleExpressionSyntax)node).WithArguments(Reordered(((TupleExpressionSyntax)node).Arguments, order))));
        }
    }

    /// <summary>
    /// <c>Tuple.Create(404, "gone")</c> or <c>new Tuple&lt;int, string&gt;(404, "gone")</c>, which the runtime
    /// unpacks as it does a value tuple: its arguments, else null.
    /// </summary>
    private static ArgumentListSyntax? SystemTupleArguments(FixContext context, ExpressionSyntax expression)
    {
        var (arguments, type) = expression switch
        {
            InvocationExpressionSyntax { ArgumentList: var list } call when context.Model.GetSymbolInfo(call, context.CancellationToken).Symbol is IMethodSymbol { Name: "Create" } create
                                                                    && IsSystemTuple(create.ContainingType) => (list, create.ReturnType),
            BaseObjectCreationExpressionSyntax { ArgumentList: { } list } creation => (list, context.TypeOf(creation)),
            _ => (null, null),
        };
        return arguments is not null && type is INamedTypeSymbol named && IsSystemTuple(named.OriginalDefinition) && arguments.Arguments.All(a => a.NameColon is null && a.RefKindKeyword.IsKind(SyntaxKind.None))
            ? arguments
            : null;
    }

    private static bool IsSystemTuple(ITypeSymbol? type) =>
        type is { Name: "Tuple", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static void PlanSystemTuple(FixContext context, ExpressionSyntax tuple, ArgumentListSyntax arguments, List<Rewrite> rewrites)
    {
        var elements = arguments.Arguments.Select(a => context.OperationOf(a.Expression)).ToImmutableArray();
        if (elements.Length is < 2 or > 3 || elements.Any(e => e is null) || Order(context, elements!) is not { } order)
        {
            return;
        }

        var call = Generate.Responses("MakeResponse", ToArguments(arguments, order));
        if (context.Binds(tuple, call) && Placement.Find(context, tuple, context.Response) is { } declarations)
        {
            rewrites.Add(new Rewrite("Use MakeResponse(body, status, headers)", MakeResponseEquivalenceKey, tuple,
                node => Generate.Responses("MakeResponse", ToArguments(SystemTupleArgumentsOf(node), order)).WithTriviaFrom(node), declarations));
        }
    }

    private static ArgumentListSyntax SystemTupleArgumentsOf(SyntaxNode node) =>
        node is InvocationExpressionSyntax call ? call.ArgumentList : ((BaseObjectCreationExpressionSyntax)node).ArgumentList!;

    /// <summary>
    /// A view returns what a helper builds, <c>return Misordered();</c>. When only returns of views call the
    /// helper (and it is in this document), its tuples become responses and its tuple type <c>Response</c>;
    /// else the call is unpacked where it stands: <c>Misordered() switch { var (status, body) =&gt; MakeResponse(body, status) }</c>.
    /// </summary>
    private static void PlanHelper(FixContext context, InvocationExpressionSyntax call, IMethodSymbol helper, List<Rewrite> rewrites)
    {
        if (helper.IsAsync || helper.DeclaringSyntaxReferences.Length != 1
            || helper.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is not { } function
            || function is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax)
            || Declarations.ReturnTypeOf(function) is not { } returnType
            || Declarations.ReturnedValues(function) is not { Count: > 0 } values
            || context.TypeOf(call) is not INamedTypeSymbol { IsTupleType: true, TupleElements.Length: 2 or 3 })
        {
            return;
        }

        var model = function.SyntaxTree == context.Root.SyntaxTree ? context.Model : context.Compilation.GetSemanticModel(function.SyntaxTree);
        var tuples = new List<(TupleExpressionSyntax Tuple, int[] Order)>();
        foreach (var value in values.SelectMany(Arms))
        {
            // An element typed by the tuple type ((“ok”, new(), 0)) has no type once it is an argument.
            if (value is not TupleExpressionSyntax { Arguments.Count: 2 or 3 } tuple || !Placement.TupleHasOwnType(model, tuple, context.CancellationToken)
                || model.GetOperation(tuple, context.CancellationToken) is not { } found
                || ShapeBuilder.Unwrap(found) is not ITupleOperation operation || operation.Elements.Length != tuple.Arguments.Count)
            {
                return;
            }

            tuples.Add((tuple, Order(context, operation.Elements) ?? Enumerable.Range(0, tuple.Arguments.Count).ToArray()));
        }

        if (function.SyntaxTree == context.Root.SyntaxTree && Declarations.CanRetype(context, helper, context.Response)
            && tuples.All(t => context.Binds(t.Tuple, Generate.Responses("MakeResponse", ToArguments(t.Tuple, t.Order)))))
        {
            var edits = tuples.Select(t => new Edit(t.Tuple, node => Generate.Responses("MakeResponse", ToArguments((TupleExpressionSyntax)node, t.Order)).WithTriviaFrom(node))).ToList();
            var responseName = Declarations.TypeName(context, context.Response, returnType.SpanStart);
            edits.Add(new Edit(returnType, node => responseName.WithTriviaFrom(node)));
            rewrites.Add(new Rewrite("Make " + helper.Name + " return MakeResponse(body, status, headers)", MakeResponseEquivalenceKey, edits));
            return;
        }

        // The call is unpacked in one order: every tuple the helper returns must need it.
        var callOrder = tuples[0].Order;
        var names = UnpackedNames(context, call.SpanStart, callOrder);
        if (tuples.Any(t => !t.Order.SequenceEqual(callOrder)) || Unpacked(call, callOrder, names) is not { } unpacked
            || !SymbolEqualityComparer.Default.Equals(context.Model.GetSpeculativeTypeInfo(call.SpanStart, unpacked, SpeculativeBindingOption.BindAsExpression).Type, context.Response)
            || ValueFixes.Bare(context, call, context.Response, "Unpack the tuple into MakeResponse(body, status, headers)", MakeResponseEquivalenceKey,
                inner => Unpacked((InvocationExpressionSyntax)inner, callOrder, names)) is not { } rewrite)
        {
            return;
        }

        rewrites.Add(rewrite);
    }

    /// <summary>The name of each element of the unpacked tuple, by its role, made free where the call stands (<c>body2</c> beside a parameter <c>body</c>).</summary>
    private static string[] UnpackedNames(FixContext context, int position, int[] order)
    {
        var roles = new[] { "body", "status", "headers" };
        var names = new string[order.Length];
        for (var slot = 0; slot < order.Length; slot++)
        {
            var name = roles[slot];

            // Ends: a scope holds finitely many names.
            for (var suffix = 2; !context.Model.LookupSymbols(position, name: name).IsEmpty; suffix++)
            {
                name = roles[slot] + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names[order[slot]] = name;
        }

        return names;
    }

    /// <summary>The values an expression may have: itself, or each arm of its <c>?:</c> and <c>switch</c>, through parentheses.</summary>
    private static IEnumerable<ExpressionSyntax> Arms(ExpressionSyntax value) => value switch
    {
        ParenthesizedExpressionSyntax parenthesized => Arms(parenthesized.Expression),
        ConditionalExpressionSyntax conditional => Arms(conditional.WhenTrue).Concat(Arms(conditional.WhenFalse)),
        SwitchExpressionSyntax switchExpression => switchExpression.Arms.SelectMany(arm => Arms(arm.Expression)),
        _ => new[] { value },
    };

    /// <summary><c>call switch { var (status, body) =&gt; MakeResponse(body, status) }</c>.</summary>
    private static ExpressionSyntax Unpacked(InvocationExpressionSyntax call, int[] order, string[] names)
    {
        var designation = ParenthesizedVariableDesignation(
            Token(SyntaxKind.OpenParenToken),
            SeparatedList<VariableDesignationSyntax>(names.Select(n => SingleVariableDesignation(Identifier(n))), Generate.Commas(names.Length - 1)),
            Token(SyntaxKind.CloseParenToken));
        var arm = SwitchExpressionArm(
            VarPattern(Token(SyntaxKind.VarKeyword).WithTrailingTrivia(Space), designation),
            null,
            Token(TriviaList(Space), SyntaxKind.EqualsGreaterThanToken, TriviaList(Space)),
            Generate.Responses("MakeResponse", order.Select(i => (ExpressionSyntax)IdentifierName(names[i])).ToArray()));
        return SwitchExpression(
            call.WithoutTrivia(),
            Token(TriviaList(Space), SyntaxKind.SwitchKeyword, TriviaList(Space)),
            Token(TriviaList(), SyntaxKind.OpenBraceToken, TriviaList(Space)),
            SingletonSeparatedList(arm),
            Token(TriviaList(Space), SyntaxKind.CloseBraceToken, TriviaList()));
    }

    /// <summary>Which element goes to each position: order[i] is the element that becomes element i.</summary>
    private static int[]? Order(FixContext context, ImmutableArray<IOperation> elements)
    {
        // Half-typed code has tuples of any length; a response tuple has two or three elements.
        if (elements.Length is not (2 or 3))
        {
            return null;
        }

        var builder = new ShapeBuilder(context.Known, ImmutableArray<IOperation>.Empty);
        var first = builder.Build(elements[0]);
        if (All(first, leaf => leaf.Kind == ShapeKind.Number && leaf.IsStatusCodeType))
        {
            // (status, body) or (status, body, headers).
            return elements.Length == 2 ? new[] { 1, 0 } : new[] { 1, 0, 2 };
        }

        if (All(first, IsHeaders))
        {
            // (headers, body) or (headers, body, status).
            return elements.Length == 2 ? new[] { 1, 0 } : new[] { 1, 2, 0 };
        }

        // (body, headers, status); a status-line-like string in the middle is no header collection to move.
        return elements.Length == 3 && All(builder.Build(elements[1]), IsHeaders) ? new[] { 0, 2, 1 } : null;
    }

    private static bool IsHeaders(Shape leaf) =>
        leaf.Kind is ShapeKind.HeaderCollection or ShapeKind.Tuple || leaf.Kind is ShapeKind.JsonObject or ShapeKind.JsonArray && leaf.IsHeaderPairs;

    private static bool All(Shape shape, System.Func<Shape, bool> test)
    {
        var any = false;
        foreach (var leaf in shape.Leaves())
        {
            if (!test(leaf))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The tuple's elements in the new order, as call arguments (names dropped), in the tuple's parentheses.</summary>
    private static ArgumentListSyntax ToArguments(TupleExpressionSyntax tuple, int[] order)
    {
        var arguments = Reordered(tuple.Arguments, order);
        var unnamed = SeparatedList(arguments.Select(a => a.NameColon is null ? a : a.WithNameColon(null).WithLeadingTrivia(a.GetLeadingTrivia())), arguments.GetSeparators());
        // The tuple's leading trivia goes before the call, which takes the tuple's place.
        return ArgumentList(tuple.OpenParenToken.WithLeadingTrivia(), unnamed, tuple.CloseParenToken);
    }

    private static ArgumentListSyntax ToArguments(ArgumentListSyntax list, int[] order) => list.WithArguments(Reordered(list.Arguments, order));

    private static ArgumentListSyntax ArgumentListReordered(ArgumentListSyntax list, int[] firstTwo) =>
        list.WithArguments(Reordered(list.Arguments, firstTwo.Concat(Enumerable.Range(2, list.Arguments.Count - 2)).ToArray()));

    /// <summary>Moves each argument's expression into another slot, which keeps its own trivia (line breaks, comments).</summary>
    private static SeparatedSyntaxList<ArgumentSyntax> Reordered(SeparatedSyntaxList<ArgumentSyntax> arguments, int[] order)
    {
        var moved = new ArgumentSyntax[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            moved[i] = arguments[order[i]].WithoutTrivia().WithLeadingTrivia(arguments[i].GetLeadingTrivia()).WithTrailingTrivia(arguments[i].GetTrailingTrivia());
        }

        return SeparatedList(moved, arguments.GetSeparators());
    }

    /// <summary>The reordered tuple still fits its place: any value goes there, or the target tuple type takes each element where it lands.</summary>
    private static bool ReorderKeepsType(FixContext context, TupleExpressionSyntax tuple, int[] order)
    {
        if (Placement.TakesAnyValue(context, tuple))
        {
            // Converted to object, the reordered tuple needs a type of its own: (default, "x") got one only from a neighbour.
            return Placement.TupleHasOwnType(context, tuple);
        }

        if (context.Model.GetTypeInfo(tuple, context.CancellationToken).ConvertedType is not INamedTypeSymbol { IsTupleType: true } target)
        {
            return false;
        }

        for (var i = 0; i < order.Length; i++)
        {
            if (context.TypeOf(tuple.Arguments[order[i]].Expression) is not { } type || !context.Converts(type, target.TupleElements[i].Type))
            {
                return false;
            }
        }

        return true;
    }
}
