using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Analyzers;

/// <summary>
/// Reports one rule in one operation block, once per location and detail (a local returned twice is one mistake).
/// A struct passed by reference: every analyzer gets one for every view block, and most never report.
/// </summary>
internal struct Reporter
{
    private readonly OperationBlockAnalysisContext context;
    private readonly DiagnosticDescriptor rule;
    private HashSet<(Location, string)>? reported;

    public Reporter(OperationBlockAnalysisContext context, DiagnosticDescriptor rule)
    {
        this.context = context;
        this.rule = rule;
    }

    public void Report(Location location, string viewName, string detail)
    {
        if ((reported ??= new HashSet<(Location, string)>()).Add((location, detail)))
        {
            context.ReportDiagnostic(Diagnostic.Create(rule, location, viewName, detail));
        }
    }
}
