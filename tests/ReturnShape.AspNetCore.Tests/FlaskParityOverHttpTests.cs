using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using ReturnShape.Tests.FlaskParity;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>
/// The 70 recorded Flask cases, each returned by a view and fetched over HTTP: status, every header
/// with its values in order, Content-Length and body as Flask sent them (or as the corpus tags a
/// deliberate difference), and for refused values the 500 or aborted stream with the rule's log entry.
/// Headers are compared name by name, since ASP.NET Core keeps one entry per name.
/// </summary>
public sealed class FlaskParityOverHttpTests : IClassFixture<FlaskParityOverHttpTests.Server>
{
    private static readonly Lazy<Corpus> Data = new(Corpus.Load);

    private readonly Server _server;

    public FlaskParityOverHttpTests(Server server) => _server = server;

    public static IEnumerable<object[]> CaseIds() =>
        Data.Value.Cases.Values.Where(c => !c.TryGetProperty("notExpressible", out _)).Select(c => new object[] { c.GetProperty("id").GetString()! });

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_over_http_is_what_flask_sent_or_its_tagged_difference(string id)
    {
        var spec = Data.Value.Cases[id];
        var logsBefore = _server.App.Errors.Count;
        HttpResponseMessage response;
        try
        {
            response = await _server.App.Client.GetAsync("/case/" + id);
            await response.Content.LoadIntoBufferAsync();
        }
        catch (Exception aborted) when (aborted is HttpRequestException or IOException)
        {
            // Only a stream that fails after its first chunk may cut the response off.
            Assert.Equal("VRS0014", spec.GetProperty("rule").GetString());
            Assert.Equal("VRS0014", ((InvalidViewReturnException)_server.App.Errors[logsBefore].Exception!).RuleId);
            return;
        }

        if (spec.TryGetProperty("rule", out var rule))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("(" + rule.GetString() + ")", await ReadBody(response));
            return;
        }

        Assert.Equal(logsBefore, _server.App.Errors.Count);
        if (spec.TryGetProperty("expect", out var expect))
        {
            Assert.Equal(int.Parse(expect.GetProperty("status").GetString()![..3]), (int)response.StatusCode);
            AssertSameHeaders(Pairs(expect.GetProperty("headers")), response, expectedLength: null);
            Assert.Equal(expect.GetProperty("body").GetString(), await ReadBody(response));
            return;
        }

        var flask = Data.Value.Flask[id];
        Assert.True(flask.GetProperty("ok").GetBoolean(), id + " failed in Flask, and the corpus names no rule");
        Assert.Equal(flask.GetProperty("status_code").GetInt32(), (int)response.StatusCode);
        var length = flask.GetProperty("content_length");
        AssertSameHeaders(Pairs(flask.GetProperty("headers")), response, length.ValueKind == JsonValueKind.Null ? null : length.GetString());
        var body = flask.TryGetProperty("body_text", out var text)
            ? Encoding.UTF8.GetBytes(text.GetString()!)
            : Convert.FromBase64String(flask.GetProperty("body_base64").GetString()!);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    private static void AssertSameHeaders(IEnumerable<(string Name, string Value)> expected, HttpResponseMessage response, string? expectedLength)
    {
        var wire = response.Headers.Concat(response.Content.Headers)
            .SelectMany(header => header.Value.Select(value => (header.Key, value)))
            .ToList();
        var length = wire.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => h.value).SingleOrDefault();
        if (expectedLength is not null)
        {
            Assert.Equal(expectedLength, length);
        }

        Assert.Equal(ByName(expected), ByName(wire.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))));
    }

    private static SortedDictionary<string, string> ByName(IEnumerable<(string Name, string Value)> headers) =>
        new(
            headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key.ToLowerInvariant(), g => string.Join(" | ", g.Select(h => h.Value))),
            StringComparer.Ordinal);

    private static IEnumerable<(string, string)> Pairs(JsonElement headers) =>
        headers.EnumerateArray().Select(h => (h[0].GetString()!, h[1].GetString()!));

    private static async Task<string> ReadBody(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

    /// <summary>One app for every case: GET /case/{id} returns that case's value, built fresh.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public async Task InitializeAsync() =>
            App = await TestApp.StartAsync(app => app.MapView("/case/{id}", (string id) => FlaskParityValues.Build(Data.Value.Cases[id].GetProperty("value"))));

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private sealed class Corpus
    {
        public required Dictionary<string, JsonElement> Flask { get; init; }

        public required Dictionary<string, JsonElement> Cases { get; init; }

        public static Corpus Load()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "FlaskParity");
            var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json"))).RootElement;
            var values = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "csharp-values.json"))).RootElement;
            return new Corpus
            {
                Flask = results.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!),
                Cases = values.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!),
            };
        }
    }
}
