// dotnet run -c Release --project bench/Runtime -- --filter '*'
// The figures in docs/performance.md come from --job short (the allocation figures do not depend on the job).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ReturnShape.Bench.Runtime.MakeResponseBenchmarks).Assembly).Run(args);
