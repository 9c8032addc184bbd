using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ReturnShape.Package.Tests;

/// <summary>What is inside the two packages: the files, the metadata, the symbols, the dependency.</summary>
[Collection(DotNetCollection.Name)]
public sealed class PackageContentTests(PackedFeed feed)
{
    /// <summary>The oldest compiler the analyzers load in: Roslyn 4.8 (.NET 8 SDK, Visual Studio 2022 17.8).</summary>
    private static readonly Version RoslynFloor = new(4, 8, 0, 0);

    [Fact]
    public void ReturnShape_holds_the_runtime_the_analyzers_the_code_fixes_and_the_readme()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("ReturnShape"));
        Assert.Equal(
            new[]
            {
                "README.md",
                "ReturnShape.nuspec",
                "analyzers/dotnet/cs/ReturnShape.Analyzers.dll",
                "analyzers/dotnet/cs/ReturnShape.CodeFixes.dll",
                "lib/net8.0/ReturnShape.dll",
            },
            Files(package));
    }

    [Fact]
    public void ReturnShape_has_full_metadata_and_no_dependency()
    {
        var nuspec = Nuspec(feed.PackagePath("ReturnShape"), "ReturnShape.nuspec");
        Assert.Equal("ReturnShape", Metadata(nuspec, "id"));
        Assert.Equal(feed.Version, Metadata(nuspec, "version"));
        Assert.Equal("MIT", Metadata(nuspec, "license"));
        Assert.Equal("README.md", Metadata(nuspec, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Metadata(nuspec, "description")));
        Assert.Contains("analyzers", Metadata(nuspec, "tags"));
        Assert.Contains("AnalyzerReleases.Unshipped.md", Metadata(nuspec, "releaseNotes"));
        Assert.Contains("AnalyzerReleases.Shipped.md", Metadata(nuspec, "releaseNotes"));
        Assert.StartsWith("https://github.com/", Element(nuspec, "repository").Attribute("url")?.Value);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void Both_symbol_packages_hold_the_pdb_of_their_library()
    {
        using var runtime = ZipFile.OpenRead(feed.PackagePath("ReturnShape", "snupkg"));
        Assert.Contains("lib/net8.0/ReturnShape.pdb", Files(runtime));
        using var adapter = ZipFile.OpenRead(feed.PackagePath("ReturnShape.AspNetCore", "snupkg"));
        Assert.Contains("lib/net8.0/ReturnShape.AspNetCore.pdb", Files(adapter));
    }

    [Fact]
    public void ReturnShape_AspNetCore_holds_the_adapter_and_depends_on_ReturnShape_with_its_analyzers()
    {
        using (var package = ZipFile.OpenRead(feed.PackagePath("ReturnShape.AspNetCore")))
        {
            Assert.Equal(new[] { "README.md", "ReturnShape.AspNetCore.nuspec", "lib/net8.0/ReturnShape.AspNetCore.dll" }, Files(package));
        }

        var nuspec = Nuspec(feed.PackagePath("ReturnShape.AspNetCore"), "ReturnShape.AspNetCore.nuspec");
        var dependency = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("ReturnShape", dependency.Attribute("id")?.Value);
        Assert.Equal(feed.Version, dependency.Attribute("version")?.Value);
        // An excluded "Analyzers" asset would leave the adapter's users without the diagnostics.
        Assert.DoesNotContain("Analyzers", dependency.Attribute("exclude")?.Value ?? "");
    }

    /// <summary>A host loads the code fixes only where it loads the diagnostics: both on the same floor.</summary>
    [Theory]
    [InlineData("ReturnShape.Analyzers.dll")]
    [InlineData("ReturnShape.CodeFixes.dll")]
    public void The_analyzer_assemblies_compile_against_the_Roslyn_floor(string assembly)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("ReturnShape"));
        using var stream = new MemoryStream();
        using (var entry = package.GetEntry("analyzers/dotnet/cs/" + assembly)!.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var roslyn = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
            .Where(reference => reader.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, reference => Assert.True(
            reference.Version <= RoslynFloor,
            $"{assembly} references {reader.GetString(reference.Name)} {reference.Version}: hosts older than that refuse it."));
    }

    private static string[] Files(ZipArchive package) =>
        package.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static XDocument Nuspec(string package, string name)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static XElement Element(XDocument nuspec, string name) =>
        nuspec.Descendants().Single(e => e.Name.LocalName == name);

    private static string Metadata(XDocument nuspec, string name) => Element(nuspec, name).Value;
}
