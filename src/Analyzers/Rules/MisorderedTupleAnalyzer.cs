using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0005: a response tuple whose elements fit (body, status, headers) only in another order.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MisorderedTupleAnalyzer : ViewReturnAnalyzer
{
    public MisorderedTupleAnalyzer()
        : base(Descriptors.MisorderedTuple)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var value in views.Values)
        {
            if (value.Shape.Kind == ShapeKind.Tuple && value.Shape.Layout is { HasValidLength: true, Misorder: { } misorder })
            {
                report.Report(value.Shape.Location, value.ViewName, misorder);
            }
        }
    }
}
