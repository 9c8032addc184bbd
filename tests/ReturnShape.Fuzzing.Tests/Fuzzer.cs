using System.Diagnostics;
using System.Text;

namespace ReturnShape.Fuzzing.Tests;

public sealed class FuzzOptions
{
    public int Variants { get; init; } = 3000;

    public int Seed { get; init; } = 20261201;

    /// <summary>Batchable variants per compilation.</summary>
    public int BatchSize { get; init; } = 60;

    /// <summary>The fixes run for one variant in this many (chosen by the variant's seed), up to <see cref="FixCap"/> diagnostics each.</summary>
    public int FixEvery { get; init; } = 1;

    public int FixCap { get; init; } = 2;

    public TimeSpan Limit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The limit for one check while shrinking an overrun: every check that still overruns costs this and a new worker.</summary>
    public TimeSpan ShrinkLimit { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan ShrinkBudget { get; init; } = TimeSpan.FromSeconds(150);

    /// <summary>How many distinct failures are shrunk; the others are reported as found.</summary>
    public int MaxShrunk { get; init; } = 4;

    public int Parallelism { get; init; } = Math.Max(1, Math.Min(Environment.ProcessorCount, 2));

    public Subject Subject { get; init; } = Subject.Product;

    public IReadOnlyList<Seed>? Seeds { get; init; }

    public Action<string>? Log { get; init; }
}

/// <summary>One distinct failure: where it was first found, how often, and its shrunk reproduction.</summary>
public sealed class Finding
{
    public Finding(Failure failure, Variant variant)
    {
        Failure = failure;
        Variant = variant;
    }

    public Failure Failure { get; }

    public Variant Variant { get; }

    public int Occurrences { get; set; } = 1;

    public Shrunk? Shrunk { get; set; }

    /// <summary>Why there is no shrunk source, when there is none.</summary>
    public string? Note { get; set; }
}

public sealed class FuzzReport
{
    public int RunSeed { get; set; }

    public int Variants { get; set; }

    public int Seeds { get; set; }

    public int Compilations { get; set; }

    public int Diagnostics { get; set; }

    public int FixedVariants { get; set; }

    public int FixesApplied { get; set; }

    public int FixesCompiled { get; set; }

    public int CompilerCrashes { get; set; }

    public SortedDictionary<MutationKind, int> Mutations { get; } = new();

    public List<Finding> Findings { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public int Count(FailureKind kind) => Findings.Where(f => f.Failure.Kind == kind).Sum(f => f.Occurrences);

    public string Summary() =>
        Variants + " variants (run seed " + RunSeed + ") of " + Seeds + " seeds in " + Compilations + " compilations, " + Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s; "
        + Diagnostics + " diagnostics; fixes run on " + FixedVariants + " variants: " + FixesApplied + " applied, " + FixesCompiled + " compiled; "
        + "exceptions " + (Count(FailureKind.AnalyzerException) + Count(FailureKind.FixException)) + ", overruns " + Count(FailureKind.Overrun)
        + ", fixes that break compilation " + Count(FailureKind.FixBreaksCompilation) + ", units the compiler itself threw on (skipped) " + CompilerCrashes + "; mutations: "
        + string.Join(", ", Mutations.Select(m => m.Key + " " + m.Value));

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Findings.Count).Append(" distinct failure(s) in ").AppendLine(Summary());
        var number = 0;
        foreach (var finding in Findings)
        {
            text.AppendLine();
            text.Append(++number).Append(". ").Append(finding.Failure.Signature).Append(" (").Append(finding.Occurrences).AppendLine(" variant(s))");
            text.Append("   first in ").AppendLine(finding.Variant.Describe());
            text.Append("   (made again by Fuzzer.MakeVariant(Seeds.All, ").Append(RunSeed).Append(", ").Append(finding.Variant.Index).AppendLine("))");
            if (finding.Shrunk is { } shrunk)
            {
                text.Append("   shrunk from ").Append(finding.Variant.Text.Length).Append(" to ").Append(shrunk.Text.Length).Append(" characters in ")
                    .Append(shrunk.Checks).Append(" checks, ").Append(shrunk.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s")
                    .AppendLine(shrunk.BudgetSpent ? " (budget spent: the smallest found so far)" : ":");
                text.AppendLine("   ----");
                text.AppendLine(shrunk.Text.TrimEnd());
                text.AppendLine("   ----");
            }
            else
            {
                text.Append("   not shrunk: ").AppendLine(finding.Note ?? "only the first " + number + " are");
                text.AppendLine("   ---- the variant ----");
                text.AppendLine(finding.Variant.Text.TrimEnd());
                text.AppendLine("   ----");
            }

            var detail = finding.Failure.Detail.ReplaceLineEndings("\n").Split('\n');
            text.Append("   ").AppendLine(string.Join("\n   ", detail.Take(12)));
        }

        return text.ToString();
    }
}

/// <summary>
/// Mutates the seeds (variant i from seed i mod the number of seeds, with a random sequence of its own,
/// so that any variant can be made again alone), checks the variants in batches, and shrinks what fails.
/// </summary>
public static class Fuzzer
{
    public static async Task<FuzzReport> RunAsync(FuzzOptions options)
    {
        var clock = Stopwatch.StartNew();
        var seeds = options.Seeds ?? Seeds.All;
        var report = new FuzzReport { RunSeed = options.Seed };
        var found = new List<(Failure Failure, Variant Variant)>();
        var overrunBatch = (IReadOnlyList<Variant>?)null;
        using var units = Units(seeds, options).GetEnumerator();
        var gate = new object();
        var stop = false;
        var usedSeeds = new HashSet<Seed>();

        async Task Work()
        {
            while (true)
            {
                Unit unit;
                IReadOnlyList<Variant> variants;
                lock (gate)
                {
                    if (stop || !units.MoveNext())
                    {
                        return;
                    }

                    (unit, variants) = units.Current;
                    report.Variants += variants.Count;
                    report.Compilations++;
                    foreach (var variant in variants)
                    {
                        usedSeeds.Add(variant.Seed);
                        foreach (var (kind, _) in variant.Mutations)
                        {
                            report.Mutations[kind] = report.Mutations.GetValueOrDefault(kind) + 1;
                        }
                    }
                }

                var byIndex = variants.ToDictionary(v => v.Index);
                var check = new CheckOptions { Limit = options.Limit, FixCap = options.FixCap, FixVariant = i => FixesRunOn(options, i) };
                var outcome = await Runner.CheckAsync(options.Subject, unit, check).ConfigureAwait(false);
                var failures = new List<(Failure, Variant)>();
                foreach (var failure in outcome.Failures)
                {
                    if (failure.Variant >= 0)
                    {
                        failures.Add((failure, byIndex[failure.Variant]));
                    }
                    else if (failure.Kind != FailureKind.Overrun)
                    {
                        failures.AddRange(await IsolateAsync(options, variants, failure).ConfigureAwait(false));
                    }
                }

                lock (gate)
                {
                    report.Diagnostics += outcome.Diagnostics;
                    report.FixedVariants += outcome.Overran ? 0 : variants.Count(v => FixesRunOn(options, v.Index));
                    report.FixesApplied += outcome.FixesApplied;
                    report.FixesCompiled += outcome.FixesCompiled;
                    report.CompilerCrashes += outcome.CompilerCrashes;
                    found.AddRange(failures);
                    if (outcome.Overran)
                    {
                        // The spinning threads cannot be stopped: check no more here; the worker finds which variant it was.
                        stop = true;
                        if (outcome.Failures.First(f => f.Kind == FailureKind.Overrun).Variant < 0)
                        {
                            overrunBatch ??= variants;
                        }
                    }

                    if (report.Variants % 1000 < variants.Count)
                    {
                        options.Log?.Invoke(report.Variants + " variants, " + clock.Elapsed.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " s, " + found.Count + " failing");
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Parallelism).Select(_ => Task.Run(Work))).ConfigureAwait(false);

        using var worker = new Worker(options.Subject.Name);
        var overrunAlone = -1;
        if (overrunBatch is not null)
        {
            var (failure, variant) = await FindOverrunAsync(options, overrunBatch, worker).ConfigureAwait(false);
            found.Add((failure, variant));
            overrunAlone = failure.Variant;
        }

        report.Seeds = usedSeeds.Count;
        foreach (var (failure, variant) in found.OrderBy(f => f.Variant.Index))
        {
            if (report.Findings.FirstOrDefault(f => f.Failure.Signature == failure.Signature) is { } known)
            {
                known.Occurrences++;
            }
            else
            {
                report.Findings.Add(new Finding(failure, variant));
            }
        }

        foreach (var finding in report.Findings.Take(options.MaxShrunk))
        {
            options.Log?.Invoke("shrinking " + finding.Failure.Signature);
            await ShrinkAsync(options, finding, worker, confirmed: finding.Variant.Index == overrunAlone).ConfigureAwait(false);
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>Variant <paramref name="index"/>, made again from its seed and its own random sequence.</summary>
    public static Variant MakeVariant(IReadOnlyList<Seed> seeds, int runSeed, int index) =>
        Mutator.Mutate(index, seeds[index % seeds.Count], new Random(Mix(runSeed, index)));

    private static bool FixesRunOn(FuzzOptions options, int index) => (uint)Mix(options.Seed ^ 0x5F3759DF, index) % (uint)options.FixEvery == 0;

    private static IEnumerable<(Unit Unit, IReadOnlyList<Variant> Variants)> Units(IReadOnlyList<Seed> seeds, FuzzOptions options)
    {
        var pending = new Dictionary<ReferenceSet, List<Variant>>();
        for (var index = 0; index < options.Variants; index++)
        {
            var variant = MakeVariant(seeds, options.Seed, index);
            if (!variant.Seed.Batchable)
            {
                yield return (Unit.Single(variant.Seed, variant.Text, variant.Index), new[] { variant });
                continue;
            }

            if (!pending.TryGetValue(variant.Seed.References, out var batch))
            {
                pending[variant.Seed.References] = batch = new List<Variant>();
            }

            batch.Add(variant);
            if (batch.Count == options.BatchSize)
            {
                yield return (Unit.Batch(variant.Seed.References, batch), batch.ToList());
                batch.Clear();
            }
        }

        foreach (var (references, batch) in pending.OrderBy(p => p.Key))
        {
            if (batch.Count > 0)
            {
                yield return (Unit.Batch(references, batch), batch.ToList());
            }
        }
    }

    /// <summary>The variants of a batch that fail the same way alone (checked in this process: an exception leaves nothing running).</summary>
    private static async Task<List<(Failure, Variant)>> IsolateAsync(FuzzOptions options, IReadOnlyList<Variant> variants, Failure failure)
    {
        var failing = new List<(Failure, Variant)>();
        foreach (var variant in variants)
        {
            var alone = await Runner.CheckAsync(options.Subject, Unit.Single(variant.Seed, variant.Text, variant.Index), new CheckOptions { Limit = options.Limit, FixCap = 0 }).ConfigureAwait(false);
            if (alone.Failures.FirstOrDefault(f => f.Signature == failure.Signature) is { } same)
            {
                failing.Add((same, variant));
            }
        }

        return failing.Count > 0 ? failing : new List<(Failure, Variant)> { (failure, variants[0]) };
    }

    /// <summary>The first variant of an overrunning batch that overruns alone, in the worker; the batch's first when none does.</summary>
    private static async Task<(Failure, Variant)> FindOverrunAsync(FuzzOptions options, IReadOnlyList<Variant> batch, Worker worker)
    {
        foreach (var variant in batch)
        {
            if (await worker.CheckAsync(Unit.Single(variant.Seed, variant.Text, variant.Index), options.Limit).ConfigureAwait(false) is null)
            {
                return (new Failure(FailureKind.Overrun, "overrun: analysis", "the analyzers did not finish within " + options.Limit.TotalSeconds + " s", variant.Index), variant);
            }
        }

        return (new Failure(FailureKind.Overrun, "overrun: analysis", "a batch overran, but none of its variants alone", -1), batch[0]);
    }

    /// <param name="confirmed">The variant is known to fail alone: an overrun costs a worker, so it is not checked twice.</param>
    private static async Task ShrinkAsync(FuzzOptions options, Finding finding, Worker worker, bool confirmed)
    {
        var seed = finding.Variant.Seed;
        var signature = finding.Failure.Signature;
        Func<string, Task<bool>> fails = finding.Failure.Kind == FailureKind.Overrun
            ? async text => await worker.CheckAsync(Unit.Single(seed, text, 0), options.ShrinkLimit).ConfigureAwait(false) is null
            : async text =>
            {
                var outcome = await Runner.CheckAsync(options.Subject, Unit.Single(seed, text, 0), new CheckOptions { Limit = options.ShrinkLimit, FixCap = int.MaxValue }).ConfigureAwait(false);
                return outcome.Failures.Any(f => f.Signature == signature);
            };

        if (!confirmed && !await fails(finding.Variant.Text).ConfigureAwait(false))
        {
            finding.Note = "it does not fail alone, only with the other variants of its batch";
            return;
        }

        finding.Shrunk = await Shrinker.ShrinkAsync(finding.Variant.Text, fails, options.ShrinkBudget).ConfigureAwait(false);
    }

    /// <summary>splitmix64 of the pair: a fixed, well-spread seed per variant (HashCode differs per process).</summary>
    private static int Mix(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
