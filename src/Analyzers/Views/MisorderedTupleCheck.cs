using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0005: a response tuple whose elements fit (body, status, headers) only in another order.</summary>
internal sealed class MisorderedTupleCheck : ViewCheck
{
    public MisorderedTupleCheck()
        : base(Descriptors.MisorderedTuple)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
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
