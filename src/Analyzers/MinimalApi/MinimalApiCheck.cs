using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>One minimal-API rule: reads the subject of one operation and reports its rule.</summary>
internal abstract class MinimalApiCheck
{
    private protected MinimalApiCheck(DiagnosticDescriptor rule) => Rule = rule;

    public DiagnosticDescriptor Rule { get; }

    public abstract void Run(in ApiSubject subject, RuleReporter report);
}
