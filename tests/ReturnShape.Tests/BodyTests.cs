using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>One test per row of docs/design/coercion.md's table "The C# values".</summary>
public class BodyTests
{
    private const string Html = "text/html; charset=utf-8";

    [Fact]
    public void String_becomes_html_utf8_with_content_length()
    {
        var r = MakeResponse("Hällo");
        Assert.Equal("200 OK", r.Status);
        Assert.Equal(200, r.StatusCode);
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "6") }, Pairs(r));
        Assert.Equal("Hällo", r.GetText());
        Assert.Equal("text/html", r.Mimetype);
        Assert.False(r.IsStreamed);
    }

    public static IEnumerable<object[]> ByteBodies() => new[]
    {
        new object[] { new byte[] { 0, 255, 10 } },
        new object[] { new ReadOnlyMemory<byte>(new byte[] { 9, 0, 255, 10 }, 1, 3) },
        new object[] { new Memory<byte>(new byte[] { 0, 255, 10 }) },
        new object[] { new ArraySegment<byte>(new byte[] { 7, 0, 255, 10, 7 }, 1, 3) },
    };

    [Theory]
    [MemberData(nameof(ByteBodies))]
    public void Bytes_keep_their_bytes_with_the_text_content_type(object body)
    {
        var r = MakeResponse(body);
        Assert.Equal(new byte[] { 0, 255, 10 }, r.GetData());
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "3") }, Pairs(r));
    }

    public static IEnumerable<object[]> Dictionaries() => new[]
    {
        new object[] { new Dictionary<string, object> { ["b"] = 1, ["a"] = "x" } },
        new object[] { new ReadOnlyDictionary<string, object>(new Dictionary<string, object> { ["b"] = 1, ["a"] = "x" }) },
        new object[] { new SortedList<string, object> { ["b"] = 1, ["a"] = "x" } },
        new object[] { new ConcurrentDictionary<string, object>(new Dictionary<string, object> { ["b"] = 1, ["a"] = "x" }) },
        new object[] { new JsonObject { ["b"] = 1, ["a"] = "x" } },
        new object[] { JsonDocument.Parse("{\"b\":1,\"a\":\"x\"}").RootElement },
        new object[] { new System.Collections.Hashtable { ["b"] = 1, ["a"] = "x" } },
    };

    [Theory]
    [MemberData(nameof(Dictionaries))]
    public void Dictionaries_become_json_objects(object body)
    {
        var r = MakeResponse(body);
        Assert.Equal(new[] { ("Content-Type", "application/json"), ("Content-Length", "16") }, Pairs(r));
        Assert.Equal("{\"a\":\"x\",\"b\":1}\n", r.GetText());
        Assert.Equal("x", r.GetJson()!["a"]!.GetValue<string>());
    }

    public static IEnumerable<object[]> Lists() => new[]
    {
        new object[] { new[] { "foo", "bar" } },
        new object[] { new List<string> { "foo", "bar" } },
        new object[] { new object[] { "foo", "bar" } },
        new object[] { new ReadOnlyCollection<string>(new[] { "foo", "bar" }) },
        new object[] { new JsonArray("foo", "bar") },
        new object[] { System.Collections.Immutable.ImmutableArray.Create("foo", "bar") },
        new object[] { new System.Collections.ArrayList { "foo", "bar" } },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Lists_and_arrays_become_json_arrays(object body)
    {
        var r = MakeResponse(body);
        Assert.Equal("application/json", r.ContentType);
        Assert.Equal("[\"foo\",\"bar\"]\n", r.GetText());
    }

    [Fact]
    public void An_int_array_is_a_json_list_not_a_number()
    {
        Assert.Equal("[1,2]\n", MakeResponse(new[] { 1, 2 }).GetText());
    }

    [Fact]
    public void A_lazy_sequence_of_text_is_streamed_without_content_length()
    {
        var r = MakeResponse(Lines("a", "ü"));
        Assert.True(r.IsStreamed);
        Assert.Equal(new[] { ("Content-Type", Html) }, Pairs(r));
        Assert.Equal("aü", r.GetText());
    }

    [Fact]
    public void A_lazy_sequence_of_bytes_is_streamed()
    {
        var r = MakeResponse(Chunks(new byte[] { 1 }, new byte[] { 2, 3 }));
        Assert.True(r.IsStreamed);
        Assert.Equal(new byte[] { 1, 2, 3 }, r.GetData());
    }

    [Fact]
    public void A_linq_query_is_streamed_even_over_a_list()
    {
        var r = MakeResponse(new List<int> { 1, 2 }.Select(i => i.ToString()));
        Assert.True(r.IsStreamed);
        Assert.Equal("12", r.GetText());
    }

    [Fact]
    public void An_async_sequence_is_streamed()
    {
        var r = MakeResponse(AsyncLines("x", "y"));
        Assert.True(r.IsStreamed);
        Assert.Equal("xy", r.GetText());
    }

    [Fact]
    public void A_stream_is_streamed_and_disposed()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("line1\nline2\n"));
        var r = MakeResponse(stream);
        Assert.True(r.IsStreamed);
        Assert.Equal(new[] { ("Content-Type", Html) }, Pairs(r));
        Assert.Equal("line1\nline2\n", r.GetText());
        Assert.False(stream.CanRead);
    }

    [Fact]
    public void A_response_is_used_as_is()
    {
        var original = new Response("hi", 201, new Dictionary<string, string> { ["X-A"] = "1" }, mimetype: "text/plain");
        Assert.Same(original, MakeResponse(original));
        Assert.Equal(new[] { ("X-A", "1"), ("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "2") }, Pairs(original));
    }

    [Fact]
    public void An_http_exception_renders_werkzeugs_error_page()
    {
        var r = MakeResponse(new HttpException(404));
        Assert.Equal("404 NOT FOUND", r.Status);
        Assert.Equal(Html, r.ContentType);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
            + "<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n",
            r.GetText());
    }

    [Fact]
    public void What_abort_throws_is_a_valid_return_value()
    {
        var thrown = Assert.Throws<HttpException>(() => Abort(418, "No <coffee> & \"tea\"\nsorry"));
        var r = MakeResponse(thrown);
        Assert.Equal("418 I'M A TEAPOT", r.Status);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>418 I&#39;m a teapot</title>\n<h1>I&#39;m a teapot</h1>\n"
            + "<p>No &lt;coffee&gt; &amp; &#34;tea&#34;<br>sorry</p>\n",
            r.GetText());
    }

    [Fact]
    public void Tuples_of_two_and_three_are_unpacked()
    {
        Assert.Equal("404 NOT FOUND", MakeResponse(("ok", 404)).Status);
        Assert.Equal("X-A", MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "1" })).Headers.First().Key);
        var full = MakeResponse(Tuple.Create<object, object, object>("ok", 201, new Dictionary<string, string> { ["X-A"] = "1" }));
        Assert.Equal("201 CREATED", full.Status);
        Assert.Equal("1", full.Headers["X-A"]);
    }

    [Fact]
    public void Null_is_VRS0001()
    {
        Assert.Equal("VRS0001", Assert.Throws<InvalidViewReturnException>(() => MakeResponse(null)).RuleId);
    }

    public static IEnumerable<object[]> Numbers() => new[]
    {
        new object[] { 123, "it returned the int 123" },
        new object[] { 123L, "it returned the long 123" },
        new object[] { 1.5, "it returned the double 1.5" },
        new object[] { 2.5m, "it returned the decimal 2.5" },
        new object[] { true, "it returned the bool true" },
        new object[] { 'x', "it returned the char 'x'" },
        new object[] { DayOfWeek.Monday, "it returned the DayOfWeek DayOfWeek.Monday (1)" },
        new object[] { HttpStatusCode.NotFound, "it returned the HttpStatusCode HttpStatusCode.NotFound (404)" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numbers_bools_chars_and_enums_are_VRS0002(object value, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(value));
        Assert.Equal("VRS0002", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    private sealed record Person(string Name);

    public static IEnumerable<object[]> Unsupported() => new[]
    {
        new object[] { new Person("Ann"), "it returned a BodyTests.Person" },
        new object[] { new { Name = "Ann" }, "it returned an anonymous object" },
        new object[] { new HashSet<int> { 1 }, "it returned a set (HashSet<int>)" },
        new object[] { new SortedSet<string> { "a" }, "it returned a set (SortedSet<string>)" },
        new object[] { new DateTime(2030, 1, 2), "it returned a DateTime" },
        new object[] { Task.FromResult("x"), "it returned a Task<string> that was not awaited" },
        new object[] { new ValueTask<string>("x"), "it returned a ValueTask<string> that was not awaited" },
        new object[] { (Func<string>)(() => "x"), "it returned a delegate (Func<string>) instead of its result" },
        new object[] { new Queue<int>(new[] { 1 }), "it returned a Queue<int>" },
        new object[] { new Dictionary<string, int>().Keys, "it returned a Dictionary<string, int>.KeyCollection" },
        new object[] { new object(), "it returned an object" },
        new object[] { JsonValue.Create(5)!, "it returned a JsonValue (a JSON scalar, not an object or array)" },
        new object[] { new Headers(), "it returned a Headers" },
        new object[] { new StringBuilder("x"), "it returned a StringBuilder" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Anything_else_is_VRS0003(object value, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(value));
        Assert.Equal("VRS0003", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void A_nested_tuple_as_body_is_VRS0006()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse((("ok", 200), 201)));
        Assert.Equal("VRS0006", ex.RuleId);
        Assert.Equal("the tuple's body is a nested tuple (string, int)", ex.Detail);
    }

    [Fact]
    public void Make_response_with_no_argument_is_an_empty_200()
    {
        var r = MakeResponse();
        Assert.Equal("200 OK", r.Status);
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "0") }, Pairs(r));
        Assert.Empty(r.GetData());
    }

    internal static (string, string)[] Pairs(Response r) => r.Headers.Select(h => (h.Key, h.Value)).ToArray();

    private static IEnumerable<string> Lines(params string[] lines)
    {
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    private static IEnumerable<byte[]> Chunks(params byte[][] chunks)
    {
        foreach (var chunk in chunks)
        {
            yield return chunk;
        }
    }

    private static async IAsyncEnumerable<string> AsyncLines(params string[] lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }
}
