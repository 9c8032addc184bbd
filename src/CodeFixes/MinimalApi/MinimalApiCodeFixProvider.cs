using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>
/// The plumbing of the minimal-API fixes: a derived provider plans the rewrites of one diagnostic
/// (reading the facts the analyzer put in its properties); each becomes a code action, and Fix All
/// applies the chosen one to every diagnostic of a document in one pass.
/// </summary>
public abstract class MinimalApiCodeFixProvider : CodeFixProvider
{
    private readonly FixAllProvider fixAll;

    private protected MinimalApiCodeFixProvider(string diagnosticId)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        fixAll = new BatchFixAll(this);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => fixAll;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = await FixDocument.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                continue;
            }

            var plans = new List<ResultRewrite>();
            Plan(document, diagnostic, plans, context.CancellationToken);
            foreach (var plan in plans)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(plan.Title, _ => Task.FromResult(document.Apply(new[] { plan })), plan.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private protected abstract void Plan(FixDocument document, Diagnostic diagnostic, List<ResultRewrite> plans, CancellationToken cancellationToken);

    private sealed class BatchFixAll : DocumentBasedFixAllProvider
    {
        private readonly MinimalApiCodeFixProvider provider;

        public BatchFixAll(MinimalApiCodeFixProvider provider) => this.provider = provider;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var fixDocument = await FixDocument.CreateAsync(document, fixAllContext.CancellationToken).ConfigureAwait(false);
            if (fixDocument is null)
            {
                return null;
            }

            var chosen = new List<ResultRewrite>();
            var plans = new List<ResultRewrite>();
            foreach (var diagnostic in diagnostics)
            {
                // A host may hand over every diagnostic of the family's analyzer, not only this provider's rule.
                if (!provider.FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    continue;
                }

                plans.Clear();
                provider.Plan(fixDocument, diagnostic, plans, fixAllContext.CancellationToken);
                if (FixAllChoice.Choose(plans, fixAllContext.CodeActionEquivalenceKey, p => p.EquivalenceKey) is { } plan)
                {
                    chosen.Add(plan);
                }
            }

            return chosen.Count == 0 ? null : fixDocument.Apply(chosen);
        }
    }
}
