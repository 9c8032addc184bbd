using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ReturnShape.Http;
using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>
/// Reads a header collection given with a view's return value and merges it into a response,
/// by one of Flask's two paths: the constructor path appends (Werkzeug's extend), the update path
/// replaces name by name (Werkzeug's update).
/// </summary>
internal static class HeaderSource
{
    /// <summary>Constructor path: every value appended in order, duplicates kept.</summary>
    public static void Extend(Headers target, IEnumerable<HeaderEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var value in entry.Values)
            {
                target.Add(entry.Name, value);
            }
        }
    }

    /// <summary>
    /// Update path: each name replaces the response's headers of that name. A Headers source and
    /// list values set all their values; an empty list removes the header; with pairs the last
    /// duplicate wins.
    /// </summary>
    public static void Update(Headers target, IEnumerable<HeaderEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.IsList)
            {
                target.SetAll(entry.Name, entry.Values);
            }
            else
            {
                target.Set(entry.Name, entry.Values[0]);
            }
        }
    }

    /// <summary>Throws VRS0008 unless the value is a header collection with valid names and values.</summary>
    public static List<HeaderEntry> Read(object source)
    {
        var shape = ValueKinds.HeaderShapeOf(source);
        var entries = new List<HeaderEntry>();
        switch (shape)
        {
            case HeaderShape.Headers:
                var headers = (Headers)source;
                foreach (var name in headers.Select(h => h.Key).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    entries.Add(new HeaderEntry(name, headers.GetAll(name), IsList: true));
                }

                return entries;
            case HeaderShape.Dictionary:
            case HeaderShape.Pairs:
                foreach (var item in (IEnumerable)source)
                {
                    var (name, value) = ReadPair(item);
                    entries.Add(Entry(name, value));
                }

                return entries;
            default:
                throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, NotACollection(source));
        }
    }

    private static string NotACollection(object source) => source switch
    {
        ITuple { Length: 2 } tuple when tuple[0] is string => "the headers are a single (name, value) tuple, not a header collection: put it in a list or a dictionary",
        _ => ViewReturnRules.NotAHeaderCollection(ValueDescriptions.Describe(source)),
    };

    private static (object? Name, object? Value) ReadPair(object? item)
    {
        if (PairReaders.TryRead(item, out var pair))
        {
            return pair;
        }

        throw ViewErrors.Create(
            ViewReturnRules.InvalidHeaders,
            item is null ? "the headers hold a null entry" : "the headers hold " + ValueDescriptions.Describe(item) + ", not a (name, value) pair");
    }

    private static HeaderEntry Entry(object? name, object? value)
    {
        if (name is not string text)
        {
            throw ViewErrors.Create(
                ViewReturnRules.InvalidHeaders,
                "a header name is " + ValueDescriptions.Describe(name) + ", not a string");
        }

        if (value is null)
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, "the value of header \"" + TypeNames.Printable(text) + "\" is null");
        }

        if (ValueKinds.HeaderShapeOf(value) != HeaderShape.None || value is ITuple)
        {
            throw ViewErrors.Create(
                ViewReturnRules.InvalidHeaders,
                "the value of header \"" + TypeNames.Printable(text) + "\" is " + ValueDescriptions.Describe(value) + ", not text");
        }

        if (value is string or byte[] || value is not IEnumerable list)
        {
            return new HeaderEntry(text, new[] { Format(text, value) }, IsList: false);
        }

        var values = new List<string>();
        foreach (var element in list)
        {
            if (element is null)
            {
                throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, "a value of header \"" + TypeNames.Printable(text) + "\" is null");
            }

            values.Add(Format(text, element));
        }

        return new HeaderEntry(text, values, IsList: true);
    }

    /// <summary>Text as is, bytes as Latin-1 (Werkzeug 2.2), dates as HTTP dates, anything else formatted invariantly.</summary>
    private static string Format(string name, object value) => value switch
    {
        string text => text,
        byte[] bytes => Encoding.Latin1.GetString(bytes),
        bool flag => flag ? "True" : "False",
        DateTimeOffset date => HttpDate.Format(date),
        DateTime date => HttpDate.Format(date.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(date, TimeSpan.Zero) : new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable or ITuple => throw ViewErrors.Create(
            ViewReturnRules.InvalidHeaders,
            "a value of header \"" + TypeNames.Printable(name) + "\" is " + ValueDescriptions.Describe(value) + ", not text"),
        _ => value.ToString() ?? string.Empty,
    };
}
