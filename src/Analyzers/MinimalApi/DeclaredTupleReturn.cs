using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// A method or local function declared with a tuple return type and passed as a method group:
/// whether its declared type may become IResult (Task&lt;IResult&gt;, ValueTask&lt;IResult&gt;) with every
/// return rewritten, and the tuple type in its declaration that the fix replaces.
/// </summary>
internal static class DeclaredTupleReturn
{
    /// <summary>The type the fix declares in place of the tuple.</summary>
    public const string Result = "IResult";

    public static bool MayBecomeResult(RouteHandler handler, AspNetSymbols symbols)
    {
        var method = handler.Method;
        var tree = handler.MapCall.Syntax.SyntaxTree;

        // An override, an interface implementation or a partial method has its return type fixed by
        // another declaration; a method others can see may be called for its tuple in a file this
        // analyzer cannot read, so only private methods of a type declared in this file qualify.
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
            || method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.IsGenericMethod
            || method.ReturnsByRef || method.ReturnsByRefReadonly
            || !method.ExplicitInterfaceImplementations.IsEmpty
            || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
            || method.MethodKind == MethodKind.Ordinary
                && (method.DeclaredAccessibility != Accessibility.Private || method.ContainingType.DeclaringSyntaxReferences.Any(r => r.SyntaxTree != tree))
            || !IsTupleOrTaskOfTuple(method, symbols)
            || method.DeclaringSyntaxReferences.Length != 1
            || TupleType(method.DeclaringSyntaxReferences[0].GetSyntax(), method.IsAsync) is null
            || handler.Returns.IsEmpty)
        {
            return false;
        }

        // Every return changes type with the declaration: each must be a tuple the fix rewrites.
        foreach (var returned in handler.Returns)
        {
            if (returned.Value.Type is not INamedTypeSymbol { IsTupleType: true }
                || TupleReturnCheck.Rewrite(returned.Value, symbols) is null
                || returned.IsThroughLocal && !TupleReturnCheck.IsRewritableLocal(handler, returned)
                || !returned.TakesResult(symbols))
            {
                return false;
            }
        }

        // Whether anything but Map calls uses the function is the fix's to find (OnlyMapped): it looks
        // names up in an index built once per compilation, where the analyzer would walk the file once
        // per handler (2,000 declared handlers in one file took 10 s to analyse).
        return true;
    }

    /// <summary>
    /// The tuple type in the declaration's return type: the whole type, or for an async function the
    /// type argument of its Task or ValueTask; null for any other form (an alias, a nullable tuple).
    /// </summary>
    public static TupleTypeSyntax? TupleType(SyntaxNode declaration, bool isAsync)
    {
        var returnType = declaration switch
        {
            LocalFunctionStatementSyntax local => local.ReturnType,
            MethodDeclarationSyntax method => method.ReturnType,
            _ => null,
        };

        if (!isAsync)
        {
            return returnType as TupleTypeSyntax;
        }

        var name = returnType switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            _ => returnType,
        };

        return name is GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } arguments } ? arguments[0] as TupleTypeSyntax : null;
    }

    private static bool IsTupleOrTaskOfTuple(IMethodSymbol method, AspNetSymbols symbols)
    {
        var returned = method.ReturnType;
        if (method.IsAsync)
        {
            if (returned is not INamedTypeSymbol { TypeArguments.Length: 1 } task || !(symbols.Is(task, symbols.TaskOfT) || symbols.Is(task, symbols.ValueTaskOfT)))
            {
                return false;
            }

            returned = task.TypeArguments[0];
        }

        return returned is INamedTypeSymbol { IsTupleType: true };
    }

    /// <summary>
    /// Every use of the function among <paramref name="names"/> (the simple names of its file written as
    /// its name; all its uses, since it is private or local) is a method group given as the handler of a
    /// Map call: a call or a delegate elsewhere would still want the tuple.
    /// </summary>
    public static bool OnlyMapped(IMethodSymbol method, SemanticModel model, IEnumerable<SimpleNameSyntax> names, AspNetSymbols symbols, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (name.Identifier.ValueText != method.Name)
            {
                continue;
            }

            var info = model.GetSymbolInfo(name, cancellationToken);
            if (!Is(info.Symbol, method) && !info.CandidateSymbols.Any(c => Is(c, method)))
            {
                continue;
            }

            var expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
            if (expression.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument
                || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation call
                || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, symbols.RouteBuilderExtensions)
                || !call.Arguments.Any(a => a.Syntax == argument && a.Parameter?.Type.SpecialType == SpecialType.System_Delegate))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Is(ISymbol? symbol, IMethodSymbol method) =>
        symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, method.OriginalDefinition);
}
