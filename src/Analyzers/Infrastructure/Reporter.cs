using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.Infrastructure;

/// <summary>
/// Reports a family's rules, each mistake once: a location and detail already reported for a rule
/// are not reported again (a local returned twice, a method group mapped twice, is one mistake).
/// </summary>
internal sealed class Reporter
{
    private readonly Action<Diagnostic> report;

    // Compilation-wide when the same subject can be met from several places (a handler's body from each Map call);
    // else made on the first report: most blocks report nothing.
    private readonly ConcurrentDictionary<(string Id, Location Location, string Detail), byte>? shared;
    private HashSet<(string Id, Location Location, string Detail)>? reported;

    public Reporter(Action<Diagnostic> report, ConcurrentDictionary<(string Id, Location Location, string Detail), byte>? shared = null)
    {
        this.report = report;
        this.shared = shared;
    }

    public void Report(DiagnosticDescriptor rule, Location location, string name, string detail,
        ImmutableDictionary<string, string?>? properties = null, Location? additionalLocation = null)
    {
        var key = (rule.Id, location, detail);
        var first = shared is not null ? shared.TryAdd(key, 0) : (reported ??= new()).Add(key);
        if (first)
        {
            var additional = additionalLocation is null ? null : new[] { additionalLocation };
            report(Diagnostic.Create(rule, location, additional, properties, name, detail));
        }
    }
}
