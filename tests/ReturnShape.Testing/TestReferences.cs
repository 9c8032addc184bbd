using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Testing;

/// <summary>
/// The references test sources compile against: the assemblies of the running .NET (its trusted
/// platform assemblies that belong to the shared framework) plus the ReturnShape runtime.
/// </summary>
public static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyDefault = new(Load);

    public static ImmutableArray<MetadataReference> Default => LazyDefault.Value;

    /// <summary>ReturnShape.dll, as loaded in the test process.</summary>
    public static string RuntimeAssemblyPath => typeof(ReturnShape.Responses).Assembly.Location;

    private static ImmutableArray<MetadataReference> Load()
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

        builder.Add(MetadataReference.CreateFromFile(RuntimeAssemblyPath));
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
