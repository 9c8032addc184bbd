using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0004: a response tuple with one element, or four or more.</summary>
internal sealed class TupleLengthCheck : ViewCheck
{
    public TupleLengthCheck()
        : base(Descriptors.TupleLength)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var value in views.Values)
        {
            if (value.Shape.Kind == ShapeKind.Tuple && !value.Shape.IsCall && !value.Shape.Layout.HasValidLength)
            {
                var count = value.Shape.Elements.Length;
                report.Report(value.Shape.Location, value.ViewName, ViewReturnRules.TupleLengthDetail(count));
            }
        }
    }
}
