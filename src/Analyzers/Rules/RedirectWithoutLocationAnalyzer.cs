using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers;

/// <summary>VRS0013: a redirect status with no Location header, so the client has nowhere to go.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RedirectWithoutLocationAnalyzer : ViewReturnAnalyzer
{
    public RedirectWithoutLocationAnalyzer()
        : base(Descriptors.RedirectWithoutLocation)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var (value, layout) in TupleViews.WellFormed(views))
        {
            if (!BuildsNewResponse(layout.Body) || !TupleViews.CertainlyLacks(layout.Headers, ViewReturnRules.Location))
            {
                continue;
            }

            foreach (var status in TupleViews.Leaves(layout.Status))
            {
                if (StatusAnalyzer.StatusCode(status) is { } code && ViewReturnRules.IsValidStatusCode(code) && ViewReturnRules.IsRedirect((int)code))
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
