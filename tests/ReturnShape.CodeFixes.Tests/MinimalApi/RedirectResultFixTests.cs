using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>The fix of VRS0106: a text or content result whose text is the URL becomes Redirect(url) with the flags of its status.</summary>
public class RedirectResultFixTests
{
    private static Task VerifyAsync(string source, string fixedSource) =>
        ApiFix.VerifyAsync<MinimalApiAnalyzer, RedirectResultCodeFixProvider>(
            ApiFix.InConfigure(source), ApiFix.InConfigure(fixedSource), RedirectResultCodeFixProvider.Key);

    [Fact]
    public Task A302BecomesRedirect() => VerifyAsync(
        """app.MapGet("/login", () => Results.Content("/account/login", statusCode: [|302|]));""",
        """app.MapGet("/login", () => Results.Redirect("/account/login"));""");

    [Fact]
    public Task A301IsPermanent() => VerifyAsync(
        """app.MapGet("/old", () => Results.Text("/account", statusCode: [|301|]));""",
        """app.MapGet("/old", () => Results.Redirect("/account", permanent: true));""");

    [Fact]
    public Task A307PreservesTheMethod() => VerifyAsync(
        """app.MapPost("/old", () => Results.Text("https://example.com/new", statusCode: [|StatusCodes.Status307TemporaryRedirect|]));""",
        """app.MapPost("/old", () => Results.Redirect("https://example.com/new", preserveMethod: true));""");

    [Fact]
    public Task A308IsPermanentAndPreservesTheMethod() => VerifyAsync(
        """app.MapPut("/old", () => Results.Content(statusCode: [|(int)HttpStatusCode.PermanentRedirect|], content: "http://example.com/put" /* moved */));""",
        """app.MapPut("/old", () => Results.Redirect("http://example.com/put" /* moved */, permanent: true, preserveMethod: true));""");

    [Fact]
    public Task AConstantUrlAndANullContentTypeLoseNothing() => VerifyAsync(
        """
        const string Home = "/home";
                app.MapGet("/", () => Results.Text(Home, null, null, [|302|]));
        """,
        """
        const string Home = "/home";
                app.MapGet("/", () => Results.Redirect(Home));
        """);

    [Fact]
    public Task TypedResultsStayTypedWhereTheTypeFollows() => VerifyAsync(
        """app.MapGet("/a", () => TypedResults.Text("/b", statusCode: [|302|])); app.MapGet("/c", async () => { await Task.Yield(); return TypedResults.Content("/d", statusCode: [|301|]); }); app.MapGet("/e", IResult () => TypedResults.Text("/f", statusCode: [|302|]));""",
        """app.MapGet("/a", () => TypedResults.Redirect("/b")); app.MapGet("/c", async () => { await Task.Yield(); return TypedResults.Redirect("/d", permanent: true); }); app.MapGet("/e", IResult () => TypedResults.Redirect("/f"));""");

    [Fact]
    public Task EveryRedirectOfADocumentIsFixedAtOnce() => VerifyAsync(
        """
        app.MapGet("/old", () => Results.Text("/account", statusCode: [|301|]));
                app.MapGet("/login", (bool admin) => admin ? Results.Content("/admin/login", statusCode: [|302|]) : Results.Content("/login", statusCode: [|302|]));
                static IResult Moved() => Microsoft.AspNetCore.Http.Results.Text("/moved", statusCode: [|308|]);
        """,
        """
        app.MapGet("/old", () => Results.Redirect("/account", permanent: true));
                app.MapGet("/login", (bool admin) => admin ? Results.Redirect("/admin/login") : Results.Redirect("/login"));
                static IResult Moved() => Microsoft.AspNetCore.Http.Results.Redirect("/moved", permanent: true, preserveMethod: true);
        """);

    [Theory]
    // No Redirect overload answers 303.
    [InlineData("""app.MapPost("/", () => Results.Text("/done", statusCode: [|303|]));""")]
    // The URL is not in the source.
    [InlineData("""app.MapGet("/", () => Results.StatusCode([|302|]));""")]
    [InlineData("""app.MapGet("/", (string next) => Results.Text(next, statusCode: [|302|]));""")]
    // Text that is not certainly a URL: prose, another host's //path, a space, another scheme, nothing.
    [InlineData("""app.MapGet("/", () => Results.Text("moved", statusCode: [|301|]));""")]
    [InlineData("""app.MapGet("/", () => Results.Text("//evil.example/x", statusCode: [|302|]));""")]
    [InlineData("""app.MapGet("/", () => Results.Text("/a b", statusCode: [|302|]));""")]
    [InlineData("""app.MapGet("/", () => Results.Text("ftp://example.com/f", statusCode: [|302|]));""")]
    [InlineData("""app.MapGet("/", () => Results.Text("", statusCode: [|302|]));""")]
    // A content type or encoding Redirect would drop.
    [InlineData("""app.MapGet("/", () => Results.Text("/login", "text/html", statusCode: [|302|]));""")]
    [InlineData("""app.MapGet("/", () => Results.Content("/login", contentEncoding: System.Text.Encoding.UTF8, statusCode: [|302|]));""")]
    // Results.Json writes the text as a JSON string: not a text result whose body is the URL.
    [InlineData("""app.MapGet("/", () => Results.Json("/login", statusCode: [|302|]));""")]
    // A RedirectHttpResult does not fit where a ContentHttpResult is declared or inferred with another return.
    [InlineData("""app.MapGet("/", Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult () => TypedResults.Text("/login", statusCode: [|302|]));""")]
    [InlineData("""app.MapGet("/", (bool b) => { if (b) return TypedResults.Text("/login", statusCode: [|302|]); return TypedResults.Text("hi"); });""")]
    public Task NoFixWhereNoRedirectIsCertainlyMeantOrFits(string statement) =>
        ApiFix.VerifyAsync<MinimalApiAnalyzer, RedirectResultCodeFixProvider>(ApiFix.InConfigure(statement), ApiFix.InConfigure(statement));
}
