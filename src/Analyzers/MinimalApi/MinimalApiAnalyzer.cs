using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// The plumbing of the minimal-API rules: nothing is registered unless the compilation references
/// ASP.NET Core's routing; a derived analyzer registers its operation actions and reports its one
/// rule through a reporter that says each thing once (a method group mapped twice is one mistake).
/// </summary>
public abstract class MinimalApiAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor rule;

    private protected MinimalApiAnalyzer(DiagnosticDescriptor rule)
    {
        this.rule = rule;
        SupportedDiagnostics = ImmutableArray.Create(rule);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.NotAnalysed);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = AspNetSymbols.For(start.Compilation);
            if (symbols is not null)
            {
                Register(start, symbols, new OnceReporter(rule));
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext start, AspNetSymbols symbols, OnceReporter report);

    /// <summary>Reports the rule once per location per compilation.</summary>
    private protected sealed class OnceReporter
    {
        private readonly DiagnosticDescriptor rule;
        private readonly ConcurrentDictionary<Location, byte> reported = new();

        public OnceReporter(DiagnosticDescriptor rule) => this.rule = rule;

        public void Report(
            System.Action<Diagnostic> report,
            Location location,
            string name,
            string detail,
            ImmutableDictionary<string, string?>? properties = null,
            Location? additionalLocation = null)
        {
            if (reported.TryAdd(location, 0))
            {
                var additional = additionalLocation is null ? null : new[] { additionalLocation };
                report(Diagnostic.Create(rule, location, additional, properties, name, detail));
            }
        }
    }
}
