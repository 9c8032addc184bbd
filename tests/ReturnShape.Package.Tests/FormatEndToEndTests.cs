namespace ReturnShape.Package.Tests;

/// <summary>
/// `dotnet format analyzers` with the package's code fixes rewrites every fixable mistake of a
/// fresh project; the project then builds clean under -warnaserror and its views answer as meant.
/// </summary>
[Collection(DotNetCollection.Name)]
public sealed class FormatEndToEndTests(PackedFeed feed)
{
    [Fact]
    public void Format_fixes_the_views_which_then_build_clean_and_respond_as_meant()
    {
        var project = Consumer.Create(feed, "Format", Consumer.ConsoleSdk, "ReturnShape",
            new Dictionary<string, string> { ["Views.cs"] = Views.Mistakes, ["Program.cs"] = Views.Program });

        var format = feed.Run(project, "format", "analyzers", "--severity", "warn");
        Assert.True(format.ExitCode == 0, "dotnet format analyzers failed. " + format.Describe());
        var fixedViews = File.ReadAllText(Path.Combine(project, "Views.cs"));

        var build = feed.Build(project, "-warnaserror");
        Assert.True(build.ExitCode == 0, $"After dotnet format the project should build clean. Views.cs now reads:\n{fixedViews}\n" + build.Describe());
        Assert.Empty(Diagnostics.Parse(build.Output));

        var run = feed.Run(project, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "The fixed program failed. " + run.Describe());
        Assert.Equal(
            """
            Items: 200 OK | application/json |  | "[1,2]"
            Login: 200 OK | text/html; charset=utf-8 | sid=abc; HttpOnly | "welcome"
            Missing: 204 NO CONTENT | text/html; charset=utf-8 |  | ""
            NotFound: 404 NOT FOUND | text/html; charset=utf-8 |  | "Not found"
            """,
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n'));
    }
}
