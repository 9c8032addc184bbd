using static ReturnShape.Responses;

namespace ReturnShape.Tests;

public class RedirectAndAbortTests
{
    [Fact]
    public void Redirect_is_werkzeugs_page_and_location()
    {
        var r = Redirect("/target");
        Assert.Equal("302 FOUND", r.Status);
        Assert.Equal(
            new[] { ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "201"), ("Location", "/target") },
            BodyTests.Pairs(r));
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
            + "<p>You should be redirected automatically to the target URL: <a href=\"/target\">/target</a>. If not, click the link.\n",
            r.GetText());
    }

    [Fact]
    public void Redirect_escapes_the_html_and_encodes_the_location()
    {
        var r = Redirect("/s?q=\"<a>\"&x='\u00fc'", 301);
        Assert.Equal("301 MOVED PERMANENTLY", r.Status);
        Assert.Equal("/s?q=%22%3Ca%3E%22&x='%C3%BC'", r.Headers["Location"]);
        Assert.Contains("<a href=\"/s?q=&#34;&lt;a&gt;&#34;&amp;x=&#39;\u00fc&#39;\">", r.GetText());
    }

    [Fact]
    public void Redirect_with_a_line_break_cannot_split_the_response()
    {
        Assert.Equal("/x%0D%0ASet-Cookie:%20a=1", Redirect("/x\r\nSet-Cookie: a=1").Headers["Location"]);
    }

    /// <summary>Werkzeug leaves an ASCII one-word URL as it is, controls included; a header cannot carry them.</summary>
    [Theory]
    [InlineData("/a\u0001b", "/a%01b")]
    [InlineData("/del\u007f", "/del%7F")]
    [InlineData("\t/tab", "%09/tab")]
    [InlineData("http://ex\u0001ample.com:80/", "http://ex%01ample.com:80/")]
    [InlineData("/caf\u00e9\ud83d\ude00", "/caf%C3%A9%F0%9F%98%80")]
    public void Redirect_percent_encodes_controls_too(string location, string sent)
    {
        Assert.Equal(sent, Redirect(location).Headers["Location"]);
    }

    [Fact]
    public void Redirect_to_a_lone_surrogate_is_VRS0008()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => Redirect("/a\ud800"));
        Assert.Equal("VRS0008", ex.RuleId);
        Assert.Equal("the redirect location contains a lone surrogate (\\ud800), which has no UTF-8 encoding", ex.Detail);
    }

    [Fact]
    public void An_http_exception_keeps_its_text_in_the_body_and_its_headers_ascii()
    {
        var r = new HttpException(404, "Pas trouv\u00e9 \u0001").GetResponse();
        Assert.Equal("404 NOT FOUND", r.Status);
        Assert.Contains("Pas trouv\u00e9 \u0001", r.GetText());
        Assert.All(r.Headers, h => Assert.Matches("^[\\t\\x20-\\x7e]*\\z", h.Value));
    }

    [Fact]
    public void Redirect_code_must_be_a_status()
    {
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => Redirect("/", 3020)).RuleId);
    }

    [Fact]
    public void Abort_throws_an_http_exception_with_werkzeugs_name_and_description()
    {
        var ex = Assert.Throws<HttpException>(() => Abort(403));
        Assert.Equal(403, ex.Code);
        Assert.Equal("Forbidden", ex.Name);
        Assert.Equal("You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.", ex.Description);
        Assert.StartsWith("403 Forbidden: You don't have", ex.Message);
        var r = ex.GetResponse();
        Assert.Equal("403 FORBIDDEN", r.Status);
        Assert.Equal(new[] { ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", r.GetData().Length.ToString()) }, BodyTests.Pairs(r));
    }

    [Fact]
    public void A_code_without_a_werkzeug_class_has_its_name_and_no_description()
    {
        var ex = new HttpException(402);
        Assert.Equal("Payment Required", ex.Name);
        Assert.Null(ex.Description);
        Assert.EndsWith("<h1>Payment Required</h1>\n<p></p>\n", ex.GetBody());
        Assert.Equal("Unknown Error", new HttpException(599).Name);
    }

    [Fact]
    public void An_http_exception_outside_the_status_range_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HttpException(42));
        Assert.Throws<ArgumentOutOfRangeException>(() => Abort(1000));
    }
}
