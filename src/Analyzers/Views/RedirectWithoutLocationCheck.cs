using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0013: a redirect status with no Location header, so the client has nowhere to go.</summary>
internal sealed class RedirectWithoutLocationCheck : ViewCheck
{
    public RedirectWithoutLocationCheck()
        : base(Descriptors.RedirectWithoutLocation)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var (value, layout) in views.WellFormedTuples)
        {
            if (!BuildsNewResponse(layout.Body) || !TupleViews.CertainlyLacks(layout.Headers, ViewReturnRules.Location))
            {
                continue;
            }

            foreach (var status in TupleViews.Leaves(layout.Status))
            {
                if (StatusValue.Code(status) is { } code && ViewReturnRules.IsValidStatusCode(code) && ViewReturnRules.IsRedirect((int)code))
                {
                    report.Report(value.Shape.Location, value.ViewName, "the status " + code + " is a redirect, but no " + ViewReturnRules.Location + " header is given");
                }
            }
        }
    }

    /// <summary>A Response or HttpException body may already carry a Location; text, bytes, JSON and streams do not.</summary>
    private static bool BuildsNewResponse(Shape? body)
    {
        foreach (var leaf in TupleViews.Leaves(body))
        {
            if (leaf.Kind is not (ShapeKind.Text or ShapeKind.Bytes or ShapeKind.JsonObject or ShapeKind.JsonArray or ShapeKind.Stream))
            {
                return false;
            }
        }

        return body is not null;
    }
}
