using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0004: a response tuple with one element, or four or more.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TupleLengthAnalyzer : ViewReturnAnalyzer
{
    public TupleLengthAnalyzer()
        : base(Descriptors.TupleLength)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var value in views.Values)
        {
            if (value.Shape.Kind == ShapeKind.Tuple && !value.Shape.IsCall && !value.Shape.Layout.HasValidLength)
            {
                var count = value.Shape.Elements.Length;
                report.Report(value.Shape.Location, value.ViewName, count == 0 ? "it returned an empty tuple" : "it returned a tuple of " + count + (count == 1 ? " element" : " elements"));
            }
        }
    }
}
