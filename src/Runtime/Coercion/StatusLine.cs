using System.Globalization;
using System.Net;
using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>
/// A validated status line: "404 NOT FOUND", or a custom "404 Gone Fishing". Only the text is
/// kept: every valid line starts with the three digits of its code (100 to 599).
/// </summary>
internal readonly struct StatusLine
{
    // Werkzeug's line for each code, built on first use so that a status costs a response nothing.
    // Two threads racing on a slot only build the same string twice.
    private static readonly string?[] StandardLines = new string?[ViewReturnRules.MaxStatus - ViewReturnRules.MinStatus + 1];

    public static readonly StatusLine Ok = FromCode(200);

    private StatusLine(string text) => Text = text;

    public string Text { get; }

    public int Code => ((Text[0] - '0') * 100) + ((Text[1] - '0') * 10) + (Text[2] - '0');

    public static StatusLine FromCode(long code)
    {
        if (!ViewReturnRules.IsValidStatusCode(code))
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidStatus, ViewReturnRules.OutOfRange(code));
        }

        var value = (int)code;
        ref var line = ref StandardLines[value - ViewReturnRules.MinStatus];
        return new StatusLine(line ??= value.ToString(CultureInfo.InvariantCulture) + " " + ViewReturnRules.ReasonPhrase(value));
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
        return status.AsSpan(3).Trim(' ').IsEmpty ? FromCode(code) : new StatusLine(status);
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
            ViewReturnRules.NotAStatus(ValueDescriptions.Describe(status))),
    };
}
