using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0006: the body of a response tuple (or of MakeResponse(body, …)) is null, a number or unsupported.</summary>
internal sealed class TupleBodyCheck : ViewCheck
{
    public TupleBodyCheck()
        : base(Descriptors.TupleBody)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var body in TupleViews.Leaves(layout.Body))
            {
                if (body.Kind is ShapeKind.Null or ShapeKind.Number or ShapeKind.Unsupported or ShapeKind.Tuple or ShapeKind.HeaderCollection)
                {
                    report.Report(body.Location, value.ViewName, ViewReturnRules.BodyIs(value.Shape.IsCall ? ViewReturnRules.ArgumentBodySubject : ViewReturnRules.TupleBodySubject, Describe.Value(body)));
                }
            }
        }
    }
}
