using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// docs/design/coercion.md "Headers": the constructor path (text, bytes and stream bodies: append) and the
/// update path (Response, JSON and HttpException bodies: replace name by name).
/// </summary>
public class HeaderMergeTests
{
    private const string Html = "text/html; charset=utf-8";

    // ---- constructor path --------------------------------------------------------------------

    [Fact]
    public void Constructor_path_appends_in_order_and_keeps_duplicates_before_content_type_and_length()
    {
        var r = MakeResponse(("ok", new[] { ("X-B", "1"), ("X-A", "2"), ("x-b", "3") }));
        Assert.Equal(new[] { ("X-B", "1"), ("X-A", "2"), ("x-b", "3"), ("Content-Type", Html), ("Content-Length", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Constructor_path_gives_one_header_per_array_element_and_none_for_an_empty_array()
    {
        var headers = new Dictionary<string, object> { ["X-A"] = new[] { "1", "2" }, ["X-B"] = Array.Empty<string>(), ["X-C"] = new List<int> { 3 } };
        var r = MakeResponse(("ok", headers));
        Assert.Equal(new[] { ("X-A", "1"), ("X-A", "2"), ("X-C", "3"), ("Content-Type", Html), ("Content-Length", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Constructor_path_keeps_a_given_content_type_and_adds_no_charset()
    {
        var r = MakeResponse(("{}", new Dictionary<string, string> { ["content-type"] = "application/json" }));
        Assert.Equal(new[] { ("content-type", "application/json"), ("Content-Length", "2") }, BodyTests.Pairs(r));
        Assert.Equal("application/json", r.Mimetype);
    }

    [Fact]
    public void Constructor_path_replaces_a_given_content_length_in_place()
    {
        var r = MakeResponse(("ok", new[] { ("Content-Length", "99"), ("X-A", "1") }));
        Assert.Equal(new[] { ("Content-Length", "2"), ("X-A", "1"), ("Content-Type", Html) }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Constructor_path_applies_to_streams_without_content_length()
    {
        var r = MakeResponse((Lines("a"), 201, new Headers { { "X-A", "1" } }));
        Assert.Equal(new[] { ("X-A", "1"), ("Content-Type", Html) }, BodyTests.Pairs(r));
        Assert.Equal("201 CREATED", r.Status);
    }

    [Fact]
    public void Constructor_path_for_bytes()
    {
        var r = MakeResponse((new byte[] { 1 }, new Dictionary<string, string> { ["X-A"] = "1" }));
        Assert.Equal(new[] { ("X-A", "1"), ("Content-Type", Html), ("Content-Length", "1") }, BodyTests.Pairs(r));
    }

    // ---- update path -------------------------------------------------------------------------

    [Fact]
    public void Update_path_replaces_the_first_in_place_with_the_new_spelling_and_removes_later_ones()
    {
        var original = new Response("hi", headers: new[] { ("X-A", "1"), ("X-B", "1"), ("X-A", "old") });
        var r = MakeResponse((original, new Dictionary<string, string> { ["x-a"] = "2", ["X-New"] = "n" }));
        Assert.Equal(new[] { ("x-a", "2"), ("X-B", "1"), ("Content-Type", Html), ("Content-Length", "2"), ("X-New", "n") }, BodyTests.Pairs(r));
        Assert.Equal(new[] { ("X-A", "1"), ("X-B", "1"), ("X-A", "old"), ("Content-Type", Html), ("Content-Length", "2") }, BodyTests.Pairs(original));
    }

    [Fact]
    public void Update_path_with_pairs_lets_the_last_duplicate_win()
    {
        var r = MakeResponse((new Response("hi"), new[] { ("X-A", "1"), ("X-A", "2") }));
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "2"), ("X-A", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Update_path_with_a_headers_object_sets_all_its_values()
    {
        var r = MakeResponse((new Response("hi", headers: new[] { ("X-A", "0") }), new Headers { { "X-A", "1" }, { "X-A", "2" } }));
        Assert.Equal(new[] { ("X-A", "1"), ("Content-Type", Html), ("Content-Length", "2"), ("X-A", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Update_path_with_an_array_value_sets_all_and_an_empty_array_deletes()
    {
        var original = new Response("hi", headers: new[] { ("X-A", "0"), ("X-B", "0") });
        var r = MakeResponse((original, new Dictionary<string, string[]> { ["X-A"] = new[] { "1", "2" }, ["X-B"] = Array.Empty<string>() }));
        Assert.Equal(new[] { ("X-A", "1"), ("Content-Type", Html), ("Content-Length", "2"), ("X-A", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Update_path_content_type_replaces_without_charset()
    {
        var r = MakeResponse((new Response("hi"), 200, new Dictionary<string, string> { ["Content-Type"] = "text/plain" }));
        Assert.Equal(new[] { ("Content-Type", "text/plain"), ("Content-Length", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Update_path_applies_to_json_bodies()
    {
        var r = MakeResponse((new Dictionary<string, int> { ["a"] = 1 }, new Dictionary<string, string> { ["Content-Type"] = "application/problem+json", ["X-A"] = "1" }));
        Assert.Equal(new[] { ("Content-Type", "application/problem+json"), ("Content-Length", "8"), ("X-A", "1") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Update_path_applies_to_http_exceptions()
    {
        var r = MakeResponse((new HttpException(401), new Dictionary<string, string> { ["WWW-Authenticate"] = "Basic" }));
        Assert.Equal("Basic", r.Headers["WWW-Authenticate"]);
        Assert.Equal("401 UNAUTHORIZED", r.Status);
    }

    [Fact]
    public void A_set_cookie_in_tuple_headers_wipes_cookies_set_with_set_cookie()
    {
        var withCookies = MakeResponse("body").SetCookie("a", "1").SetCookie("b", "2");
        var r = MakeResponse((withCookies, new Dictionary<string, string> { ["Set-Cookie"] = "other=1" }));
        Assert.Equal(new[] { "other=1" }, r.Headers.GetAll("Set-Cookie"));
        Assert.Equal(2, withCookies.Headers.GetAll("Set-Cookie").Count);
    }

    [Fact]
    public void Empty_headers_change_nothing()
    {
        var original = new Response("hi");
        Assert.Same(original, MakeResponse((original, new Dictionary<string, string>())));
    }

    // ---- values ------------------------------------------------------------------------------

    [Fact]
    public void Values_are_formatted_invariantly_bytes_as_latin1_dates_as_http_dates()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var headers = new Dictionary<string, object>
            {
                ["X-Double"] = 1.5,
                ["X-Int"] = 42,
                ["X-Bool"] = true,
                ["X-Bytes"] = new byte[] { 0x72, 0x61, 0x77 },
                ["X-Date"] = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)),
                ["X-Set"] = new HashSet<string> { "1" },
            };
            var r = MakeResponse(("ok", headers));
            Assert.Equal("1.5", r.Headers["X-Double"]);
            Assert.Equal("42", r.Headers["X-Int"]);
            Assert.Equal("True", r.Headers["X-Bool"]);
            Assert.Equal("raw", r.Headers["X-Bytes"]);
            Assert.Equal("Wed, 02 Jan 2030 02:04:05 GMT", r.Headers["X-Date"]);
            Assert.Equal("1", r.Headers["X-Set"]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    public static IEnumerable<object[]> BadHeaders() => new[]
    {
        new object[] { new Dictionary<string, string> { ["X-A"] = "a\nb" }, "the value of header \"X-A\" contains a line break" },
        new object[] { new Dictionary<string, string> { ["X-A"] = "a\rb" }, "the value of header \"X-A\" contains a line break" },
        new object[] { new Dictionary<string, string> { ["X-A"] = "a\0b" }, "the value of header \"X-A\" contains the control character \\u0000" },
        new object[] { new[] { ("X-A", "a\r\nSet-Cookie: evil=1") }, "the value of header \"X-A\" contains a line break" },
        new object[] { new Dictionary<string, string> { ["X-A"] = "a\u0001b" }, "the value of header \"X-A\" contains the control character \\u0001" },
        new object[] { new Dictionary<string, string> { ["X-A"] = "\u007f" }, "the value of header \"X-A\" contains the control character \\u007f" },
        new object[] { new Dictionary<string, string> { ["X-A"] = "\u0080" }, "the value of header \"X-A\" contains the non-ASCII character \\u0080" },
        new object[] { new Dictionary<string, string> { ["X-A"] = "\u00e9" }, "the value of header \"X-A\" contains the non-ASCII character \\u00e9" },
        new object[] { new[] { ("X-A", "ok"), ("X-B", "\u00d6") }, "the value of header \"X-B\" contains the non-ASCII character \\u00d6" },
        new object[] { new Dictionary<string, string[]> { ["X-A"] = new[] { "ok", "\u2028" } }, "the value of header \"X-A\" contains the non-ASCII character \\u2028" },
        new object[] { new Dictionary<string, object> { ["X-A"] = new byte[] { 0x72, 0xE9 } }, "the value of header \"X-A\" contains the non-ASCII character \\u00e9" },
        new object[] { new Dictionary<string, object> { ["X-A"] = new byte[] { 0x00 } }, "the value of header \"X-A\" contains the control character \\u0000" },
        new object[] { new Dictionary<string, string> { ["Location"] = "/a\tb\u0007" }, "the value of header \"Location\" contains the control character \\u0007" },
        new object[] { new Dictionary<string, string> { ["Content-Length"] = "ten" }, "the value of header \"Content-Length\" is \"ten\", not a number of bytes" },
        new object[] { new Dictionary<string, string> { ["X\u0001"] = "1" }, "the header name \"X\\u0001\" is not a token" },
        new object[] { new Dictionary<string, string> { ["X\ud800"] = "1" }, "the header name \"X\\ud800\" is not a token" },
        new object[] { new Dictionary<string, string> { ["Bad Name"] = "1" }, "the header name \"Bad Name\" is not a token" },
        new object[] { new Dictionary<string, string> { ["X-A:"] = "1" }, "the header name \"X-A:\" is not a token" },
        new object[] { new Dictionary<string, string> { [""] = "1" }, "the header name \"\" is not a token" },
        new object[] { new Dictionary<string, string> { ["X\r\nEvil"] = "1" }, "the header name \"X\\r\\nEvil\" is not a token" },
        new object[] { new Dictionary<string, object?> { ["X-A"] = null }, "the value of header \"X-A\" is null" },
        new object[] { new Dictionary<string, object?> { ["X-A"] = new string?[] { "1", null } }, "a value of header \"X-A\" is null" },
        new object[] { new Dictionary<int, string> { [1] = "x" }, "a header name is the int 1, not a string" },
        new object[] { new Dictionary<string, object> { ["X-A"] = new Dictionary<string, string>() }, "the value of header \"X-A\" is a Dictionary<string, string>, not text" },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public void Invalid_names_and_values_are_VRS0008_on_both_paths(object headers, string detail)
    {
        var constructorPath = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", 200, headers)));
        Assert.Equal("VRS0008", constructorPath.RuleId);
        Assert.Equal(detail, constructorPath.Detail);
        var updatePath = Assert.Throws<InvalidViewReturnException>(() => MakeResponse((new Response("ok"), 200, headers)));
        Assert.Equal("VRS0008", updatePath.RuleId);
        Assert.Equal(detail, updatePath.Detail);
    }

    [Theory]
    [InlineData("X-A: 1", "the headers are the string \"X-A: 1\", not a header collection")]
    [InlineData(42, "the headers are the int 42, not a header collection")]
    public void Headers_that_are_not_a_collection_are_VRS0008(object headers, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", 200, headers)));
        Assert.Equal("VRS0008", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    private static IEnumerable<string> Lines(params string[] lines)
    {
        foreach (var line in lines)
        {
            yield return line;
        }
    }
}
