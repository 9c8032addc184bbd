using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ReturnShape.AspNetCore.Tests.FlaskLifecycle;

/// <summary>What the functions of one case appended, and a signal from a teardown function that runs after all the case's own.</summary>
internal sealed class LifecycleTrace
{
    private readonly ConcurrentQueue<string> _entries = new();

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Entries => _entries.ToArray();

    public void Add(string entry) => _entries.Enqueue(entry);

    /// <summary>Registered before the case's functions: teardown functions run in reverse order, so it runs last.</summary>
    public void RegisterSentinel(WebApplication app) => app.TeardownRequest((_, _) => Done.TrySetResult());
}

/// <summary>What one request to a case's app gave: a response, or an exception that reached the client; the trace; the adapter's error log.</summary>
internal sealed record LifecycleOutcome(
    int? StatusCode,
    string? ContentType,
    IReadOnlyList<(string Name, string Value)> Headers,
    string? ContentLength,
    byte[] Body,
    string? ExceptionType,
    string? ExceptionMessage,
    IReadOnlyList<string> Trace,
    IReadOnlyList<string> Log)
{
    public bool Failed => ExceptionType is not null;

    public override string ToString() =>
        (Failed ? "raised " + ExceptionType + ": " + ExceptionMessage : StatusCode + " | " + ContentType + " | " + string.Join("; ", Headers.Select(h => h.Name + ": " + h.Value))
            + " | length " + (ContentLength ?? "none") + " | body " + JsonSerializer.Serialize(Encoding.UTF8.GetString(Body)))
        + " | trace " + JsonSerializer.Serialize(Trace) + " | log " + JsonSerializer.Serialize(Log);
}

/// <summary>
/// The 40 recorded Flask lifecycle cases (error handlers, before/after-request hooks, teardown, the
/// 500 path), each rebuilt in C# (<see cref="LifecycleCases"/>), served by the adapter on TestHost —
/// and a few on Kestrel — with Flask's debug and testing off (Production), and compared with what
/// Flask 2.2.2 and 3.1.3 did (the two recordings are identical): the response (status, content type,
/// headers name by name, Content-Length, body) or the exception that reached the client, the order
/// in which the functions ran, and the exceptions the error log names. A difference is allowed only
/// where <see cref="Deliberate"/> names a reason that docs/design/coercion.md lists, and then
/// ReturnShape's own answer is checked.
/// </summary>
public sealed class FlaskLifecycleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly Lazy<Recording> Data = new(Recording.Load);
    private static readonly Lazy<Task<Dictionary<string, (LifecycleOutcome Ours, Verdict Verdict)>>> Verdicts = new(JudgeAllAsync);

    private readonly ITestOutputHelper _output;

    public FlaskLifecycleTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Where ReturnShape answers otherwise on purpose: the reason (a key of the lifecycle table in
    /// docs/design/coercion.md) and what ReturnShape does instead.
    /// </summary>
    private static readonly Dictionary<string, (string Reason, Func<LifecycleOutcome, bool> Ours)> Deliberate = new()
    {
        // Flask's testing mode re-raises to the test client instead of calling the 500 handler.
        ["unhandled_error_testing_propagates"] = ("no-testing-mode", ours =>
            ours is { StatusCode: 500, Failed: false }
            && Text(ours) == "handled"
            && ours.Trace.SequenceEqual(new[] { "view", "handler(500):InternalServerError original=ValueError", "teardown exc=ValueError" })
            && ours.Log.SequenceEqual(new[] { "ValueError" })),

        // No 500 handler: the exception is ASP.NET Core's (here TestServer hands it to the client), not Werkzeug's 500 page after the hooks.
        ["unhandled_error_default_500"] = ("exceptions-to-aspnetcore", ours =>
            ours is { ExceptionType: "ValueError", ExceptionMessage: "bad value" }
            && ours.Trace.SequenceEqual(new[] { "view", "teardown exc=ValueError" })
            && ours.Log.Count == 0),

        // Werkzeug has a class per code, and errorhandler(418) is keyed on ImATeapot; HttpException carries its code.
        ["lookup_custom_http_exception_code"] = ("no-per-code-classes", ours =>
            ours is { StatusCode: 418, Failed: false }
            && Text(ours) == "handled 418"
            && ours.Trace.SequenceEqual(new[] { "view", "handler(418):Teapot" })),

        // An after-request hook's null is the null rule's error and the adapter's 500, not a TypeError in the server.
        ["after_returns_none"] = ("after-request-null", ours =>
            ours is { StatusCode: 500, Failed: false }
            && Text(ours).Contains("<title>500 Internal Server Error</title>", StringComparison.Ordinal)
            && ours.Trace.SequenceEqual(new[] { "view", "after", "after", "teardown exc=TypeError" })
            && ours.Log.SequenceEqual(new[] { "TypeError", "TypeError" })),

        // The 500 handler's bad value is the rule's error and the adapter's 500, not an exception reaching the server.
        ["handler_500_returns_none"] = ("handler-value-refused", ours =>
            ours is { StatusCode: 500, Failed: false }
            && Text(ours).Contains("<title>500 Internal Server Error</title>", StringComparison.Ordinal)
            && ours.Trace.SequenceEqual(new[] { "view", "handler(500)" })
            && ours.Log.SequenceEqual(new[] { "ValueError", "TypeError" })),
    };

    /// <summary>Cases also served by Kestrel on a real socket: responses Flask sent, through every kind of function.</summary>
    public static TheoryData<string> KestrelCases => new()
    {
        "eh_code_tuple_status", "eh_code_none", "eh_class_tuple_status_headers", "lookup_bp_before_app", "before_several_order",
        "after_order_bp_and_app", "after_raises_during_500", "teardown_order", "teardown_unhandled_exception",
    };

    public static IEnumerable<object[]> CaseIds() => Data.Value.Cases.Keys.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_is_identical_or_a_deliberate_difference(string id)
    {
        var (ours, verdict) = (await Verdicts.Value)[id];
        Assert.True(verdict.Kind != VerdictKind.Unexplained, id + ": " + verdict.Explanation + "\nours: " + ours);
    }

    [Fact]
    public async Task Summary_has_no_unexplained_difference()
    {
        var verdicts = await Verdicts.Value;
        var identical = verdicts.Values.Count(v => v.Verdict.Kind == VerdictKind.Identical);
        var deliberate = verdicts.Values.Count(v => v.Verdict.Kind == VerdictKind.Deliberate);
        var unexplained = verdicts.Where(v => v.Value.Verdict.Kind == VerdictKind.Unexplained).ToList();
        foreach (var (id, (_, verdict)) in verdicts.Where(v => v.Value.Verdict.Kind == VerdictKind.Deliberate))
        {
            _output.WriteLine("deliberate " + id + ": " + verdict.Explanation);
        }

        foreach (var (id, (ours, verdict)) in unexplained)
        {
            _output.WriteLine("UNEXPLAINED " + id + ": " + verdict.Explanation + " / ours: " + ours);
        }

        var summary = $"Flask lifecycle: {verdicts.Count} cases, {identical} identical, {deliberate} deliberate differences, {unexplained.Count} unexplained";
        _output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(40, verdicts.Count);
        Assert.Empty(unexplained);
    }

    [Fact]
    public void The_recordings_of_both_flask_versions_agree_and_every_case_is_rebuilt()
    {
        Assert.Equal(new[] { "2.2.2", "3.1.3" }, Data.Value.Versions);
        Assert.Equal(Data.Value.Cases.Keys.Order(StringComparer.Ordinal), LifecycleCases.All.Keys.Order(StringComparer.Ordinal));
        Assert.All(Deliberate.Keys, id => Assert.Contains(id, Data.Value.Cases.Keys));
    }

    [Fact]
    public void Every_deliberate_difference_has_its_reason_in_the_coercion_doc()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot, "docs", "design", "coercion.md"));
        Assert.All(Deliberate.Values, d => Assert.Contains("`" + d.Reason + "`", doc, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(KestrelCases))]
    public async Task On_kestrel_the_case_is_what_flask_sent(string id)
    {
        Assert.DoesNotContain(id, Deliberate.Keys);
        var ours = await RunOnKestrelAsync(id);
        var difference = Difference(ours, Data.Value.Results[id]);
        Assert.True(difference is null, id + ": " + difference + "\nours: " + ours);
    }

    private static async Task<Dictionary<string, (LifecycleOutcome, Verdict)>> JudgeAllAsync()
    {
        var verdicts = new Dictionary<string, (LifecycleOutcome, Verdict)>();
        foreach (var id in Data.Value.Cases.Keys)
        {
            var ours = await RunOnTestServerAsync(id);
            verdicts.Add(id, (ours, Judge(id, ours)));
        }

        return verdicts;
    }

    private static Verdict Judge(string id, LifecycleOutcome ours)
    {
        var difference = Difference(ours, Data.Value.Results[id]);
        if (!Deliberate.TryGetValue(id, out var deliberate))
        {
            return difference is null ? new Verdict(VerdictKind.Identical, "identical") : new Verdict(VerdictKind.Unexplained, difference);
        }

        if (difference is null)
        {
            return new Verdict(VerdictKind.Unexplained, "tagged " + deliberate.Reason + " but identical");
        }

        return deliberate.Ours(ours)
            ? new Verdict(VerdictKind.Deliberate, deliberate.Reason + ": Flask " + difference)
            : new Verdict(VerdictKind.Unexplained, "tagged " + deliberate.Reason + " but not ReturnShape's own answer either");
    }

    /// <summary>Null when ours is what Flask did; else what differs.</summary>
    private static string? Difference(LifecycleOutcome ours, JsonElement flask)
    {
        var trace = flask.GetProperty("trace").EnumerateArray().Select(t => t.GetString()!).ToList();
        if (!ours.Trace.SequenceEqual(trace))
        {
            return "trace " + JsonSerializer.Serialize(trace);
        }

        var log = flask.GetProperty("log").EnumerateArray().Where(l => l[0].GetString() == "ERROR").Select(l => l[2].GetString()!).ToList();
        if (!ours.Log.SequenceEqual(log))
        {
            return "log " + JsonSerializer.Serialize(log);
        }

        if (!flask.GetProperty("ok").GetBoolean())
        {
            var type = flask.GetProperty("exception_type").GetString();
            var message = flask.GetProperty("exception_message").GetString();
            return ours.ExceptionType == type && ours.ExceptionMessage == message ? null : "raised " + type + ": " + message;
        }

        var body = flask.TryGetProperty("body_text", out var text)
            ? Encoding.UTF8.GetBytes(text.GetString()!)
            : Convert.FromBase64String(flask.GetProperty("body_base64").GetString()!);
        var length = flask.GetProperty("content_length");
        var headers = flask.GetProperty("headers").EnumerateArray().Select(h => (h[0].GetString()!, h[1].GetString()!));
        var same = !ours.Failed
            && ours.StatusCode == flask.GetProperty("status_code").GetInt32()
            && ours.ContentType == flask.GetProperty("content_type").GetString()
            && ByName(ours.Headers) == ByName(headers)
            && ours.ContentLength == (length.ValueKind == JsonValueKind.Null ? null : length.GetString())
            && ours.Body.AsSpan().SequenceEqual(body);
        return same
            ? null
            : "sent " + flask.GetProperty("status").GetString() + " | " + flask.GetProperty("content_type").GetString() + " | " + ByName(headers)
                + " | length " + length + " | body " + JsonSerializer.Serialize(Encoding.UTF8.GetString(body));
    }

    /// <summary>ASP.NET Core keeps one entry per header name: headers are compared name by name, each name's values in order.</summary>
    private static string ByName(IEnumerable<(string Name, string Value)> headers) =>
        string.Join("; ", headers
            .Where(h => !IgnoredHeaders.Contains(h.Name))
            .GroupBy(h => h.Name.ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + ": " + string.Join(" | ", g.Select(h => h.Value))));

    // Flask's recording leaves out Content-Length (compared on its own) and Date; Kestrel adds Date and Server.
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Length", "Date", "Server" };

    private static string Text(LifecycleOutcome outcome) => Encoding.UTF8.GetString(outcome.Body);

    private static async Task<LifecycleOutcome> RunOnTestServerAsync(string id)
    {
        var trace = new LifecycleTrace();
        await using var app = await TestApp.StartAsync(
            a =>
            {
                trace.RegisterSentinel(a);
                LifecycleCases.All[id](a, trace);
            },
            environment: "Production");
        return await RequestAsync(app.Client, id, trace, () => app.Logs.Entries);
    }

    private static async Task<LifecycleOutcome> RunOnKestrelAsync(string id)
    {
        var trace = new LifecycleTrace();
        var logs = new TestLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        await using var app = builder.Build();
        trace.RegisterSentinel(app);
        LifecycleCases.All[id](app, trace);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(Assert.Single(app.Urls)) };
            return await RequestAsync(client, id, trace, () => logs.Entries);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<LifecycleOutcome> RequestAsync(HttpClient client, string id, LifecycleTrace trace, Func<IReadOnlyList<LogEntry>> logs)
    {
        var request = Data.Value.Results[id].GetProperty("request");
        var message = new HttpRequestMessage(new HttpMethod(request.GetProperty("method").GetString()!), request.GetProperty("path").GetString());
        HttpResponseMessage? response = null;
        Exception? raised = null;
        byte[] body = Array.Empty<byte>();
        try
        {
            response = await client.SendAsync(message);
            body = await response.Content.ReadAsByteArrayAsync();
        }
        catch (Exception exception)
        {
            // TestServer hands the client the exception the app did not handle.
            raised = exception is HttpRequestException { InnerException: { } inner } ? inner : exception;
        }

        // Teardown functions run once the response is complete, possibly after the client has it.
        await trace.Done.Task.WaitAsync(Patience);
        var log = logs()
            .Where(entry => entry.Category == "ReturnShape.AspNetCore.Views" && entry.Level >= LogLevel.Error)
            .Select(entry => Py.Name(entry.Exception))
            .ToList();
        if (response is null)
        {
            return new LifecycleOutcome(null, null, Array.Empty<(string, string)>(), null, body, Py.Name(raised), raised!.Message, trace.Entries, log);
        }

        var headers = HttpAssert.HeaderList(response);
        return new LifecycleOutcome(
            (int)response.StatusCode,
            HttpAssert.Header(response, "Content-Type"),
            headers,
            HttpAssert.Header(response, "Content-Length"),
            body,
            null,
            null,
            trace.Entries,
            log);
    }

    private static string RepoRoot =>
        typeof(FlaskLifecycleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    private enum VerdictKind
    {
        Identical,
        Deliberate,
        Unexplained,
    }

    private sealed record Verdict(VerdictKind Kind, string Explanation);

    /// <summary>The shared recording: ../shared/flask-parity/lifecycle beside the repository root.</summary>
    private sealed class Recording
    {
        public required Dictionary<string, JsonElement> Cases { get; init; }

        public required Dictionary<string, JsonElement> Results { get; init; }

        public required List<string> Versions { get; init; }

        public static Recording Load()
        {
            var folder = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "flask-parity", "lifecycle"));
            var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "lifecycle-cases.json"))).RootElement;
            var versions = new List<string>();
            string? first = null;
            JsonElement results = default;
            foreach (var file in new[] { "lifecycle-results-flask-2.2.json", "lifecycle-results-flask-3.1.json" })
            {
                var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file))).RootElement;
                versions.Add(root.GetProperty("meta").GetProperty("flask").GetString()!);
                var text = root.GetProperty("results").GetRawText();
                if (first is null)
                {
                    (first, results) = (text, root.GetProperty("results"));
                }
                else if (text != first)
                {
                    throw new InvalidDataException(file + " differs from the other version's results: judge each version on its own.");
                }
            }

            return new Recording
            {
                Cases = cases.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!),
                Results = results.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!),
                Versions = versions,
            };
        }
    }
}
