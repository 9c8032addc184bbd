using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.Model;

/// <summary>ValueTuple and System.Tuple types, whose values the runtime unpacks by position.</summary>
internal static class TupleTypes
{
    public static bool IsTuple(INamedTypeSymbol type) =>
        type.IsTupleType
        || type.Arity >= 1
           && type.Name is "ValueTuple" or "Tuple"
           && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    public static ImmutableArray<ITypeSymbol> ElementTypes(INamedTypeSymbol type)
    {
        if (type.IsTupleType && !type.TupleElements.IsDefaultOrEmpty)
        {
            var builder = ImmutableArray.CreateBuilder<ITypeSymbol>(type.TupleElements.Length);
            foreach (var element in type.TupleElements)
            {
                builder.Add(element.Type);
            }

            return builder.MoveToImmutable();
        }

        // System.Tuple nests elements past the seventh in TRest.
        var arguments = type.TypeArguments;
        if (arguments.Length == 8 && arguments[7] is INamedTypeSymbol rest && IsTuple(rest))
        {
            return arguments.RemoveAt(7).AddRange(ElementTypes(rest));
        }

        return arguments;
    }

    public static ImmutableArray<Shape> ElementShapes(INamedTypeSymbol type, TypeShapes shapes, Location location, int nesting)
    {
        var types = ElementTypes(type);
        var builder = ImmutableArray.CreateBuilder<Shape>(types.Length);
        foreach (var element in types)
        {
            builder.Add(shapes.Classify(element, null, location, nesting));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The static classes <c>System.Tuple</c> and <c>System.ValueTuple</c> with their <c>Create</c> methods.</summary>
    public static bool IsTupleFactory(INamedTypeSymbol type) =>
        type.Arity == 0
        && type.Name is "ValueTuple" or "Tuple"
        && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
}
