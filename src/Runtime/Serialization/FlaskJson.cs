using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnShape.Coercion;
using ReturnShape.Rules;

namespace ReturnShape.Serialization;

/// <summary>
/// Flask's default JSON provider: compact separators, object keys sorted ordinally, everything
/// outside printable ASCII escaped as \uXXXX (lower-case hex, as Python writes it), numbers as
/// Python writes them. Data objects, dates, GUIDs and the like go through System.Text.Json (web
/// defaults) first, then the same writer. NaN, infinities, lone surrogates and values that cannot
/// be serialized are errors rather than invalid JSON.
/// </summary>
internal static class FlaskJson
{
    private const int MaxDepth = 256;

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { MaxDepth = MaxDepth };

    public static string Serialize(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, "$", 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(path, "nests deeper than " + MaxDepth + " levels (a cycle?)");
        }

        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string text:
                WriteString(sb, text, path);
                return;
            case char c:
                WriteString(sb, c.ToString(), path);
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                WriteFloat(sb, d, path, PythonFloat.Format);
                return;
            case float f:
                WriteFloat(sb, f, path, PythonFloat.Format);
                return;
            case Half h:
                WriteFloat(sb, (float)h, path, PythonFloat.Format);
                return;
            case decimal m:
                sb.Append(m.ToString(CultureInfo.InvariantCulture));
                return;
            case Enum:
                break;
            case byte or sbyte or short or ushort or int or uint or long or ulong or nint or nuint or BigInteger or Int128 or UInt128:
                sb.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case JsonElement element:
                WriteElement(sb, element, path, depth);
                return;
            case JsonDocument document:
                WriteElement(sb, document.RootElement, path, depth);
                return;
            case JsonValue jsonValue:
                WriteElement(sb, JsonSerializer.SerializeToElement(jsonValue, SerializerOptions), path, depth);
                return;
            case ArraySegment<byte> segment:
                // Bytes are base64 text (System.Text.Json's convention), however they are held.
                value = segment.AsSpan().ToArray();
                break;
            case byte[] or ReadOnlyMemory<byte> or Memory<byte>:
                break;
            case Task or ValueTask or Delegate or Stream or Type or Response or HttpException or Headers:
                throw Unserializable(path, value);
            case ITuple tuple:
                WriteArray(sb, Enumerable.Range(0, tuple.Length).Select(i => tuple[i]), path, depth);
                return;
        }

        if (value.GetType() == typeof(object) || (value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            throw Unserializable(path, value);
        }

        if (!value.GetType().IsEnum && value is not byte[] && value is IEnumerable sequence)
        {
            if (ValueKinds.Classify(value) == BodyKind.JsonObject)
            {
                WriteObject(sb, ReadPairs(sequence, path), path, depth);
            }
            else
            {
                WriteArray(sb, sequence.Cast<object?>(), path, depth);
            }

            return;
        }

        JsonElement serialized;
        try
        {
            serialized = JsonSerializer.SerializeToElement(value, value.GetType(), SerializerOptions);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException or ArgumentException)
        {
            throw Unserializable(path, value, ex);
        }

        WriteElement(sb, serialized, path, depth);
    }

    private static void WriteFloat<T>(StringBuilder sb, T number, string path, Func<T, string> format)
        where T : IFloatingPoint<T>
    {
        if (!T.IsFinite(number))
        {
            throw Error(path, "is " + (T.IsNaN(number) ? "NaN" : T.IsNegative(number) ? "-Infinity" : "Infinity") + ", which JSON cannot represent");
        }

        sb.Append(format(number));
    }

    private static void WriteArray(StringBuilder sb, IEnumerable<object?> items, string path, int depth)
    {
        sb.Append('[');
        var index = 0;
        foreach (var item in items)
        {
            if (index > 0)
            {
                sb.Append(',');
            }

            Write(sb, item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", depth + 1);
            index++;
        }

        sb.Append(']');
    }

    private static void WriteObject(StringBuilder sb, List<KeyValuePair<string, object?>> members, string path, int depth)
    {
        members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        sb.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var memberPath = path + "." + members[i].Key;
            WriteString(sb, members[i].Key, memberPath);
            sb.Append(':');
            Write(sb, members[i].Value, memberPath, depth + 1);
        }

        sb.Append('}');
    }

    private static void WriteElement(StringBuilder sb, JsonElement element, string path, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(sb, element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToList(), path, depth);
                return;
            case JsonValueKind.Array:
                WriteArray(sb, element.EnumerateArray().Select(e => (object?)e), path, depth);
                return;
            case JsonValueKind.String:
                WriteString(sb, element.GetString()!, path);
                return;
            case JsonValueKind.Number:
                sb.Append(element.GetRawText());
                return;
            case JsonValueKind.True:
                sb.Append("true");
                return;
            case JsonValueKind.False:
                sb.Append("false");
                return;
            default:
                sb.Append("null");
                return;
        }
    }

    private static List<KeyValuePair<string, object?>> ReadPairs(IEnumerable dictionary, string path)
    {
        var members = new List<KeyValuePair<string, object?>>();
        foreach (var item in dictionary)
        {
            if (!PairReaders.TryRead(item, out var pair))
            {
                throw Error(path, "holds " + ValueDescriptions.Describe(item) + " where a (key, value) entry belongs");
            }

            members.Add(new KeyValuePair<string, object?>(KeyText(pair.Key, path), pair.Value));
        }

        return members;
    }

    /// <summary>Python's json accepts str, int, float, bool and None keys; C# dictionaries bring no None.</summary>
    private static string KeyText(object? key, string path) => key switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        Guid g => g.ToString(),
        Enum => throw Error(path, "has a key of type " + TypeNames.Of(key.GetType()) + "; keys must be strings or numbers"),
        byte or sbyte or short or ushort or int or uint or long or ulong or BigInteger or Int128 or UInt128 => ((IFormattable)key).ToString(null, CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => PythonFloat.Format(d),
        _ => throw Error(path, "has a key of type " + (key is null ? "null" : TypeNames.Of(key.GetType())) + "; keys must be strings or numbers"),
    };

    private static void WriteString(StringBuilder sb, string text, string path)
    {
        sb.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    continue;
                case '\\':
                    sb.Append("\\\\");
                    continue;
                case '\n':
                    sb.Append("\\n");
                    continue;
                case '\r':
                    sb.Append("\\r");
                    continue;
                case '\t':
                    sb.Append("\\t");
                    continue;
                case '\b':
                    sb.Append("\\b");
                    continue;
                case '\f':
                    sb.Append("\\f");
                    continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendEscape(sb, c);
                AppendEscape(sb, text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                throw Error(path, "is a string with a lone surrogate (\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + " at index " + i + "), which has no UTF-8 encoding");
            }
            else if (c < ' ' || c > '~')
            {
                AppendEscape(sb, c);
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }

    private static void AppendEscape(StringBuilder sb, char c) => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    private static InvalidViewReturnException Unserializable(string path, object value, Exception? inner = null) =>
        Error(path, "is " + ValueDescriptions.Describe(value) + ", which cannot be serialized to JSON", inner);

    private static InvalidViewReturnException Error(string path, string problem, Exception? inner = null) =>
        ViewErrors.Create(ViewReturnRules.UnsupportedType, "the JSON value at " + path + " " + problem, inner: inner);
}
