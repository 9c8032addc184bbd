using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>The smallest source found that still fails the same way, and what finding it cost.</summary>
public sealed record Shrunk(string Text, int Checks, TimeSpan Elapsed, bool BudgetSpent);

/// <summary>
/// Delta debugging (ddmin, complements only): removes ever smaller chunks of lines, then of tokens,
/// keeping each removal after which the source still fails. Stops when no single line or token can go,
/// or when the budget is spent (the source then is the smallest found so far).
/// </summary>
public static class Shrinker
{
    public static async Task<Shrunk> ShrinkAsync(string text, Func<string, Task<bool>> fails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var checks = 0;
        var tried = new Dictionary<string, bool>(StringComparer.Ordinal);

        async Task<bool> Fails(string candidate)
        {
            if (!tried.TryGetValue(candidate, out var result))
            {
                checks++;
                result = await fails(candidate).ConfigureAwait(false);
                tried[candidate] = result;
            }

            return result;
        }

        var lines = await MinimizeAsync(Lines(text), Fails, clock, budget).ConfigureAwait(false);
        var tokens = await MinimizeAsync(Tokens(string.Concat(lines)), Fails, clock, budget).ConfigureAwait(false);
        return new Shrunk(string.Concat(tokens), checks, clock.Elapsed, clock.Elapsed > budget);
    }

    private static async Task<List<string>> MinimizeAsync(List<string> parts, Func<string, Task<bool>> fails, Stopwatch clock, TimeSpan budget)
    {
        var granularity = 2;
        while (parts.Count >= 2 && clock.Elapsed < budget)
        {
            var chunk = (parts.Count + granularity - 1) / granularity;
            var reduced = false;
            for (var start = 0; start < parts.Count && clock.Elapsed < budget; start += chunk)
            {
                var candidate = parts.Take(start).Concat(parts.Skip(start + chunk)).ToList();
                if (await fails(string.Concat(candidate)).ConfigureAwait(false))
                {
                    parts = candidate;
                    granularity = Math.Max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }

            if (!reduced)
            {
                if (granularity >= parts.Count)
                {
                    break;
                }

                granularity = Math.Min(granularity * 2, parts.Count);
            }
        }

        // A single part left may go too (the failure may not need the source at all).
        if (parts.Count == 1 && clock.Elapsed < budget && await fails(string.Empty).ConfigureAwait(false))
        {
            parts.Clear();
        }

        return parts;
    }

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    /// <summary>Each token with the trivia before and after it, so that the parts join back into the text.</summary>
    private static List<string> Tokens(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Select(t => t.ToFullString()).Where(t => t.Length > 0).ToList();
}
