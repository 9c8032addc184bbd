namespace ReturnShape.Package.Tests;

/// <summary>samples/Gallery shows every rule: its build reports each one, with its help link, and succeeds.</summary>
[Collection(DotNetCollection.Name)]
public sealed class GalleryTests
{
    [Fact]
    public void Building_the_gallery_reports_every_rule_with_its_help_link()
    {
        // The gallery itself is compiled again (an up-to-date build reports nothing); the projects it
        // references are the test project's own references, already built.
        var result = DotNet.Run(Repo.Root, null,
            "build", Repo.PathOf("samples/Gallery/Gallery.csproj"), "-c", Repo.Configuration, "--no-incremental", "-p:BuildProjectReferences=false",
            "-nologo", "-tl:off", "-clp:NoSummary");

        Assert.True(result.ExitCode == 0, "The gallery reports its rules as warnings and should build. " + result.Describe());
        var reported = Diagnostics.Parse(result.Output);
        var missing = ShippedRules.Descriptors
            .Where(descriptor => !reported.Contains(new Diagnostic(descriptor.Id, "warning", descriptor.HelpLinkUri)))
            .Select(descriptor => descriptor.Id)
            .ToList();
        Assert.True(
            missing.Count == 0,
            $"samples/Gallery has no view that triggers {string.Join(", ", missing)}: add one under samples/Gallery/Views, "
            + "commented with what is wrong. " + result.Describe());
    }
}
