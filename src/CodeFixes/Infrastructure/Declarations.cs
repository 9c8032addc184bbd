using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// The declarations a fixed value may have to change so that it still compiles where it stands:
/// the declared return type of the method or local function that returns it (<c>int Count() =&gt; 5</c>
/// cannot return <c>MakeResponse("5")</c>), or the declared type of the local it initializes.
/// A declaration changes only when nothing else depends on its type: no caller reads the old type,
/// no base or interface fixes it, every other value it holds still fits.
/// </summary>
internal static class Declarations
{
    /// <summary>The method or local function whose returned value <paramref name="top"/> is; null for a lambda, whose type comes from where it stands.</summary>
    public static SyntaxNode? FunctionReturning(ExpressionSyntax top)
    {
        switch (top.Parent)
        {
            case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax } arrow:
                return arrow.Parent;
            case ReturnStatementSyntax returnStatement when EnclosingFunction(returnStatement) is (MethodDeclarationSyntax or LocalFunctionStatementSyntax) and var function:
                return function;
            default:
                return null;
        }
    }

    public static SyntaxNode? EnclosingFunction(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);

    public static TypeSyntax? ReturnTypeOf(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.ReturnType,
        LocalFunctionStatementSyntax local => local.ReturnType,
        _ => null,
    };

    /// <summary>The values the function returns, its own (not those of the lambdas and local functions in it); null when it is an iterator.</summary>
    public static List<ExpressionSyntax>? ReturnedValues(SyntaxNode function)
    {
        var (body, expressionBody) = function switch
        {
            MethodDeclarationSyntax method => (method.Body, method.ExpressionBody),
            LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody),
            _ => (null, null),
        };
        if (expressionBody is not null)
        {
            return new List<ExpressionSyntax> { expressionBody.Expression };
        }

        var values = new List<ExpressionSyntax>();
        if (body is null)
        {
            return values;
        }

        foreach (var node in body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case YieldStatementSyntax:
                    return null;
                case ReturnStatementSyntax { Expression: { } value }:
                    values.Add(value);
                    break;
            }
        }

        return values;
    }

    /// <summary>
    /// The edit that retypes <paramref name="function"/> so that it can return <paramref name="value"/>
    /// rewritten to a value of <paramref name="newType"/>: <c>Response</c> (or <c>Task&lt;Response&gt;</c>)
    /// when that is its only value, else <c>object</c>; null when it cannot change.
    /// </summary>
    public static Edit? RetypeFor(FixContext context, SyntaxNode function, ExpressionSyntax value, ITypeSymbol newType)
    {
        if (ReturnTypeOf(function) is not { } returnType
            || context.Model.GetDeclaredSymbol(function, context.CancellationToken) is not IMethodSymbol method
            || ReturnedValues(function) is not { } values)
        {
            return null;
        }

        var alone = values.Count == 1 && values[0] == value;
        var response = alone && SymbolEqualityComparer.Default.Equals(newType, context.Response);
        var element = response ? (ITypeSymbol)context.Response : context.Compilation.GetSpecialType(SpecialType.System_Object);
        if (!context.Converts(newType, element) || NewReturnType(context, method, element) is not { } newReturn
            || !CanRetype(context, method, newReturn))
        {
            return null;
        }

        // Every other value must still convert: a tuple that took its element types from the old type has none of its own.
        foreach (var other in values)
        {
            if (other != value && (!Placement.TupleHasOwnType(context, other) || context.TypeOf(other) is not { } otherType || !context.Converts(otherType, element)))
            {
                return null;
            }
        }

        return new Edit(returnType, node => TypeName(context, newReturn, returnType.SpanStart).WithTriviaFrom(node));
    }

    /// <summary>
    /// The return type <paramref name="method"/> gets to return values of <paramref name="element"/>: the element
    /// itself, or the same task type of it for an async function; null for a task returned without async.
    /// </summary>
    public static ITypeSymbol? NewReturnType(FixContext context, IMethodSymbol method, ITypeSymbol element)
    {
        if (!method.IsAsync)
        {
            return context.Types.IsTask(method.ReturnType) ? null : element;
        }

        return method.ReturnType is INamedTypeSymbol { IsGenericType: true } task && context.Types.TaskResultType(task) is not null
            ? task.OriginalDefinition.Construct(element)
            : method.ReturnsVoid || method.ReturnType is INamedTypeSymbol { IsGenericType: false } ? TaskOf(context, method.ReturnType, element) : null;
    }

    /// <summary><c>Task&lt;element&gt;</c> for <c>void</c> or <c>Task</c>, <c>ValueTask&lt;element&gt;</c> for <c>ValueTask</c>; null for any other awaitable.</summary>
    public static ITypeSymbol? TaskOf(FixContext context, ITypeSymbol returnType, ITypeSymbol element)
    {
        var valueTask = context.Known.ValueTask is { } vt && SymbolEqualityComparer.Default.Equals(returnType, vt);
        var definition = valueTask ? context.Known.ValueTaskOfT : context.Known.TaskOfT;
        var isTask = returnType.SpecialType == SpecialType.System_Void || valueTask || SymbolEqualityComparer.Default.Equals(returnType, context.Known.Task);
        return isTask && definition is not null ? definition.Construct(element) : null;
    }

    /// <summary>
    /// The type's shortest name where the declaration stands (<c>Response</c> under <c>using ReturnShape;</c>),
    /// worked out here rather than by the simplifier, which over thousands of Fix All edits costs seconds.
    /// </summary>
    public static TypeSyntax TypeName(FixContext context, ITypeSymbol type, int position) =>
        ParseTypeName(type.ToMinimalDisplayString(context.Model, position));

    /// <summary>
    /// True when the declared return type of <paramref name="method"/> may become <paramref name="newReturn"/>:
    /// no override, interface or partial declaration fixes it, and each reference to it is a method group
    /// whose delegate takes the new type, or a call in this document whose place takes it as it is.
    /// </summary>
    public static bool CanRetype(FixContext context, IMethodSymbol method, ITypeSymbol newReturn)
    {
        if (method.IsOverride || method.IsAbstract || method.IsVirtual || method.IsExtern || method.ReturnsByRef || method.ReturnsByRefReadonly
            || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
            || !method.ExplicitInterfaceImplementations.IsEmpty || ImplementsAnInterface(method)
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        foreach (var (tree, name) in NameIndex.For(context.Compilation).Find(method.Name))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var model = tree == context.Root.SyntaxTree ? context.Model : context.Compilation.GetSemanticModel(tree);
            var symbol = model.GetSymbolInfo(name, context.CancellationToken) is var info && info.Symbol is { } bound ? bound : info.CandidateSymbols.FirstOrDefault();
            if (!SymbolEqualityComparer.Default.Equals(symbol?.OriginalDefinition, method))
            {
                continue;
            }

            if (!ReferenceTakes(context, model, name, newReturn, sameDocument: tree == context.Root.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ImplementsAnInterface(IMethodSymbol method)
    {
        if (method.DeclaredAccessibility != Accessibility.Public || method.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ReferenceTakes(FixContext context, SemanticModel model, IdentifierNameSyntax name, ITypeSymbol newReturn, bool sameDocument)
    {
        ExpressionSyntax reference = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        if (reference.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } })
        {
            return true;
        }

        // A call's value may only be returned, as a view returns a helper's: anywhere else (a receiver, an argument) its type picks members and overloads.
        if (reference.Parent is InvocationExpressionSyntax call && call.Expression == reference)
        {
            return sameDocument && Placement.Climb(call).Parent is ReturnStatementSyntax or ArrowExpressionClauseSyntax && Placement.Accepts(context, call, newReturn);
        }

        // A method group: its delegate must take the new return type, as the natural function type converted to Delegate does.
        var operation = model.GetOperation(reference, context.CancellationToken);
        if (operation is not IMethodReferenceOperation || operation.Parent is not IDelegateCreationOperation creation)
        {
            return false;
        }

        if (creation.Parent is IConversionOperation { Type.SpecialType: SpecialType.System_Delegate or SpecialType.System_MulticastDelegate or SpecialType.System_Object })
        {
            return true;
        }

        return creation.Type is INamedTypeSymbol { DelegateInvokeMethod.ReturnType: { } delegateReturn }
               && context.Compilation.ClassifyConversion(newReturn, delegateReturn) is { IsIdentity: true } or { IsReference: true, IsImplicit: true };
    }

    /// <summary>
    /// Where the local that <paramref name="value"/> initializes may hold a value of <paramref name="newType"/>:
    /// no edit for <c>var</c>, <c>var</c> for an explicit type; the local is never written again and each read of it takes the new type.
    /// Null when it is no such local.
    /// </summary>
    public static IReadOnlyList<Edit>? RetypeLocal(FixContext context, ExpressionSyntax value, ITypeSymbol newType)
    {
        if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration
            || declaration.Parent is not LocalDeclarationStatementSyntax { IsConst: false, UsingKeyword.RawKind: 0, AwaitKeyword.RawKind: 0 } statement
            || declaration.Type is RefTypeSyntax
            || context.Model.GetDeclaredSymbol(declarator, context.CancellationToken) is not ILocalSymbol local
            || EnclosingFunction(statement) is not { } function)
        {
            return null;
        }

        foreach (var name in References(context, local, function))
        {
            if (IsWritten(name) || !Placement.Accepts(context, name, newType))
            {
                return null;
            }
        }

        return declaration.Type.IsVar
            ? new Edit[0]
            : new[] { new Edit(declaration.Type, node => IdentifierName("var").WithTriviaFrom(node)) };
    }

    /// <summary>Every use of <paramref name="local"/> in <paramref name="function"/> (its reads and writes; not its declaration).</summary>
    public static IEnumerable<IdentifierNameSyntax> References(FixContext context, ILocalSymbol local, SyntaxNode function) =>
        function.DescendantNodes().OfType<IdentifierNameSyntax>().Where(name =>
            name.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(context.Model.GetSymbolInfo(name, context.CancellationToken).Symbol, local));

    private static bool IsWritten(IdentifierNameSyntax name) => name.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == name,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
        RefExpressionSyntax => true,
        _ => false,
    } || name.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax { Parent: AssignmentExpressionSyntax deconstruction } target } && deconstruction.Left == target;
}
