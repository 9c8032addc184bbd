using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0012: a body sent with 1xx, 204 or 304, which carry none: the body is dropped.</summary>
internal sealed class BodilessStatusCheck : ViewCheck
{
    public BodilessStatusCheck()
        : base(Descriptors.BodilessStatus)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var status in TupleViews.Leaves(layout.Status))
            {
                if (StatusValue.Code(status) is not { } code || !ViewReturnRules.IsValidStatusCode(code) || !ViewReturnRules.ForbidsBody((int)code))
                {
                    continue;
                }

                foreach (var body in TupleViews.Leaves(layout.Body))
                {
                    if (HasContent(body))
                    {
                        report.Report(body.Location, value.ViewName, "the status " + code + " carries no body, so " + Describe.Value(body) + " body is dropped");
                    }
                }
            }
        }
    }

    /// <summary>A body that is visibly not empty: a non-empty text constant, or JSON (which is never empty).</summary>
    private static bool HasContent(Shape body) => body.Kind switch
    {
        ShapeKind.Text => body.Constant is { HasValue: true, Value: string { Length: > 0 } },
        ShapeKind.JsonObject or ShapeKind.JsonArray => true,
        _ => false,
    };
}
