// The value is built in a local and returned by name: the fix goes to the initializer.
using System.Collections.Generic;
using ReturnShape;

namespace Corpus.Locals;

public class ReportViews
{
    [View("/report")]
    public object Report()
    {
        var headers = new Dictionary<string, string> { ["X-Report"] = "weekly" };
        var r = ("ok", headers, 200);
        return r;
    }

    [View("/missing")]
    public object Missing()
    {
        var notFound = (404, "no report");
        return notFound;
    }

    [View("/empty")]
    public object? Empty()
    {
        object? result = null;
        return result;
    }

    [View("/code")]
    public object Code()
    {
        var code = 503;
        return code;
    }
}
