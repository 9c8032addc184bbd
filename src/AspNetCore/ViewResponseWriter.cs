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

        if (response.TryGetDefaultHeaders(out var contentType, out var contentLength))
        {
            // Nobody touched the headers: no list to build, and Kestrel keeps a numeric length as a number.
            http.ContentType = contentType;
            if (contentLength is { } length)
            {
                http.ContentLength = length;
            }
        }
        else
        {
            WriteHeaders(response.Headers, http.Headers);
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

    // ASP.NET Core keeps one entry per header name, so a name's values are gathered at its first
    // position: the order of a name's values (each Set-Cookie, say) is kept exactly. Headers set
    // before the view ran (by middleware) are replaced, not appended to.
    private static void WriteHeaders(Headers headers, IHeaderDictionary target)
    {
        List<string>? written = null;
        foreach (var (name, value) in headers)
        {
            if (written is not null && written.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                target[name] = StringValues.Concat(target[name], value);
            }
            else
            {
                target[name] = value;
                (written ??= new List<string>(headers.Count)).Add(name);
            }
        }
    }
}
