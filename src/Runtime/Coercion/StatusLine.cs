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
        int i => FromCode(i),
        long l => FromCode(l),
        short i => FromCode(i),
        ushort i => FromCode(i),
        byte i => FromCode(i),
        sbyte i => FromCode(i),
        uint i => FromCode(i),
        nint i => FromCode(i),
        ulong i => FromCode((long)Math.Min(i, long.MaxValue)),
        nuint i => FromCode((long)Math.Min(i, long.MaxValue)),
        _ => throw ViewErrors.Create(
            ViewReturnRules.InvalidStatus,
            "the status is " + ValueDescriptions.Describe(status) + ", not an int, an HttpStatusCode or a status line"),
    };
}
