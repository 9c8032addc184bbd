namespace ReturnShape.Package.Tests;

/// <summary>
/// Installs the packed packages into fresh projects outside the repository and checks what a user
/// gets: diagnostics with severities and help links, -warnaserror, .editorconfig severities, and
/// the analyzers arriving through ReturnShape.AspNetCore too.
/// </summary>
[Collection(DotNetCollection.Name)]
public sealed class PackageEndToEndTests(PackedFeed feed)
{
    private const string HelpBase = "https://github.com/returnshape/returnshape/blob/main/docs/rules/";

    [Fact]
    public void Build_reports_each_mistake_with_its_rule_severity_and_help_link()
    {
        var project = Consumer.Create(feed, "Mistakes", Consumer.ConsoleSdk, "ReturnShape",
            new Dictionary<string, string> { ["Views.cs"] = Views.Mistakes, ["Program.cs"] = Views.Program });

        var build = feed.Build(project);

        Assert.True(build.ExitCode != 0, "VRS0001 and VRS0005 are errors; the build should fail. " + build.Describe());
        AssertDiagnostics(build, ("VRS0001", "error"), ("VRS0005", "error"), ("VRS0009", "warning"), ("VRS0010", "warning"));
    }

    [Fact]
    public void A_warning_passes_a_default_build_and_fails_one_with_warnaserror()
    {
        var project = Consumer.Create(feed, "WarnAsError", Consumer.ConsoleSdk, "ReturnShape",
            new Dictionary<string, string> { ["Views.cs"] = Views.SetCookieOnly, ["Program.cs"] = Views.Program });

        var build = feed.Build(project);
        Assert.True(build.ExitCode == 0, "VRS0009 is a warning; the build should succeed. " + build.Describe());
        AssertDiagnostics(build, ("VRS0009", "warning"));

        var strict = feed.Build(project, "-warnaserror");
        Assert.True(strict.ExitCode != 0, "-warnaserror should fail the build on VRS0009. " + strict.Describe());
        AssertDiagnostics(strict, ("VRS0009", "error"));
    }

    [Fact]
    public void Editorconfig_severities_none_and_error_take_effect()
    {
        var project = Consumer.Create(feed, "EditorConfig", Consumer.ConsoleSdk, "ReturnShape",
            new Dictionary<string, string> { ["Views.cs"] = Views.SetCookieOnly, ["Program.cs"] = Views.Program });
        var editorconfig = Path.Combine(project, ".editorconfig");

        File.WriteAllText(editorconfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.VRS0009.severity = none\n");
        var silenced = feed.Build(project);
        Assert.True(silenced.ExitCode == 0, "With VRS0009 = none the build should succeed. " + silenced.Describe());
        AssertDiagnostics(silenced);

        File.WriteAllText(editorconfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.VRS0009.severity = error\n");
        var raised = feed.Build(project);
        Assert.True(raised.ExitCode != 0, "With VRS0009 = error the build should fail. " + raised.Describe());
        AssertDiagnostics(raised, ("VRS0009", "error"));
    }

    [Fact]
    public void The_AspNetCore_package_brings_the_runtime_and_the_analyzers_along()
    {
        var project = Consumer.Create(feed, "Web", Consumer.WebSdk, "ReturnShape.AspNetCore",
            new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    using ReturnShape.AspNetCore;

                    var app = WebApplication.Create(args);
                    app.MapView("/", () => (404, "Not found"));
                    app.Run();
                    """,
            });

        var build = feed.Build(project);

        Assert.True(build.ExitCode != 0, "VRS0005 is an error; the build should fail. " + build.Describe());
        AssertDiagnostics(build, ("VRS0005", "error"));
    }

    private static void AssertDiagnostics(CommandResult build, params (string Id, string Severity)[] expected)
    {
        var want = expected.Select(e => new Diagnostic(e.Id, e.Severity, HelpBase + e.Id + ".md")).OrderBy(d => d.Id).ToList();
        var got = Diagnostics.Parse(build.Output).OrderBy(d => d.Id).ToList();
        Assert.True(
            want.SequenceEqual(got),
            $"Expected the diagnostics [{string.Join(", ", want)}] but the build reported [{string.Join(", ", got)}]. " + build.Describe());
    }
}
