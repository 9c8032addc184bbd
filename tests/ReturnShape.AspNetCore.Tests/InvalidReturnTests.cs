using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>An invalid return value: a 500, exactly one log entry naming view, route and rule, no half responses.</summary>
public sealed class InvalidReturnTests
{
    public static TheoryData<string, Delegate> InvalidViews => new()
    {
        { "VRS0001", () => (object?)null },
        { "VRS0002", () => 123 },
        { "VRS0002", () => true },
        { "VRS0002", () => 'x' },
        { "VRS0002", () => DayOfWeek.Monday },
        { "VRS0003", () => new { Name = "anonymous" } },
        { "VRS0003", () => new NewItem("a record", 1) },
        { "VRS0006", () => (("nested", 200), 200) },
        { "VRS0003", () => DateTime.UnixEpoch },
        { "VRS0003", () => new HashSet<string> { "a" } },
        { "VRS0003", object () => Task.FromResult("not awaited") },
        { "VRS0004", () => ("a", 200, new Dictionary<string, string>(), "extra") },
        { "VRS0005", () => ("ok", new Dictionary<string, string>(), 200) },
        { "VRS0006", () => ((string?)null, 404) },
        { "VRS0007", () => ("ok", 1000) },
        { "VRS0007", () => ("ok", 2.5) },
        { "VRS0007", () => ("ok", "custom-header") },
        { "VRS0008", () => ("ok", new Dictionary<string, string> { ["X-Bad"] = "a\r\nInjected: 1" }) },
        { "VRS0008", () => ("ok", new Dictionary<string, string> { ["Bad Name"] = "v" }) },

        // Refused before any header is sent: a 500, not a cut-off stream.
        { "VRS0014", () => Enumerable.Range(1, 3) },
    };

    [Theory]
    [MemberData(nameof(InvalidViews))]
    public async Task Invalid_return_is_a_500_with_one_log_entry(string ruleId, Delegate view)
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/items/{id}", view));
        var response = await app.Client.GetAsync("/items/3");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await Body(response);
        Assert.Contains($"({ruleId})", body);
        Assert.Contains("'/items/{id}'", body);
        var entry = Assert.Single(app.Errors);
        Assert.Equal(ViewLogCategory, entry.Category);
        Assert.Equal("InvalidViewReturn", entry.EventId.Name);
        Assert.Contains(ruleId, entry.Message);
        Assert.Contains("/items/{id}", entry.Message);
        Assert.Equal(ruleId, Assert.IsType<InvalidViewReturnException>(entry.Exception).RuleId);
    }

    [Fact]
    public async Task Log_entry_and_message_name_the_method_view()
    {
        static object? Broken() => null;

        await using var app = await TestApp.StartAsync(a => a.MapGroup("/api").MapView("/broken/{id:int}", Broken));
        var response = await app.Client.GetAsync("/api/broken/5");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("The view 'Broken' did not return a valid response", await Body(response));
        var entry = Assert.Single(app.Errors);
        Assert.Equal("The view 'Broken' on route '/api/broken/{id:int}' did not return a valid response (VRS0001).", entry.Message);
    }

    [Fact]
    public async Task Endpoint_name_is_the_view_name()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () => 42).WithName("answer"));
        var response = await app.Client.GetAsync("/v");
        Assert.Contains("The view 'answer'", await Body(response));
    }

    [Fact]
    public async Task Void_view_returned_nothing()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.MapView("/sync", (HttpContext _) => { });
            a.MapView("/async", async (HttpContext _) => await Task.Yield());
        });
        foreach (var path in new[] { "/sync", "/async" })
        {
            var response = await app.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("(VRS0001)", await Body(response));
        }

        Assert.Equal(2, app.Errors.Count);
    }

    [Fact]
    public async Task Explicit_make_response_inside_the_view_names_the_view()
    {
        static Response Explicit() => Responses.MakeResponse("ok", 99);

        await using var app = await TestApp.StartAsync(a => a.MapView("/v", Explicit));
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("The view 'Explicit'", await Body(response));
        Assert.Contains("(VRS0007)", await Body(response));
        Assert.Single(app.Errors);
    }

    [Fact]
    public async Task Production_keeps_the_message_out_of_the_body()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () => (object?)null), environment: "Production");
        var response = await app.Client.GetAsync("/v");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await Body(response);
        Assert.DoesNotContain("VRS0001", body);
        Assert.DoesNotContain("did not return", body);
        Assert.Contains("Internal Server Error", body);
        Assert.Contains("VRS0001", Assert.Single(app.Errors).Message);
    }

    [Fact]
    public async Task Invalid_first_stream_chunk_is_a_clean_500()
    {
        static IEnumerable<object> Chunks()
        {
            yield return 42;
        }

        await using var app = await TestApp.StartAsync(a => a.MapView("/v", Chunks));
        var response = await app.Client.GetAsync("/v");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("(VRS0014)", await Body(response));
        Assert.StartsWith("text/plain", Header(response, "Content-Type"));
        Assert.Equal("VRS0014", ((InvalidViewReturnException)Assert.Single(app.Errors).Exception!).RuleId);
    }

    [Fact]
    public async Task Invalid_chunk_after_the_response_started_aborts_instead_of_ending_cleanly()
    {
        static IEnumerable<object> Chunks()
        {
            yield return "partial,";
            yield return 42;
        }

        await using var app = await TestApp.StartAsync(a => a.MapView("/v", Chunks));
        var response = await app.Client.GetAsync("/v", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStreamAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => new StreamReader(body).ReadToEndAsync());
        Assert.Equal("VRS0014", ((InvalidViewReturnException)Assert.Single(app.Errors).Exception!).RuleId);
    }

    [Fact]
    public async Task Other_exceptions_stay_aspnetcore_business()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", object () => throw new InvalidOperationException("boom")), environment: "Production");

        // TestServer hands an exception the app did not handle to the client.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Client.GetAsync("/v"));
        Assert.Equal("boom", error.Message);
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Category == ViewLogCategory);
    }

    private const string ViewLogCategory = "ReturnShape.AspNetCore.Views";
}
