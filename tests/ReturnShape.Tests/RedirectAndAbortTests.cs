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
