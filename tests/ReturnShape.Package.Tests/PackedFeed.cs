using System.Text.RegularExpressions;

namespace ReturnShape.Package.Tests;

/// <summary>
/// Both packages, packed from this checkout into a local folder feed under a fresh temporary
/// directory, with a version no earlier run used and a packages folder of their own, so that a
/// package cached by an earlier run can never stand in for the one under test.
/// </summary>
public sealed partial class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("returnshape-e2e-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Path.Combine(Root, "packages");
        var suffix = "e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N")[..8];
        foreach (var project in new[] { "src/Package/ReturnShape.Package.csproj", "src/Package/AspNetCore/ReturnShape.AspNetCore.Package.csproj" })
        {
            // The test project references both package projects, so they are built; packing is all that is left.
            var pack = DotNet.Run(Repo.Root, null,
                "pack", Repo.PathOf(project), "-c", Repo.Configuration, "--no-build", "-nologo", "-tl:off", "-o", Feed, "-p:VersionSuffix=" + suffix);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("Packing failed. " + pack.Describe());
            }
        }

        var runtimePackage = Directory.GetFiles(Feed, "ReturnShape.*.nupkg").Select(Path.GetFileName).Single(name => PackageName().IsMatch(name!))!;
        Version = PackageName().Match(runtimePackage).Groups["version"].Value;
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The temporary directory: the feed, the packages folder, nuget.config, and the consumer projects.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>The version both packages were packed with, e.g. 0.1.0-e2e.20261122031500.1a2b3c4d.</summary>
    public string Version { get; }

    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    /// <summary>Runs dotnet in a consumer directory with the isolated packages folder.</summary>
    internal CommandResult Run(string directory, params string[] arguments) =>
        DotNet.Run(directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages }, arguments);

    /// <summary>Builds everything from scratch, so that every diagnostic is reported again, one line each.</summary>
    internal CommandResult Build(string directory, params string[] arguments) =>
        Run(directory, ["build", "--no-incremental", "-nologo", "-tl:off", "-clp:NoSummary", .. arguments]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file open; the directory is under the temp folder.
        }
    }

    [GeneratedRegex(@"^ReturnShape\.(?<version>\d+\.\d+\.\d+-e2e\.[0-9a-z.]+)\.nupkg$")]
    private static partial Regex PackageName();
}
