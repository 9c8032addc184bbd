namespace ReturnShape.Package.Tests;

/// <summary>A fresh project outside the repository that uses a ReturnShape package from the feed.</summary>
internal static class Consumer
{
    public const string ConsoleSdk = "Microsoft.NET.Sdk";
    public const string WebSdk = "Microsoft.NET.Sdk.Web";

    /// <summary>Writes the project and its files; it references <paramref name="packageId"/> at the feed's version.</summary>
    public static string Create(PackedFeed feed, string name, string sdk, string packageId, IReadOnlyDictionary<string, string> files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(feed.Root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(directory, file), text);
        }

        return directory;
    }
}
