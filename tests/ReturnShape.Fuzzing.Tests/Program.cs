using System.Globalization;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// <c>dotnet ReturnShape.Fuzzing.Tests.dll fuzz [variants] [seed]</c>: the long run (bench/fuzz.sh);
/// <c>--worker</c>: the child process that checks what overran (<see cref="Worker"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 1 && args[0] == Worker.Argument)
        {
            return await Worker.ServeAsync().ConfigureAwait(false);
        }

        if (args.Length >= 1 && args[0] == "fuzz")
        {
            var options = new FuzzOptions
            {
                Variants = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000,
                Seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : FuzzTests.CiSeed,
                Log = line => Console.Error.WriteLine(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + line),
            };
            Console.Error.WriteLine("Fuzzing " + options.Variants + " variants, seed " + options.Seed + ", " + Seeds.All.Count + " seeds, " + Environment.ProcessorCount + " cores");
            var report = await Fuzzer.RunAsync(options).ConfigureAwait(false);
            Console.WriteLine(report.Findings.Count == 0 ? "Fuzzing: " + report.Summary() : report.Describe());
            return report.Findings.Count == 0 ? 0 : 1;
        }

        if (args.Length is 2 or 3 && args[0] == "check")
        {
            // A reproduction, checked alone: check FILE [Views|Web].
            var references = args.Length == 3 ? Enum.Parse<ReferenceSet>(args[2]) : ReferenceSet.Views;
            var unit = new Unit(references, Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, new[] { new UnitDocument("/0/Test0.cs", await File.ReadAllTextAsync(args[1]).ConfigureAwait(false), 0) });
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var outcome = await Runner.CheckAsync(Subject.Product, unit, new CheckOptions { FixCap = int.MaxValue }).ConfigureAwait(false);
            Console.WriteLine(outcome.Diagnostics + " diagnostics, " + outcome.FixesApplied + " fixes applied, " + outcome.FixesCompiled + " compiled, " + clock.ElapsedMilliseconds + " ms");
            foreach (var failure in outcome.Failures)
            {
                Console.WriteLine(failure.Signature + ": " + failure.Detail);
            }

            return outcome.Failures.Count == 0 ? 0 : 1;
        }

        if (args.Length == 1 && args[0] == "seeds")
        {
            foreach (var seed in Seeds.All)
            {
                Console.WriteLine(seed.Name + "\t" + seed.References + (seed.Batchable ? "\tbatch" : "\talone") + "\t" + seed.Text.Substring(seed.MutableStart).ReplaceLineEndings(" ").Trim());
            }

            return 0;
        }

        Console.Error.WriteLine("usage: ReturnShape.Fuzzing.Tests.dll fuzz [variants] [seed] | check FILE [Views|Web] | seeds");
        return 2;
    }
}
