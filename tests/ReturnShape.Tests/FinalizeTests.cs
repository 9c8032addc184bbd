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
}
