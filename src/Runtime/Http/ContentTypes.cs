namespace ReturnShape.Http;

/// <summary>Werkzeug's get_content_type: the charset is added to text types only.</summary>
internal static class ContentTypes
{
    // Beyond text/* and +xml, the types Werkzeug writes a charset for.
    private static readonly HashSet<string> CharsetMimetypes = new(StringComparer.Ordinal)
    {
        "application/ecmascript", "application/javascript", "application/sql", "application/xml",
        "application/xml-dtd", "application/xml-external-parsed-entity",
    };

    // The default of every text body, built once instead of per response.
    private const string Html = "text/html";
    private const string HtmlUtf8 = "text/html; charset=utf-8";

    public static string ForMimetype(string mimetype) =>
        mimetype == Html ? HtmlUtf8
        : mimetype.StartsWith("text/", StringComparison.Ordinal) || CharsetMimetypes.Contains(mimetype) || mimetype.EndsWith("+xml", StringComparison.Ordinal)
            ? mimetype + "; charset=utf-8"
            : mimetype;
}
