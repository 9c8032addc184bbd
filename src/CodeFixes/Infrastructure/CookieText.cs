using System;
using System.Globalization;
using System.Linq;
using ReturnShape.Rules;

namespace ReturnShape.CodeFixes;

/// <summary>
/// A Set-Cookie header value written as a constant, read into the arguments of
/// <c>Response.SetCookie</c>: only when SetCookie would write the same cookie back (a token
/// name, a value of plain cookie characters, known attributes each once, a domain with a dot).
/// </summary>
internal sealed class CookieText
{
    // Werkzeug's legal cookie characters: SetCookie writes a value of only these unquoted, as given.
    private const string PlainValueChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/=!#$%&'*+-.^_`|~:";

    private CookieText(string name, string value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public string Value { get; }

    public int? MaxAge { get; private set; }

    public DateTimeOffset? Expires { get; private set; }

    /// <summary>Null when the header has no Path (SetCookie's default is "/", so the fix passes null).</summary>
    public string? Path { get; private set; }

    public string? Domain { get; private set; }

    public bool Secure { get; private set; }

    public bool HttpOnly { get; private set; }

    public string? SameSite { get; private set; }

    public static CookieText? Parse(string header)
    {
        var parts = header.Split(';');
        var pair = parts[0].Trim();
        var equals = pair.IndexOf('=');
        if (equals <= 0)
        {
            return null;
        }

        var name = pair.Substring(0, equals).Trim();
        var value = pair.Substring(equals + 1).Trim();
        if (ViewReturnRules.CheckCookieName(name) is not null || value.Any(c => PlainValueChars.IndexOf(c) < 0))
        {
            return null;
        }

        var cookie = new CookieText(name, value);
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < parts.Length; i++)
        {
            var attribute = parts[i].Trim();
            if (attribute.Length == 0 && i == parts.Length - 1)
            {
                continue;
            }

            var split = attribute.IndexOf('=');
            var key = (split < 0 ? attribute : attribute.Substring(0, split)).Trim();
            var argument = split < 0 ? null : attribute.Substring(split + 1).Trim();
            if (!seen.Add(key) || !cookie.TryRead(key, argument))
            {
                return null;
            }
        }

        return cookie;
    }

    private bool TryRead(string key, string? argument)
    {
        switch (key.ToLowerInvariant())
        {
            case "max-age" when int.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds):
                MaxAge = seconds;
                return true;
            case "expires" when DateTimeOffset.TryParseExact(argument, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires):
                Expires = expires;
                return true;
            case "path" when !string.IsNullOrEmpty(argument) && argument!.All(c => c > ' ' && c < 127 && c != ';'):
                Path = argument;
                return true;
            case "domain" when !string.IsNullOrEmpty(argument) && argument!.IndexOf('.') > 0 && argument.All(c => char.IsLetterOrDigit(c) || c is '.' or '-') && argument.All(c => c < 127):
                Domain = argument;
                return true;
            case "secure" when argument is null:
                Secure = true;
                return true;
            case "httponly" when argument is null:
                HttpOnly = true;
                return true;
            case "samesite" when argument is not null && ViewReturnRules.CheckSameSite(argument) is null:
                SameSite = ViewReturnRules.SameSiteValues.First(v => string.Equals(v, argument, StringComparison.OrdinalIgnoreCase));
                return true;
            default:
                return false;
        }
    }
}
