using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Which element of a response tuple (or argument of <c>MakeResponse(body, status, headers)</c>)
/// is the body, the status and the headers, by position as the runtime unpacks it; and whether
/// the elements fit another order better (a misordered tuple).
/// </summary>
internal sealed class TupleLayout
{
    private static readonly ImmutableArray<ImmutableArray<int>> Permutations2 = ImmutableArray.Create(ImmutableArray.Create(1, 0));

    private static readonly ImmutableArray<ImmutableArray<int>> Permutations3 = ImmutableArray.Create(
        ImmutableArray.Create(0, 2, 1),
        ImmutableArray.Create(1, 0, 2),
        ImmutableArray.Create(1, 2, 0),
        ImmutableArray.Create(2, 0, 1),
        ImmutableArray.Create(2, 1, 0));

    private TupleLayout(int length) => Length = length;

    [Flags]
    private enum Role
    {
        None = 0,
        Body = 1,
        Status = 2,
        Headers = 4,
        Any = Body | Status | Headers,
    }

    public int Length { get; }

    public bool HasValidLength => Length >= ViewReturnRules.MinTupleLength && Length <= ViewReturnRules.MaxTupleLength;

    public Shape? Body { get; private set; }

    public Shape? Status { get; private set; }

    public Shape? Headers { get; private set; }

    /// <summary>When the elements are in the wrong order: what is wrong, in words; else null.</summary>
    public string? Misorder { get; private set; }

    /// <summary>True when body, status and headers can be read by position: right length, right order.</summary>
    public bool IsWellFormed => HasValidLength && Misorder is null;

    public static TupleLayout Of(Shape tuple)
    {
        var elements = tuple.Elements;
        var layout = new TupleLayout(elements.Length);
        if (!layout.HasValidLength)
        {
            return layout;
        }

        layout.Body = elements[0];
        if (tuple.IsCall)
        {
            for (var i = 1; i < elements.Length; i++)
            {
                if (tuple.ElementRoles[i] == "headers")
                {
                    layout.Headers = elements[i];
                }
                else
                {
                    layout.Status = elements[i];
                }
            }
        }
        else if (elements.Length == 3)
        {
            layout.Status = elements[1];
            layout.Headers = elements[2];
        }
        else
        {
            switch (SecondElementRole(elements[1]))
            {
                case Role.Headers:
                    layout.Headers = elements[1];
                    break;
                case Role.Status:
                    layout.Status = elements[1];
                    break;
            }
        }

        layout.Misorder = FindMisorder(tuple, layout);
        return layout;
    }

    /// <summary>The runtime reads the second of two elements as headers when it is a header collection, else as a status.</summary>
    private static Role SecondElementRole(Shape element)
    {
        var role = Role.None;
        foreach (var leaf in element.Leaves())
        {
            if (leaf.Kind == ShapeKind.Unknown)
            {
                return Role.None;
            }

            var leafRole = IsHeaderCollection(leaf) ? Role.Headers : Role.Status;
            if (role != Role.None && role != leafRole)
            {
                return Role.None;
            }

            role = leafRole;
        }

        return role;
    }

    private static bool IsHeaderCollection(Shape leaf) =>
        leaf.Kind == ShapeKind.HeaderCollection
        || leaf.Kind is ShapeKind.JsonObject or ShapeKind.JsonArray && leaf.IsHeaderPairs;

    private static string? FindMisorder(Shape tuple, TupleLayout layout)
    {
        var elements = tuple.Elements;
        var roles = new Role[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var role = Role.None;
            foreach (var leaf in elements[i].Leaves())
            {
                if (leaf.Kind == ShapeKind.Null)
                {
                    // A null element is its own mistake (VRS0006, or an absent status/headers), not an order.
                    return null;
                }

                role |= RolesOf(leaf);
            }

            roles[i] = role;
        }

        var slots = Slots(tuple, layout);
        if (Fits(roles, slots, Identity(elements.Length)))
        {
            // The runtime's own message for ("ok", "custom-header", 200): the status is in the headers' place.
            if (!tuple.IsCall && elements.Length == 3 && roles[2] == Role.Status && (roles[1] & Role.Status) == 0)
            {
                return Swapped(Role.Status, Role.Headers);
            }

            return null;
        }

        foreach (var permutation in elements.Length == 2 ? Permutations2 : Permutations3)
        {
            if (Fits(roles, slots, permutation))
            {
                return Describe(roles, slots, permutation);
            }
        }

        return null;
    }

    /// <summary>The role each position may take: (body, status, headers), or (body, status | headers).</summary>
    private static Role[] Slots(Shape tuple, TupleLayout layout)
    {
        if (tuple.IsCall)
        {
            return tuple.ElementRoles.Select((name, i) => i == 0 ? Role.Body : name == "headers" ? Role.Headers : Role.Status).ToArray();
        }

        return layout.Length == 3
            ? new[] { Role.Body, Role.Status, Role.Headers }
            : new[] { Role.Body, Role.Status | Role.Headers };
    }

    private static Role RolesOf(Shape leaf) => leaf.Kind switch
    {
        ShapeKind.Unknown => Role.Any,
        ShapeKind.Text => leaf.Constant is { HasValue: true, Value: string text } && ViewReturnRules.CheckStatusLine(text, out _) is not null
            ? Role.Body
            : Role.Body | Role.Status,
        ShapeKind.Bytes or ShapeKind.Stream or ShapeKind.Response or ShapeKind.HttpException or ShapeKind.Deferred => Role.Body,
        ShapeKind.JsonObject or ShapeKind.JsonArray => leaf.IsHeaderPairs ? Role.Body | Role.Headers : Role.Body,
        ShapeKind.HeaderCollection => Role.Headers,
        ShapeKind.Number => leaf.IsStatusCodeType ? Role.Status : Role.None,
        _ => Role.None,
    };

    private static ImmutableArray<int> Identity(int length) => length == 2 ? ImmutableArray.Create(0, 1) : ImmutableArray.Create(0, 1, 2);

    /// <summary>Whether putting element <c>permutation[i]</c> in position i gives every position a role it can take.</summary>
    private static bool Fits(Role[] roles, Role[] slots, ImmutableArray<int> permutation)
    {
        for (var position = 0; position < slots.Length; position++)
        {
            if ((roles[permutation[position]] & slots[position]) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(Role[] roles, Role[] slots, ImmutableArray<int> permutation)
    {
        // The role each element would have in the right order, listed in the order written.
        var written = new Role[roles.Length];
        for (var position = 0; position < slots.Length; position++)
        {
            var element = permutation[position];
            var slot = slots[position] & roles[element];
            written[element] = (slot & Role.Status) != 0 && (slot & Role.Headers) != 0
                ? ((roles[element] & Role.Status) != 0 ? Role.Status : Role.Headers)
                : slot;
        }

        var moved = Enumerable.Range(0, roles.Length).Where(i => permutation[i] != i).ToList();
        if (moved.Count == 2)
        {
            var first = written[moved[0]];
            var second = written[moved[1]];
            return Swapped(first < second ? first : second, first < second ? second : first);
        }

        return "the elements are in the order (" + string.Join(", ", written.Select(Name)) + ")";
    }

    private static string Swapped(Role first, Role second) => Name(first) + " and " + Name(second) + " are swapped";

    private static string Name(Role role) => role switch
    {
        Role.Body => "body",
        Role.Status => "status",
        _ => "headers",
    };
}
