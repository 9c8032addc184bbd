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
internal sealed class FlaskJson
{
    private const int MaxDepth = 256;

    // A writer that grew past this is dropped rather than kept for the thread.
    private const int MaxCachedCapacity = 16 * 1024;

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { MaxDepth = MaxDepth };

    [ThreadStatic]
    private static FlaskJson? cached;

    private readonly StringBuilder sb = new(256);

    // Where the writer is, kept as segments so that the "$.a[2]" text is built only for an error message.
    private readonly List<(string? Key, int Index)> path = new();

    // One member list per nesting depth, reused: only one object is being written at each depth.
    private readonly List<List<KeyValuePair<string, object?>>> membersByDepth = new();

    // The same for keys that are not strings, before they are sorted and written as text.
    private readonly List<List<(object? Key, object? Value, int Index)>> keyedByDepth = new();

    private FlaskJson()
    {
    }

    public static string Serialize(object? value)
    {
        var writer = Rent();
        try
        {
            writer.Write(value, 0);
            return writer.sb.ToString();
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary>A JSON response body: the text and Flask's trailing newline, as bytes. All non-ASCII is escaped, so one char is one byte.</summary>
    public static byte[] SerializeBody(object? value)
    {
        var writer = Rent();
        try
        {
            writer.Write(value, 0);
            var sb = writer.sb.Append('\n');
            var bytes = new byte[sb.Length];
            var offset = 0;
            foreach (var chunk in sb.GetChunks())
            {
                offset += Encoding.ASCII.GetBytes(chunk.Span, bytes.AsSpan(offset));
            }

            return bytes;
        }
        finally
        {
            Return(writer);
        }
    }

    private static FlaskJson Rent()
    {
        var writer = cached ?? new FlaskJson();
        cached = null;
        return writer;
    }

    private static void Return(FlaskJson writer)
    {
        if (writer.sb.Capacity <= MaxCachedCapacity)
        {
            writer.sb.Clear();
            writer.path.Clear();
            foreach (var members in writer.membersByDepth)
            {
                members.Clear();
            }

            foreach (var keyed in writer.keyedByDepth)
            {
                keyed.Clear();
            }
            cached = writer;
        }
    }

    private void Write(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nests deeper than " + MaxDepth + " levels (a cycle?)");
        }

        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string text:
                WriteString(text);
                return;
            case char c:
                WriteString(c.ToString());
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                WriteFloat(d, PythonFloat.Format);
                return;
            case float f:
                WriteFloat(f, PythonFloat.Format);
                return;
            case Half h:
                WriteFloat((float)h, PythonFloat.Format);
                return;
            case Enum:
                break;
            case decimal or byte or sbyte or short or ushort or int or uint or long or ulong or nint or nuint or BigInteger or Int128 or UInt128:
                // Formatted straight into the buffer: no string per number.
                sb.Append(CultureInfo.InvariantCulture, $"{(ISpanFormattable)value}");
                return;
            case JsonElement element:
                WriteElement(element, depth);
                return;
            case JsonDocument document:
                WriteElement(document.RootElement, depth);
                return;
            case JsonValue jsonValue:
                WriteElement(JsonSerializer.SerializeToElement(jsonValue, SerializerOptions), depth);
                return;
            case ArraySegment<byte> segment:
                // Bytes are base64 text (System.Text.Json's convention), however they are held.
                value = segment.AsSpan().ToArray();
                break;
            case byte[] or ReadOnlyMemory<byte> or Memory<byte>:
                break;
            case Task or ValueTask or Delegate or Stream or Type or Response or HttpException or Headers:
                throw Unserializable(value);
            case ITuple tuple:
                WriteArray(Items(tuple), depth);
                return;
        }

        if (value.GetType() == typeof(object) || (value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            throw Unserializable(value);
        }

        if (!value.GetType().IsEnum && value is not byte[] && value is IEnumerable sequence)
        {
            if (ValueKinds.Classify(value) == BodyKind.JsonObject)
            {
                var members = ReadPairs(sequence, depth, out var ordered);
                WriteObject(members, depth, ordered);
            }
            else
            {
                WriteArray(sequence.Cast<object?>(), depth);
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
            throw Unserializable(value, ex);
        }

        WriteElement(serialized, depth);
    }

    private void WriteFloat<T>(T number, Func<T, string> format)
        where T : IFloatingPoint<T>
    {
        if (!T.IsFinite(number))
        {
            throw Error("is " + (T.IsNaN(number) ? "NaN" : T.IsNegative(number) ? "-Infinity" : "Infinity") + ", which JSON cannot represent");
        }

        sb.Append(format(number));
    }

    private void WriteArray(IEnumerable<object?> items, int depth)
    {
        sb.Append('[');
        var index = 0;
        foreach (var item in items)
        {
            if (index > 0)
            {
                sb.Append(',');
            }

            path.Add((null, index));
            Write(item, depth + 1);
            path.RemoveAt(path.Count - 1);
            index++;
        }

        sb.Append(']');
    }

    /// <param name="ordered">The members are in Flask's order already (number keys, sorted by value).</param>
    private void WriteObject(List<KeyValuePair<string, object?>> members, int depth, bool ordered = false)
    {
        if (!ordered)
        {
            members.Sort(static (a, b) => JsonKeys.CompareText(a.Key, b.Key));
            for (var i = 1; i < members.Count; i++)
            {
                if (members[i].Key == members[i - 1].Key)
                {
                    throw Error("has the key " + TypeNames.Literal(members[i].Key) + " twice");
                }
            }
        }

        sb.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            path.Add((members[i].Key, 0));
            WriteString(members[i].Key);
            sb.Append(':');
            Write(members[i].Value, depth + 1);
            path.RemoveAt(path.Count - 1);
        }

        sb.Append('}');
    }

    private void WriteElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToList(), depth);
                return;
            case JsonValueKind.Array:
                WriteArray(element.EnumerateArray().Select(e => (object?)e), depth);
                return;
            case JsonValueKind.String:
                WriteString(element.GetString()!);
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

    // Not a lambda over the tuple in Write: its closure would be allocated on every call of Write, tuple or not.
    private static IEnumerable<object?> Items(ITuple tuple)
    {
        for (var i = 0; i < tuple.Length; i++)
        {
            yield return tuple[i];
        }
    }

    /// <param name="ordered">Set when the keys were numbers: sorted by value and written as text already.</param>
    private List<KeyValuePair<string, object?>> ReadPairs(IEnumerable dictionary, int depth, out bool ordered)
    {
        ordered = false;
        while (membersByDepth.Count <= depth)
        {
            membersByDepth.Add(new List<KeyValuePair<string, object?>>());
            keyedByDepth.Add(new List<(object?, object?, int)>());
        }

        var members = membersByDepth[depth];
        members.Clear();
        if (dictionary is Dictionary<string, object?> common)
        {
            // The most common body: copied in one go, without an enumerator; its keys are never null.
            members.AddRange(common);
            return members;
        }

        if (dictionary is IEnumerable<KeyValuePair<string, object?>> typed)
        {
            // Other dictionaries of objects (sorted, concurrent, read-only): read without boxing every entry.
            foreach (var pair in typed)
            {
                members.Add(new KeyValuePair<string, object?>(pair.Key ?? throw Error("has a null key among string keys"), pair.Value));
            }

            return members;
        }

        var keyed = keyedByDepth[depth];
        keyed.Clear();
        foreach (var item in dictionary)
        {
            if (!PairReaders.TryRead(item, out var pair))
            {
                throw Error("holds " + ValueDescriptions.Describe(item) + " where a (key, value) entry belongs");
            }

            keyed.Add((pair.Key, pair.Value, keyed.Count));
        }

        ordered = OrderKeys(keyed, members);
        return members;
    }

    /// <summary>Flask's sort_keys over keys that are not all strings (<see cref="JsonKeys"/>); true when the members come out in order.</summary>
    private bool OrderKeys(List<(object? Key, object? Value, int Index)> keyed, List<KeyValuePair<string, object?>> members)
    {
        JsonKeys.Kind? kind = null;
        object? first = null;
        foreach (var (key, _, _) in keyed)
        {
            var keyKind = JsonKeys.KindOf(key)
                ?? throw Error("has a key of type " + TypeNames.Of(key!.GetType()) + "; keys must be strings, integers, floating-point numbers, bools or null");
            if (kind is null)
            {
                (kind, first) = (keyKind, key);
            }
            else if (keyKind != kind || keyKind == JsonKeys.Kind.Null)
            {
                throw Error("has the keys " + JsonKeys.Describe(first) + " and " + JsonKeys.Describe(key)
                    + ", which cannot be sorted against each other as Flask sorts keys; use keys of one kind");
            }
        }

        if (kind != JsonKeys.Kind.Number)
        {
            foreach (var (key, value, _) in keyed)
            {
                members.Add(new KeyValuePair<string, object?>(JsonKeys.TextOf(key), value));
            }

            return false;
        }

        if (keyed.Count > 1 && keyed.Exists(entry => JsonKeys.IsNaN(entry.Key)))
        {
            throw Error("has the key NaN, which cannot be sorted against other keys");
        }

        keyed.Sort(static (a, b) =>
        {
            var byValue = JsonKeys.CompareNumbers(a.Key!, b.Key!);
            return byValue != 0 ? byValue : a.Index.CompareTo(b.Index);
        });
        var written = keyed.Count > 1 ? new Dictionary<string, object?>(keyed.Count, StringComparer.Ordinal) : null;
        foreach (var (key, value, _) in keyed)
        {
            var text = JsonKeys.TextOf(key);
            if (written is not null && !written.TryAdd(text, key))
            {
                throw Error("has the keys " + JsonKeys.Describe(written[text]) + " and " + JsonKeys.Describe(key) + ", both written " + TypeNames.Literal(text));
            }

            members.Add(new KeyValuePair<string, object?>(text, value));
        }

        return true;
    }

    private void WriteString(string text)
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
                AppendEscape(c);
                AppendEscape(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                throw Error("is a string with a lone surrogate (\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + " at index " + i + "), which has no UTF-8 encoding");
            }
            else if (c < ' ' || c > '~')
            {
                AppendEscape(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }

    private void AppendEscape(char c)
    {
        Span<char> hex = stackalloc char[4];
        ((int)c).TryFormat(hex, out _, "x4", CultureInfo.InvariantCulture);
        sb.Append("\\u").Append(hex);
    }

    private InvalidViewReturnException Unserializable(object value, Exception? inner = null) =>
        Error("is " + ValueDescriptions.Describe(value) + ", which cannot be serialized to JSON", inner);

    private InvalidViewReturnException Error(string problem, Exception? inner = null)
    {
        var where = new StringBuilder("$");
        foreach (var (key, index) in path)
        {
            if (key is null)
            {
                where.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                where.Append('.').Append(key);
            }
        }

        return ViewErrors.Create(ViewReturnRules.UnsupportedType, "the JSON value at " + where + " " + problem, inner: inner);
    }
}
