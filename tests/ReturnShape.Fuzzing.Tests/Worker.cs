using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// Checks units in a child process, so that one that overruns can be stopped: a thread spinning in an
/// analyzer cannot be, and inside the test process every overrunning check of the shrinker would leave
/// one more spinning. The child is this assembly's entry point with <c>--worker</c>; it reads the path
/// of a job file per line and answers with the signatures of the failures it found, one JSON line.
/// </summary>
public sealed class Worker : IDisposable
{
    public const string Argument = "--worker";

    private readonly string subject;
    private Process? process;

    public Worker(string subject) => this.subject = subject;

    /// <summary>Processes started, the first included: each overrun costs one.</summary>
    public int Starts { get; private set; }

    /// <summary>The signatures of the unit's failures, or null when the child did not answer within <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>?> CheckAsync(Unit unit, TimeSpan limit)
    {
        if (process is null || process.HasExited)
        {
            await StartAsync().ConfigureAwait(false);
        }

        var answer = await AskAsync(unit, limit).ConfigureAwait(false);
        if (answer is null)
        {
            Stop();
        }

        return answer;
    }

    public void Dispose() => Stop();

    /// <summary>The child's side: answers jobs until its input ends.</summary>
    public static async Task<int> ServeAsync()
    {
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } path)
        {
            var job = JsonSerializer.Deserialize<Job>(await File.ReadAllTextAsync(path).ConfigureAwait(false))!;
            var unit = new Unit(job.References, job.OutputKind, job.Documents.Select(d => new UnitDocument(d.Name, d.Text, d.Variant)).ToList());
            // The parent keeps the time; here the limit only has to be longer than any patience.
            var outcome = await Runner.CheckAsync(Subject.Named(job.Subject), unit, new CheckOptions { Limit = TimeSpan.FromHours(1), FixCap = job.FixCap }).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(outcome.Failures.Select(f => f.Signature).ToArray())).ConfigureAwait(false);
            await Console.Out.FlushAsync().ConfigureAwait(false);
        }

        return 0;
    }

    private async Task StartAsync()
    {
        var assembly = typeof(Worker).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(Argument);
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the fuzzing worker.");
        Starts++;

        // A first check loads and compiles Roslyn and the analyzers; it must not count against a limit.
        var warmUp = new Unit(ReferenceSet.Views, OutputKind.DynamicallyLinkedLibrary, new[] { new UnitDocument("/0/Test0.cs", "class C { object M() => ReturnShape.Responses.MakeResponse(\"\"); }", 0) });
        if (await AskAsync(warmUp, TimeSpan.FromMinutes(2)).ConfigureAwait(false) is null)
        {
            Stop();
            throw new InvalidOperationException("The fuzzing worker did not start.");
        }
    }

    private async Task<IReadOnlyList<string>?> AskAsync(Unit unit, TimeSpan limit)
    {
        var path = Path.GetTempFileName();
        try
        {
            var job = new Job
            {
                Subject = subject,
                References = unit.References,
                OutputKind = unit.OutputKind,
                Documents = unit.Documents.Select(d => new JobDocument { Name = d.Name, Text = d.Text, Variant = d.Variant }).ToList(),
                FixCap = int.MaxValue,
            };
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(job)).ConfigureAwait(false);
            await process!.StandardInput.WriteLineAsync(path).ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
            var line = process.StandardOutput.ReadLineAsync();
            if (await Task.WhenAny(line, Task.Delay(limit)).ConfigureAwait(false) != line)
            {
                return null;
            }

            return await line.ConfigureAwait(false) is { } answer
                ? JsonSerializer.Deserialize<string[]>(answer)!
                : new[] { "crash: the worker exited" };
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void Stop()
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }

        process.Dispose();
        process = null;
    }

    private sealed class Job
    {
        public string Subject { get; set; } = "";

        public ReferenceSet References { get; set; }

        public OutputKind OutputKind { get; set; }

        public List<JobDocument> Documents { get; set; } = new();

        public int FixCap { get; set; }
    }

    private sealed class JobDocument
    {
        public string Name { get; set; } = "";

        public string Text { get; set; } = "";

        public int Variant { get; set; }
    }
}
