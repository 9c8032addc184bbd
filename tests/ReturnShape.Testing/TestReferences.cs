using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ReturnShape.Testing;

/// <summary>
/// What test sources compile against: the .NET 8 reference assemblies (the runtime's own target, so a
/// test sees the API a user's project sees), ASP.NET Core 8's for the minimal-API rules, and the
/// ReturnShape runtime as built.
/// </summary>
public static class TestReferences
{
    public static ReferenceAssemblies Net80 { get; } = ReferenceAssemblies.Net.Net80;

    public static ReferenceAssemblies AspNetCore80 { get; } =
        ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0")));

    /// <summary>ReturnShape.dll, as loaded in the test process.</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(ReturnShape.Responses).Assembly.Location);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(() => Resolve(Net80));
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAspNetCore = new(() =>
    {
        var framework = Framework.OfType<PortableExecutableReference>().Select(r => Path.GetFileName(r.FilePath)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Resolve(AspNetCore80).OfType<PortableExecutableReference>().Where(r => !framework.Contains(Path.GetFileName(r.FilePath))).ToImmutableArray<MetadataReference>();
    });

    /// <summary>The .NET 8 reference assemblies, resolved, for compilations made without a verifier.</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary><see cref="Framework"/> and ReturnShape.dll.</summary>
    public static ImmutableArray<MetadataReference> Default => Framework.Add(Runtime);

    /// <summary>ASP.NET Core 8's reference assemblies, resolved, to add to <see cref="Framework"/> or <see cref="Default"/>.</summary>
    public static ImmutableArray<MetadataReference> AspNetCore => LazyAspNetCore.Value;

    /// <summary>
    /// Downloads the reference packages once, before any test asks for them: tests running in parallel
    /// that each resolve a package not yet in the cache race on its extraction.
    /// </summary>
    public static void EnsureResolved() => _ = AspNetCore;

    private static ImmutableArray<MetadataReference> Resolve(ReferenceAssemblies assemblies) =>
        assemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
}
