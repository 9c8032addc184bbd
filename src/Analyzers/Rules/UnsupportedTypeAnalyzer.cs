using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0003: a view returns a type the coercion does not accept (a data object, a set, a date, an un-awaited task).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedTypeAnalyzer : ViewReturnAnalyzer
{
    public UnsupportedTypeAnalyzer()
        : base(Descriptors.UnsupportedType)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var value in views.Values)
        {
            if (value.Shape.Kind is ShapeKind.Unsupported or ShapeKind.HeaderCollection)
            {
                report.Report(value.Shape.Location, value.ViewName, Details.Returned(value, Describe.Value(value.Shape)));
            }
        }
    }
}
