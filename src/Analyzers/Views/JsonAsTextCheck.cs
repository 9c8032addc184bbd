using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0010: JSON text (a serializer's output, a JSON literal) sent as a body with no JSON content type.</summary>
internal sealed class JsonAsTextCheck : ViewCheck
{
    public JsonAsTextCheck()
        : base(Descriptors.JsonAsText)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        var known = views.Builder.Known;
        foreach (var value in views.Values)
        {
            if (value.Shape.Kind == ShapeKind.Text)
            {
                ReportIfJson(value.Shape, value.ViewName, known, report);
            }
        }

        foreach (var (value, layout) in views.WellFormedTuples)
        {
            if (!TupleViews.CertainlyLacks(layout.Headers, ViewReturnRules.ContentType))
            {
                continue;
            }

            foreach (var body in TupleViews.Leaves(layout.Body))
            {
                ReportIfJson(body, value.ViewName, known, report);
            }
        }

        foreach (var creation in views.ResponseCreations)
        {
            IArgumentOperation? body = null;
            var typed = false;
            Shape? headers = null;
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                switch (argument.Parameter.Name)
                {
                    case "body":
                        body = argument;
                        break;
                    case "headers":
                        headers = views.Builder.Build(argument.Value);
                        break;
                    case "mimetype" or "contentType":
                        typed |= argument.Value.ConstantValue is not { HasValue: true, Value: null };
                        break;
                }
            }

            if (body is not null && !typed && TupleViews.CertainlyLacks(headers, ViewReturnRules.ContentType))
            {
                foreach (var leaf in views.Builder.Build(body.Value).Leaves())
                {
                    ReportIfJson(leaf, views.OwnerName, known, report);
                }
            }
        }
    }

    private static void ReportIfJson(Shape text, string viewName, KnownSymbols known, RuleReporter report)
    {
        if (JsonEvidence.Of(text, known) is { } source)
        {
            report.Report(text.Location, viewName, "the body is JSON text (" + source + ") sent without the " + ViewReturnRules.JsonMimetype + " content type");
        }
    }
}
