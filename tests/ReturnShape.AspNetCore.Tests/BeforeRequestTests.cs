using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static ReturnShape.AspNetCore.Tests.HttpAssert;
using static ReturnShape.Responses;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>Flask's before_request: null goes on; a value answers instead of the view, coerced like a view's, hooks included.</summary>
public sealed class BeforeRequestTests
{
    [Fact]
    public async Task Functions_run_app_first_then_groups_outside_in_each_in_registration_order()
    {
        var trace = new List<string>();
        Func<HttpContext, object?> Step(string name) => _ =>
        {
            trace.Add(name);
            return null;
        };

        await using var app = await TestApp.StartAsync(a =>
        {
            var outer = a.MapGroup("/outer").BeforeRequest(Step("outer1"));
            var inner = outer.MapGroup("/inner").BeforeRequest(Step("inner1"));
            inner.MapView("/v", () =>
            {
                trace.Add("view");
                return "page";
            });
            inner.BeforeRequest(Step("inner2"));
            a.BeforeRequest(Step("app1")).BeforeRequest(Step("app2"));
            outer.BeforeRequest(Step("outer2"));
        });
        var response = await app.Client.GetAsync("/outer/inner/v");
        Assert.Equal("page", await Body(response));
        Assert.Equal(new[] { "app1", "app2", "outer1", "outer2", "inner1", "inner2", "view" }, trace);
    }

    [Fact]
    public async Task A_value_answers_instead_of_the_view_and_the_after_request_hooks_still_run()
    {
        var trace = new List<string>();
        await using var app = await TestApp.StartAsync(a =>
        {
            a.BeforeRequest(_ =>
            {
                trace.Add("a");
                return null;
            });
            a.BeforeRequest(_ =>
            {
                trace.Add("b");
                return ("stopped at b", 202);
            });
            a.BeforeRequest(_ =>
            {
                trace.Add("c");
                return null;
            });
            a.AfterRequest((response, _) =>
            {
                trace.Add("after " + response.Status);
                response.Headers.Set("X-After", "ran");
                return response;
            });
            a.MapView("/v", () =>
            {
                trace.Add("view");
                return "from view";
            });
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("stopped at b", await Body(response));
        Assert.Equal("ran", Header(response, "X-After"));
        Assert.Equal(new[] { "a", "b", "after 202 ACCEPTED" }, trace);
    }

    [Fact]
    public async Task A_group_function_guards_only_its_group()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            var api = a.MapGroup("/api");
            api.BeforeRequest(RequireKey);
            api.MapView("/songs", () => new[] { "Take On Me" });
            a.MapView("/", () => "home");
        });
        var refused = await app.Client.GetAsync("/api/songs");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/json", Header(refused, "Content-Type"));
        Assert.Equal("{\"error\":\"an API key is required\"}\n", await Body(refused));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/songs") { Headers = { { "X-Api-Key", "secret" } } };
        Assert.Equal("[\"Take On Me\"]\n", await Body(await app.Client.SendAsync(request)));
        Assert.Equal("home", await Body(await app.Client.GetAsync("/")));
    }

    [Fact]
    public async Task An_async_function()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.BeforeRequest(async context =>
            {
                await Task.Yield();
                return context.Request.Query.ContainsKey("maintenance") ? ("down for maintenance", 503) : null;
            });
            a.MapView("/v", () => "up");
        });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client.GetAsync("/v?maintenance=1")).StatusCode);
        Assert.Equal("up", await Body(await app.Client.GetAsync("/v")));
    }

    [Fact]
    public async Task Abort_in_a_function_reaches_the_error_handlers()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.BeforeRequest(object? (_) => throw Abort(401));
            a.ErrorHandler(401, (e, _) => (Json(new Dictionary<string, object> { ["error"] = e.Name }), 401));
            a.MapView("/v", () => "never");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{\"error\":\"Unauthorized\"}\n", await Body(response));
    }

    [Fact]
    public async Task A_bad_value_is_the_rules_error_naming_the_function()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.BeforeRequest(_ => null);
            a.BeforeRequest(_ => 401);
            a.MapView("/v", () => "never");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("The before-request function 'lambda #2' did not return a valid response: it returned the int 401 (VRS0002).", await Body(response));
        var entry = Assert.Single(app.Errors);
        Assert.Equal("The before-request function 'lambda #2' on route '/v' did not return a valid response (VRS0002).", entry.Message);
    }

    [Fact]
    public async Task A_named_function_is_named_and_may_register_an_after_this_request_hook()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.BeforeRequest(Tagged);
            a.MapView("/v", () => "page");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal("page", await Body(response));
        Assert.Equal("before", Header(response, "X-Tag"));
    }

    private static object? Tagged(HttpContext context)
    {
        context.AfterThisRequest(response =>
        {
            response.Headers.Set("X-Tag", "before");
            return response;
        });
        return null;
    }

    private static object? RequireKey(HttpContext context) =>
        context.Request.Headers["X-Api-Key"] == "secret"
            ? null
            : (Json(new Dictionary<string, string> { ["error"] = "an API key is required" }), 401);
}
