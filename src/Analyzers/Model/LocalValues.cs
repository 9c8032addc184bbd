using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// The locals of one operation block that are assigned exactly once, at their declaration, so
/// that a read of the local can be classified by its initializer.
/// </summary>
internal sealed class LocalValues
{
    private readonly Dictionary<ILocalSymbol, LocalInfo> locals;

    public LocalValues(ImmutableArray<IOperation> blocks) => locals = Scan(blocks);

    private static Dictionary<ILocalSymbol, LocalInfo> Scan(ImmutableArray<IOperation> blocks)
    {
        var locals = new Dictionary<ILocalSymbol, LocalInfo>(SymbolEqualityComparer.Default);
        foreach (var block in blocks.IsDefault ? ImmutableArray<IOperation>.Empty : blocks)
        {
            if (block is null)
            {
                continue;
            }

            foreach (var operation in block.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when declarator.Symbol is { } symbol:
                        var info = Get(locals, symbol);
                        info.Initializer = declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value;
                        info.IsRef = symbol.IsRef;
                        break;
                    case ILocalReferenceOperation reference when reference.Local is { } local:
                        var referenced = Get(locals, local);
                        referenced.References++;
                        if (reference.IsDeclaration || IsWritten(reference))
                        {
                            referenced.Writes++;
                        }

                        break;
                }
            }
        }

        return locals;
    }

    /// <summary>The initializer of a local assigned once; <paramref name="isShared"/> when it is read elsewhere too.</summary>
    public bool TryGetSingleValue(ILocalSymbol local, out IOperation value, out bool isShared)
    {
        value = null!;
        isShared = false;
        if (!locals.TryGetValue(local, out var info) || info.Initializer is null || info.Writes > 0 || info.IsRef || local.IsRef)
        {
            return false;
        }

        value = info.Initializer;
        isShared = info.References > 1;
        return true;
    }

    private static LocalInfo Get(Dictionary<ILocalSymbol, LocalInfo> locals, ILocalSymbol symbol)
    {
        if (!locals.TryGetValue(symbol, out var info))
        {
            info = new LocalInfo();
            locals.Add(symbol, info);
        }

        return info;
    }

    private static bool IsWritten(IOperation reference)
    {
        var child = reference;
        var parent = reference.Parent;

        // A write to a field of a struct local (t.Item2 = 500) changes the local.
        while (parent is IMemberReferenceOperation member && member.Instance == child && child.Type?.IsValueType == true)
        {
            child = parent;
            parent = parent.Parent;
        }

        // A tuple on the left of a deconstruction: (a, b) = ...
        while (parent is ITupleOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IAssignmentOperation assignment => assignment.Target == child,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            IAddressOfOperation => true,
            IVariableInitializerOperation => IsRefInitializer(parent),
            _ => false,
        };
    }

    private static bool IsRefInitializer(IOperation initializer) =>
        initializer.Parent is IVariableDeclaratorOperation { Symbol.IsRef: true };

    private sealed class LocalInfo
    {
        public IOperation? Initializer { get; set; }

        public bool IsRef { get; set; }

        public int References { get; set; }

        public int Writes { get; set; }
    }
}
