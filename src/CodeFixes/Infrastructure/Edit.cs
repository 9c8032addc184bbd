using System;
using Microsoft.CodeAnalysis;

namespace ReturnShape.CodeFixes;

/// <summary>
/// One node to replace and how. The replacement is applied to the node as the pass has already
/// rewritten it (edits nested inside it included), so it must read the node it is given.
/// </summary>
internal sealed class Edit
{
    public Edit(SyntaxNode target, Func<SyntaxNode, SyntaxNode> replace)
    {
        Target = target;
        Replace = replace;
    }

    public SyntaxNode Target { get; }

    public Func<SyntaxNode, SyntaxNode> Replace { get; }
}
