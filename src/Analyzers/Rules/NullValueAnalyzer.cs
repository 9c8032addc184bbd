using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0001: a view returns null, or cannot return a value at all.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NullValueAnalyzer : ViewReturnAnalyzer
{
    public NullValueAnalyzer()
        : base(Descriptors.NullValue)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var value in views.Values)
        {
            switch (value.Shape.Kind)
            {
                case ShapeKind.Null:
                    report.Report(value.Shape.Location, value.ViewName, Details.Returned(value, "null"));
                    break;
                case ShapeKind.NoValue:
                    report.Report(value.Shape.Location, value.ViewName, value.Shape.Description ?? Details.Returned(value, "no value"));
                    break;
            }
        }
    }
}
