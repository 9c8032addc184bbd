using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Whether a sequence is certainly lazy. A value typed <c>IEnumerable&lt;T&gt;</c> may be a list at
/// run time (sent as JSON) or an iterator (streamed chunk by chunk), so only a visibly lazy origin
/// (a call to an iterator method of this compilation, or a LINQ query operator, whose iterators the
/// runtime streams) makes a stream.
/// </summary>
internal static class Laziness
{
    public static bool IsVisiblyLazy(IOperation? origin, KnownSymbols known) =>
        origin is IInvocationOperation { TargetMethod: { } method }
        && (IsIterator(method) || IsLazyQueryOperator(method, known));

    /// <summary>
    /// Enumerable's operators return the framework's private iterators, except those that may
    /// hand back their source or an array.
    /// </summary>
    private static bool IsLazyQueryOperator(IMethodSymbol method, KnownSymbols known) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Enumerable)
        && method.ReturnType.TypeKind == TypeKind.Interface
        && method.Name is not ("AsEnumerable" or "Cast" or "OfType" or "Empty" or "DefaultIfEmpty");

    /// <summary>A method or local function written in source whose own body contains <c>yield</c>.</summary>
    public static bool IsIterator(IMethodSymbol method)
    {
        // Only a method declared to return a sequence or its enumerator can hold a yield: no need to read the body of any other.
        if (method.ReturnType is not INamedTypeSymbol { TypeKind: TypeKind.Interface } returnType || !IsIteratorType(returnType))
        {
            return false;
        }

        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            var body = reference.GetSyntax() switch
            {
                BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body,
                LocalFunctionStatementSyntax function => function.Body,
                AccessorDeclarationSyntax accessor => accessor.Body,
                _ => null,
            };

            if (body is not null
                && body.DescendantNodes(node => node is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax))
                    .OfType<YieldStatementSyntax>().Any())
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIteratorType(INamedTypeSymbol type) =>
        type.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IEnumerator_T
            or SpecialType.System_Collections_IEnumerable or SpecialType.System_Collections_IEnumerator
        || type.Name is "IAsyncEnumerable" or "IAsyncEnumerator" && type.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
