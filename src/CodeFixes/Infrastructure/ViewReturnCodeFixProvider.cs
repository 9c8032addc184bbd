using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ReturnShape.CodeFixes;

/// <summary>
/// The plumbing every ReturnShape fix shares: a derived provider plans its rewrites of one
/// diagnostic on the original document; the same plan serves the light bulb and Fix All, which
/// applies every rewrite of a document in one pass (<see cref="ViewReturnFixAllProvider"/>).
/// </summary>
public abstract class ViewReturnCodeFixProvider : CodeFixProvider
{
    private protected ViewReturnCodeFixProvider(string diagnosticId) => FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => new ViewReturnFixAllProvider(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var fixContext = await FixContext.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        if (fixContext is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            var rewrites = new List<Rewrite>();
            Plan(fixContext, diagnostic, rewrites);
            foreach (var rewrite in rewrites)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        rewrite.Title,
                        _ => DocumentRewriter.ApplyAsync(fixContext, new[] { rewrite }),
                        rewrite.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Adds the rewrites that fix <paramref name="diagnostic"/>, if any; each with its own equivalence key.</summary>
    private protected abstract void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites);

    internal void PlanFor(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites) => Plan(context, diagnostic, rewrites);
}
