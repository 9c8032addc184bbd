using System.Globalization;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>docs/design/coercion.md "Cookies": Werkzeug 2.2's set_cookie and delete_cookie, byte for byte.</summary>
public class CookieTests
{
    private static string Cookie(Response r) => Assert.Single(r.Headers.GetAll("Set-Cookie"));

    [Fact]
    public void Defaults_are_the_value_and_path_root()
    {
        Assert.Equal("sid=abc123; Path=/", Cookie(MakeResponse("x").SetCookie("sid", "abc123")));
        Assert.Equal("e=; Path=/", Cookie(MakeResponse("x").SetCookie("e")));
    }

    [Fact]
    public void All_attributes_in_werkzeugs_order()
    {
        var r = MakeResponse("c").SetCookie(
            "sid", "v", maxAge: 3600, expires: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), path: "/app",
            domain: "example.com", secure: true, httpOnly: true, sameSite: "lax");
        Assert.Equal("sid=v; Domain=example.com; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Max-Age=3600; Secure; HttpOnly; Path=/app; SameSite=Lax", Cookie(r));
    }

    [Fact]
    public void Cookies_are_appended_after_the_other_headers()
    {
        var r = MakeResponse("x").SetCookie("a", "1").SetCookie("b", "2");
        Assert.Equal(new[] { "Content-Type", "Content-Length", "Set-Cookie", "Set-Cookie" }, r.Headers.Select(h => h.Key));
    }

    [Fact]
    public void Max_age_without_expires_sets_expires_too()
    {
        var before = DateTimeOffset.UtcNow;
        var cookie = Cookie(MakeResponse("x").SetCookie("s", "v", maxAge: 60));
        var after = DateTimeOffset.UtcNow;
        var match = System.Text.RegularExpressions.Regex.Match(cookie, "^s=v; Expires=(.+ GMT); Max-Age=60; Path=/$");
        Assert.True(match.Success, cookie);
        var expires = DateTimeOffset.ParseExact(match.Groups[1].Value, "ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(expires, before.AddSeconds(59), after.AddSeconds(61));
    }

    [Fact]
    public void Expires_is_converted_to_gmt()
    {
        var cookie = Cookie(MakeResponse("x").SetCookie("s", "v", expires: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), path: null));
        Assert.Equal("s=v; Expires=Wed, 02 Jan 2030 01:04:05 GMT", cookie);
    }

    [Theory]
    [InlineData("a b;c\"d\\\u00e9", "q=\"a b\\073c\\\"d\\\\\\303\\251\"; Path=/")]
    [InlineData("a,b", "q=\"a\\054b\"; Path=/")]
    [InlineData("line\r\nbreak", "q=\"line\\015\\012break\"; Path=/")]
    [InlineData("del\u007f", "q=\"del\\177\"; Path=/")]
    [InlineData("/=!#$%&'*+-.^_`|~:", "q=/=!#$%&'*+-.^_`|~:; Path=/")]
    [InlineData("(x)", "q=\"(x)\"; Path=/")]
    [InlineData("\u0001\t\u00ff\ud83d\ude00", "q=\"\\001\\011\\303\\277\\360\\237\\230\\200\"; Path=/")]
    public void Values_outside_the_cookie_safe_set_are_quoted_with_octal_escapes(string value, string expected)
    {
        Assert.Equal(expected, Cookie(MakeResponse("x").SetCookie("q", value)));
    }

    [Fact]
    public void Paths_are_percent_encoded_and_domains_converted_to_idna()
    {
        var r = MakeResponse("x").SetCookie("s", "v", path: "/a b/\u00fc", domain: "b\u00fccher.example:8080");
        Assert.Equal("s=v; Domain=xn--bcher-kva.example; Path=/a%20b/%C3%BC", Cookie(r));
    }

    /// <summary>Every attribute goes out as ASCII a header can carry, whatever text it was given.</summary>
    [Fact]
    public void Controls_in_a_path_or_domain_are_encoded_not_sent()
    {
        var r = MakeResponse("x").SetCookie("s", "v", path: "//h\u0001st/p\u007f\t", domain: "a\u0001.example");
        Assert.Equal("s=v; Domain=\"a\\001.example\"; Path=//h%01st/p%7F%09", Cookie(r));
    }

    // Lone surrogates as member data, not enumerated at discovery: serialising a test case would replace them with U+FFFD.
    public static TheoryData<string, string> NamesWithLoneSurrogates => new()
    {
        { "caf\u00e9\udc00", "the cookie name \"caf\u00e9\\udc00\" is not a token" },
    };

    public static TheoryData<string, string?, string> LoneSurrogates => new()
    {
        { "\ud800", null, "the cookie value contains a lone surrogate (\\ud800), which has no UTF-8 encoding" },
        { "ok\udc00", null, "the cookie value contains a lone surrogate (\\udc00), which has no UTF-8 encoding" },
        { "ok", "/\ud83d", "the cookie path contains a lone surrogate (\\ud83d), which has no UTF-8 encoding" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void A_lone_surrogate_is_VRS0008_not_sent_as_a_replacement_character(string value, string? path, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse("x").SetCookie("s", value, path: path ?? "/"));
        Assert.Equal("VRS0008", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void An_empty_path_is_written_empty()
    {
        Assert.Equal("s=v; Path=", Cookie(MakeResponse("x").SetCookie("s", "v", path: "")));
    }

    [Fact]
    public void Delete_cookie_sends_an_empty_value_expired_in_1970()
    {
        Assert.Equal("sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/", Cookie(MakeResponse("c").DeleteCookie("sid")));
        Assert.Equal(
            "sid=; Domain=.example.com; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Secure; HttpOnly; Path=/app; SameSite=None",
            Cookie(MakeResponse("c").DeleteCookie("sid", "/app", ".example.com", secure: true, httpOnly: true, sameSite: "none")));
    }

    [Theory]
    [InlineData("bad name", "the cookie name \"bad name\" is not a token")]
    [InlineData("a;b", "the cookie name \"a;b\" is not a token")]
    [InlineData("", "the cookie name \"\" is not a token")]
    [InlineData("a\r\nb", "the cookie name \"a\\r\\nb\" is not a token")]
    [InlineData("a\u0001\u007f\u0085", "the cookie name \"a\\u0001\\u007f\\u0085\" is not a token")]
    [MemberData(nameof(NamesWithLoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void Invalid_cookie_names_are_VRS0008(string name, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse("x").SetCookie(name, "v"));
        Assert.Equal("VRS0008", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
        Assert.Equal("VRS0008", Assert.Throws<InvalidViewReturnException>(() => MakeResponse("x").DeleteCookie(name)).RuleId);
    }

    [Theory]
    [InlineData("Strict", "Strict")]
    [InlineData("lax", "Lax")]
    [InlineData("NONE", "None")]
    public void SameSite_is_strict_lax_or_none_title_cased(string given, string written)
    {
        Assert.EndsWith("; SameSite=" + written, Cookie(MakeResponse("x").SetCookie("s", "v", sameSite: given)));
    }

    [Fact]
    public void Other_samesite_values_are_VRS0008()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse("x").SetCookie("s", "v", sameSite: "Sometimes"));
        Assert.Equal("VRS0008", ex.RuleId);
        Assert.Equal("SameSite must be Strict, Lax or None, not \"Sometimes\"", ex.Detail);
    }

    [Fact]
    public void A_domain_without_a_dot_is_VRS0008()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse("x").SetCookie("s", "v", domain: "localhost"));
        Assert.Equal("VRS0008", ex.RuleId);
        Assert.Equal("the cookie domain \"localhost\" has no dot, and browsers ignore such a cookie (use a name like dev.localhost)", ex.Detail);
    }
}
