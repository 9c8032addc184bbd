using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>One planned edit of a minimal-API fix: a node replaced, and the namespaces the replacement needs in scope.</summary>
internal sealed class ResultRewrite
{
    public ResultRewrite(string title, string equivalenceKey, SyntaxNode target, Func<SyntaxNode, SyntaxNode> replace, IReadOnlyList<string> usings,
        IReadOnlyList<ResultRewrite>? with = null)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Target = target;
        Replace = replace;
        Usings = usings;
        With = with ?? new ResultRewrite[0];
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public SyntaxNode Target { get; }

    /// <summary>Builds the replacement from the target as it is after the rewrites nested inside it.</summary>
    public Func<SyntaxNode, SyntaxNode> Replace { get; }

    /// <summary>Namespaces to import because the replacement's names are not in scope yet.</summary>
    public IReadOnlyList<string> Usings { get; }

    /// <summary>Edits that only compile together with this one (a declared type and every value it types), applied with it.</summary>
    public IReadOnlyList<ResultRewrite> With { get; }
}
