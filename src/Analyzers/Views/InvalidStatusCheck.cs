using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0007: a status that is not an int, HttpStatusCode or status line, or a constant outside 100..599.</summary>
internal sealed class InvalidStatusCheck : ViewCheck
{
    public InvalidStatusCheck()
        : base(Descriptors.InvalidStatus)
    {
    }

    /// <summary>What is wrong with one status value, or null when it is valid or cannot be seen.</summary>
    private static string? Check(Shape status)
    {
        switch (status.Kind)
        {
            case ShapeKind.Unknown:
            case ShapeKind.Null:
                return null;
            case ShapeKind.Number when status.IsStatusCodeType:
                return StatusValue.Code(status) is { } code && !ViewReturnRules.IsValidStatusCode(code) ? ViewReturnRules.OutOfRange(code) : null;
            case ShapeKind.Text:
                return status.Constant is { HasValue: true, Value: string line } ? ViewReturnRules.CheckStatusLine(line, out _) : null;
            default:
                return ViewReturnRules.NotAStatus(Describe.Value(status));
        }
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var status in TupleViews.Leaves(layout.Status))
            {
                if (Check(status) is { } detail)
                {
                    report.Report(status.Location, value.ViewName, detail);
                }
            }
        }
    }
}
