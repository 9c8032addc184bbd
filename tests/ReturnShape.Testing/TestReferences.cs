using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Testing;

/// <summary>
/// The references test sources compile against: the assemblies of the running .NET (its trusted
/// platform assemblies that belong to the shared framework) plus the ReturnShape runtime.
/// </summary>
public static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(LoadFramework);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyDefault =
        new(() => Framework.Add(MetadataReference.CreateFromFile(RuntimeAssemblyPath)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ImmutableArray<MetadataReference>>> SharedFrameworks = new(StringComparer.Ordinal);

    /// <summary>The framework and ReturnShape.dll.</summary>
    public static ImmutableArray<MetadataReference> Default => LazyDefault.Value;

    /// <summary>The framework alone.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>ReturnShape.dll, as loaded in the test process.</summary>
    public static string RuntimeAssemblyPath => typeof(ReturnShape.Responses).Assembly.Location;

    /// <summary>
    /// The reference assemblies of another shared framework of the running .NET version (for
    /// example "Microsoft.AspNetCore.App"), for sources that need it: add them to
    /// <see cref="SolutionState.AdditionalReferences"/>.
    /// </summary>
    public static ImmutableArray<MetadataReference> SharedFramework(string name) =>
        SharedFrameworks.GetOrAdd(name, LoadSharedFramework).Value;

    private static Lazy<ImmutableArray<MetadataReference>> LoadSharedFramework(string name) => new(() =>
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/shared/<name>/<version>/
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(frameworkDirectory);
        var directory = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(frameworkDirectory))!, name, version);
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException("The shared framework " + name + " " + version + " is not installed (" + directory + ").");
        }

        return Directory.GetFiles(directory, "*.dll")
            .Where(IsManagedAssembly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in trusted)
        {
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
                && IsManagedAssembly(path))
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
