using System.Reflection;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ReturnShape.Tests.FlaskParity;

/// <summary>
/// Runs each of the 70 recorded Flask cases through MakeResponse + Finalize("GET") and compares
/// status line, content type, ordered headers (Content-Length aside, as recorded), Content-Length
/// and body, or the phase at which both refuse the value — against Flask 2.2.2 (results.json, kept
/// here) and Flask 3.1.3 (results-flask-3.1.json in the shared parity folder next to the
/// repository). A difference is allowed only where csharp-values.json tags it with a reason (for
/// every version, or per version under "byVersion"), and then ReturnShape's own answer is checked.
/// </summary>
public class FlaskParityTests
{
    private static readonly Lazy<ParityData> Data = new(ParityData.Load);

    private readonly ITestOutputHelper output;

    public FlaskParityTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Versions() => Data.Value.Flask.Keys.Select(version => new object[] { version });

    public static IEnumerable<object[]> CaseIds() =>
        Data.Value.Flask.Keys.SelectMany(version => Data.Value.Cases.Select(c => new object[] { version, c.GetProperty("id").GetString()! }));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_is_identical_or_a_tagged_deliberate_difference(string version, string id)
    {
        var verdict = Judge(version, id);
        Assert.True(verdict.Kind != VerdictKind.Unexplained, "Flask " + version + ", " + id + ": " + verdict.Explanation);
    }

    [Fact]
    public void Both_flask_versions_are_recorded()
    {
        Assert.Equal(new[] { "2.2.2", "3.1.3" }, Data.Value.Flask.Keys);
        Assert.All(Data.Value.Flask.Values, results => Assert.Equal(Data.Value.Cases.Select(c => c.GetProperty("id").GetString()), results.Keys));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Summary_has_no_unexplained_difference(string version)
    {
        var verdicts = Data.Value.Flask[version].Keys.Select(id => (id, verdict: Judge(version, id))).ToList();
        var identical = verdicts.Count(v => v.verdict.Kind == VerdictKind.Identical);
        var deliberate = verdicts.Count(v => v.verdict.Kind == VerdictKind.Deliberate);
        var unexplained = verdicts.Where(v => v.verdict.Kind == VerdictKind.Unexplained).ToList();
        foreach (var (id, verdict) in verdicts.Where(v => v.verdict.Kind == VerdictKind.Deliberate))
        {
            output.WriteLine("deliberate " + id + ": " + verdict.Explanation);
        }

        foreach (var (id, verdict) in unexplained)
        {
            output.WriteLine("UNEXPLAINED " + id + ": " + verdict.Explanation);
        }

        var summary = $"Flask parity (Flask {version}): {verdicts.Count} cases, {identical} identical, {deliberate} deliberate differences, {unexplained.Count} unexplained";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(70, verdicts.Count);
        Assert.Equal(Data.Value.Flask[version].Count, Data.Value.Cases.Count);
        Assert.Empty(unexplained);
    }

    private static Verdict Judge(string version, string id)
    {
        var data = Data.Value;
        var flask = data.Flask[version][id];
        var spec = data.Cases.Single(c => c.GetProperty("id").GetString() == id);
        var tags = Tags(spec, version);
        string? reasonKey = tags.TryGetProperty("deliberate", out var r) ? r.GetString() : null;
        if (reasonKey is not null && !data.Reasons.TryGetProperty(reasonKey, out _))
        {
            return new Verdict(VerdictKind.Unexplained, "unknown reason " + reasonKey);
        }

        var reason = reasonKey is null ? null : reasonKey + " (" + data.Reasons.GetProperty(reasonKey).GetProperty("why").GetString() + ")";
        if (spec.TryGetProperty("notExpressible", out _))
        {
            return reason is null
                ? new Verdict(VerdictKind.Unexplained, "not expressible without a reason")
                : new Verdict(VerdictKind.Deliberate, reason);
        }

        ParityOutcome ours;
        try
        {
            ours = Run(FlaskParityValues.Build(spec.GetProperty("value")));
        }
        catch (Exception ex)
        {
            return new Verdict(VerdictKind.Unexplained, "crashed: " + ex);
        }

        var expectedRule = spec.TryGetProperty("rule", out var rule) ? rule.GetString() : null;
        if (ours.Failed && ours.Error != expectedRule)
        {
            return new Verdict(VerdictKind.Unexplained, "threw " + ours.Error + ", data expects " + (expectedRule ?? "no error"));
        }

        if (!ours.Failed && expectedRule is not null)
        {
            return new Verdict(VerdictKind.Unexplained, "data expects " + expectedRule + " but got " + ours);
        }

        var sameAsFlask = SameAsFlask(ours, flask);
        if (reason is null)
        {
            return sameAsFlask
                ? new Verdict(VerdictKind.Identical, "identical")
                : new Verdict(VerdictKind.Unexplained, "ours: " + ours + " / Flask: " + flask);
        }

        if (tags.TryGetProperty("expect", out var expect) && !Matches(ours, expect))
        {
            return new Verdict(VerdictKind.Unexplained, "deliberate " + reasonKey + " but ours (" + ours + ") is not the data's expect " + expect);
        }

        return new Verdict(VerdictKind.Deliberate, reason + ": ours " + ours);
    }

    /// <summary>
    /// Where "deliberate" and "expect" are read: the case itself, or its "byVersion" entry for the
    /// version's major.minor ("3.1") when it has one, which replaces both ("deliberate": null: identical there).
    /// </summary>
    private static JsonElement Tags(JsonElement spec, string version)
    {
        var majorMinor = string.Join('.', version.Split('.').Take(2));
        return spec.TryGetProperty("byVersion", out var byVersion) && byVersion.TryGetProperty(majorMinor, out var tags) ? tags : spec;
    }

    private static ParityOutcome Run(object? value)
    {
        Response finalized;
        bool streamed;
        using (ViewScope.Enter("parity"))
        {
            try
            {
                var response = Responses.MakeResponse(value);
                streamed = response.IsStreamed;
                finalized = response.Finalize("GET");
            }
            catch (InvalidViewReturnException ex)
            {
                return ParityOutcome.Failure("make_response", ex.RuleId);
            }

            var headers = finalized.Headers
                .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(h => (h.Key, h.Value)).ToList();
            var length = finalized.Headers.Get("Content-Length");
            try
            {
                var body = finalized.GetData();
                return new ParityOutcome(null, null, finalized.Status, finalized.ContentType, headers, length, body, streamed);
            }
            catch (InvalidViewReturnException ex)
            {
                return ParityOutcome.Failure("body", ex.RuleId);
            }
        }
    }

    private static bool SameAsFlask(ParityOutcome ours, JsonElement flask)
    {
        if (!flask.GetProperty("ok").GetBoolean())
        {
            return ours.Failed && ours.Phase == flask.GetProperty("phase").GetString();
        }

        if (ours.Failed)
        {
            return false;
        }

        var body = flask.TryGetProperty("body_text", out var text)
            ? Encoding.UTF8.GetBytes(text.GetString()!)
            : Convert.FromBase64String(flask.GetProperty("body_base64").GetString()!);
        var length = flask.GetProperty("content_length");
        return ours.Status == flask.GetProperty("status").GetString()
            && ours.ContentType == flask.GetProperty("content_type").GetString()
            && ours.Headers.SequenceEqual(flask.GetProperty("headers").EnumerateArray().Select(h => (h[0].GetString()!, h[1].GetString()!)))
            && ours.ContentLength == (length.ValueKind == JsonValueKind.Null ? null : length.GetString())
            && ours.Body.AsSpan().SequenceEqual(body);
    }

    private static bool Matches(ParityOutcome ours, JsonElement expect) =>
        !ours.Failed
        && ours.Status == expect.GetProperty("status").GetString()
        && ours.ContentType == expect.GetProperty("contentType").GetString()
        && ours.Headers.SequenceEqual(expect.GetProperty("headers").EnumerateArray().Select(h => (h[0].GetString()!, h[1].GetString()!)))
        && Encoding.UTF8.GetString(ours.Body) == expect.GetProperty("body").GetString()
        && ours.Streamed == (expect.TryGetProperty("streamed", out var s) && s.GetBoolean());

    private enum VerdictKind
    {
        Identical,
        Deliberate,
        Unexplained,
    }

    private sealed record Verdict(VerdictKind Kind, string Explanation);

    private sealed class ParityData
    {
        /// <summary>Flask's results per Flask version ("2.2.2", "3.1.3"), each by case id.</summary>
        public required Dictionary<string, Dictionary<string, JsonElement>> Flask { get; init; }

        public required List<JsonElement> Cases { get; init; }

        public required JsonElement Reasons { get; init; }

        public static ParityData Load()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "FlaskParity");
            var values = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "csharp-values.json"))).RootElement;
            var flask = new Dictionary<string, Dictionary<string, JsonElement>>();
            foreach (var path in new[] { Path.Combine(folder, "results.json"), SharedParityFile("results-flask-3.1.json") })
            {
                var results = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
                flask.Add(
                    results.GetProperty("meta").GetProperty("flask").GetString()!,
                    results.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!));
            }

            return new ParityData
            {
                Flask = flask,
                Cases = values.GetProperty("cases").EnumerateArray().ToList(),
                Reasons = values.GetProperty("reasons"),
            };
        }
    }

    /// <summary>A file of the shared Flask parity folder, ../shared/flask-parity beside the repository root.</summary>
    internal static string SharedParityFile(string name)
    {
        var root = typeof(FlaskParityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "flask-parity", name));
    }
}
