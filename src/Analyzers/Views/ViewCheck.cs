using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>One view rule: reads the values <see cref="ViewFinder"/> found in a block and reports its rule.</summary>
internal abstract class ViewCheck
{
    private protected ViewCheck(DiagnosticDescriptor rule) => Rule = rule;

    public DiagnosticDescriptor Rule { get; }

    public abstract void Run(ViewFinder views, RuleReporter report);
}
