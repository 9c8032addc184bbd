// Fixes that must not leave a trace behind: a suppression, a MakeResponse around the tuple.
using System.Collections.Generic;
using ReturnShape;
using static ReturnShape.Responses;

namespace Corpus.Tidiness;

public class TidyViews
{
    private static readonly Dictionary<string, string> Headers = new() { ["X-Tidy"] = "yes" };

    [View("/suppressed")]
    public object Suppressed() => null!;

    [View("/wrapped")]
    public Response Wrapped() => MakeResponse(("ok", Headers, 200));

    [View("/wrapped-status")]
    public Response WrappedStatus() => MakeResponse((404, "missing"));

    [View("/wrapped-null")]
    public Response WrappedNull() => MakeResponse(null!);
}
