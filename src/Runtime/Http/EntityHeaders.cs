namespace ReturnShape.Http;

/// <summary>Werkzeug's remove_entity_headers, applied to 304 responses.</summary>
internal static class EntityHeaders
{
    // Expires and Content-Location are entity headers a 304 may keep.
    private static readonly string[] Removed =
    {
        "Allow", "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Range", "Content-Type", "Last-Modified",
    };

    public static void RemoveFrom(Headers headers)
    {
        foreach (var name in Removed)
        {
            headers.Remove(name);
        }
    }
}
