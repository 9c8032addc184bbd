using System.Globalization;
using System.Text;
using ReturnShape.Coercion;
using ReturnShape.Rules;

namespace ReturnShape.Http;

/// <summary>Werkzeug 2.2's dump_cookie: the value of one Set-Cookie header.</summary>
internal static class CookieHeader
{
    // Werkzeug's _legal_cookie_chars: a value made only of these is written bare.
    private const string LegalChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/=!#$%&'*+-.^_`|~:";

    public static string Build(
        string name, string value, int? maxAge, DateTimeOffset? expires, string? path, string? domain,
        bool secure, bool httpOnly, string? sameSite, Func<DateTimeOffset> now)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        // Value and path are sent as UTF-8 (quoted, percent-encoded): a lone surrogate would go out as U+FFFD.
        var error = ViewReturnRules.CheckCookieName(name) ?? ViewReturnRules.CheckSameSite(sameSite)
            ?? ViewReturnRules.CheckUtf8("the cookie value", value) ?? (path is null ? null : ViewReturnRules.CheckUtf8("the cookie path", path));
        if (error is not null)
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, error);
        }

        string? expiresText = null;
        if (expires is not null)
        {
            expiresText = HttpDate.Format(expires.Value);
        }
        else if (maxAge is not null)
        {
            // Werkzeug keeps Expires in step with Max-Age for clients that only read Expires.
            expiresText = HttpDate.Format(now().AddSeconds(maxAge.Value));
        }

        var sb = new StringBuilder(name).Append('=').Append(Quote(Encoding.UTF8.GetBytes(value)));

        // The rule table holds the attributes in Werkzeug's order; a flag is written bare, an unset one not at all.
        foreach (var attribute in ViewReturnRules.CookieAttributes)
        {
            if (attribute is "Secure" or "HttpOnly")
            {
                if (attribute == "Secure" ? secure : httpOnly)
                {
                    sb.Append("; ").Append(attribute);
                }

                continue;
            }

            var text = attribute switch
            {
                "Domain" => domain is null ? null : Quote(Encoding.ASCII.GetBytes(CookieDomain(domain))),
                "Expires" => expiresText,
                "Max-Age" => maxAge?.ToString(CultureInfo.InvariantCulture),
                "Path" => path is null ? null : IriToUri.Convert(path, safeConversion: false),
                "SameSite" => sameSite is null ? null : ViewReturnRules.SameSiteValues.First(v => v.Equals(sameSite, StringComparison.OrdinalIgnoreCase)),
                _ => throw new InvalidOperationException("The rule table lists a cookie attribute the runtime does not write: " + attribute),
            };
            if (text is not null)
            {
                sb.Append("; ").Append(attribute).Append('=').Append(text);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Werkzeug's _cookie_quote: bytes outside the legal set make the value quoted; inside the
    /// quotes , ; " \ and bytes outside printable ASCII are escaped (octal, or a backslash).
    /// </summary>
    public static string Quote(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length + 2);
        var allLegal = true;
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (b < 128 && LegalChars.IndexOf(c) >= 0)
            {
                sb.Append(c);
                continue;
            }

            allLegal = false;
            if (c == ',' || c == ';' || b < 32 || b >= 127)
            {
                sb.Append('\\').Append(System.Convert.ToString(b, 8).PadLeft(3, '0'));
            }
            else if (c == '"' || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return allLegal ? sb.ToString() : "\"" + sb + "\"";
    }

    /// <summary>Werkzeug's _make_cookie_domain: IDNA, no port, and at least one dot.</summary>
    private static string CookieDomain(string domain)
    {
        var host = domain;
        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            host = host.Substring(0, colon);
        }

        if (host.Any(c => c >= 128))
        {
            try
            {
                var dot = host.StartsWith('.') ? "." : string.Empty;
                host = dot + new IdnMapping().GetAscii(host.Substring(dot.Length));
            }
            catch (ArgumentException)
            {
                throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, "the cookie domain \"" + TypeNames.Printable(domain) + "\" is not a host name");
            }
        }

        if (host.IndexOf('.') < 0)
        {
            throw ViewErrors.Create(
                ViewReturnRules.InvalidHeaders,
                "the cookie domain \"" + TypeNames.Printable(domain) + "\" has no dot, and browsers ignore such a cookie (use a name like dev.localhost)");
        }

        return host;
    }
}
