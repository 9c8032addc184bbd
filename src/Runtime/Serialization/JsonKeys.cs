using System.Globalization;
using System.Numerics;
using ReturnShape.Coercion;

namespace ReturnShape.Serialization;

/// <summary>
/// Object keys as Flask's JSON provider writes them (Python's json with sort_keys): the keys are
/// sorted as Python compares them — text with text by code point, numbers (bool, integers,
/// floating point) with numbers by value — and only then written as text: an integer as its
/// digits, a float as Python's repr (<c>1.0</c>, <c>1e+16</c>, <c>Infinity</c>), <c>true</c>,
/// <c>false</c>, <c>null</c>. Keys of kinds Python cannot order against each other (text and
/// numbers, or null and anything) are refused, as is a key of another type, and two keys that
/// would be written alike: a JSON object never holds a key twice.
/// </summary>
internal static class JsonKeys
{
    public enum Kind
    {
        Text,
        Number,
        Null,
    }

    /// <summary>The key's kind, or null for a type Flask does not take as a key.</summary>
    public static Kind? KindOf(object? key) => key switch
    {
        null => Kind.Null,
        string or char or Guid => Kind.Text,
        Enum => null,
        bool or byte or sbyte or short or ushort or int or uint or long or ulong or nint or nuint or BigInteger or Int128 or UInt128 => Kind.Number,
        double or float or Half => Kind.Number,
        _ => null,
    };

    public static string TextOf(object? key) => key switch
    {
        null => "null",
        string text => text,
        char c => c.ToString(),
        Guid guid => guid.ToString(),
        bool b => b ? "true" : "false",
        double d => FloatText(d),
        float f => float.IsFinite(f) ? PythonFloat.Format(f) : FloatText(f),
        Half h => FloatText((double)h),
        _ => ((IFormattable)key).ToString(null, CultureInfo.InvariantCulture),
    };

    public static bool IsNaN(object? key) => key is double d && double.IsNaN(d) || key is float f && float.IsNaN(f) || key is Half h && Half.IsNaN(h);

    /// <summary>Python's comparison of two numbers (bool counts as 0 and 1), exact across integers and floats.</summary>
    public static int CompareNumbers(object a, object b)
    {
        var (aIsFloat, aFloat, aInteger) = Number(a);
        var (bIsFloat, bFloat, bInteger) = Number(b);
        if (aIsFloat && bIsFloat)
        {
            return aFloat.CompareTo(bFloat);
        }

        if (!aIsFloat && !bIsFloat)
        {
            return aInteger.CompareTo(bInteger);
        }

        return aIsFloat ? CompareFloat(aFloat, bInteger) : -CompareFloat(bFloat, aInteger);
    }

    /// <summary>Ordinal by Unicode code point, as Python compares str (UTF-16 order differs above U+D7FF).</summary>
    public static int CompareText(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return CodePointOrder(a[common]).CompareTo(CodePointOrder(b[common]));
    }

    /// <summary>How a key is named in a detail: "the string \"a\"", "the int 1", "null".</summary>
    public static string Describe(object? key) => key is null ? "null" : key is char c ? "the char '" + c + "'" : ValueDescriptions.Describe(key);

    // Surrogates (supplementary code points) sort after every other UTF-16 unit.
    private static int CodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;

    private static string FloatText(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "Infinity" : double.IsNegativeInfinity(value) ? "-Infinity" : PythonFloat.Format(value);

    private static (bool IsFloat, double Float, BigInteger Integer) Number(object value) => value switch
    {
        double d => (true, d, default),
        float f => (true, f, default),
        Half h => (true, (double)h, default),
        bool b => (false, 0, b ? BigInteger.One : BigInteger.Zero),
        BigInteger i => (false, 0, i),
        Int128 i => (false, 0, (BigInteger)i),
        UInt128 i => (false, 0, (BigInteger)i),
        ulong u => (false, 0, u),
        nuint u => (false, 0, (ulong)u),
        _ => (false, 0, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
    };

    private static int CompareFloat(double value, BigInteger integer)
    {
        if (double.IsPositiveInfinity(value))
        {
            return 1;
        }

        if (double.IsNegativeInfinity(value))
        {
            return -1;
        }

        var floor = Math.Floor(value);
        var byFloor = new BigInteger(floor).CompareTo(integer);
        return byFloor != 0 ? byFloor : value > floor ? 1 : 0;
    }
}
