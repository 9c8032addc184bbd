using ReturnShape.Analyzers;

namespace ReturnShape.CodeFixes.Tests.EndToEnd;

/// <summary>
/// `dotnet format analyzers` with the built analyzers and code fixes on a small project that has one
/// fixable violation of every rule with a fix: every one is rewritten, and the project then builds
/// with none of those diagnostics left.
/// </summary>
public sealed class DotnetFormatTests : IDisposable
{
    private static readonly string[] FixableIds =
        { "VRS0001", "VRS0002", "VRS0003", "VRS0005", "VRS0006", "VRS0009", "VRS0010", "VRS0011", "VRS0012", "VRS0013" };

    private const string Views = """
        using System.Collections.Generic;
        using System.Text.Json;
        using ReturnShape;

        public class Person { public string Name { get; set; } = ""; }

        public class Views
        {
            [View("/null")] public object? Null() => null;
            [View("/number")] public object Number() => 404;
            [View("/person")] public object Data() => new Person();
            [View("/order")] public object Order() => (404, "Not found");
            [View("/body")] public object Body() => ((string?)null, 404);
            [View("/cookie")] public object Cookie() => ("ok", 200, new Dictionary<string, string> { { "Set-Cookie", "a=1; Path=/; HttpOnly" } });
            [View("/json")] public object JsonText(Person p) => JsonSerializer.Serialize(p);
            [View("/twice")] public Response Twice(Person p) => Responses.Json(JsonSerializer.Serialize(p));
            [View("/empty")] public object Empty() => ("done", 204);
            [View("/redirect")] public object Moved() => ("/login", 302);
        }

        """;

    private const string Fixed = """
        using System.Collections.Generic;
        using System.Text.Json;
        using ReturnShape;
        using static ReturnShape.Responses;

        public class Person { public string Name { get; set; } = ""; }

        public class Views
        {
            [View("/null")] public object? Null() => MakeResponse("", 204);
            [View("/number")] public object Number() => MakeResponse("", 404);
            [View("/person")] public object Data() => Json(new Person());
            [View("/order")] public object Order() => MakeResponse("Not found", 404);
            [View("/body")] public object Body() => ("", 404);
            [View("/cookie")] public object Cookie() => MakeResponse("ok", 200).SetCookie("a", "1", path: "/", httpOnly: true);
            [View("/json")] public object JsonText(Person p) => Json(p);
            [View("/twice")] public Response Twice(Person p) => Responses.Json(p);
            [View("/empty")] public object Empty() => ("", 204);
            [View("/redirect")] public object Moved() => Redirect("/login", 302);
        }

        """;

    private readonly DotnetFormatRun run = new("format");

    public void Dispose() => run.Dispose();

    [Fact]
    public async Task Dotnet_format_rewrites_every_fixable_diagnostic_and_the_project_builds()
    {
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="ReturnShape" HintPath="{typeof(Responses).Assembly.Location}" />
                <Analyzer Include="{typeof(ViewReturnAnalyzer).Assembly.Location}" />
                <Analyzer Include="{typeof(NullValueCodeFixProvider).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """;
        await run.AssertRewritesAndBuildsAsync(("Views.csproj", project), ("Views.cs", Views, Fixed), FixableIds);
    }
}
