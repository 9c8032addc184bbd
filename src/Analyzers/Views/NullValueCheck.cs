using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0001: a view returns null, or cannot return a value at all.</summary>
internal sealed class NullValueCheck : ViewCheck
{
    public NullValueCheck()
        : base(Descriptors.NullValue)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var value in views.Values)
        {
            switch (value.Shape.Kind)
            {
                case ShapeKind.Null when !value.NullMeansGoOn:
                    report.Report(value.Shape.Location, value.ViewName, Details.Returned(value, "null"));
                    break;
                case ShapeKind.NoValue:
                    report.Report(value.Shape.Location, value.ViewName, value.Shape.Description ?? Details.Returned(value, "no value"));
                    break;
            }
        }
    }
}
