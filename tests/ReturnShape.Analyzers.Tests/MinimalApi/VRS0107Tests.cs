using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

public class VRS0107Tests
{
    public static TheoryData<string, string> Firing => new()
    {
        { """app.MapGet("/", (HttpContext context) => { context.Response.Cookies.Append("a", "1"); [|context.Response.Headers["Set-Cookie"] = "b=2"|]; return "ok"; });""", "" },
        { """app.MapGet("/", (HttpContext context) => { context.Response.Cookies.Append("a", "1"); [|context.Response.Headers.SetCookie = "b=2"|]; return "ok"; });""", "" },
        { """app.MapGet("/", (HttpResponse response) => { response.Cookies.Delete("a"); [|response.Headers["set-cookie"] = "b=2"|]; return "ok"; });""", "" },
        { """app.MapGet("/", (HttpContext context) => { context.Response.Cookies.Append("a", "1"); [|context.Response.Headers[Microsoft.Net.Http.Headers.HeaderNames.SetCookie] = "b=2"|]; return "ok"; });""", "" },
        // middleware and helpers too
        { """((IApplicationBuilder)null!).Use(async (context, next) => { context.Response.Cookies.Append("a", "1"); [|context.Response.Headers.SetCookie = "b=2"|]; await next(context); });""", "" },
    };

    public static TheoryData<string, string> Silent => new()
    {
        // appended, not assigned
        { """app.MapGet("/", (HttpContext context) => { context.Response.Cookies.Append("a", "1"); context.Response.Headers.Append("Set-Cookie", "b=2"); return "ok"; });""", "" },
        // assigned first, then appended to
        { """app.MapGet("/", (HttpContext context) => { context.Response.Headers.SetCookie = "b=2"; context.Response.Cookies.Append("a", "1"); return "ok"; });""", "" },
        // no cookie set before it in this function
        { """app.MapGet("/", (HttpContext context) => { context.Response.Headers["Set-Cookie"] = "b=2"; return "ok"; });""", "" },
        // another header
        { """app.MapGet("/", (HttpContext context) => { context.Response.Cookies.Append("a", "1"); context.Response.Headers["X-Set-Cookie"] = "b"; return "ok"; });""", "" },
        // a cookie appended in another lambda
        { """app.MapGet("/a", (HttpContext context) => { context.Response.Cookies.Append("a", "1"); return "ok"; }); app.MapGet("/b", (HttpContext context) => { context.Response.Headers.SetCookie = "b=2"; return "ok"; });""", "" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.SetCookieOverwrite, statements, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string statements, string members) => ApiVerify.StatementsAsync(Descriptors.SetCookieOverwrite, statements, members);

    [Fact]
    public Task MessageNamesTheCookieCall() => ApiVerify.StatementsAsync(Descriptors.SetCookieOverwrite, 
        """app.MapPost("/login", (HttpContext context) => { context.Response.Cookies.Append("session", "1"); {|#0:context.Response.Headers.SetCookie = "theme=dark"|}; return "ok"; });""",
        "",
        new DiagnosticResult(Descriptors.SetCookieOverwrite).WithLocation(0)
            .WithArguments("/login", "assigning the Set-Cookie header replaces the cookie set by Cookies.Append before it"));
}
