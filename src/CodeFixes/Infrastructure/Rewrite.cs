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

    public Rewrite(string title, string equivalenceKey, IReadOnlyList<Edit> edits)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Edits = edits;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public IReadOnlyList<Edit> Edits { get; }
}
