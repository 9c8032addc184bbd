using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;
using ReturnShape.CodeFixes.Tests.EndToEnd;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>
/// `dotnet format analyzers` with the built analyzers and fixes on a web project with one fixable
/// minimal-API mistake per rule that has a fix: each is rewritten into its Results call, and the
/// project then builds with none of those diagnostics left. The project does not reference the
/// ReturnShape runtime.
/// </summary>
public sealed class DotnetFormatMinimalApiTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    private static readonly string[] FixableIds = { "VRS0101", "VRS0102", "VRS0103", "VRS0105", "VRS0107" };

    private const string Program = """
        using System.Text.Json;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/missing", () => ("Not found", 404));
        app.MapGroup("/api").MapPost("/items", () => (new Dictionary<string, int> { ["id"] = 7 }, 201));
        app.MapGet("/json", () => JsonSerializer.Serialize(new { a = 1 }));
        app.MapGet("/none", object? () => null);
        app.MapGet("/deleted", () => Results.Text("deleted", statusCode: 204));
        app.MapGet("/cookie", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); c.Response.Headers.SetCookie = "b=2"; return "ok"; });
        app.Run();

        """;

    private const string Fixed = """
        using System.Text.Json;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/missing", () => Results.Text("Not found", statusCode: 404));
        app.MapGroup("/api").MapPost("/items", () => Results.Json(new Dictionary<string, int> { ["id"] = 7 }, statusCode: 201));
        app.MapGet("/json", () => Results.Json(new { a = 1 }));
        app.MapGet("/none", object? () => Results.NotFound());
        app.MapGet("/deleted", () => Results.StatusCode(204));
        app.MapGet("/cookie", (HttpContext c) => { c.Response.Cookies.Append("a", "1"); c.Response.Headers.Append("Set-Cookie", "b=2"); return "ok"; });
        app.Run();

        """;

    private readonly string directory = Directory.CreateTempSubdirectory("returnshape-format-minimal-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp directory is the OS's to clean.
        }
    }

    [Fact]
    public async Task Dotnet_format_rewrites_every_fixable_minimal_api_diagnostic_and_the_project_builds()
    {
        var project = Path.Combine(directory, "Api.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{typeof(TupleReturnAnalyzer).Assembly.Location}" />
                <Analyzer Include="{typeof(TupleReturnCodeFixProvider).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """);
        var source = Path.Combine(directory, "Program.cs");
        File.WriteAllText(source, Program.ReplaceLineEndings("\n"));

        await Expect(0, "restore", project);
        var format = await Expect(0, new[] { "format", "analyzers", project, "--no-restore", "--severity", "info", "--verbosity", "detailed", "--diagnostics" }.Concat(FixableIds).ToArray());
        var formatted = File.ReadAllText(source);
        Assert.True(Fixed.ReplaceLineEndings("\n") == formatted,
            "dotnet format did not rewrite the handlers as expected.\nExpected:\n" + Fixed + "\nActual:\n" + formatted + "\ndotnet format said:\n" + format.Output);

        var build = await Expect(0, "build", project, "--no-restore", "--disable-build-servers", "-nologo");
        var left = FixableIds.Where(id => build.Output.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.True(left.Count == 0, "The fixed project still reports " + string.Join(", ", left) + ":\n" + build.Output);
    }

    private async Task<DotnetCli.Result> Expect(int exitCode, params string[] arguments)
    {
        var result = await DotnetCli.RunAsync(directory, StepTimeout, arguments);
        Assert.True(result.ExitCode == exitCode,
            "`dotnet " + string.Join(' ', arguments) + "` exited with " + result.ExitCode + " (expected " + exitCode + "):\n" + result.Output);
        return result;
    }
}
