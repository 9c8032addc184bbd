using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0008: headers that are not a header collection, or a header name or value that cannot go on the wire.</summary>
internal sealed class InvalidHeadersCheck : ViewCheck
{
    // Stands in for the part of a header that is not a constant, so that the other part can be checked alone.
    private const string Placeholder = "X";

    public InvalidHeadersCheck()
        : base(Descriptors.InvalidHeaders)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var headers in TupleViews.Leaves(layout.Headers))
            {
                switch (headers.Kind)
                {
                    case ShapeKind.Unknown:
                    case ShapeKind.Null:
                        break;
                    case ShapeKind.HeaderCollection:
                    case ShapeKind.JsonObject or ShapeKind.JsonArray when headers.IsHeaderPairs:
                        CheckEntries(headers, value.ViewName, views, report);
                        break;
                    default:
                        report.Report(headers.Location, value.ViewName, ViewReturnRules.NotAHeaderCollection(Describe.Value(headers)));
                        break;
                }
            }
        }
    }

    private static void CheckEntries(Shape headers, string viewName, ViewFinder views, RuleReporter report)
    {
        if (HeaderEntries.Read(headers) is not { } entries)
        {
            return;
        }

        foreach (var entry in entries.Entries)
        {
            if (entry.IsNullValue)
            {
                report.Report(entry.Location, viewName, "the value of header \"" + (entry.Name ?? Placeholder) + "\" is null");
                continue;
            }

            if (NotText(entry, views) is { } what)
            {
                report.Report(entry.Location, viewName, "the value of header \"" + (entry.Name ?? Placeholder) + "\" is " + what + ", not text");
                continue;
            }

            if (entry.Name is null && entry.Value is null)
            {
                continue;
            }

            // An unknown name may turn out to be Location, which takes non-ASCII text: only what every header refuses is reported.
            var detail = entry.Name is null ? ViewReturnRules.CheckHeaderValue(Placeholder, entry.Value!, anyName: true)
                : entry.Value is null ? ViewReturnRules.CheckHeaderName(entry.Name)
                : ViewReturnRules.CheckHeader(entry.Name, entry.Value);
            if (detail is not null)
            {
                report.Report(entry.Location, viewName, detail);
            }
        }
    }

    /// <summary>A header value the runtime cannot format as text: a header collection or a tuple.</summary>
    private static string? NotText(HeaderEntry entry, ViewFinder views)
    {
        var value = views.Builder.Build(entry.ValueOperation);
        return value.Kind == ShapeKind.Tuple || value.Kind != ShapeKind.Text && views.Builder.Types.IsHeaderCollection(value.Type)
            ? Describe.Value(value)
            : null;
    }
}
