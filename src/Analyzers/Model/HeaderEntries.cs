using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.Model;

/// <summary>One header written in source: <c>{ "X-A", "1" }</c>, <c>["X-A"] = "1"</c>, <c>("X-A", "1")</c>.</summary>
internal sealed class HeaderEntry
{
    public HeaderEntry(IOperation name, IOperation value, Location location)
    {
        NameOperation = name;
        ValueOperation = value;
        Location = location;
    }

    public IOperation NameOperation { get; }

    public IOperation ValueOperation { get; }

    /// <summary>The whole entry, e.g. <c>{ "Set-Cookie", "a=1" }</c>.</summary>
    public Location Location { get; }

    public string? Name => ShapeBuilder.Unwrap(NameOperation).ConstantValue is { HasValue: true, Value: string name } ? name : null;

    /// <summary>The value when it is a string constant.</summary>
    public string? Value => ShapeBuilder.Unwrap(ValueOperation).ConstantValue is { HasValue: true, Value: string value } ? value : null;

    public bool IsNullValue => ShapeBuilder.Unwrap(ValueOperation).ConstantValue is { HasValue: true, Value: null };

    public bool Is(string headerName) => string.Equals(Name, headerName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The headers of a collection created right where it is used (or in a local used nowhere else),
/// so that its entries can be read; <see cref="IsComplete"/> when every entry is seen.
/// </summary>
internal sealed class HeaderEntries
{
    private HeaderEntries(ImmutableArray<HeaderEntry> entries, bool isComplete)
    {
        Entries = entries;
        IsComplete = isComplete;
    }

    public ImmutableArray<HeaderEntry> Entries { get; }

    public bool IsComplete { get; }

    /// <summary>The entries of a header collection literal, or null when the collection is not seen.</summary>
    public static HeaderEntries? Read(Shape headers)
    {
        if (headers.MayBeMutated || headers.Origin is not { } origin)
        {
            return null;
        }

        switch (origin)
        {
            case IObjectCreationOperation creation:
                var builder = ImmutableArray.CreateBuilder<HeaderEntry>();
                var complete = AllArgumentsKeepEmpty(creation);
                if (creation.Initializer is { } initializer)
                {
                    foreach (var initialized in initializer.Initializers)
                    {
                        complete &= TryAdd(builder, initialized);
                    }
                }

                return new HeaderEntries(builder.ToImmutable(), complete);
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                var pairs = ImmutableArray.CreateBuilder<HeaderEntry>();
                var allSeen = true;
                foreach (var element in arrayInitializer.ElementValues)
                {
                    allSeen &= TryAddPair(pairs, element, element.Syntax.GetLocation());
                }

                return new HeaderEntries(pairs.ToImmutable(), allSeen);
            default:
                return null;
        }
    }

    /// <summary>A constructor argument such as a comparer or a capacity adds no header; a source collection may.</summary>
    private static bool AllArgumentsKeepEmpty(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Value.Type is { } type
                && type.SpecialType != SpecialType.System_Int32 && !IsComparer(type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsComparer(ITypeSymbol type)
    {
        if (IsEqualityComparer(type))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsEqualityComparer(implemented))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEqualityComparer(ITypeSymbol type) =>
        type.Name == "IEqualityComparer" && type.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System.Collections";

    private static bool TryAdd(ImmutableArray<HeaderEntry>.Builder entries, IOperation initialized)
    {
        switch (initialized)
        {
            // { "X-A", "1" } and new Headers { { "X-A", "1" } }: a call to Add(name, value).
            case IInvocationOperation { Arguments.Length: 2 } add:
                entries.Add(new HeaderEntry(ArgumentValue(add, 0), ArgumentValue(add, 1), add.Syntax.GetLocation()));
                return true;

            // { ("X-A", "1") } or { new KeyValuePair<string, string>("X-A", "1") }: Add(pair).
            case IInvocationOperation { Arguments.Length: 1 } addPair:
                return TryAddPair(entries, addPair.Arguments[0].Value, addPair.Syntax.GetLocation());

            // ["X-A"] = "1": the indexer.
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                entries.Add(new HeaderEntry(indexer.Arguments[0].Value, assignment.Value, assignment.Syntax.GetLocation()));
                return true;
            default:
                return false;
        }
    }

    private static bool TryAddPair(ImmutableArray<HeaderEntry>.Builder entries, IOperation pair, Location location)
    {
        switch (ShapeBuilder.Unwrap(pair))
        {
            case ITupleOperation { Elements.Length: 2 } tuple:
                entries.Add(new HeaderEntry(tuple.Elements[0], tuple.Elements[1], location));
                return true;
            case IObjectCreationOperation { Arguments.Length: 2 } creation:
                entries.Add(new HeaderEntry(creation.Arguments[0].Value, creation.Arguments[1].Value, location));
                return true;
            default:
                return false;
        }
    }

    private static IOperation ArgumentValue(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return invocation.Arguments[ordinal].Value;
    }
}
