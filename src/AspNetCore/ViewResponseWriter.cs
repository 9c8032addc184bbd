using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using ReturnShape.Rules;

namespace ReturnShape.AspNetCore;

/// <summary>Writes a finalised ReturnShape response onto ASP.NET Core's HttpResponse.</summary>
internal static class ViewResponseWriter
{
    public static Task WriteAsync(Response response, HttpContext context)
    {
        var http = context.Response;
        http.StatusCode = response.StatusCode;
        var reason = CustomReasonPhrase(response);
        if (reason is not null && context.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            feature.ReasonPhrase = reason;
        }

        // ASP.NET Core keeps one entry per header name, so values are grouped by name in order of
        // first appearance: the order of a name's values (each Set-Cookie, say) is kept exactly.
        foreach (var (name, values) in GroupByName(response.Headers))
        {
            http.Headers[name] = values;
        }

        if (response.IsStreamed)
        {
            // A streamed body must reach the client chunk by chunk, even behind buffering middleware.
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        }
        else if (response.GetData().Length == 0)
        {
            // Kestrel refuses any write, even an empty one, on a 204 or 304.
            return Task.CompletedTask;
        }

        return response.WriteBodyAsync(http.Body, context.RequestAborted);
    }

    /// <summary>The reason phrase to send when the view chose its own ("404 Gone Fishing"); null for the standard one.</summary>
    internal static string? CustomReasonPhrase(Response response)
    {
        var status = response.Status;
        var space = status.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var phrase = status[(space + 1)..];
        return string.Equals(phrase, ViewReturnRules.ReasonPhrase(response.StatusCode), StringComparison.Ordinal) ? null : phrase;
    }

    private static List<(string Name, StringValues Values)> GroupByName(Headers headers)
    {
        var order = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            if (!values.TryGetValue(name, out var list))
            {
                list = new List<string>();
                values.Add(name, list);
                order.Add(name);
            }

            list.Add(value);
        }

        return order.Select(name => (name, new StringValues(values[name].ToArray()))).ToList();
    }
}
