// dotnet run -c Release --project bench/Runtime -- --filter '*'
// (add --job short for a quick look; the figures in docs/performance.md come from the default job).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ReturnShape.Bench.Runtime.MakeResponseBenchmarks).Assembly).Run(args);
