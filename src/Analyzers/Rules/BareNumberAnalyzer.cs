using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0002: a view returns a bare number, bool or char: status or body? The runtime refuses to guess.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BareNumberAnalyzer : ViewReturnAnalyzer
{
    public BareNumberAnalyzer()
        : base(Descriptors.BareNumber)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var value in views.Values)
        {
            if (value.Shape.Kind == ShapeKind.Number)
            {
                report.Report(value.Shape.Location, value.ViewName, Details.Returned(value, Describe.Number(value.Shape)));
            }
        }
    }
}
