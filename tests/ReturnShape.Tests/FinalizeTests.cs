using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>docs/design/coercion.md "Finalisation": what the client sees.</summary>
public class FinalizeTests
{
    private const string Html = "text/html; charset=utf-8";

    [Theory]
    [InlineData(100)]
    [InlineData(103)]
    [InlineData(204)]
    public void Informational_and_204_lose_body_and_content_length(int code)
    {
        var coerced = MakeResponse(("body", code));
        var r = coerced.Finalize("GET");
        Assert.Empty(r.GetData());
        Assert.Equal(new[] { ("Content-Type", Html) }, BodyTests.Pairs(r));
        Assert.Equal("body", coerced.GetText());
    }

    /// <summary>RFC 9110 §15.3.6: no content in a 205, and Content-Length: 0 says so (Werkzeug sends the body).</summary>
    [Fact]
    public void Reset_content_loses_its_body_and_says_so_with_a_zero_length()
    {
        var r = MakeResponse(("body", 205)).Finalize("GET");
        Assert.Empty(r.GetData());
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "0") }, BodyTests.Pairs(r));

        var streamed = MakeResponse((new[] { "a", "b" }.Select(s => s), 205)).Finalize("GET");
        Assert.False(streamed.IsStreamed);
        Assert.Equal("0", streamed.Headers["Content-Length"]);
    }

    [Fact]
    public void Not_modified_loses_body_and_entity_headers()
    {
        var headers = new Dictionary<string, string>
        {
            ["ETag"] = "\"x\"", ["Last-Modified"] = "Wed, 02 Jan 2030 03:04:05 GMT", ["Expires"] = "0", ["Content-Location"] = "/x",
            ["Content-Language"] = "en", ["Allow"] = "GET",
        };
        var r = MakeResponse(("body", 304, headers)).Finalize("GET");
        Assert.Empty(r.GetData());
        Assert.Equal(new[] { ("ETag", "\"x\""), ("Expires", "0"), ("Content-Location", "/x") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Head_loses_the_body_but_keeps_the_headers()
    {
        var r = MakeResponse("Hello").Finalize("head");
        Assert.Empty(r.GetData());
        Assert.Equal(new[] { ("Content-Type", Html), ("Content-Length", "5") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Head_does_not_read_a_stream()
    {
        var read = false;
        IEnumerable<string> Body()
        {
            read = true;
            yield return "x";
        }

        var r = MakeResponse(Body()).Finalize("HEAD");
        Assert.Empty(r.GetData());
        Assert.False(r.IsStreamed);
        Assert.False(read);
    }

    [Fact]
    public void Get_keeps_everything()
    {
        var coerced = MakeResponse(("ok", 201, new Dictionary<string, string> { ["X-A"] = "1" }));
        var r = coerced.Finalize("GET");
        Assert.NotSame(coerced, r);
        Assert.Equal(BodyTests.Pairs(coerced), BodyTests.Pairs(r));
        Assert.Equal("ok", r.GetText());
        Assert.Equal("201 CREATED", r.Status);
    }

    [Theory]
    [InlineData("/target", "/target")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/caf\u00e9?q=\u00fc#fr\u00e4g", "/caf%C3%A9?q=%C3%BC#fr%C3%A4g")]
    [InlineData("https://b\u00fccher.example/p\u00e4th", "https://xn--bcher-kva.example/p%C3%A4th")]
    [InlineData("/already%20encoded", "/already%20encoded")]
    [InlineData("itms-services://?action=download", "itms-services://?action=download")]
    public void Location_is_percent_encoded(string location, string sent)
    {
        var r = MakeResponse(("", 302, new Dictionary<string, string> { ["Location"] = location })).Finalize("GET");
        Assert.Equal(sent, r.Headers["Location"]);
    }

    [Fact]
    public void Every_location_is_percent_encoded_in_place()
    {
        var r = MakeResponse(("", 302, new[] { ("Location", "/\u00e9"), ("X-A", "1"), ("location", "/\u00fc") })).Finalize("GET");
        Assert.Equal(new[] { ("Location", "/%C3%A9"), ("X-A", "1"), ("location", "/%C3%BC") }, BodyTests.Pairs(r).Where(p => p.Item1 != "Content-Type" && p.Item1 != "Content-Length"));
    }

    /// <summary>Kestrel refuses to write a body of another length than the header says: a bare 500, or a cut response.</summary>
    [Fact]
    public void A_content_length_that_disagrees_with_the_body_is_VRS0008()
    {
        using (ViewScope.Enter("Sized"))
        {
            var json = MakeResponse((new Dictionary<string, int> { ["a"] = 1 }, new Dictionary<string, string> { ["Content-Length"] = "3" }));
            var ex = Assert.Throws<InvalidViewReturnException>(() => json.Finalize("GET"));
            Assert.Equal("VRS0008", ex.RuleId);
            Assert.Equal("Sized", ex.ViewName);
            Assert.Equal("the Content-Length header says 3 bytes, but the body has 8", ex.Detail);
            Assert.Equal("VRS0008", Assert.Throws<InvalidViewReturnException>(() => json.Finalize("HEAD")).RuleId);

            var twice = new Response("abc");
            twice.Headers.Add("Content-Length", "3");
            Assert.Equal("the response has 2 Content-Length headers", Assert.Throws<InvalidViewReturnException>(() => twice.Finalize("GET")).Detail);
        }
    }

    [Fact]
    public void A_content_length_that_agrees_or_is_dropped_with_the_body_is_fine()
    {
        var json = MakeResponse((new Dictionary<string, int> { ["a"] = 1 }, new Dictionary<string, string> { ["Content-Length"] = "008" }));
        Assert.Equal("008", json.Finalize("GET").Headers["Content-Length"]);
        Assert.Equal("5", MakeResponse(("hello", new Dictionary<string, string> { ["Content-Length"] = "3" })).Finalize("GET").Headers["Content-Length"]);
        Assert.Null(MakeResponse((Json(1), 204, new Dictionary<string, string> { ["Content-Length"] = "3" })).Finalize("GET").Headers["Content-Length"]);

        // A streamed body's length is the view's promise; the server holds it to that as it writes.
        var streamed = MakeResponse((new[] { "ab" }.Select(s => s), new Dictionary<string, string> { ["Content-Length"] = "2" }));
        Assert.Equal("2", streamed.Finalize("GET").Headers["Content-Length"]);
    }
}
