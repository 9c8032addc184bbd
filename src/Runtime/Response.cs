using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ReturnShape.Bodies;
using ReturnShape.Coercion;
using ReturnShape.Http;
using ReturnShape.Rules;

namespace ReturnShape;

/// <summary>
/// An HTTP response as Werkzeug models it: a status line, ordered headers, and a body that is
/// either bytes (with Content-Length) or a stream of chunks (without).
/// </summary>
public class Response
{
    private const string DefaultMimetype = "text/html";
    private const string ContentLength = ViewReturnRules.ContentLength;
    private const int ResetContent = 205;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? defaultContentType;

    private StatusLine status;
    private byte[] data = Array.Empty<byte>();
    private StreamBody? pending;

    // Built on first use. Until then the headers are only the defaults the constructor derived,
    // defaultContentType and (unless streamed) the body's length, and most responses reach the host
    // without anyone reading them. Once built, the list is the only truth; defaultContentType is
    // read only while this is null and never cleared, so a copy racing with the first use of a
    // shared response still finds it.
    private Headers? headers;

    /// <summary>A text body, encoded as UTF-8. Headers are a header collection, appended in order.</summary>
    public Response(string? body = null, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null)
        : this(StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType)
    {
        SetData(EncodeText(body ?? string.Empty, subject: null));
    }

    public Response(byte[] body, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null)
        : this(StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        SetData(body);
    }

    /// <summary>Werkzeug's constructor order: headers, then the content type unless one was given, then the status.</summary>
    private protected Response(StatusLine status, IReadOnlyList<HeaderEntry>? headers, string? mimetype, string? contentType)
    {
        this.status = status;
        if (headers is null or { Count: 0 })
        {
            defaultContentType = contentType ?? ContentTypes.ForMimetype(mimetype ?? DefaultMimetype);
            if (contentType is not null || mimetype is not null)
            {
                // A bad value fails here, as it would when set on the list.
                Headers.Validate(ViewReturnRules.ContentType, defaultContentType);
            }

            return;
        }

        this.headers = new Headers();
        HeaderSource.Extend(this.headers, headers);
        if (contentType is null && (mimetype is not null || !this.headers.Contains(ViewReturnRules.ContentType)))
        {
            contentType = ContentTypes.ForMimetype(mimetype ?? DefaultMimetype);
        }

        if (contentType is not null)
        {
            this.headers.Set(ViewReturnRules.ContentType, contentType);
        }
    }

    private Response(Response other)
    {
        headers = other.headers?.Clone();
        defaultContentType = other.defaultContentType;
        status = other.status;
        data = other.data;
        pending = other.pending;
        IsStreamed = other.IsStreamed;
    }

    public int StatusCode
    {
        get => status.Code;
        set => status = StatusLine.FromCode(value);
    }

    /// <summary>The status line without the protocol: "404 NOT FOUND". Set "404" or "404 Gone Fishing".</summary>
    public string Status
    {
        get => status.Text;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            status = StatusLine.Parse(value);
        }
    }

    public Headers Headers => headers ?? BuildHeaders();

    public string? ContentType
    {
        get => headers is null ? defaultContentType : headers.Get(ViewReturnRules.ContentType);
        set => Headers[ViewReturnRules.ContentType] = value;
    }

    /// <summary>The content type without its parameters: "text/html".</summary>
    public string? Mimetype => ContentType?.Split(';')[0].Trim();

    /// <summary>Whether the body was given as a stream of chunks (no Content-Length is set).</summary>
    public bool IsStreamed { get; private set; }

    /// <summary>Streams a sequence of text chunks, each written as UTF-8 and flushed.</summary>
    public static Response Stream(IEnumerable<string> chunks, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null) =>
        Streamed(chunks, StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType);

    public static Response Stream(IEnumerable<byte[]> chunks, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null) =>
        Streamed(chunks, StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType);

    public static Response Stream(IAsyncEnumerable<string> chunks, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null) =>
        Streamed(chunks, StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType);

    public static Response Stream(IAsyncEnumerable<byte[]> chunks, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null) =>
        Streamed(chunks, StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType);

    /// <summary>Streams the contents of a stream, which is disposed once written.</summary>
    public static Response Stream(System.IO.Stream body, int status = 200, IEnumerable? headers = null, string? mimetype = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(body));
        }

        return Streamed(body, StatusLine.FromCode(status), ReadHeaders(headers), mimetype, contentType);
    }

    /// <summary>The body's bytes; a streamed body is read to the end (once) and kept.</summary>
    public byte[] GetData()
    {
        if (pending is not null)
        {
            data = pending.ReadAll();
            pending = null;
        }

        return data;
    }

    public string GetText() => Encoding.UTF8.GetString(GetData());

    /// <summary>The body parsed as JSON when the mimetype is JSON (application/json or +json), else null.</summary>
    public JsonNode? GetJson()
    {
        var mimetype = Mimetype;
        var isJson = mimetype is not null
            && (mimetype.Equals(ViewReturnRules.JsonMimetype, StringComparison.OrdinalIgnoreCase) || mimetype.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return isJson ? JsonNode.Parse(GetData()) : null;
    }

    /// <summary>Writes the body; a streamed body is written chunk by chunk, flushing after each.</summary>
    public async Task WriteBodyAsync(System.IO.Stream destination, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (pending is not null)
        {
            var body = pending;
            pending = null;
            await body.WriteToAsync(destination, ct).ConfigureAwait(false);
            return;
        }

        await destination.WriteAsync(data, ct).ConfigureAwait(false);
    }

    /// <summary>Adds a Set-Cookie header exactly as Werkzeug's set_cookie writes it.</summary>
    public Response SetCookie(
        string name, string value = "", int? maxAge = null, DateTimeOffset? expires = null, string? path = "/",
        string? domain = null, bool secure = false, bool httpOnly = false, string? sameSite = null)
    {
        Headers.Add(ViewReturnRules.SetCookie, CookieHeader.Build(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite, () => DateTimeOffset.UtcNow));
        return this;
    }

    /// <summary>Adds a Set-Cookie header that makes the client drop the cookie: empty value, Expires in 1970, Max-Age=0.</summary>
    public Response DeleteCookie(string name, string? path = "/", string? domain = null, bool secure = false, bool httpOnly = false, string? sameSite = null)
    {
        Headers.Add(ViewReturnRules.SetCookie, CookieHeader.Build(name, string.Empty, 0, DateTimeOffset.UnixEpoch, path, domain, secure, httpOnly, sameSite, () => DateTimeOffset.UtcNow));
        return this;
    }

    /// <summary>
    /// What the client sees, as Werkzeug's WSGI layer sends it: 1xx and 204 lose body and
    /// Content-Length, 304 loses body and entity headers, HEAD loses the body, a Location with
    /// non-ASCII or spaces is percent-encoded. Beyond Werkzeug, 205 loses its body and says so
    /// with Content-Length: 0. Returns a new response; this one is unchanged.
    /// </summary>
    public Response Finalize(string requestMethod)
    {
        ArgumentNullException.ThrowIfNull(requestMethod);
        var result = new Response(this);
        var code = result.StatusCode;
        // RFC 9110 §15.3.6: a 205 has no content. Werkzeug sends the body anyway; Kestrel refuses any
        // length but 0, and a client reads a 205 without a length until the connection closes.
        var dropsBody = ViewReturnRules.ForbidsBody(code) || code == ResetContent
            || string.Equals(requestMethod, "HEAD", StringComparison.OrdinalIgnoreCase);

        // Untouched defaults hold no Location and stay right while the body is sent. Dropping the
        // body needs the list: 1xx, 204 and 304 lose headers, HEAD keeps the length of the body it leaves out.
        if (result.headers is not null || dropsBody)
        {
            FinalizeHeaders(result.Headers, code);
        }

        // Only headers someone set can disagree with the body (the update path, a hook); for these
        // statuses FinalizeHeaders has just removed or written the length itself.
        if (result.headers is not null && !result.IsStreamed && !ViewReturnRules.ForbidsBody(code) && code != ResetContent
            && ViewReturnRules.CheckContentLength(result.headers.CountOf(ContentLength, out var length), length, result.data.Length) is { } lengthError)
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, lengthError);
        }

        if (dropsBody)
        {
            result.data = Array.Empty<byte>();
            result.pending = null;
            result.IsStreamed = false;
        }

        return result;
    }

    private static void FinalizeHeaders(Headers headers, int code)
    {
        // Every Location, not only the first: each one goes on the wire.
        headers.ConvertAll(ViewReturnRules.Location, location => IriToUri.Convert(location, safeConversion: true));

        if ((code >= 100 && code < 200) || code == 204)
        {
            headers.Remove(ContentLength);
        }
        else if (code == ResetContent)
        {
            headers.Set(ContentLength, "0");
        }
        else if (code == 304)
        {
            EntityHeaders.RemoveFrom(headers);
        }
    }

    public override string ToString() => "<Response " + (IsStreamed ? "streamed" : data.Length + " bytes") + " [" + Status + "]>";

    internal static Response Streamed(object source, StatusLine status, IReadOnlyList<HeaderEntry>? headers, string? mimetype, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(source);
        var response = new Response(status, headers, mimetype, contentType);
        response.pending = new StreamBody(source, ViewErrors.CurrentViewName, ViewScope.CurrentSubject);
        response.IsStreamed = true;
        return response;
    }

    internal static Response FromBytes(byte[] body, StatusLine status, IReadOnlyList<HeaderEntry>? headers)
    {
        var response = new Response(status, headers, mimetype: null, contentType: null);
        response.SetData(body);
        return response;
    }

    /// <summary>UTF-8, refusing lone surrogates (Python cannot encode them either).</summary>
    /// <param name="subject">Null for a view's bare return value, else how the detail names the body ("the tuple's body").</param>
    internal static byte[] EncodeText(string text, string? subject)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException ex)
        {
            var detail = (subject ?? "the body") + " is a string with a lone surrogate (\\u" + ((int)ex.CharUnknown).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)
                + " at index " + ex.Index + "), which has no UTF-8 encoding";
            throw ViewErrors.Create(subject is null ? ViewReturnRules.UnsupportedType : ViewReturnRules.TupleBody, detail);
        }
    }

    internal Response Copy() => new(this);

    /// <summary>
    /// For a host: the content type, and the Content-Length unless streamed, while the headers are
    /// still the untouched defaults, so that it writes them without building the list. False once
    /// <see cref="Headers"/> was used: the host then writes the list.
    /// </summary>
    internal bool TryGetDefaultHeaders([NotNullWhen(true)] out string? contentType, out int? contentLength)
    {
        if (headers is not null)
        {
            contentType = null;
            contentLength = null;
            return false;
        }

        contentType = defaultContentType!;
        contentLength = IsStreamed ? null : data.Length;
        return true;
    }

    private static IReadOnlyList<HeaderEntry>? ReadHeaders(IEnumerable? headers) => headers is null ? null : HeaderSource.Read(headers);

    internal void SetStatus(StatusLine line) => status = line;

    private void SetData(byte[] body)
    {
        data = body;
        headers?.Set(ContentLength, FormatLength(body));
    }

    private static string FormatLength(byte[] body) => body.Length.ToString(CultureInfo.InvariantCulture);

    /// <summary>The defaults as the list Werkzeug's constructor would have built: Content-Type, then Content-Length.</summary>
    private Headers BuildHeaders()
    {
        var built = new Headers();
        built.Add(ViewReturnRules.ContentType, defaultContentType!);
        if (!IsStreamed)
        {
            built.Add(ContentLength, FormatLength(data));
        }

        // Threads reading a shared response's headers at once must all get the same list.
        return Interlocked.CompareExchange(ref headers, built, null) ?? built;
    }
}
