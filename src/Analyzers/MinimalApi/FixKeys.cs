namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// The diagnostic properties the minimal-API analyzers hand to their fixers: the analyzer has the
/// semantic facts (may the handler return an IResult here? which Map call?), the fixer rewrites.
/// </summary>
internal static class FixKeys
{
    /// <summary>Which rewrite applies; absent when none compiles.</summary>
    public const string Fix = "Fix";

    /// <summary>The HTTP methods the MapView alternative maps ("" for GET, "*" to keep MapMethods' list); absent when not offered.</summary>
    public const string MapView = "MapView";

    /// <summary>
    /// With Fix on a handler declared with a tuple return type: the declared tuple becomes IResult
    /// (inside Task/ValueTask for an async one), and every return of the handler is rewritten with it.
    /// </summary>
    public const string ReturnType = "ReturnType";

    /// <summary>(body, status) → Results.Text(body, statusCode: status).</summary>
    public const string Text = "Text";

    /// <summary>(body, status) → Results.Json(body, statusCode: status); a serializer call → Results.Json(value).</summary>
    public const string Json = "Json";

    /// <summary>JSON text that cannot be unwrapped → Results.Text(text, contentType: "application/json").</summary>
    public const string TextAsJson = "TextAsJson";

    /// <summary>Results.Text(json…) without a content type → the same call with contentType: "application/json".</summary>
    public const string AddContentType = "AddContentType";

    /// <summary>Results.Text(Serialize(value), statusCode: s) → Results.Json(value, statusCode: s).</summary>
    public const string ResultsJson = "ResultsJson";

    /// <summary>null → Results.NotFound() or Results.NoContent().</summary>
    public const string Result = "Result";

    /// <summary>Results.Text(body, statusCode: 204) → Results.StatusCode(204).</summary>
    public const string StatusCode = "StatusCode";

    /// <summary>Results.Ok(JsonSerializer.Serialize(value)) → Results.Ok(value).</summary>
    public const string Value = "Value";

    /// <summary>Results.Text("/login", statusCode: 302) → Results.Redirect("/login") (the flags follow the status).</summary>
    public const string Redirect = "Redirect";

    /// <summary>Headers["Set-Cookie"] = v → Headers.Append("Set-Cookie", v).</summary>
    public const string Append = "Append";
}
