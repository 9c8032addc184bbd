using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers;

/// <summary>VRS0012: a body sent with 1xx, 204 or 304, which carry none: the body is dropped.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BodilessStatusAnalyzer : ViewReturnAnalyzer
{
    public BodilessStatusAnalyzer()
        : base(Descriptors.BodyWithBodilessStatus)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var (value, layout) in TupleViews.WellFormed(views))
        {
            foreach (var status in TupleViews.Leaves(layout.Status))
            {
                if (StatusAnalyzer.StatusCode(status) is not { } code || !ViewReturnRules.IsValidStatusCode(code) || !ViewReturnRules.ForbidsBody((int)code))
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
