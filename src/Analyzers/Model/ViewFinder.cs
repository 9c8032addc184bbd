using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Finds, in one operation block, every value the runtime will coerce: the returns of
/// <c>[View]</c> methods and local functions, of lambdas and method groups passed to a
/// <c>[View]</c> parameter, and the arguments of <c>MakeResponse(...)</c>; plus the calls and
/// creations that the JSON rules look at. Lambdas and local functions nested in a view are
/// not views.
/// </summary>
internal sealed class ViewFinder
{
    private readonly KnownSymbols known;
    private readonly ISymbol owningSymbol;
    private readonly ShapeBuilder builder;
    private ImmutableArray<ViewValue>.Builder? values;
    private ImmutableArray<IInvocationOperation>.Builder? jsonCalls;
    private ImmutableArray<IObjectCreationOperation>.Builder? responseCreations;
    // Local functions passed as method groups to a view-delegate parameter; true where null means go on.
    private Dictionary<ILocalFunctionOperation, bool>? viewLocalFunctions;
    private ImmutableArray<(ViewValue Value, TupleLayout Layout)> wellFormedTuples;

    /// <summary>Nothing to look at: the answer for every block that cannot hold a view.</summary>
    private ViewFinder()
    {
        Values = ImmutableArray<ViewValue>.Empty;
        JsonCalls = ImmutableArray<IInvocationOperation>.Empty;
        ResponseCreations = ImmutableArray<IObjectCreationOperation>.Empty;
        IsEmpty = true;
        known = null!;
        owningSymbol = null!;
        builder = null!;
    }

    private ViewFinder(KnownSymbols known, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
    {
        this.known = known;
        this.owningSymbol = owningSymbol;
        builder = new ShapeBuilder(known, blocks);
        Scan(blocks);
        Values = ToImmutable(values);
        JsonCalls = ToImmutable(jsonCalls);
        ResponseCreations = ToImmutable(responseCreations);
        IsEmpty = Values.IsEmpty && JsonCalls.IsEmpty && ResponseCreations.IsEmpty;
    }

    /// <summary>The response tuples among <see cref="Values"/> whose parts can be read by position; most rules look at them.</summary>
    public ImmutableArray<(ViewValue Value, TupleLayout Layout)> WellFormedTuples
    {
        get
        {
            // Computed on first use: a block without tuples never builds the list.
            if (wellFormedTuples.IsDefault)
            {
                wellFormedTuples = TupleViews.Find(Values);
            }

            return wellFormedTuples;
        }
    }

    /// <summary>True when the block holds nothing any rule looks at.</summary>
    public bool IsEmpty { get; }

    public ImmutableArray<ViewValue> Values { get; }

    /// <summary>Calls to <c>Responses.Json(value)</c>, anywhere.</summary>
    public ImmutableArray<IInvocationOperation> JsonCalls { get; }

    /// <summary><c>new Response(...)</c>, anywhere.</summary>
    public ImmutableArray<IObjectCreationOperation> ResponseCreations { get; }

    public ShapeBuilder Builder => builder;

    /// <summary>The name of the member the block belongs to.</summary>
    public string OwnerName => owningSymbol.Name;

    private static ViewFinder Empty { get; } = new();

    public static ViewFinder For(OperationBlockAnalysisContext context, KnownSymbols known)
    {
        var blocks = context.OperationBlocks;
        if (blocks.IsDefaultOrEmpty || blocks[0] is null || !MayHoldViews(blocks, context.OwningSymbol, known))
        {
            return Empty;
        }

        return new ViewFinder(known, context.OwningSymbol, blocks);
    }

    /// <summary>Whether the blocks are worth an operation walk, decided before any descendant operation is built.</summary>
    private static bool MayHoldViews(ImmutableArray<IOperation> blocks, ISymbol owningSymbol, KnownSymbols known)
    {
        if (owningSymbol is IMethodSymbol method && HasViewAttribute(method, known))
        {
            return true;
        }

        foreach (var block in blocks)
        {
            if (block is not null && known.Candidates.MayHoldViews(block.Syntax))
            {
                return true;
            }
        }

        return false;
    }

    private void Scan(ImmutableArray<IOperation> blocks)
    {
        var operations = new List<IOperation>();
        foreach (var block in blocks)
        {
            if (block is not null)
            {
                operations.AddRange(block.DescendantsAndSelf());
            }
        }

        Scan(blocks, operations);
    }

    private void Scan(ImmutableArray<IOperation> blocks, List<IOperation> operations)
    {
        // Local functions passed as method groups to a [View] parameter are views.
        foreach (var operation in operations)
        {
            if (operation is IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference
                && PassedToViewParameter(reference, out var nullMeansGoOn) is not null)
            {
                foreach (var candidate in operations)
                {
                    if (candidate is ILocalFunctionOperation function
                        && SymbolEqualityComparer.Default.Equals(function.Symbol, reference.Method.OriginalDefinition))
                    {
                        (viewLocalFunctions ??= new Dictionary<ILocalFunctionOperation, bool>())[function] = nullMeansGoOn;
                    }
                }
            }
        }

        if (owningSymbol is IMethodSymbol method && HasViewAttribute(method))
        {
            CheckDeclaration(method, ReturnTypeLocation(method, blocks), method.Name);
        }

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: { } returned } returnOperation when returnOperation.Kind == OperationKind.Return:
                    AddReturn(returnOperation, returned);
                    break;
                case IAnonymousFunctionOperation lambda when IsViewLambda(lambda, out var lambdaName, out _):
                    CheckDeclaration(lambda.Symbol, ArrowLocation(lambda), lambdaName);
                    break;
                case ILocalFunctionOperation function when IsView(function):
                    CheckDeclaration(function.Symbol, LocalFunctionReturnTypeLocation(function), function.Symbol.Name);
                    break;
                case IMethodReferenceOperation reference when reference.Method.MethodKind != MethodKind.LocalFunction
                                                              && !HasViewAttribute(reference.Method)
                                                              && PassedToViewParameter(reference, out _) is { } call:
                    CheckMethodGroup(reference, RouteName(call) ?? reference.Method.Name);
                    break;
                case IInvocationOperation invocation when IsResponsesMethod(invocation.TargetMethod, "MakeResponse"):
                    AddMakeResponse(invocation);
                    break;
                case IInvocationOperation invocation when IsResponsesMethod(invocation.TargetMethod, "Json") && invocation.Arguments.Length == 1:
                    (jsonCalls ??= ImmutableArray.CreateBuilder<IInvocationOperation>()).Add(invocation);
                    break;
                case IObjectCreationOperation creation when TypeShapes.DerivesFrom(creation.Type, known.Response):
                    (responseCreations ??= ImmutableArray.CreateBuilder<IObjectCreationOperation>()).Add(creation);
                    break;
            }
        }
    }

    private void AddReturn(IReturnOperation returnOperation, IOperation returned)
    {
        var function = EnclosingFunction(returnOperation, out var viewName, out var nullMeansGoOn);
        if (function is null)
        {
            return;
        }

        var resultType = function.IsAsync ? null : builder.Types.TaskResultType(function.ReturnType);
        var shape = resultType is not null ? builder.BuildAwaited(returned, resultType) : builder.Build(returned);
        AddLeaves(viewName, shape, ViewValueSource.Return, nullMeansGoOn);
    }

    /// <summary>The view whose return this is, or null when the nearest enclosing function is not a view.</summary>
    private IMethodSymbol? EnclosingFunction(IOperation operation, out string viewName, out bool nullMeansGoOn)
    {
        viewName = string.Empty;
        nullMeansGoOn = false;
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return IsViewLambda(lambda, out viewName, out nullMeansGoOn) ? lambda.Symbol : null;
                case ILocalFunctionOperation function:
                    viewName = function.Symbol.Name;
                    return IsView(function, out nullMeansGoOn) ? function.Symbol : null;
            }
        }

        if (owningSymbol is IMethodSymbol method && HasViewAttribute(method))
        {
            viewName = method.Name;
            return method;
        }

        return null;
    }

    /// <summary>The name of the function a MakeResponse call is in, as the runtime's ViewScope would name it.</summary>
    private string EnclosingName(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda when IsViewLambda(lambda, out var lambdaName, out _):
                    return lambdaName;
                case ILocalFunctionOperation function:
                    return function.Symbol.Name;
            }
        }

        return owningSymbol.Name;
    }

    private void AddMakeResponse(IInvocationOperation invocation)
    {
        var arguments = new List<IArgumentOperation>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is not null)
            {
                arguments.Add(argument);
            }
        }

        if (arguments.Count == 0)
        {
            return;
        }

        arguments.Sort((a, b) => a.Parameter!.Ordinal.CompareTo(b.Parameter!.Ordinal));
        var name = EnclosingName(invocation);
        if (invocation.TargetMethod.Parameters.Length == 1)
        {
            AddLeaves(name, builder.Build(arguments[0].Value), ViewValueSource.MakeResponse);
            return;
        }

        var shapes = ImmutableArray.CreateBuilder<Shape>(arguments.Count);
        var roles = ImmutableArray.CreateBuilder<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            shapes.Add(builder.Build(argument.Value));
            roles.Add(argument.Parameter!.Name);
        }

        Add(new ViewValue(name, Shape.Call(invocation, shapes.MoveToImmutable(), roles.MoveToImmutable()), ViewValueSource.MakeResponse));
    }

    private void Add(ViewValue value) => (values ??= ImmutableArray.CreateBuilder<ViewValue>()).Add(value);

    private static ImmutableArray<T> ToImmutable<T>(ImmutableArray<T>.Builder? found) => found is null ? ImmutableArray<T>.Empty : found.ToImmutable();

    private void AddLeaves(string viewName, Shape shape, ViewValueSource source, bool nullMeansGoOn = false)
    {
        foreach (var leaf in shape.Leaves())
        {
            Add(new ViewValue(viewName, leaf, source, nullMeansGoOn));
        }
    }

    /// <summary>What a view's declaration alone says: no value at all, or an iterator's elements.</summary>
    private void CheckDeclaration(IMethodSymbol function, Location location, string viewName)
    {
        if (NoValue(function) is { } description)
        {
            Add(new ViewValue(viewName, Shape.Simple(ShapeKind.NoValue, function.ReturnType, null, location, description), ViewValueSource.Declaration));
        }
        else if (Laziness.IsIterator(function) && builder.Types.SequenceElementType(function.ReturnType) is { } element)
        {
            Add(new ViewValue(viewName, Shape.Collection(ShapeKind.Stream, function.ReturnType, null, location, element, isLazy: true), ViewValueSource.Declaration));
        }
    }

    /// <summary>A method group's body is elsewhere: its declared return type is what can be seen.</summary>
    private void CheckMethodGroup(IMethodReferenceOperation reference, string viewName)
    {
        var method = reference.Method;
        var location = reference.Syntax.GetLocation();
        if (NoValue(method) is not null || Laziness.IsIterator(method))
        {
            CheckDeclaration(method, location, viewName);
            return;
        }

        var returnType = builder.Types.TaskResultType(method.ReturnType) ?? method.ReturnType;
        AddLeaves(viewName, builder.Types.Classify(returnType, null, location), ViewValueSource.Declaration);
    }

    private string? NoValue(IMethodSymbol function)
    {
        if (function.ReturnsVoid)
        {
            return "it is declared void, so it returns no value";
        }

        var returnType = function.ReturnType;
        if (SymbolEqualityComparer.Default.Equals(returnType, known.Task) || SymbolEqualityComparer.Default.Equals(returnType, known.ValueTask))
        {
            return "it returns " + Describe.WithArticle(returnType) + ", which completes with no value";
        }

        return null;
    }

    private bool IsView(ILocalFunctionOperation function, out bool nullMeansGoOn)
    {
        nullMeansGoOn = false;
        return HasViewAttribute(function.Symbol) || viewLocalFunctions?.TryGetValue(function, out nullMeansGoOn) == true;
    }

    private bool IsView(ILocalFunctionOperation function) => IsView(function, out _);

    private bool IsViewLambda(IAnonymousFunctionOperation lambda, out string viewName, out bool nullMeansGoOn)
    {
        viewName = owningSymbol.Name;
        nullMeansGoOn = false;
        if (HasViewAttribute(lambda.Symbol))
        {
            return true;
        }

        if (PassedToViewParameter(lambda, out nullMeansGoOn) is { } call)
        {
            viewName = RouteName(call) ?? owningSymbol.Name;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The call whose view-delegate parameter (<c>[View]</c>, <c>[BeforeRequest]</c>, <c>[AfterRequest]</c>)
    /// receives the delegate made from <paramref name="operation"/>, or null; a before-request
    /// function's null means "go on".
    /// </summary>
    private IInvocationOperation? PassedToViewParameter(IOperation operation, out bool nullMeansGoOn)
    {
        nullMeansGoOn = false;
        var current = operation.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        if (current is not IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation invocation })
        {
            return null;
        }

        foreach (var attribute in parameter.GetAttributes())
        {
            if (known.MarksViewDelegate(attribute.AttributeClass))
            {
                nullMeansGoOn = SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.BeforeRequestAttribute);
                return invocation;
            }
        }

        return null;
    }

    /// <summary>A route given as a string constant to the call that registers the view names it best.</summary>
    private static string? RouteName(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string route })
            {
                return route;
            }
        }

        return null;
    }

    private bool HasViewAttribute(ISymbol symbol) => HasViewAttribute(symbol, known);

    private static bool HasViewAttribute(ISymbol symbol, KnownSymbols known)
    {
        // Each overridden method is in a base type, and the base types end (the compiler breaks their cycles).
        for (var current = symbol; current is not null; current = (current as IMethodSymbol)?.OverriddenMethod)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.ViewAttribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsResponsesMethod(IMethodSymbol method, string name) =>
        method.Name == name && SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Responses);

    private static Location ReturnTypeLocation(IMethodSymbol method, ImmutableArray<IOperation> blocks)
    {
        var tree = blocks.IsDefaultOrEmpty ? null : blocks[0].Syntax.SyntaxTree;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == tree && reference.GetSyntax() is MethodDeclarationSyntax declaration)
            {
                return declaration.ReturnType.GetLocation();
            }
        }

        return method.Locations.IsDefaultOrEmpty ? Location.None : method.Locations[0];
    }

    private static Location LocalFunctionReturnTypeLocation(ILocalFunctionOperation function) =>
        function.Syntax is LocalFunctionStatementSyntax statement ? statement.ReturnType.GetLocation() : function.Syntax.GetLocation();

    private static Location ArrowLocation(IAnonymousFunctionOperation lambda) =>
        lambda.Syntax is LambdaExpressionSyntax syntax ? syntax.ArrowToken.GetLocation() : lambda.Syntax.GetLocation();
}
