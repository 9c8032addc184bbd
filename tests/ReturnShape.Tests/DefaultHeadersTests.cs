using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// A response builds its header list on first use; until then a host reads the defaults
/// (content type, length) directly. Nothing observable may differ from a list built at once.
/// </summary>
public class DefaultHeadersTests
{
    private const string Html = "text/html; charset=utf-8";

    [Fact]
    public void An_untouched_response_hands_the_host_its_defaults()
    {
        var r = MakeResponse("Hällo");
        Assert.True(r.TryGetDefaultHeaders(out var contentType, out var length));
        Assert.Equal(Html, contentType);
        Assert.Equal(6, length);
        Assert.Equal(Html, r.ContentType);
    }

    [Fact]
    public void A_streamed_response_has_no_default_length()
    {
        var r = Response.Stream(new[] { "a", "b" }, mimetype: "text/csv");
        Assert.True(r.TryGetDefaultHeaders(out var contentType, out var length));
        Assert.Equal("text/csv; charset=utf-8", contentType);
        Assert.Null(length);
        Assert.Equal("ab", r.GetText());
        Assert.Equal(new[] { ("Content-Type", "text/csv; charset=utf-8") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Once_the_headers_are_used_the_host_writes_the_list()
    {
        var r = Json(new Dictionary<string, object?> { ["a"] = 1 });
        r.Headers.Add("X-A", "1");
        Assert.False(r.TryGetDefaultHeaders(out _, out _));
        Assert.Equal(new[] { ("Content-Type", "application/json"), ("Content-Length", "8"), ("X-A", "1") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Setting_the_content_type_keeps_its_place_before_the_length()
    {
        var r = MakeResponse("x");
        r.ContentType = "text/plain";
        Assert.Equal(new[] { ("Content-Type", "text/plain"), ("Content-Length", "1") }, BodyTests.Pairs(r));
        Assert.Equal("text/plain", r.Mimetype);
    }

    [Fact]
    public void Finalizing_a_get_leaves_the_defaults_untouched_and_the_original_alone()
    {
        var original = MakeResponse("Hello");
        var sent = original.Finalize("GET");
        Assert.True(sent.TryGetDefaultHeaders(out _, out var length));
        Assert.Equal(5, length);

        sent.Headers.Set("X-A", "1");
        Assert.True(original.TryGetDefaultHeaders(out _, out _));
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "5") }, BodyTests.Pairs(original));
    }

    [Fact]
    public void A_copy_of_a_used_list_is_independent()
    {
        var original = MakeResponse("Hello");
        original.Headers.Add("X-A", "0");
        var updated = MakeResponse((original, new Dictionary<string, string> { ["X-A"] = "1" }));
        Assert.Equal("1", updated.Headers["X-A"]);
        Assert.Equal("0", original.Headers["X-A"]);
    }

    [Theory]
    [InlineData(null, "text/plain\r\nX-Evil: 1")]
    [InlineData("text/plain\nX-Evil: 1", null)]
    public void A_bad_content_type_fails_when_the_response_is_built(string? mimetype, string? contentType)
    {
        var error = Assert.Throws<InvalidViewReturnException>(() => new Response("x", mimetype: mimetype, contentType: contentType));
        Assert.Equal("VRS0008", error.RuleId);
        Assert.Contains("the value of header \"Content-Type\" contains a line break", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_using_a_shared_response_at_once_get_one_list()
    {
        var shared = MakeResponse("shared");
        const int threads = 16;
        var lists = new Headers[threads];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            lists[t] = shared.Headers;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.All(lists, list => Assert.Same(lists[0], list));
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "6") }, BodyTests.Pairs(shared));
    }
}
