using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Analyzers.Infrastructure;

/// <summary>
/// What both rule families share: one analyzer reports every rule of its family, runs concurrently,
/// skips generated code, and registers nothing for a compilation that lacks what the family
/// checks (the ReturnShape runtime, ASP.NET Core's routing). A family finds its subject once and
/// hands it to one check per rule.
/// </summary>
public abstract class RuleFamilyAnalyzer : DiagnosticAnalyzer
{
    private protected RuleFamilyAnalyzer(ImmutableArray<DiagnosticDescriptor> rules) => SupportedDiagnostics = rules;

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.NotAnalysed);
        context.RegisterCompilationStartAction(Start);
    }

    /// <summary>Resolves the family's symbols for the compilation and, when they are there, registers its one action.</summary>
    private protected abstract void Start(CompilationStartAnalysisContext start);
}
