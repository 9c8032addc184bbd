using System.Globalization;
using System.Text;

namespace ReturnShape.Http;

/// <summary>
/// Werkzeug 2.2's iri_to_uri: percent-encodes what is not allowed in a URI (non-ASCII, spaces,
/// controls) as UTF-8, converts a non-ASCII host with IDNA, and leaves reserved characters and
/// existing escapes alone. Unlike Werkzeug it never leaves a control character as it is (in a
/// "safe" ASCII IRI or an ASCII host): the result goes into a header, which cannot carry one.
/// </summary>
internal static class IriToUri
{
    private const string AlwaysSafe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    private const string UriSafe = ":/?#[]@!$&'()*+,;=%";

    // Python's str.split() whitespace among ASCII characters.
    private const string PythonWhitespace = " \t\n\r\v\f\u001c\u001d\u001e\u001f";

    /// <param name="safeConversion">Leave an ASCII IRI that is one whitespace-free word as it is (Werkzeug's safe_conversion).</param>
    public static string Convert(string iri, bool safeConversion)
    {
        if (safeConversion && IsAscii(iri) && !HasControl(iri) && CountWords(iri) == 1)
        {
            return iri;
        }

        var rest = iri;
        var prefix = new StringBuilder();
        var colon = rest.IndexOf(':');
        if (colon > 0 && IsScheme(rest.AsSpan(0, colon)))
        {
            prefix.Append(rest, 0, colon + 1);
            rest = rest.Substring(colon + 1);
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny(new[] { '/', '?', '#' }, 2);
            var netloc = end < 0 ? rest.Substring(2) : rest.Substring(2, end - 2);
            rest = end < 0 ? string.Empty : rest.Substring(end);
            prefix.Append("//").Append(EncodeNetloc(netloc));
        }

        return prefix.Append(Quote(rest, UriSafe)).ToString();
    }

    private static string EncodeNetloc(string netloc)
    {
        var at = netloc.LastIndexOf('@');
        var userInfo = at >= 0 ? Quote(netloc.Substring(0, at), "/:%") + "@" : string.Empty;
        var hostPort = at >= 0 ? netloc.Substring(at + 1) : netloc;
        var portAt = hostPort.LastIndexOf(':');
        var host = portAt >= 0 && !hostPort.EndsWith("]", StringComparison.Ordinal) ? hostPort.Substring(0, portAt) : hostPort;
        var port = host.Length < hostPort.Length ? hostPort.Substring(host.Length) : string.Empty;
        if (!IsAscii(host))
        {
            try
            {
                host = new IdnMapping().GetAscii(host);
            }
            catch (ArgumentException)
            {
                host = Quote(host, string.Empty);
            }
        }

        return userInfo + (HasControl(host) ? QuoteControls(host) : host) + Quote(port, ":");
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControl(char c) => c < ' ' || c == '\x7f';

    private static string QuoteControls(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Quote(string text, string safe)
    {
        var sb = new StringBuilder(text.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 && (AlwaysSafe.IndexOf(c) >= 0 || safe.IndexOf(c) >= 0))
            {
                sb.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), buffer)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), buffer);
            for (var b = 0; b < length; b++)
            {
                sb.Append('%').Append(buffer[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        if (!char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = PythonWhitespace.IndexOf(c) >= 0;
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
