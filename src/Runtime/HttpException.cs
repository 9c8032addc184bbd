using ReturnShape.Http;

namespace ReturnShape;

/// <summary>
/// An HTTP error as Werkzeug's HTTPException: thrown by <see cref="Responses.Abort"/>, and itself
/// a valid return value, rendering Werkzeug's HTML error page.
/// </summary>
public class HttpException : Exception
{
    /// <param name="code">A status from 100 to 599.</param>
    /// <param name="description">The page's text; null for Werkzeug's default text of the code.</param>
    public HttpException(int code, string? description = null)
        : this(code, description, innerException: null)
    {
    }

    /// <param name="code">A status from 100 to 599.</param>
    /// <param name="description">The page's text; null for Werkzeug's default text of the code.</param>
    /// <param name="innerException">
    /// The exception this one stands for: the 500 error handler receives <c>HttpException(500)</c>
    /// with the unhandled exception here (Werkzeug's <c>original_exception</c>).
    /// </param>
    public HttpException(int code, string? description, Exception? innerException)
        : base(Summary(code, description), innerException)
    {
        Code = code;
        Name = WerkzeugStatusNames.Name(code);
        Description = description ?? WerkzeugStatusNames.DefaultDescription(code);
    }

    /// <summary>
    /// An HTTP error that is a ready response (<c>Abort(response)</c>, Werkzeug's
    /// <c>abort(Response(...))</c>): it is sent as it is, and no error handler is consulted.
    /// </summary>
    public HttpException(Response response)
        : base(Summary(ResponseCode(response), description: null))
    {
        Response = response;
        Code = response.StatusCode;
        Name = WerkzeugStatusNames.Name(Code);
    }

    public int Code { get; }

    /// <summary>The response to send as it is, for <c>Abort(response)</c>; null for an error with a code.</summary>
    public Response? Response { get; }

    /// <summary>Werkzeug's name of the status, e.g. "Not Found".</summary>
    public string Name { get; }

    public string? Description { get; }

    /// <summary>The error page: text/html, the status, Werkzeug's HTML; or the response given to <c>Abort(response)</c>.</summary>
    public virtual Response GetResponse() =>
        Response ?? new(GetBody(), Code, new Headers { { "Content-Type", "text/html; charset=utf-8" } });

    /// <summary>Werkzeug's page: title, heading, the escaped description with line breaks as &lt;br&gt;.</summary>
    public virtual string GetBody()
    {
        var description = HtmlEscape.Escape(Description ?? string.Empty).Replace("\n", "<br>", StringComparison.Ordinal);
        var name = HtmlEscape.Escape(Name);
        return "<!doctype html>\n<html lang=en>\n<title>" + Code + " " + name + "</title>\n<h1>" + name + "</h1>\n<p>" + description + "</p>\n";
    }

    private static int ResponseCode(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode;
    }

    private static string Summary(int code, string? description)
    {
        if (!Rules.ViewReturnRules.IsValidStatusCode(code))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, Rules.ViewReturnRules.OutOfRange(code));
        }

        var text = description ?? WerkzeugStatusNames.DefaultDescription(code);
        return code + " " + WerkzeugStatusNames.Name(code) + (text is null ? string.Empty : ": " + text);
    }
}
