using System.Globalization;
using System.Text;

namespace ReturnShape.Serialization;

/// <summary>
/// Python's repr of a float, which its json module writes: the shortest round-trip digits,
/// "1.0" rather than "1", exponent form below 1e-4 and from 1e16 on ("1e-05", "1e+16").
/// </summary>
internal static class PythonFloat
{
    public static string Format(double value) => FromRoundTrip(value.ToString("R", CultureInfo.InvariantCulture));

    public static string Format(float value) => FromRoundTrip(value.ToString("R", CultureInfo.InvariantCulture));

    private static string FromRoundTrip(string text)
    {
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text.Substring(1);
        }

        var exponent = 0;
        var e = text.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text.Substring(0, e);
        }

        var dot = text.IndexOf('.');
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var decimalPoint = (dot < 0 ? text.Length : dot) + exponent;
        var leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits.Substring(leading).TrimEnd('0');
        decimalPoint -= leading;
        var sign = negative ? "-" : string.Empty;
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        var sb = new StringBuilder(sign);
        if (decimalPoint > -4 && decimalPoint <= 16)
        {
            if (decimalPoint <= 0)
            {
                sb.Append("0.").Append('0', -decimalPoint).Append(digits);
            }
            else if (decimalPoint >= digits.Length)
            {
                sb.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
            }

            return sb.ToString();
        }

        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }

        var shown = decimalPoint - 1;
        sb.Append('e').Append(shown < 0 ? '-' : '+').Append(Math.Abs(shown).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
