using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>Flask's teardown_request: after the response, in Flask's order, with the exception that went unhandled.</summary>
public sealed class TeardownTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>A trace, and a signal from the teardown function registered first on the app, which runs last.</summary>
    private sealed class Trace
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(string entry) => _entries.Enqueue(entry);

        public async Task<string[]> AfterTeardownAsync()
        {
            await Done.Task.WaitAsync(Patience);
            return _entries.ToArray();
        }

        public void RegisterLast(WebApplication app) => app.TeardownRequest((_, _) => Done.TrySetResult());

        public Action<Exception?, HttpContext> Step(string name) =>
            (exception, _) => Add(name + " " + (exception is null ? "null" : exception.GetType().Name + ": " + exception.Message));
    }

    [Fact]
    public async Task Functions_run_after_the_hooks_innermost_group_first_each_in_reverse_order_with_no_exception()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest(trace.Step("app1")).TeardownRequest(trace.Step("app2"));
            var outer = a.MapGroup("/outer").TeardownRequest(trace.Step("outer"));
            var inner = outer.MapGroup("/inner").TeardownRequest(trace.Step("inner1")).TeardownRequest(trace.Step("inner2"));
            a.AfterRequest((response, _) =>
            {
                trace.Add("after");
                return response;
            });
            inner.MapView("/v", () =>
            {
                trace.Add("view");
                return "page";
            });
        });
        Assert.Equal("page", await Body(await app.Client.GetAsync("/outer/inner/v")));
        Assert.Equal(new[] { "view", "after", "inner2 null", "inner1 null", "outer null", "app2 null", "app1 null" }, await trace.AfterTeardownAsync());
    }

    [Fact]
    public async Task A_handled_exception_is_not_passed_on()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest(trace.Step("teardown"));
            a.ErrorHandler<ArgumentException>((_, _) => ("handled", 400));
            a.MapView("/handled", object () => throw new ArgumentException("bad"));
        });
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.GetAsync("/handled")).StatusCode);
        Assert.Equal(new[] { "teardown null" }, await trace.AfterTeardownAsync());
    }

    [Fact]
    public async Task The_unhandled_exception_is_passed_on_when_the_500_handler_answered()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest(trace.Step("teardown"));
            a.ErrorHandler(500, (_, _) => ("handled", 500));
            a.MapView("/v", object () => throw new InvalidOperationException("boom"));
        });
        Assert.Equal("handled", await Body(await app.Client.GetAsync("/v")));
        Assert.Equal(new[] { "teardown InvalidOperationException: boom" }, await trace.AfterTeardownAsync());
    }

    [Fact]
    public async Task An_exception_leaving_for_aspnetcore_is_passed_on_before_it_leaves()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest(trace.Step("teardown"));
            a.MapView("/v", object () => throw new InvalidOperationException("boom"));
        }, environment: "Production");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Client.GetAsync("/v"));
        Assert.Equal(new[] { "teardown InvalidOperationException: boom" }, await trace.AfterTeardownAsync());
    }

    [Fact]
    public async Task An_invalid_value_is_passed_on()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest((exception, _) => trace.Add(((InvalidViewReturnException)exception!).RuleId));
            a.MapView("/v", () => 42);
        });
        Assert.Equal(HttpStatusCode.InternalServerError, (await app.Client.GetAsync("/v")).StatusCode);
        Assert.Equal(new[] { "VRS0002" }, await trace.AfterTeardownAsync());
    }

    [Fact]
    public async Task A_failing_function_is_logged_and_the_others_still_run()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest(trace.Step("first registered"));
            a.TeardownRequest(CloseConnection);
            a.MapView("/v", () => "page");
        });
        Assert.Equal("page", await Body(await app.Client.GetAsync("/v")));
        Assert.Equal(new[] { "first registered null" }, await trace.AfterTeardownAsync());
        var entry = Assert.Single(app.Errors);
        Assert.Equal("TeardownFailed", entry.EventId.Name);
        Assert.Equal("The teardown function 'CloseConnection' failed on route '/v'; the other teardown functions still ran.", entry.Message);
    }

    [Fact]
    public async Task An_async_function()
    {
        var trace = new Trace();
        await using var app = await TestApp.StartAsync(a =>
        {
            trace.RegisterLast(a);
            a.TeardownRequest(async (exception, _) =>
            {
                await Task.Yield();
                trace.Add("async " + (exception is null));
            });
            a.MapView("/v", () => "page");
        });
        await app.Client.GetAsync("/v");
        Assert.Equal(new[] { "async True" }, await trace.AfterTeardownAsync());
    }

    [Fact]
    public async Task On_kestrel_the_functions_run_after_the_response_was_sent()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var trace = new Trace();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        trace.RegisterLast(app);
        app.TeardownRequest(async (_, _) =>
        {
            // Waits for the test to have read the whole response: the response cannot wait for it.
            await release.Task.WaitAsync(Patience);
            trace.Add("teardown");
        });
        app.MapView("/v", () => "page");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(Assert.Single(app.Urls)) };

        var response = await client.GetAsync("/v");
        Assert.Equal("page", await Body(response));
        Assert.False(trace.Done.Task.IsCompleted);
        release.SetResult();
        Assert.Equal(new[] { "teardown" }, await trace.AfterTeardownAsync());
        await app.StopAsync();
    }

    private static void CloseConnection(Exception? exception, HttpContext context) => throw new InvalidOperationException("already closed");
}
