using System.Globalization;
using System.Net;
using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>A validated status: its code and the line sent ("404 NOT FOUND", or a custom "404 Gone Fishing").</summary>
internal readonly record struct StatusLine(int Code, string Text)
{
    public static readonly StatusLine Ok = FromCode(200);

    public static StatusLine FromCode(long code)
    {
        if (!ViewReturnRules.IsValidStatusCode(code))
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidStatus, ViewReturnRules.OutOfRange(code));
        }

        var value = (int)code;
        return new StatusLine(value, value.ToString(CultureInfo.InvariantCulture) + " " + ViewReturnRules.ReasonPhrase(value));
    }

    /// <summary>"404" is looked up in the phrase table; "404 Gone Fishing" is kept as written.</summary>
    public static StatusLine Parse(string status)
    {
        var error = ViewReturnRules.CheckStatusLine(status, out var code);
        if (error is not null)
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidStatus, error);
        }

        // Werkzeug splits on whitespace: a code followed only by spaces is a bare code.
        return status.AsSpan(3).Trim(' ').IsEmpty ? FromCode(code) : new StatusLine(code, status);
    }

    /// <summary>A status as a view gives it: an integer, an <see cref="HttpStatusCode"/> or a status-line string.</summary>
    public static StatusLine FromValue(object status) => status switch
    {
        HttpStatusCode code => FromCode((int)code),
        string text => Parse(text),
        byte or sbyte or short or ushort or int or uint or long or nint => FromCode(Convert.ToInt64(status, CultureInfo.InvariantCulture)),
        ulong or nuint => FromCode(Convert.ToUInt64(status, CultureInfo.InvariantCulture) > int.MaxValue ? long.MaxValue : Convert.ToInt64(status, CultureInfo.InvariantCulture)),
        _ => throw ViewErrors.Create(
            ViewReturnRules.InvalidStatus,
            "the status is " + ValueDescriptions.Describe(status) + ", not an int, an HttpStatusCode or a status line"),
    };
}
