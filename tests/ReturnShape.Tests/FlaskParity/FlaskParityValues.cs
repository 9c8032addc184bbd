using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReturnShape.Tests.FlaskParity;

/// <summary>
/// Interprets the constructor language of csharp-values.json: builds the C# value a view would
/// return for a Flask parity case.
/// </summary>
internal static class FlaskParityValues
{
    public static object? Build(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetInt32(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Object => BuildKind(element),
        _ => throw new InvalidDataException("arrays are written {\"kind\":\"list\"}: " + element),
    };

    private static object? BuildKind(JsonElement e)
    {
        var kind = e.GetProperty("kind").GetString();
        return kind switch
        {
            "tuple" => Tuple(Items(e)),
            "dict" => Entries(e).ToDictionary(p => p.Key, p => p.Value),
            "readonly_dict" => new ReadOnlyDictionary<string, string>(Entries(e).ToDictionary(p => p.Key, p => (string)p.Value!)),
            "list" => Items(e),
            "pairs" => e.GetProperty("items").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList(),
            "pair" => (e.GetProperty("items")[0].GetString()!, e.GetProperty("items")[1].GetString()!),
            "headers" => HeadersOf(e.GetProperty("items")),
            "set" => new HashSet<string>(Items(e).Cast<string>()),
            "bytes" => Encoding.UTF8.GetBytes(e.GetProperty("text").GetString()!),
            "string" => new string(e.GetProperty("utf16").EnumerateArray().Select(c => (char)c.GetInt32()).ToArray()),
            "double" => double.Parse(e.GetProperty("value").GetString()!, CultureInfo.InvariantCulture),
            "object" => new object(),
            "json" => e.TryGetProperty("value", out var value) ? Responses.Json(Build(value)) : Responses.Json(),
            "task" => Task.FromResult(e.GetProperty("result").GetString()),
            "stream" => Lazy(Items(e)),
            "async_stream" => LazyAsync(Items(e)),
            "memory_stream" => new MemoryStream(Encoding.UTF8.GetBytes(e.GetProperty("text").GetString()!)),
            "delegate" => (Func<IEnumerable<string>>)(() => new[] { "never called" }),
            "response" => ResponseOf(e),
            "redirect" => Responses.Redirect(e.GetProperty("location").GetString()!),
            "http_exception" => new HttpException(e.GetProperty("code").GetInt32()),
            _ => throw new InvalidDataException("unknown kind " + kind),
        };
    }

    private static object Tuple(List<object?> items) => items.Count switch
    {
        0 => default(ValueTuple),
        1 => ValueTuple.Create(items[0]),
        2 => (items[0], items[1]),
        3 => (items[0], items[1], items[2]),
        _ => throw new InvalidDataException("tuples of 0 to 3 items"),
    };

    private static List<object?> Items(JsonElement e) => e.GetProperty("items").EnumerateArray().Select(Build).ToList();

    private static IEnumerable<KeyValuePair<string, object?>> Entries(JsonElement e) =>
        e.GetProperty("entries").EnumerateArray().Select(p => new KeyValuePair<string, object?>(p[0].GetString()!, Build(p[1])));

    private static Headers HeadersOf(JsonElement items)
    {
        var headers = new Headers();
        foreach (var pair in items.EnumerateArray())
        {
            headers.Add(pair[0].GetString()!, pair[1].GetString()!);
        }

        return headers;
    }

    private static Response ResponseOf(JsonElement e)
    {
        var status = e.TryGetProperty("status", out var s) ? s.GetInt32() : 200;
        var headers = e.TryGetProperty("headers", out var h) ? (System.Collections.IEnumerable?)Build(h) : null;
        var mimetype = e.TryGetProperty("mimetype", out var m) ? m.GetString() : null;
        var response = new Response(e.GetProperty("body").GetString(), status, headers, mimetype);
        if (e.TryGetProperty("cookies", out var cookies))
        {
            foreach (var c in cookies.EnumerateArray())
            {
                response.SetCookie(
                    c.GetProperty("name").GetString()!,
                    c.GetProperty("value").GetString()!,
                    maxAge: c.TryGetProperty("maxAge", out var maxAge) ? maxAge.GetInt32() : null,
                    expires: c.TryGetProperty("expires", out var expires) ? DateTimeOffset.Parse(expires.GetString()!, CultureInfo.InvariantCulture) : null,
                    path: c.TryGetProperty("path", out var path) ? path.GetString() : "/",
                    domain: c.TryGetProperty("domain", out var domain) ? domain.GetString() : null,
                    secure: c.TryGetProperty("secure", out var secure) && secure.GetBoolean(),
                    httpOnly: c.TryGetProperty("httpOnly", out var httpOnly) && httpOnly.GetBoolean(),
                    sameSite: c.TryGetProperty("sameSite", out var sameSite) ? sameSite.GetString() : null);
            }
        }

        return response;
    }

    private static IEnumerable<object?> Lazy(List<object?> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<object?> LazyAsync(List<object?> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
