using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace ReturnShape.Tests.FlaskParity;

/// <summary>
/// Runs each of the 70 recorded Flask cases through MakeResponse + Finalize("GET") and compares
/// status line, content type, ordered headers (Content-Length aside, as recorded), Content-Length
/// and body, or the phase at which both refuse the value. A difference is allowed only where
/// csharp-values.json tags it with a reason, and then ReturnShape's own answer is checked.
/// </summary>
public class FlaskParityTests
{
    private static readonly Lazy<ParityData> Data = new(ParityData.Load);

    private readonly ITestOutputHelper output;

    public FlaskParityTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> CaseIds() => Data.Value.Cases.Select(c => new object[] { c.GetProperty("id").GetString()! });

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_is_identical_or_a_tagged_deliberate_difference(string id)
    {
        var verdict = Judge(id);
        Assert.True(verdict.Kind != VerdictKind.Unexplained, id + ": " + verdict.Explanation);
    }

    [Fact]
    public void Summary_has_no_unexplained_difference()
    {
        var verdicts = Data.Value.Flask.Keys.Select(id => (id, verdict: Judge(id))).ToList();
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

        var summary = $"Flask parity: {verdicts.Count} cases, {identical} identical, {deliberate} deliberate differences, {unexplained.Count} unexplained";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(70, verdicts.Count);
        Assert.Equal(Data.Value.Flask.Count, Data.Value.Cases.Count);
        Assert.Empty(unexplained);
    }

    private static Verdict Judge(string id)
    {
        var data = Data.Value;
        var flask = data.Flask[id];
        var spec = data.Cases.Single(c => c.GetProperty("id").GetString() == id);
        string? reasonKey = spec.TryGetProperty("deliberate", out var r) ? r.GetString() : null;
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

        if (spec.TryGetProperty("expect", out var expect) && !Matches(ours, expect))
        {
            return new Verdict(VerdictKind.Unexplained, "deliberate " + reasonKey + " but ours (" + ours + ") is not the data's expect " + expect);
        }

        return new Verdict(VerdictKind.Deliberate, reason + ": ours " + ours);
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
        public required Dictionary<string, JsonElement> Flask { get; init; }

        public required List<JsonElement> Cases { get; init; }

        public required JsonElement Reasons { get; init; }

        public static ParityData Load()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "FlaskParity");
            var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json"))).RootElement;
            var values = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "csharp-values.json"))).RootElement;
            return new ParityData
            {
                Flask = results.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!),
                Cases = values.GetProperty("cases").EnumerateArray().ToList(),
                Reasons = values.GetProperty("reasons"),
            };
        }
    }
}
