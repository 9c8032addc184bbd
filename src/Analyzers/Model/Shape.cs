using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// What a value the runtime will coerce looks like, as far as the source shows: its kind, its
/// static type, the operation that makes it (for constants and initializers) and where it is.
/// </summary>
internal sealed class Shape
{
    private TupleLayout? layout;
    private ImmutableArray<Shape> leaves;

    private Shape(ShapeKind kind, ITypeSymbol? type, IOperation? origin, Location location)
    {
        Kind = kind;
        Type = type;
        Origin = origin;
        Location = location;
    }

    public ShapeKind Kind { get; }

    /// <summary>The static type of the value after looking through conversions that keep it.</summary>
    public ITypeSymbol? Type { get; }

    /// <summary>The operation that produces the value, when it is seen (a literal, a creation, a call).</summary>
    public IOperation? Origin { get; }

    public Location Location { get; }

    public ImmutableArray<Shape> Arms { get; private set; } = ImmutableArray<Shape>.Empty;

    public ImmutableArray<Shape> Elements { get; private set; } = ImmutableArray<Shape>.Empty;

    /// <summary>For a call such as <c>MakeResponse(body, status)</c>: the parameter name of each element.</summary>
    public ImmutableArray<string> ElementRoles { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>The element type of a stream, JSON list or dictionary value.</summary>
    public ITypeSymbol? ElementType { get; private set; }

    /// <summary>True when the stream is certainly lazy (an iterator, an async stream), not a list in disguise.</summary>
    public bool IsLazy { get; private set; }

    /// <summary>True when the value was reached through a local that other code also touches, so its contents may change.</summary>
    public bool MayBeMutated { get; private set; }

    /// <summary>For <see cref="ShapeKind.Unsupported"/> and <see cref="ShapeKind.NoValue"/>: what the value is, in words.</summary>
    public string? Description { get; private set; }

    /// <summary>True for a JSON dictionary or list whose type is also a header collection (string-keyed pairs).</summary>
    public bool IsHeaderPairs { get; set; }

    /// <summary>True for a number whose type the runtime takes as a status code (an integer or HttpStatusCode).</summary>
    public bool IsStatusCodeType { get; set; }

    public bool IsCall => !ElementRoles.IsEmpty;

    public Optional<object?> Constant => Origin?.ConstantValue ?? default;

    /// <summary>Computed once; analyzers running concurrently share the shape.</summary>
    public TupleLayout Layout => layout ?? System.Threading.Interlocked.CompareExchange(ref layout, TupleLayout.Of(this), null) ?? layout;

    public static Shape Simple(ShapeKind kind, ITypeSymbol? type, IOperation? origin, Location location, string? description = null) =>
        new(kind, type, origin, location) { Description = description };

    public static Shape Collection(ShapeKind kind, ITypeSymbol? type, IOperation? origin, Location location, ITypeSymbol? elementType, bool isLazy) =>
        new(kind, type, origin, location) { ElementType = elementType, IsLazy = isLazy };

    public static Shape Union(ImmutableArray<Shape> arms, Location location) =>
        new(ShapeKind.Union, null, null, location) { Arms = arms };

    public static Shape Tuple(ITypeSymbol? type, IOperation? origin, Location location, ImmutableArray<Shape> elements) =>
        new(ShapeKind.Tuple, type, origin, location) { Elements = elements };

    public static Shape Call(IOperation call, ImmutableArray<Shape> arguments, ImmutableArray<string> roles) =>
        new(ShapeKind.Tuple, call.Type, call, call.Syntax.GetLocation()) { Elements = arguments, ElementRoles = roles };

    public Shape AsMayBeMutated()
    {
        if (MayBeMutated)
        {
            return this;
        }

        return new Shape(Kind, Type, Origin, Location)
        {
            Arms = Arms, Elements = Elements, ElementRoles = ElementRoles, ElementType = ElementType, IsLazy = IsLazy,
            Description = Description, MayBeMutated = true, IsHeaderPairs = IsHeaderPairs, IsStatusCodeType = IsStatusCodeType,
        };
    }

    /// <summary>The single values this may be: the arms of unions, flattened; arms that throw are left out.</summary>
    public ImmutableArray<Shape> Leaves()
    {
        // Computed once; a race computes the same leaves twice, and either copy will do.
        if (leaves.IsDefault)
        {
            leaves = CollectLeaves();
        }

        return leaves;
    }

    private ImmutableArray<Shape> CollectLeaves()
    {
        switch (Kind)
        {
            case ShapeKind.Never:
                return ImmutableArray<Shape>.Empty;
            case ShapeKind.Union:
                var all = ImmutableArray.CreateBuilder<Shape>();
                foreach (var arm in Arms)
                {
                    all.AddRange(arm.Leaves());
                }

                return all.ToImmutable();
            default:
                return ImmutableArray.Create(this);
        }
    }
}
