using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0002: a view returns a bare number, bool or char: status or body? The runtime refuses to guess.</summary>
internal sealed class BareNumberCheck : ViewCheck
{
    public BareNumberCheck()
        : base(Descriptors.BareNumber)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
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
