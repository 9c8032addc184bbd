using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.CodeFixes;

/// <summary>
/// Every simple name written in a compilation, by its text: where a fix looks for the references
/// of a method it would retype. Built once per compilation, which Fix All shares between the
/// documents and diagnostics it plans.
/// </summary>
internal sealed class NameIndex
{
    private static readonly ConditionalWeakTable<Compilation, NameIndex> Cache = new();

    private readonly Lazy<Dictionary<string, List<(SyntaxTree Tree, IdentifierNameSyntax Name)>>> names;

    private NameIndex(Compilation compilation) => names = new(() => Build(compilation));

    public static NameIndex For(Compilation compilation) => Cache.GetValue(compilation, c => new NameIndex(c));

    public IReadOnlyList<(SyntaxTree Tree, IdentifierNameSyntax Name)> Find(string text)
    {
        return names.Value.TryGetValue(text, out var found) ? found : (IReadOnlyList<(SyntaxTree, IdentifierNameSyntax)>)Array.Empty<(SyntaxTree, IdentifierNameSyntax)>();
    }

    private static Dictionary<string, List<(SyntaxTree Tree, IdentifierNameSyntax Name)>> Build(Compilation compilation)
    {
        var built = new Dictionary<string, List<(SyntaxTree Tree, IdentifierNameSyntax Name)>>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is IdentifierNameSyntax name)
                {
                    if (!built.TryGetValue(name.Identifier.ValueText, out var list))
                    {
                        list = new List<(SyntaxTree, IdentifierNameSyntax)>();
                        built.Add(name.Identifier.ValueText, list);
                    }

                    list.Add((tree, name));
                }
            }
        }

        return built;
    }
}
