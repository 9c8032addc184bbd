using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>A minimal-API rule over the values route handlers return: each Map* call's handler is read once.</summary>
public abstract class RouteHandlerAnalyzer : MinimalApiAnalyzer
{
    private protected RouteHandlerAnalyzer(DiagnosticDescriptor rule)
        : base(rule)
    {
    }

    private protected sealed override void Register(CompilationStartAnalysisContext start, AspNetSymbols symbols, OnceReporter report) =>
        start.RegisterOperationAction(
            context =>
            {
                if (RouteHandler.Find((IInvocationOperation)context.Operation, symbols) is { } handler)
                {
                    Analyze(handler, symbols, (location, detail, properties, additional) =>
                        report.Report(context.ReportDiagnostic, location, handler.Name, detail, properties, additional));
                }
            },
            OperationKind.Invocation);

    private protected abstract void Analyze(RouteHandler handler, AspNetSymbols symbols, HandlerReport report);

    private protected delegate void HandlerReport(Location location, string detail, ImmutableDictionary<string, string?>? properties, Location? additionalLocation);
}
