using System.Globalization;
using Xunit.Abstractions;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// The CI run: a fixed seed, a few thousand variants of every test source and sample, every
/// analyzer and (on a sample of the variants) every fix. FUZZ_VARIANTS and FUZZ_SEED change the run
/// (bench/fuzz.sh runs the long one through the console entry instead).
/// </summary>
public class FuzzTests
{
    public const int CiSeed = 20261201;

    private const int CiVariants = 3000;

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void EveryTestFileAndSampleGivesSeeds()
    {
        var seeds = Seeds.All;
        Assert.True(seeds.Count > 400, "Only " + seeds.Count + " seeds: the copied tests and samples were not found under " + AppContext.BaseDirectory);
        Assert.Contains(seeds, s => s.Name.StartsWith("samples/Gallery/", StringComparison.Ordinal));
        Assert.Contains(seeds, s => s.Name.StartsWith("samples/MusicTimeMachine/", StringComparison.Ordinal));
        Assert.Contains(seeds, s => s.Name.StartsWith("tests/ReturnShape.Analyzers.Tests/MinimalApi/", StringComparison.Ordinal) && s.References == ReferenceSet.Web);
        Assert.Contains(seeds, s => s.Name.StartsWith("tests/ReturnShape.CodeFixes.Tests/Fixes/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VariantsOfEverySeedNeitherThrowNorOverrunAndTheirFixesCompile()
    {
        var options = new FuzzOptions
        {
            Variants = Environment.GetEnvironmentVariable("FUZZ_VARIANTS") is { Length: > 0 } variants ? int.Parse(variants, CultureInfo.InvariantCulture) : CiVariants,
            Seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : CiSeed,
        };
        var report = await Fuzzer.RunAsync(options);
        output.WriteLine("Fuzzing: " + report.Summary());
        Assert.True(report.Findings.Count == 0, report.Describe());
        Assert.True(report.Diagnostics > options.Variants / 2, "Only " + report.Diagnostics + " diagnostics: the analyzers did not run.");
        Assert.True(report.FixesCompiled > options.Variants / 30, "Only " + report.FixesCompiled + " fixed variants were compiled: the fixes did not run.");
    }
}
