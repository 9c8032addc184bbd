using System.Globalization;

namespace ReturnShape.Http;

/// <summary>RFC 9110 IMF-fixdate, as Werkzeug's http_date writes it.</summary>
internal static class HttpDate
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
