using System.Text;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

public class BodyTests
{
    [Fact]
    public void String_becomes_html_utf8_with_content_length()
    {
        var r = MakeResponse("Hällo");
        Assert.Equal("200 OK", r.Status);
        Assert.Equal(
            new[] { ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "6") },
            r.Headers.Select(h => (h.Key, h.Value)));
        Assert.Equal("Hällo", r.GetText());
        Assert.False(r.IsStreamed);
    }

    [Fact]
    public void Bytes_keep_their_bytes()
    {
        var r = MakeResponse(new byte[] { 0, 255 });
        Assert.Equal(new byte[] { 0, 255 }, r.GetData());
        Assert.Equal("text/html; charset=utf-8", r.ContentType);
    }

    [Fact]
    public void Dictionary_becomes_sorted_compact_ascii_json()
    {
        var r = MakeResponse(new Dictionary<string, object?> { ["b"] = 1, ["a"] = new object?[] { "ü", null, 1.0 } });
        Assert.Equal("application/json", r.ContentType);
        Assert.Equal("{\"a\":[\"\\u00fc\",null,1.0],\"b\":1}\n", r.GetText());
    }

    [Fact]
    public void Tuple_with_status_and_headers()
    {
        var r = MakeResponse(("ok", 201, new Dictionary<string, string> { ["X-A"] = "1" }));
        Assert.Equal("201 CREATED", r.Status);
        Assert.Equal("X-A", r.Headers.First().Key);
        Assert.Equal("ok", Encoding.UTF8.GetString(r.GetData()));
    }

    [Fact]
    public void Null_is_VRS0001_naming_the_view()
    {
        using (ViewScope.Enter("Index"))
        {
            var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(null));
            Assert.Equal("VRS0001", ex.RuleId);
            Assert.Equal("Index", ex.ViewName);
            Assert.StartsWith("The view 'Index' did not return a valid response: it returned null (VRS0001).", ex.Message);
        }
    }
}
