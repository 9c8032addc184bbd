using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>
/// The plumbing every ReturnShape analyzer shares: nothing is registered unless the compilation
/// references ReturnShape; each operation block is scanned for view values once; a derived
/// analyzer reads the shapes and reports its one rule.
/// </summary>
public abstract class ViewReturnAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor rule;

    private protected ViewReturnAnalyzer(DiagnosticDescriptor rule)
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
            var known = KnownSymbols.For(start.Compilation);
            if (known is null)
            {
                return;
            }

            start.RegisterOperationBlockAction(block =>
            {
                var views = ViewFinder.For(block, known);
                if (!views.IsEmpty)
                {
                    var report = new Reporter(block, rule);
                    Analyze(views, ref report);
                }
            });
        });
    }

    private protected abstract void Analyze(ViewFinder views, ref Reporter report);
}
