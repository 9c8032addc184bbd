using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0009: a Set-Cookie header written into a tuple's (or MakeResponse's) headers instead of SetCookie(...).</summary>
internal sealed class SetCookieHeaderCheck : ViewCheck
{
    public SetCookieHeaderCheck()
        : base(Descriptors.SetCookieHeader)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var headers in TupleViews.Leaves(layout.Headers))
            {
                if (HeaderEntries.Read(headers) is not { } entries)
                {
                    continue;
                }

                foreach (var entry in entries.Entries)
                {
                    if (entry.Is(ViewReturnRules.SetCookie))
                    {
                        report.Report(entry.Location, value.ViewName, "a cookie is written as a \"" + entry.Name + "\" header");
                    }
                }
            }
        }
    }
}
