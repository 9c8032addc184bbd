using System;
using System.Linq;

namespace ReturnShape.Analyzers.Model;

/// <summary>Whether text written as a body is certainly the URL a redirect meant: what the redirect fixes (VRS0013, VRS0106) move into Location.</summary>
internal static class RedirectTarget
{
    /// <summary>
    /// A path on this site ("/login", not "//host", which browsers read as another host) or an
    /// absolute http(s) URL, with no whitespace.
    /// </summary>
    public static bool IsUrl(string url) =>
        url.Length > 0 && !url.Any(char.IsWhiteSpace)
        && (url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps));
}
