using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers;

/// <summary>VRS0009: a Set-Cookie header written into a tuple's (or MakeResponse's) headers instead of SetCookie(...).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SetCookieHeaderAnalyzer : ViewReturnAnalyzer
{
    public SetCookieHeaderAnalyzer()
        : base(Descriptors.SetCookieHeader)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var (value, layout) in TupleViews.WellFormed(views))
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
