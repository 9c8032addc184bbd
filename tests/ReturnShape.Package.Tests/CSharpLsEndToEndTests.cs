using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Package.Tests;

/// <summary>
/// What csharp-ls 0.28.0 shows of the packed package, as README.md's "Where it loads" says:
/// bench/csharp-ls/check.py starts it over stdio on a fresh project holding the gallery and
/// reports each ReturnShape diagnostic and the code actions offered at it, with
/// <c>csharp.analyzersEnabled</c> not set and then set to true.
/// </summary>
/// <remarks>
/// The server is <c>$RETURNSHAPE_CSHARP_LS</c> (set by .ci/run, which installs it); without the
/// variable, the same tool path under artifacts/, where the test installs csharp-ls 0.28.0 if it
/// is not there yet. It never skips: a missing server or a failed install fails it.
/// </remarks>
[Collection(DotNetCollection.Name)]
public sealed class CSharpLsEndToEndTests(PackedFeed feed)
{
    private const string Version = "0.28.0";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    [Fact]
    public void Csharp_ls_shows_every_rule_only_with_analyzers_enabled_and_offers_no_ReturnShape_fix()
    {
        var server = Server();
        var json = Path.Combine(feed.Root, "csharp-ls.json");
        var (exitCode, output) = Python(Repo.PathOf("bench/csharp-ls/check.py"), "--server", server, "--feed", feed.Feed, "--json", json);
        var report = "check.py output:\n" + output;
        Assert.True(exitCode == 0, $"check.py exited with {exitCode}. {report}");

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Contains($", {Version} ", root.GetProperty("server").GetString());
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);

        var off = runs.Single(run => !run.GetProperty("analyzersEnabled").GetBoolean());
        Assert.True(off.GetProperty("returnshape").GetArrayLength() == 0, "No ReturnShape diagnostic should show without analyzersEnabled. " + report);

        var on = runs.Single(run => run.GetProperty("analyzersEnabled").GetBoolean());
        var shown = on.GetProperty("returnshape").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString()!, Severity: d.GetProperty("severity").GetString()!, Href: d.GetProperty("href").GetString()))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var expected = ShippedRules.Descriptors
            .Select(d => (Id: d.Id, Severity: d.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning", Href: (string?)d.HelpLinkUri))
            .ToList();
        Assert.Equal(expected, shown);

        foreach (var run in runs)
        {
            Assert.True(run.GetProperty("returnShapeFixesOffered").GetArrayLength() == 0, "csharp-ls offered a ReturnShape code fix. " + report);
        }
    }

    /// <summary>$RETURNSHAPE_CSHARP_LS, or csharp-ls 0.28.0 under artifacts/tools, installed there when missing.</summary>
    private static string Server()
    {
        var configured = Environment.GetEnvironmentVariable("RETURNSHAPE_CSHARP_LS");
        if (!string.IsNullOrEmpty(configured))
        {
            Assert.True(File.Exists(configured), $"RETURNSHAPE_CSHARP_LS is {configured}, which does not exist.");
            return configured;
        }

        var toolPath = Repo.PathOf("artifacts/tools/csharp-ls-" + Version);
        var server = Path.Combine(toolPath, "csharp-ls");
        if (!File.Exists(server))
        {
            var install = DotNet.Run(Repo.Root, null, "tool", "install", "--tool-path", toolPath, "csharp-ls", "--version", Version);
            Assert.True(install.ExitCode == 0, "Could not install csharp-ls. " + install.Describe());
        }

        return server;
    }

    private static (int ExitCode, string Output) Python(params string[] arguments)
    {
        // The output goes to a file, not a pipe: nothing the check starts can hold a pipe open.
        var log = Path.Combine(Path.GetTempPath(), "returnshape-csharp-ls-" + Guid.NewGuid().ToString("N") + ".log");
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = Repo.Root, UseShellExecute = false };
        foreach (var argument in (string[])["-c", "exec python3 \"$@\" >\"$0\" 2>&1", log, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start python3.");
        var finished = process.WaitForExit(Limit);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var output = File.Exists(log) ? File.ReadAllText(log) : "";
        File.Delete(log);
        Assert.True(finished, $"check.py did not finish within {Limit.TotalMinutes} minutes. Its output so far:\n{output}");
        return (process.ExitCode, output);
    }
}
