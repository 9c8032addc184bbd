// The one rule table of ReturnShape. This file is compiled into the runtime (ReturnShape.dll) and
// linked into the analyzers (ReturnShape.Analyzers.dll), so it must stay netstandard2.0-compatible
// C# with no runtime-only APIs: ids, titles, messages, the status range and the header and cookie
// grammar are written here once and nowhere else.
using System.Collections.Generic;

namespace ReturnShape.Rules;

internal enum RuleSeverity
{
    /// <summary>The runtime throws for the value on every request.</summary>
    Error,

    /// <summary>The runtime builds a response, but not the one meant.</summary>
    Warning,
}

internal sealed class ViewReturnRule
{
    // The message after its subject: " '{0}' <problem>: {1} (<id>). <advice>".
    private readonly string messageTail;

    internal ViewReturnRule(string id, RuleSeverity severity, string title, string problem, string advice)
        : this(id, severity, title, "The view", problem, advice)
    {
    }

    /// <param name="subject">What {0} names: "The view", or "The route handler" for the minimal-API family.</param>
    internal ViewReturnRule(string id, RuleSeverity severity, string title, string subject, string problem, string advice)
    {
        Id = id;
        Severity = severity;
        Title = title;
        Advice = advice;
        // {0} = the view's name, {1} = what exactly is wrong with the value.
        messageTail = " '{0}' " + problem + ": {1} (" + id + "). " + advice;
        MessageFormat = subject + messageTail;
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    public string Title { get; }

    public string Advice { get; }

    /// <summary>A composite format: {0} the view's name, {1} the detail.</summary>
    public string MessageFormat { get; }

    public string HelpLink => ViewReturnRules.HelpBaseUrl + Id + ".md";

    public string FormatMessage(string viewName, string detail) => string.Format(MessageFormat, viewName, detail);

    /// <summary>
    /// The message with another subject for {0}: a value an error handler, a before-request function
    /// or an after-request hook returned breaks the same rule as a view's ("The error handler 'NotFound' ...").
    /// </summary>
    public string FormatMessage(string subject, string viewName, string detail) => string.Format(subject + messageTail, viewName, detail);

    public override string ToString() => Id;
}

internal static class ViewReturnRules
{
    public const string HelpBaseUrl = "https://github.com/returnshape/returnshape/blob/main/docs/rules/";

    public const string Category = "ReturnShape";

    private const string Invalid = "did not return a valid response";
    private const string Unintended = "returns a response that is probably not the one meant";
    private const string ValidForms =
        "Return a body (string, bytes, a JSON dictionary or list, a stream or a Response) or a tuple (body, status), (body, headers) or (body, status, headers).";

    public static readonly ViewReturnRule NullValue = new(
        "VRS0001", RuleSeverity.Error, "View returns null or no value", Invalid, ValidForms);

    public static readonly ViewReturnRule BareNumber = new(
        "VRS0002", RuleSeverity.Error, "View returns a bare number", Invalid,
        "A number is neither a body nor a response: return MakeResponse(\"\", status) for a status, or a string for a body.");

    public static readonly ViewReturnRule UnsupportedType = new(
        "VRS0003", RuleSeverity.Error, "View returns a type the coercion does not accept", Invalid,
        "Return Json(value) for a data object, await a task, or return a supported body.");

    public static readonly ViewReturnRule TupleLength = new(
        "VRS0004", RuleSeverity.Error, "Response tuple has the wrong length", Invalid,
        "A response tuple has the form (body, status), (body, headers) or (body, status, headers).");

    public static readonly ViewReturnRule MisorderedTuple = new(
        "VRS0005", RuleSeverity.Error, "Response tuple is misordered", Invalid,
        "Write the tuple as (body, status, headers), or call MakeResponse(body, status, headers).");

    public static readonly ViewReturnRule TupleBody = new(
        "VRS0006", RuleSeverity.Error, "Response tuple has an invalid body", Invalid,
        "The first element of a response tuple is the body: a string, bytes, a JSON dictionary or list, a stream or a Response.");

    public static readonly ViewReturnRule InvalidStatus = new(
        "VRS0007", RuleSeverity.Error, "Invalid status", Invalid,
        "A status is an int or HttpStatusCode from 100 to 599, or a status line such as \"404\" or \"404 Not Found\".");

    public static readonly ViewReturnRule InvalidHeaders = new(
        "VRS0008", RuleSeverity.Error, "Invalid headers", Invalid,
        "Headers are a Headers object, a dictionary or a list of (name, value) pairs; names are tokens, values are visible ASCII, spaces and tabs (percent-encode other text).");

    public static readonly ViewReturnRule SetCookieHeader = new(
        "VRS0009", RuleSeverity.Warning, "Set-Cookie passed as a header", Unintended,
        "Call SetCookie(name, value, ...) on the response: one header key holds one cookie and replaces those set with SetCookie.");

    public static readonly ViewReturnRule JsonAsText = new(
        "VRS0010", RuleSeverity.Warning, "JSON sent without a JSON content type", Unintended,
        "Return Json(value) so that the response is sent as application/json.");

    public static readonly ViewReturnRule JsonEncodedTwice = new(
        "VRS0011", RuleSeverity.Warning, "JSON encoded twice", Unintended,
        "Pass the value itself to Json(value): a serialized string is sent as one JSON string.");

    public static readonly ViewReturnRule BodilessStatus = new(
        "VRS0012", RuleSeverity.Warning, "Body with a status that forbids one", Unintended,
        "Statuses 1xx, 204 and 304 carry no body: the body is dropped before it is sent.");

    public static readonly ViewReturnRule RedirectWithoutLocation = new(
        "VRS0013", RuleSeverity.Warning, "Redirect status without a Location header", Unintended,
        "Return Redirect(url, code), or add a Location header.");

    public static readonly ViewReturnRule InvalidStreamElement = new(
        "VRS0014", RuleSeverity.Error, "Stream element is not text or bytes", Invalid,
        "A streamed body yields strings or byte arrays; serialize other elements first.");

    public static IReadOnlyList<ViewReturnRule> All { get; } = new[]
    {
        NullValue, BareNumber, UnsupportedType, TupleLength, MisorderedTuple, TupleBody, InvalidStatus,
        InvalidHeaders, SetCookieHeader, JsonAsText, JsonEncodedTwice, BodilessStatus,
        RedirectWithoutLocation, InvalidStreamElement,
    };

    // ---- Beyond Flask: ASP.NET Core minimal APIs (VRS01xx) ----------------------------------
    // Read by the analyzers only: the runtime never sees a minimal-API handler. {0} names the route
    // handler (its route pattern, or its method) or, for a Results call, the member it is in.

    private const string RouteHandler = "The route handler";
    private const string ResponseOf = "The response of";
    private const string NotMeant = "sends a response that is probably not the one meant";

    public static readonly ViewReturnRule TupleReturn = new(
        "VRS0101", RuleSeverity.Warning, "Route handler returns a tuple", RouteHandler, NotMeant,
        "Minimal APIs do not read response tuples: return Results.Text(body, statusCode: status) or Results.Json(body, statusCode: status).");

    public static readonly ViewReturnRule JsonAsPlainText = new(
        "VRS0102", RuleSeverity.Warning, "JSON text sent as text/plain", RouteHandler, NotMeant,
        "Return Results.Json(value) so that the value is serialized once and sent as application/json.");

    public static readonly ViewReturnRule NullReturn = new(
        "VRS0103", RuleSeverity.Warning, "Route handler returns null", RouteHandler, NotMeant,
        "Say what a missing value means: return Results.NotFound() or Results.NoContent().");

    public static readonly ViewReturnRule StatusRange = new(
        "VRS0104", RuleSeverity.Error, "Status code outside 100..599", ResponseOf, "cannot be read by clients",
        "An HTTP status is from 100 to 599: use a StatusCodes constant.");

    public static readonly ViewReturnRule BodilessStatusResult = new(
        "VRS0105", RuleSeverity.Warning, "Result with a body and a status that forbids one", ResponseOf, "is probably not the one meant",
        "Statuses 1xx, 204 and 304 carry no body: return Results.StatusCode(status), or choose a status that has one.");

    public static readonly ViewReturnRule RedirectResult = new(
        "VRS0106", RuleSeverity.Warning, "Redirect status without a Location header", ResponseOf, "is probably not the one meant",
        "Return Results.Redirect(url) (or Results.LocalRedirect(url)), which sets the Location header.");

    public static readonly ViewReturnRule SetCookieOverwrite = new(
        "VRS0107", RuleSeverity.Warning, "Set-Cookie header overwrites appended cookies", ResponseOf, "is probably not the one meant",
        "Append the header (Headers.Append(\"Set-Cookie\", value)) or call Cookies.Append: assigning Set-Cookie replaces the cookies already set.");

    public static readonly ViewReturnRule ResultJsonEncodedTwice = new(
        "VRS0108", RuleSeverity.Warning, "JSON text serialized again by a result", ResponseOf, "is probably not the one meant",
        "Pass the value itself (Results.Ok(value), Results.Json(value)): the result serializes it once, and JSON text would be sent as one JSON string.");

    /// <summary>The minimal-API family, which the runtime ignores.</summary>
    public static IReadOnlyList<ViewReturnRule> MinimalApi { get; } = new[]
    {
        TupleReturn, JsonAsPlainText, NullReturn, StatusRange,
        BodilessStatusResult, RedirectResult, SetCookieOverwrite, ResultJsonEncodedTwice,
    };

    // ---- Details: the words the runtime and the analyzers both put into a message --------------
    // Both sides format a detail from these, so that an error says the same at build and at run time.

    /// <summary>How a detail names a bare return value: "it returned null".</summary>
    public static string Returned(string what) => "it returned " + what;

    public static string TupleLengthDetail(int length) =>
        length == 0 ? "it returned an empty tuple" : "it returned a tuple of " + length + (length == 1 ? " element" : " elements");

    /// <summary>How a detail names the body of a tuple or of a MakeResponse(body, ...) call.</summary>
    public const string TupleBodySubject = "the tuple's body";

    public const string ArgumentBodySubject = "the body";

    public static string BodyIs(string subject, string what) => subject + " is " + what;

    /// <summary>A sequence whose element type can never be a chunk: "a lazy sequence of int, whose items can never be text or bytes".</summary>
    public static string NeverChunks(bool isAsync, string elementType) =>
        (isAsync ? "an async sequence of " : "a lazy sequence of ") + elementType + ", whose items can never be text or bytes";

    public static string NotAStatus(string what) => "the status is " + what + ", not an int, an HttpStatusCode or a status line";

    public static string NotAHeaderCollection(string what) => "the headers are " + what + ", not a header collection";

    public static string NestedTuple(string tupleType) => "a nested tuple " + tupleType;

    /// <summary>A constant in a detail: "the int 404", "the string \"X-A: 1\"".</summary>
    public static string Constant(string typeName, string literal) => "the " + typeName + " " + literal;

    /// <summary>An enum constant as a literal: "HttpStatusCode.NotFound (404)".</summary>
    public static string EnumLiteral(string typeName, string member, string number) => typeName + "." + member + " (" + number + ")";

    /// <summary>A text as a literal, with what would break the line or hide in it escaped.</summary>
    public static string Quote(string text) => "\"" + Escape(text) + "\"";

    // ---- Tuple forms -------------------------------------------------------------------------

    public const int MinTupleLength = 2;
    public const int MaxTupleLength = 3;


    // ---- Status ------------------------------------------------------------------------------

    public const int MinStatus = 100;
    public const int MaxStatus = 599;

    public static bool IsValidStatusCode(long code) => code >= MinStatus && code <= MaxStatus;

    /// <summary>1xx, 204 and 304 responses carry no body (RFC 9110).</summary>
    public static bool ForbidsBody(int code) => (code >= 100 && code < 200) || code == 204 || code == 304;

    public static bool IsRedirect(int code) => code is 301 or 302 or 303 or 307 or 308;

    /// <summary>Werkzeug's name of a status (its HTTP_STATUS_CODES), or null for a code it does not name.</summary>
    public static string? StatusName(int code) => code switch
    {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi Status",
        208 => "Already Reported",
        226 => "IM Used",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        306 => "Switch Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Request Entity Too Large",
        414 => "Request URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Requested Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "I'm a teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        449 => "Retry With",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Failed",
        _ => null,
    };

    /// <summary>The reason phrase of a status line, as Werkzeug writes it: the name in upper case, "UNKNOWN" for a code it does not name.</summary>
    public static string ReasonPhrase(int code) => StatusName(code)?.ToUpperInvariant() ?? "UNKNOWN";

    /// <summary>
    /// Parses a status string as the runtime will: "404" or "404 Gone Fishing" (digits, then an
    /// optional space and a reason phrase). Returns an error detail, or null when valid.
    /// </summary>
    /// <remarks>
    /// The reason phrase is RFC 9110's HTAB / SP / VCHAR. Its obs-text (0x80-0xFF) is refused too:
    /// Kestrel writes a reason phrase as ASCII, '?' for anything else, so it would not go out as written.
    /// </remarks>
    public static string? CheckStatusLine(string status, out int code)
    {
        code = 0;
        if (status.Length == 0)
        {
            return "the status is an empty string";
        }

        if (status.IndexOf('\r') >= 0 || status.IndexOf('\n') >= 0)
        {
            return "the status line contains a line break";
        }

        var digits = 0;
        while (digits < status.Length && status[digits] >= '0' && status[digits] <= '9')
        {
            digits++;
        }

        if (digits == 0 || digits > 3 || (digits < status.Length && status[digits] != ' '))
        {
            return "the status \"" + Escape(status) + "\" is not a status line such as \"404\" or \"404 Not Found\"";
        }

        code = int.Parse(status.Substring(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        if (!IsValidStatusCode(code))
        {
            return OutOfRange(code);
        }

        for (var i = digits; i < status.Length; i++)
        {
            if (!IsFieldChar(status[i]))
            {
                return "the reason phrase contains " + Offending(status, i);
            }
        }

        return null;
    }

    public static string OutOfRange(long code) =>
        "the status " + code.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is outside " + MinStatus + ".." + MaxStatus;

    // ---- Headers -----------------------------------------------------------------------------

    public const string SetCookie = "Set-Cookie";
    public const string ContentType = "Content-Type";
    public const string Location = "Location";
    public const string ContentLength = "Content-Length";
    public const string JsonMimetype = "application/json";

    /// <summary>RFC 9110 token: one or more tchar.</summary>
    public static bool IsToken(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsTokenChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;

    /// <summary>Returns an error detail when a header name or value cannot go on the wire, else null.</summary>
    public static string? CheckHeader(string name, string value) => CheckHeaderName(name) ?? CheckHeaderValue(name, value);

    public static string? CheckHeaderName(string name) => IsToken(name) ? null : "the header name \"" + Escape(name) + "\" is not a token";

    /// <summary>
    /// RFC 9110's field-value without obs-text: visible ASCII, spaces and tabs. A line break would
    /// split the response; Kestrel refuses to send any other control or non-ASCII character (a bare
    /// 500), and the Latin-1 bytes Werkzeug would send are obs-text, which RFC 9110 lets a client
    /// treat as opaque. The one exception is Location: a URL, percent-encoded as UTF-8 when the
    /// response is finalised, so non-ASCII text is fine there, but not a lone surrogate, which has no UTF-8 form.
    /// </summary>
    /// <param name="name">A token: the header's name as the detail spells it.</param>
    /// <param name="anyName">The name is unknown (not a constant at build time): only what every header refuses is reported.</param>
    public static string? CheckHeaderValue(string name, string value, bool anyName = false)
    {
        if (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0)
        {
            return "the value of header \"" + name + "\" contains a line break";
        }

        var isLocation = string.Equals(name, Location, System.StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsFieldChar(c))
            {
                continue;
            }

            if (c < 0x80)
            {
                return "the value of header \"" + name + "\" contains " + Offending(value, i);
            }

            if (anyName)
            {
                continue;
            }

            if (!isLocation)
            {
                return "the value of header \"" + name + "\" contains " + Offending(value, i);
            }

            if (LoneSurrogateAt(value, i))
            {
                return LoneSurrogate("the value of header \"" + name + "\"", value, i);
            }
        }

        // Kestrel parses a Content-Length as it is set, and throws on anything but a number (RFC 9110: 1*DIGIT).
        if (!anyName && string.Equals(name, ContentLength, System.StringComparison.OrdinalIgnoreCase) && ParseLength(value) is null)
        {
            return "the value of header \"" + name + "\" is \"" + value + "\", not a number of bytes";
        }

        return null;
    }

    /// <summary>
    /// The Content-Length headers of a response whose body is bytes, once finalised: at most one,
    /// saying the body's length. Kestrel throws on any other (after the headers, a broken response).
    /// </summary>
    /// <param name="count">How many Content-Length headers the response has.</param>
    /// <param name="first">The first one's value.</param>
    public static string? CheckContentLength(int count, string? first, long bodyLength)
    {
        if (count > 1)
        {
            return "the response has " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " Content-Length headers";
        }

        if (count == 1 && ParseLength(first!) != bodyLength)
        {
            return "the Content-Length header says " + first + " bytes, but the body has "
                + bodyLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static long? ParseLength(string value)
    {
        foreach (var c in value)
        {
            if (c < '0' || c > '9')
            {
                return null;
            }
        }

        return long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length) ? length : null;
    }

    /// <summary>The detail for text that is to be UTF-8 encoded, when it holds a lone surrogate; else null.</summary>
    /// <param name="what">How the detail names the text: "the cookie value".</param>
    public static string? CheckUtf8(string what, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (LoneSurrogateAt(text, i))
            {
                return LoneSurrogate(what, text, i);
            }
        }

        return null;
    }

    // ---- Cookies -----------------------------------------------------------------------------

    public static readonly IReadOnlyList<string> SameSiteValues = new[] { "Strict", "Lax", "None" };

    /// <summary>Cookie attribute names as they are written, in Werkzeug's order.</summary>
    public static readonly IReadOnlyList<string> CookieAttributes = new[] { "Domain", "Expires", "Max-Age", "Secure", "HttpOnly", "Path", "SameSite" };

    public static string? CheckCookieName(string name) =>
        IsToken(name) ? null : "the cookie name \"" + Escape(name) + "\" is not a token";

    public static string? CheckSameSite(string? sameSite)
    {
        if (sameSite is null)
        {
            return null;
        }

        foreach (var allowed in SameSiteValues)
        {
            if (string.Equals(allowed, sameSite, System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return "SameSite must be Strict, Lax or None, not \"" + Escape(sameSite) + "\"";
    }

    /// <summary>HTAB, SP and VCHAR: what a header value and a reason phrase may hold.</summary>
    public static bool IsFieldChar(char c) => c == '\t' || (c >= ' ' && c <= '~');

    /// <summary>"the control character \u0001", "the non-ASCII character \u00e9": the character at index, as C# escapes it.</summary>
    private static string Offending(string text, int index) =>
        (text[index] < 0x20 || text[index] == 0x7f ? "the control character " : "the non-ASCII character ") + CharEscape(text, index);

    private static string LoneSurrogate(string what, string text, int index) =>
        what + " contains a lone surrogate (" + CharEscape(text, index) + "), which has no UTF-8 encoding";

    private static bool LoneSurrogateAt(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    /// <summary>\uXXXX for the character at index; both halves of a surrogate pair.</summary>
    private static string CharEscape(string text, int index)
    {
        var escaped = Hex(text[index]);
        return char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? escaped + Hex(text[index + 1])
            : escaped;
    }

    private static string Hex(char c) => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// User text quoted in a detail: line breaks, NUL, other controls and lone surrogates spelled
    /// out, so that a detail never breaks a line and always has a UTF-8 form (it becomes a 500's body).
    /// </summary>
    private static string Escape(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\0')
            {
                sb.Append("\\0");
            }
            else if ((c < ' ' && c != '\t') || (c >= 0x7f && c < 0xa0) || LoneSurrogateAt(text, i))
            {
                sb.Append(Hex(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
