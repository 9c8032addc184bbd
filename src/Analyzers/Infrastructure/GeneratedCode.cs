using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Analyzers.Infrastructure;

internal static class GeneratedCode
{
    /// <summary>
    /// Generated code is not analysed (no <c>Analyze</c> flag). Every diagnostic lies inside the block
    /// or operation being analysed, so none can land in generated code; <c>ReportDiagnostics</c> spares
    /// the driver checking each one's location again, which costs a scan of the whole file for a
    /// <c>GeneratedCode</c> attribute the first time the file reports anything.
    /// </summary>
    public const GeneratedCodeAnalysisFlags NotAnalysed = GeneratedCodeAnalysisFlags.ReportDiagnostics;
}
