namespace ReturnShape.CodeFixes.Tests.EndToEnd;

/// <summary>
/// One `dotnet format analyzers` round trip in a temporary project: restore, format the given
/// diagnostics, compare the rewritten source, then build and check none of them is left.
/// </summary>
internal sealed class DotnetFormatRun : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    private readonly string directory;

    public DotnetFormatRun(string name) => directory = Directory.CreateTempSubdirectory("returnshape-" + name + "-").FullName;

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

    /// <param name="project">The project file's name and its XML.</param>
    /// <param name="source">The source file's name, its text before and the text expected after the fixes.</param>
    public async Task AssertRewritesAndBuildsAsync((string Name, string Xml) project, (string Name, string Before, string After) source, IReadOnlyList<string> fixableIds)
    {
        var projectPath = Path.Combine(directory, project.Name);
        File.WriteAllText(projectPath, project.Xml);
        var sourcePath = Path.Combine(directory, source.Name);
        File.WriteAllText(sourcePath, source.Before.ReplaceLineEndings("\n"));

        await ExpectSuccessAsync("restore", projectPath);
        var format = await ExpectSuccessAsync(new[] { "format", "analyzers", projectPath, "--no-restore", "--severity", "info", "--verbosity", "detailed", "--diagnostics" }.Concat(fixableIds).ToArray());
        var formatted = File.ReadAllText(sourcePath);
        Assert.True(source.After.ReplaceLineEndings("\n") == formatted,
            "dotnet format did not rewrite " + source.Name + " as expected.\nExpected:\n" + source.After + "\nActual:\n" + formatted + "\ndotnet format said:\n" + format.Output);

        var build = await ExpectSuccessAsync("build", projectPath, "--no-restore", "--disable-build-servers", "-nologo");
        var left = fixableIds.Where(id => build.Output.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.True(left.Count == 0, "The fixed project still reports " + string.Join(", ", left) + ":\n" + build.Output);
    }

    private async Task<DotnetCli.Result> ExpectSuccessAsync(params string[] arguments)
    {
        var result = await DotnetCli.RunAsync(directory, StepTimeout, arguments);
        Assert.True(result.ExitCode == 0,
            "`dotnet " + string.Join(' ', arguments) + "` exited with " + result.ExitCode + ":\n" + result.Output);
        return result;
    }
}
