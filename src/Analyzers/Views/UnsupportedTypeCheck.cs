using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0003: a view returns a type the coercion does not accept (a data object, a set, a date, an un-awaited task).</summary>
internal sealed class UnsupportedTypeCheck : ViewCheck
{
    public UnsupportedTypeCheck()
        : base(Descriptors.UnsupportedType)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
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
