using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ReturnShape.Analyzers;

namespace ReturnShape.CodeFixes;

/// <summary>VRS0012: a body sent with 1xx, 204 or 304 is dropped on the wire; the fix drops it in source: <c>""</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BodilessStatusCodeFixProvider)), Shared]
public sealed class BodilessStatusCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EquivalenceKey = "VRS0012.DropBody";

    public BodilessStatusCodeFixProvider()
        : base(Descriptors.BodilessStatus.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        if (context.ExpressionAt(diagnostic) is { } body && Placement.Accepts(context, body, context.Compilation.GetSpecialType(SpecialType.System_String)))
        {
            rewrites.Add(new Rewrite("Drop the body", EquivalenceKey, body, node => Generate.String(string.Empty).WithTriviaFrom(node)));
        }
    }
}
