using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using ReturnShape.Coercion;
using ReturnShape.Http;
using ReturnShape.Serialization;
using ReturnShape.Rules;

namespace ReturnShape;

/// <summary>
/// Flask's helpers: <c>make_response</c>, <c>jsonify</c>, <c>redirect</c>, <c>abort</c>.
/// <c>using static ReturnShape.Responses;</c> lets views write them as Flask views do.
/// </summary>
public static class Responses
{
    /// <summary>An empty 200 response.</summary>
    public static Response MakeResponse() => new();

    /// <summary>The whole coercion of a view's return value (docs/design/coercion.md).</summary>
    public static Response MakeResponse(object? rv) => ResponseCoercion.Coerce(rv);

    public static Response MakeResponse(object? body, int status) => ResponseCoercion.Coerce(body, status, null);

    public static Response MakeResponse(object? body, HttpStatusCode status) => ResponseCoercion.Coerce(body, status, null);

    public static Response MakeResponse(object? body, string status) => ResponseCoercion.Coerce(body, status, null);

    public static Response MakeResponse(object? body, IEnumerable headers) => ResponseCoercion.Coerce(body, null, headers);

    public static Response MakeResponse(object? body, int status, IEnumerable? headers) => ResponseCoercion.Coerce(body, status, headers);

    public static Response MakeResponse(object? body, HttpStatusCode status, IEnumerable? headers) => ResponseCoercion.Coerce(body, status, headers);

    public static Response MakeResponse(object? body, string status, IEnumerable? headers) => ResponseCoercion.Coerce(body, status, headers);

    /// <summary>
    /// Flask's jsonify: application/json, compact, keys sorted, non-ASCII escaped, a trailing
    /// newline. <c>Json()</c> is <c>null\n</c>.
    /// </summary>
    public static Response Json(object? value = null) =>
        new(FlaskJson.SerializeBody(value), 200, mimetype: ViewReturnRules.JsonMimetype);

    /// <summary>Werkzeug's redirect: its small HTML page and a Location header.</summary>
    public static Response Redirect(string location, int code = 302)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (ViewReturnRules.CheckUtf8("the redirect location", location) is { } error)
        {
            // Percent-encoding would send U+FFFD; the page would fail as a body with no UTF-8 form.
            throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, error);
        }

        var html = HtmlEscape.Escape(location);
        var body = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
            + "<p>You should be redirected automatically to the target URL: <a href=\"" + html + "\">" + html + "</a>. If not, click the link.\n";
        var response = new Response(body, code, mimetype: "text/html");
        response.Headers.Set(ViewReturnRules.Location, IriToUri.Convert(location, safeConversion: true));
        return response;
    }

    /// <summary>Throws an <see cref="HttpException"/>; declared to return one so that <c>throw Abort(404)</c> reads naturally.</summary>
    [DoesNotReturn]
    public static HttpException Abort(int code, string? description = null) => throw new HttpException(code, description);

    /// <summary>
    /// Throws an <see cref="HttpException"/> that is sent as the given response, as Werkzeug's
    /// <c>abort(response)</c>: no error handler is consulted (after-request hooks still run).
    /// </summary>
    [DoesNotReturn]
    public static HttpException Abort(Response response) => throw new HttpException(response);
}
