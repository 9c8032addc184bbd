using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;
using ReturnShape.CodeFixes.Tests.EndToEnd;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>
/// `dotnet format analyzers` with the built analyzers and fixes on a web project with one fixable
/// minimal-API mistake per rule that has a fix (and a handler declared with a tuple return type,
/// whose fix changes the declaration too): each is rewritten into its Results call, and the
/// project then builds with none of those diagnostics left. The project does not reference the
/// ReturnShape runtime.
/// </summary>
public sealed class DotnetFormatMinimalApiTests : IDisposable
{
    private static readonly string[] FixableIds = { "VRS0101", "VRS0102", "VRS0103", "VRS0105", "VRS0106", "VRS0107", "VRS0108" };

    private const string Program = """
        using System.Text.Json;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/missing", () => ("Not found", 404));
        app.MapGroup("/api").MapPost("/items", () => (new Dictionary<string, int> { ["id"] = 7 }, 201));
        app.MapGet("/json", () => JsonSerializer.Serialize(new { a = 1 }));
        app.MapGet("/none", object? () => null);
        app.MapGet("/deleted", () => Results.Text("deleted", statusCode: 204));
        app.MapGet("/old", () => Results.Text("/account", statusCode: 301));
        app.MapGet("/cookie", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); c.Response.Headers.SetCookie = "b=2"; return "ok"; });
        app.MapGet("/twice", () => Results.Ok(JsonSerializer.Serialize(new { a = 1 })));
        app.MapGet("/late", Late);
        app.Run();

        (string, int) Late() => ("late", 202);

        """;

    private const string Fixed = """
        using System.Text.Json;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/missing", () => Results.Text("Not found", statusCode: 404));
        app.MapGroup("/api").MapPost("/items", () => Results.Json(new Dictionary<string, int> { ["id"] = 7 }, statusCode: 201));
        app.MapGet("/json", () => Results.Json(new { a = 1 }));
        app.MapGet("/none", object? () => Results.NotFound());
        app.MapGet("/deleted", () => Results.StatusCode(204));
        app.MapGet("/old", () => Results.Redirect("/account", permanent: true));
        app.MapGet("/cookie", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); c.Response.Headers.Append("Set-Cookie", "b=2"); return "ok"; });
        app.MapGet("/twice", () => Results.Ok(new { a = 1 }));
        app.MapGet("/late", Late);
        app.Run();

        IResult Late() => Results.Text("late", statusCode: 202);

        """;

    private readonly DotnetFormatRun run = new("format-minimal");

    public void Dispose() => run.Dispose();

    [Fact]
    public async Task Dotnet_format_rewrites_every_fixable_minimal_api_diagnostic_and_the_project_builds()
    {
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{typeof(MinimalApiAnalyzer).Assembly.Location}" />
                <Analyzer Include="{typeof(TupleReturnCodeFixProvider).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """;
        await run.AssertRewritesAndBuildsAsync(("Api.csproj", project), ("Program.cs", Program, Fixed), FixableIds);
    }
}
