using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReturnShape.CodeFixes;

/// <summary>One code action, planned on the original document: a title, an equivalence key and its edits.</summary>
internal sealed class Rewrite
{
    public Rewrite(string title, string equivalenceKey, SyntaxNode target, Func<SyntaxNode, SyntaxNode> replace)
        : this(title, equivalenceKey, new[] { new Edit(target, replace) })
    {
    }

    /// <summary>The edit of the value and the edits of the declarations it needs (<see cref="Placement.Find"/>).</summary>
    public Rewrite(string title, string equivalenceKey, SyntaxNode target, Func<SyntaxNode, SyntaxNode> replace, IReadOnlyList<Edit> declarations)
        : this(declarations.Count == 0 ? title : title + " (and change the declared type)", equivalenceKey, Prepend(new Edit(target, replace), declarations))
    {
    }

    public Rewrite(string title, string equivalenceKey, IReadOnlyList<Edit> edits)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Edits = edits;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public IReadOnlyList<Edit> Edits { get; }

    private static IReadOnlyList<Edit> Prepend(Edit first, IReadOnlyList<Edit> rest)
    {
        var all = new List<Edit>(rest.Count + 1) { first };
        all.AddRange(rest);
        return all;
    }
}
