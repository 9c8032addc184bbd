using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ReturnShape.CodeFixes;

/// <summary>
/// Fix All for a ReturnShape provider: per document, the rewrite with the chosen equivalence key
/// of every diagnostic, applied in one pass, so the document gains one <c>using</c> however many
/// fixes it takes (a batch of separate fixes would merge one per fix) and the cost stays linear.
/// Which rewrite each diagnostic gets is <see cref="FixAllChoice"/>'s.
/// </summary>
internal sealed class ViewReturnFixAllProvider : DocumentBasedFixAllProvider
{
    private readonly ViewReturnCodeFixProvider provider;

    public ViewReturnFixAllProvider(ViewReturnCodeFixProvider provider) => this.provider = provider;

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var context = await FixContext.CreateAsync(document, fixAllContext.CancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return null;
        }

        var chosen = new List<Rewrite>();
        var planned = new List<Rewrite>();
        foreach (var diagnostic in diagnostics)
        {
            // A host may hand over every diagnostic of the family's analyzer, not only this provider's rule.
            if (!provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            planned.Clear();
            provider.PlanFor(context, diagnostic, planned);
            if (FixAllChoice.Choose(planned, fixAllContext.CodeActionEquivalenceKey, r => r.EquivalenceKey) is { } rewrite)
            {
                chosen.Add(rewrite);
            }
        }

        return chosen.Count == 0 ? null : await DocumentRewriter.ApplyAsync(context, chosen).ConfigureAwait(false);
    }
}
