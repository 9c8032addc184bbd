using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0006: the body of a response tuple (or of MakeResponse(body, …)) is null, a number or unsupported.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TupleBodyAnalyzer : ViewReturnAnalyzer
{
    public TupleBodyAnalyzer()
        : base(Descriptors.InvalidTupleBody)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var (value, layout) in TupleViews.WellFormed(views))
        {
            foreach (var body in TupleViews.Leaves(layout.Body))
            {
                if (body.Kind is ShapeKind.Null or ShapeKind.Number or ShapeKind.Unsupported or ShapeKind.Tuple or ShapeKind.HeaderCollection)
                {
                    report.Report(body.Location, value.ViewName, (value.Shape.IsCall ? "the body is " : "the tuple's body is ") + Describe.Value(body));
                }
            }
        }
    }
}
