using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Classifies a static type the way the runtime classifies the values of that type
/// (docs/design/coercion.md, "The C# values"). When a value of the type could land on more than one row
/// (an interface, <c>object</c>, a base class of an accepted type) the answer is Unknown.
/// </summary>
internal sealed class TypeShapes
{
    private readonly KnownSymbols known;

    // The public AllInterfaces builds a new array on every call, and views return the same few types
    // over and over: one array per type for the whole compilation.
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<INamedTypeSymbol>> allInterfaces = new(SymbolEqualityComparer.IncludeNullability);

    // How deep the elements of tuple types are classified. The rules read a tuple's elements and
    // whether each is itself a tuple, never deeper; a type such as S(S(S(1))) with
    // (T, T, T, T, T, T, T) S<T>(T x) is written in a few characters and has 7^n elements.
    private const int MaxTupleNesting = 3;

    public TypeShapes(KnownSymbols known) => this.known = known;

    public Shape Classify(ITypeSymbol? type, IOperation? origin, Location location) => Classify(type, origin, location, 0);

    /// <summary>The shape of a value of <paramref name="type"/> found <paramref name="nesting"/> tuple types deep.</summary>
    internal Shape Classify(ITypeSymbol? type, IOperation? origin, Location location, int nesting)
    {
        var shape = ClassifyType(type, origin, location, nesting);
        if (shape.Kind is ShapeKind.JsonObject or ShapeKind.JsonArray)
        {
            shape.IsHeaderPairs = IsHeaderCollection(shape.Type);
        }
        else if (shape.Kind == ShapeKind.Number)
        {
            shape.IsStatusCodeType = IsStatusCodeType(shape.Type);
        }

        return shape;
    }

    /// <summary>The types the runtime takes as a status code: integers and HttpStatusCode.</summary>
    public bool IsStatusCodeType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments.Length == 1)
        {
            type = nullable.TypeArguments[0];
        }

        return type is not null
            && (SymbolEqualityComparer.Default.Equals(type, known.HttpStatusCode)
                || type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16
                    or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                    or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_IntPtr or SpecialType.System_UIntPtr);
    }

    private Shape ClassifyType(ITypeSymbol? type, IOperation? origin, Location location, int nesting)
    {
        if (type is null)
        {
            return Shape.Simple(ShapeKind.Unknown, null, origin, location);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && nullable.TypeArguments.Length == 1)
        {
            type = nullable.TypeArguments[0];
        }

        // The order follows the runtime's classification of a value's type (ValueKinds).
        switch (type.TypeKind)
        {
            case TypeKind.Error:
            case TypeKind.Dynamic:
            case TypeKind.TypeParameter:
            case TypeKind.Pointer:
            case TypeKind.FunctionPointer:
                return Unknown();
            case TypeKind.Enum:
                return Simple(ShapeKind.Number);
            case TypeKind.Delegate:
                return SymbolEqualityComparer.Default.Equals(type, known.AspNetRequestDelegate)
                    ? Simple(ShapeKind.Deferred)
                    : Simple(ShapeKind.Unsupported, "a delegate (" + Describe.Type(type) + ") instead of its result");
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Object:
            case SpecialType.System_ValueType:
            case SpecialType.System_Enum:
            case SpecialType.System_Array:
                return Unknown();
            case SpecialType.System_Delegate:
            case SpecialType.System_MulticastDelegate:
                return Simple(ShapeKind.Unsupported, "a delegate (" + Describe.Type(type) + ") instead of its result");
            case SpecialType.System_String:
                return Simple(ShapeKind.Text);
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return Simple(ShapeKind.Number);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                return Unknown();
            }

            return array.ElementType.SpecialType == SpecialType.System_Byte
                ? Simple(ShapeKind.Bytes)
                : Shape.Collection(ShapeKind.JsonArray, type, origin, location, array.ElementType, isLazy: false);
        }

        if (type is not INamedTypeSymbol named)
        {
            return Unknown();
        }

        if (TupleTypes.IsTuple(named))
        {
            return nesting < MaxTupleNesting ? Shape.Tuple(type, origin, location, TupleTypes.ElementShapes(named, this, location, nesting + 1)) : Unknown();
        }

        if (IsByteBuffer(named))
        {
            return Simple(ShapeKind.Bytes);
        }

        if (IsOtherNumber(named))
        {
            return Simple(ShapeKind.Number);
        }

        if (DerivesFrom(named, known.Response))
        {
            return Simple(ShapeKind.Response);
        }

        if (DerivesFrom(named, known.HttpException))
        {
            return Simple(ShapeKind.HttpException);
        }

        if (DerivesFrom(named, known.Stream))
        {
            return Shape.Collection(ShapeKind.Stream, type, origin, location, null, isLazy: true);
        }

        if (Implements(named, known.AspNetResult))
        {
            return Simple(ShapeKind.Deferred);
        }

        if (SymbolEqualityComparer.Default.Equals(named, known.Headers))
        {
            return Simple(ShapeKind.HeaderCollection);
        }

        if (DerivesFrom(named, known.JsonValue))
        {
            return Simple(ShapeKind.Unsupported, "a JsonValue (a JSON scalar, not an object or array)");
        }

        if (IsTask(named))
        {
            return Simple(ShapeKind.Unsupported, Describe.WithArticle(type) + " that was not awaited");
        }

        // A JsonNode or JsonElement may hold an object, an array or a scalar: only the value tells.
        if (SymbolEqualityComparer.Default.Equals(named, known.JsonNode)
            || SymbolEqualityComparer.Default.Equals(named, known.JsonElement)
            || SymbolEqualityComparer.Default.Equals(named, known.JsonDocument))
        {
            return Unknown();
        }

        var kv = FindGenericArguments(named, known.IDictionaryOfKV);
        if (kv.IsDefault)
        {
            kv = FindGenericArguments(named, known.IReadOnlyDictionaryOfKV);
        }

        if (!kv.IsDefault && kv.Length == 2)
        {
            return Shape.Collection(ShapeKind.JsonObject, type, origin, location, kv[1], isLazy: false);
        }

        if (Implements(named, known.IDictionary))
        {
            return Shape.Collection(ShapeKind.JsonObject, type, origin, location, null, isLazy: false);
        }

        if (!FindGenericArguments(named, known.ISetOfT).IsDefault || !FindGenericArguments(named, known.IReadOnlySetOfT).IsDefault)
        {
            return named.TypeKind == TypeKind.Interface && !SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, known.ISetOfT)
                                                       && !SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, known.IReadOnlySetOfT)
                ? Unknown()
                : Simple(ShapeKind.Unsupported, "a set (" + Describe.Type(type) + ")");
        }

        if (FindGenericArguments(named, known.IAsyncEnumerableOfT) is { IsDefault: false, Length: 1 } asyncElement)
        {
            return Shape.Collection(ShapeKind.Stream, type, origin, location, asyncElement[0], isLazy: true);
        }

        var listElement = FindGenericArguments(named, known.IListOfT);
        if (listElement.IsDefault)
        {
            listElement = FindGenericArguments(named, known.IReadOnlyListOfT);
        }

        if (!listElement.IsDefault && listElement.Length == 1)
        {
            return Shape.Collection(ShapeKind.JsonArray, type, origin, location, listElement[0], isLazy: false);
        }

        if (Implements(named, known.IList))
        {
            return Shape.Collection(ShapeKind.JsonArray, type, origin, location, null, isLazy: false);
        }

        var sequence = FindGenericArguments(named, known.IEnumerableOfT);
        var elementType = sequence is { IsDefault: false, Length: 1 } ? sequence[0] : null;
        if (named.TypeKind == TypeKind.Interface)
        {
            // An interface-typed sequence may be a list (JSON) or an iterator (a stream) at run time.
            return Laziness.IsVisiblyLazy(origin, known)
                ? Shape.Collection(ShapeKind.Stream, type, origin, location, elementType, isLazy: true)
                : Unknown();
        }

        if (IsBaseOfAcceptedType(named))
        {
            return Unknown();
        }

        if (elementType is not null || Implements(named, known.IEnumerable))
        {
            // A materialised collection that is neither a list nor a dictionary (a queue, a stack) is refused;
            // any other sequence class is streamed.
            return IsCollection(named)
                ? Simple(ShapeKind.Unsupported, Describe.WithArticle(type))
                : Shape.Collection(ShapeKind.Stream, type, origin, location, elementType, isLazy: true);
        }

        if (named.IsAnonymousType)
        {
            return Simple(ShapeKind.Unsupported, "an anonymous object");
        }

        return Simple(ShapeKind.Unsupported, Describe.WithArticle(type));

        Shape Unknown() => Shape.Simple(ShapeKind.Unknown, type, origin, location);

        Shape Simple(ShapeKind kind, string? description = null) => Shape.Simple(kind, type, origin, location, description);
    }

    private bool IsCollection(INamedTypeSymbol type) =>
        Implements(type, known.ICollection)
        || !FindGenericArguments(type, known.ICollectionOfT).IsDefault
        || !FindGenericArguments(type, known.IReadOnlyCollectionOfT).IsDefault;

    private bool IsByteBuffer(INamedTypeSymbol type) =>
        (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known.ReadOnlyMemoryOfT)
         || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known.MemoryOfT)
         || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known.ArraySegmentOfT))
        && type.TypeArguments.Length == 1 && type.TypeArguments[0].SpecialType == SpecialType.System_Byte;

    /// <summary>Numbers that are not C# keywords: BigInteger, Int128, UInt128, Half.</summary>
    private static bool IsOtherNumber(INamedTypeSymbol type) =>
        type.Name is "Int128" or "UInt128" or "Half" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
        || type.Name == "BigInteger" && type.ContainingNamespace is { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The T of an <c>IEnumerable&lt;T&gt;</c> or <c>IAsyncEnumerable&lt;T&gt;</c> (an iterator's declared return type), else null.</summary>
    public ITypeSymbol? SequenceElementType(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        var arguments = FindGenericArguments(named, known.IAsyncEnumerableOfT);
        if (arguments.IsDefault)
        {
            arguments = FindGenericArguments(named, known.IEnumerableOfT);
        }

        return arguments is { IsDefault: false, Length: 1 } ? arguments[0] : null;
    }

    public bool IsTask(ITypeSymbol type) =>
        DerivesFrom(type, known.Task)
        || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known.ValueTask)
        || SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known.ValueTaskOfT);

    /// <summary>The result type of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, else null.</summary>
    public ITypeSymbol? TaskResultType(ITypeSymbol? type)
    {
        // The base types end: the compiler breaks a cycle (class A : B, class B : A) with an error type that has no base.
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if ((SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, known.TaskOfT)
                 || SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, known.ValueTaskOfT))
                && current.TypeArguments.Length == 1)
            {
                return current.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>
    /// A header collection by type, as the runtime reads one: <c>Headers</c>, any dictionary, or a
    /// sequence of <c>KeyValuePair</c>, <c>ValueTuple</c> or <c>Tuple</c> pairs.
    /// </summary>
    public bool IsHeaderCollection(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, known.Headers))
        {
            return true;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType is INamedTypeSymbol arrayElement && IsPair(arrayElement);
        }

        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (!FindGenericArguments(named, known.IDictionaryOfKV).IsDefault
            || !FindGenericArguments(named, known.IReadOnlyDictionaryOfKV).IsDefault
            || Implements(named, known.IDictionary))
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, known.IEnumerableOfT) && named.TypeArguments[0] is INamedTypeSymbol own && IsPair(own))
        {
            return true;
        }

        foreach (var candidate in AllInterfaces(named))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, known.IEnumerableOfT)
                && candidate.TypeArguments[0] is INamedTypeSymbol element && IsPair(element))
            {
                return true;
            }
        }

        return false;
    }

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        // Ends, as in TaskResultType.
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPair(INamedTypeSymbol pair) =>
        SymbolEqualityComparer.Default.Equals(pair.OriginalDefinition, known.KeyValuePairOfKV)
        || pair.IsTupleType && pair.TupleElements.Length == 2
        || pair.Arity == 2 && pair.Name == "Tuple" && pair.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private bool Implements(INamedTypeSymbol type, INamedTypeSymbol? @interface)
    {
        if (@interface is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, @interface))
        {
            return true;
        }

        foreach (var candidate in AllInterfaces(type))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, @interface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type arguments of <paramref name="definition"/> as <paramref name="type"/> is or implements it.</summary>
    private ImmutableArray<ITypeSymbol> FindGenericArguments(INamedTypeSymbol type, INamedTypeSymbol? definition)
    {
        if (definition is null)
        {
            return default;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition))
        {
            return type.TypeArguments;
        }

        foreach (var candidate in AllInterfaces(type))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, definition))
            {
                return candidate.TypeArguments;
            }
        }

        return default;
    }

    private ImmutableArray<INamedTypeSymbol> AllInterfaces(INamedTypeSymbol type) =>
        allInterfaces.GetOrAdd(type, static t => t.AllInterfaces);

    /// <summary>A class such as <c>Exception</c> may hold an accepted value (an HttpException) at run time.</summary>
    private bool IsBaseOfAcceptedType(INamedTypeSymbol type) =>
        DerivesFrom(known.Response, type) || DerivesFrom(known.HttpException, type) || DerivesFrom(known.Stream, type);
}
