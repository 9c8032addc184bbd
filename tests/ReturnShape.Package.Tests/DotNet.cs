using System.Diagnostics;

namespace ReturnShape.Package.Tests;

/// <summary>The outcome of one dotnet command: its exit code and everything it printed.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public string Describe() => $"`{Command}` exited with {ExitCode}. Its output:\n{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, in a given directory.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        // The output goes to a file, not a pipe: build servers started by the command inherit its
        // standard output and would hold a pipe open long after the command itself has exited.
        var log = Path.Combine(Path.GetTempPath(), "returnshape-e2e-" + Guid.NewGuid().ToString("N") + ".log");
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >\"$0\" 2>&1");
        start.ArgumentList.Add(log);
        start.ArgumentList.Add("dotnet");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild variables would point a nested
        // build at the test's own MSBuild instead of letting the CLI find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = "dotnet " + string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + command);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`{command}` did not finish within {Timeout.TotalMinutes} minutes. Its output so far:\n{ReadAndDelete(log)}");
        }

        return new CommandResult(command, process.ExitCode, ReadAndDelete(log));
    }

    private static string ReadAndDelete(string log)
    {
        if (!File.Exists(log))
        {
            return "";
        }

        var text = File.ReadAllText(log);
        File.Delete(log);
        return text;
    }
}
