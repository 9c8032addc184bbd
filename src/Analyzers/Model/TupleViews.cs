using System.Collections.Immutable;

namespace ReturnShape.Analyzers.Model;

/// <summary>The response tuples (and MakeResponse calls) among a block's view values whose parts can be read by position.</summary>
internal static class TupleViews
{
    public static ImmutableArray<(ViewValue Value, TupleLayout Layout)> Find(ImmutableArray<ViewValue> values)
    {
        ImmutableArray<(ViewValue, TupleLayout)>.Builder? found = null;
        foreach (var value in values)
        {
            if (value.Shape.Kind == ShapeKind.Tuple && value.Shape.Layout is { IsWellFormed: true } layout)
            {
                (found ??= ImmutableArray.CreateBuilder<(ViewValue, TupleLayout)>()).Add((value, layout));
            }
        }

        return found is null ? ImmutableArray<(ViewValue, TupleLayout)>.Empty : found.ToImmutable();
    }

    /// <summary>The leaves of a part, or none when the part is absent.</summary>
    public static ImmutableArray<Shape> Leaves(Shape? part) => part is null ? ImmutableArray<Shape>.Empty : part.Leaves();

    /// <summary>
    /// True when no header of the given name can be among <paramref name="headers"/>: none are given,
    /// or every one is written out in source and none has that name.
    /// </summary>
    public static bool CertainlyLacks(Shape? headers, string name)
    {
        foreach (var leaf in Leaves(headers))
        {
            if (leaf.Kind == ShapeKind.Null)
            {
                continue;
            }

            if (HeaderEntries.Read(leaf) is not { IsComplete: true } entries)
            {
                return false;
            }

            foreach (var entry in entries.Entries)
            {
                if (entry.Name is null || entry.Is(name))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
