namespace ReturnShape.Package.Tests;

/// <summary>
/// Tests that run dotnet builds run one at a time (they share the machine's cores and the
/// repository's outputs) and share one packed feed.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "dotnet builds";
}
