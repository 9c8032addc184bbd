using System.Net;
using Microsoft.AspNetCore.Builder;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

public sealed class HeaderAndCookieTests
{
    [Fact]
    public async Task Headers_arrive_in_the_order_the_view_gave_them()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () =>
            ("ok", new List<KeyValuePair<string, string>>
            {
                new("X-Zulu", "1"),
                new("X-Alpha", "2"),
                new("X-Mike", "3"),
                new("X-Alpha", "4"),
            })));
        var response = await app.Client.GetAsync("/v");

        var custom = HeaderList(response).Where(h => h.Name.StartsWith("X-", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { ("X-Zulu", "1"), ("X-Alpha", "2"), ("X-Alpha", "4"), ("X-Mike", "3") }, custom);
    }

    [Fact]
    public async Task Header_spelling_of_the_view_is_kept()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () => ("ok", new Dictionary<string, string> { ["x-lower-CASE"] = "v" })));
        var response = await app.Client.GetAsync("/v");
        Assert.Contains(HeaderList(response), h => h.Name == "x-lower-CASE" && h.Value == "v");
    }

    [Fact]
    public async Task Every_cookie_is_its_own_Set_Cookie_header()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/login", () =>
            Responses.MakeResponse("welcome")
                .SetCookie("session", "abc", httpOnly: true, sameSite: "Lax")
                .SetCookie("theme", "dark", maxAge: 3600)
                .DeleteCookie("old")));
        var response = await app.Client.GetAsync("/login");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Equal(3, cookies.Count);
        Assert.Equal("session=abc; HttpOnly; Path=/; SameSite=Lax", cookies[0]);
        Assert.StartsWith("theme=dark; Expires=", cookies[1]);
        Assert.EndsWith("; Max-Age=3600; Path=/", cookies[1]);
        Assert.StartsWith("old=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0", cookies[2]);
        Assert.Equal("welcome", await Body(response));
    }

    [Fact]
    public async Task Cookies_set_by_the_view_reach_a_cookie_aware_client()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.MapView("/set", () => Responses.MakeResponse("set").SetCookie("a", "1").SetCookie("b", "2"));
            a.MapView("/echo", (Microsoft.AspNetCore.Http.HttpContext context) =>
                string.Join(";", context.Request.Cookies.OrderBy(c => c.Key).Select(c => c.Key + "=" + c.Value)));
        });
        var set = await app.Client.GetAsync("/set");
        var request = new HttpRequestMessage(HttpMethod.Get, "/echo");
        var pairs = set.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]);
        request.Headers.Add("Cookie", string.Join("; ", pairs));
        var echo = await app.Client.SendAsync(request);
        Assert.Equal("a=1;b=2", await Body(echo));
    }

    [Fact]
    public async Task Headers_object_and_array_values_in_a_tuple()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.MapView("/headers", () => ("ok", new Headers { { "X-Many", "1" }, { "X-Many", "2" } }));
            a.MapView("/arrays", () => ("ok", 200, new Dictionary<string, string[]> { ["X-Many"] = new[] { "a", "b" } }));
        });
        Assert.Equal(new[] { "1", "2" }, (await app.Client.GetAsync("/headers")).Headers.GetValues("X-Many"));
        Assert.Equal(new[] { "a", "b" }, (await app.Client.GetAsync("/arrays")).Headers.GetValues("X-Many"));
    }

    [Fact]
    public async Task Set_Cookie_in_tuple_headers_replaces_cookies_set_with_SetCookie_as_in_Flask()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () =>
            (Responses.MakeResponse("ok").SetCookie("a", "1").SetCookie("b", "2"), new Dictionary<string, string> { ["Set-Cookie"] = "c=3" })));
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(new[] { "c=3" }, response.Headers.GetValues("Set-Cookie"));
    }

    [Fact]
    public async Task Empty_array_value_removes_a_header_on_the_update_path()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () =>
            (new Response("ok", headers: new Dictionary<string, string> { ["X-Drop"] = "1", ["X-Keep"] = "2" }), new Dictionary<string, string[]> { ["X-Drop"] = Array.Empty<string>() })));
        var response = await app.Client.GetAsync("/v");
        Assert.False(response.Headers.Contains("X-Drop"));
        Assert.Equal("2", Header(response, "X-Keep"));
    }

    [Fact]
    public async Task Headers_from_middleware_stay_unless_the_view_sets_them()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.Use((context, next) =>
            {
                context.Response.Headers["X-Frame-Options"] = "SAMEORIGIN";
                context.Response.Headers["X-Middleware"] = "kept";
                return next(context);
            });
            a.MapView("/v", () => ("ok", new List<(string, string)> { ("X-Frame-Options", "DENY"), ("X-Frame-Options", "ALLOW-FROM x") }));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(new[] { "DENY", "ALLOW-FROM x" }, response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal("kept", Header(response, "X-Middleware"));
    }

    [Fact]
    public async Task A_view_with_untouched_headers_replaces_the_content_type_middleware_set()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.Use((context, next) =>
            {
                context.Response.ContentType = "text/plain";
                return next(context);
            });
            a.MapView("/v", () => "ok");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Equal("2", Header(response, "Content-Length"));
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Redirect_sends_its_status_and_location()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/old", () => Responses.Redirect("/new place", 301)));
        var response = await app.Client.GetAsync("/old");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/new%20place", response.Headers.Location?.OriginalString);
    }
}
