using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.Infrastructure;

/// <summary>The family's reporter, bound to the rule of the check that holds it.</summary>
internal readonly struct RuleReporter
{
    private readonly Reporter reporter;

    public RuleReporter(Reporter reporter, DiagnosticDescriptor rule)
    {
        this.reporter = reporter;
        Rule = rule;
    }

    public DiagnosticDescriptor Rule { get; }

    /// <summary>Reports the rule; the message names <paramref name="name"/> (the view, route handler or member) and says <paramref name="detail"/>.</summary>
    public void Report(Location location, string name, string detail, ImmutableDictionary<string, string?>? properties = null, Location? additionalLocation = null) =>
        reporter.Report(Rule, location, name, detail, properties, additionalLocation);
}
