using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>Flask's after_request / after_this_request hooks, in Flask's order.</summary>
public sealed class AfterRequestTests
{
    private static Func<Response, HttpContext, Response> Trace(string name) =>
        (response, _) =>
        {
            response.Headers.Add("X-Trace", name);
            return response;
        };

    private static List<string> TraceOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Trace", out var values) ? values.ToList() : new List<string>();

    [Fact]
    public async Task App_hook_adds_headers_the_view_never_set()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest((response, _) =>
            {
                response.Headers.Set("X-Content-Type-Options", "nosniff");
                return response;
            });
            a.MapView("/v", () => "page");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("page", await Body(response));
    }

    [Fact]
    public async Task App_hook_registered_after_the_view_still_applies()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.MapView("/v", () => "page");
            a.AfterRequest(Trace("late"));
        });
        Assert.Equal(new[] { "late" }, TraceOf(await app.Client.GetAsync("/v")));
    }

    [Fact]
    public async Task Hooks_run_this_request_first_then_groups_inside_out_then_app_each_in_reverse()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest(Trace("app1")).AfterRequest(Trace("app2"));
            var outer = a.MapGroup("/outer").AfterRequest(Trace("outer1")).AfterRequest(Trace("outer2"));
            var inner = outer.MapGroup("/inner").AfterRequest(Trace("inner1"));
            inner.MapView("/v", (HttpContext context) =>
            {
                context.AfterThisRequest(response =>
                {
                    response.Headers.Add("X-Trace", "this1");
                    return response;
                });
                context.AfterThisRequest(response =>
                {
                    response.Headers.Add("X-Trace", "this2");
                    return response;
                });
                return "ok";
            });
            inner.AfterRequest(Trace("inner2"));
        });
        var response = await app.Client.GetAsync("/outer/inner/v");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { "this1", "this2", "inner2", "inner1", "outer2", "outer1", "app2", "app1" }, TraceOf(response));
    }

    [Fact]
    public async Task Group_hooks_stay_in_their_group()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.MapGroup("/api").AfterRequest(Trace("api")).MapView("/v", () => "in");
            a.MapView("/v", () => "out");
        });
        Assert.Equal(new[] { "api" }, TraceOf(await app.Client.GetAsync("/api/v")));
        Assert.Empty(TraceOf(await app.Client.GetAsync("/v")));
    }

    [Fact]
    public async Task Hook_can_replace_the_response()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest((response, context) => context.Request.Query.ContainsKey("maintenance") ? Responses.MakeResponse("down", 503) : response);
            a.MapView("/v", () => "up");
        });
        var replaced = await app.Client.GetAsync("/v?maintenance=1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, replaced.StatusCode);
        Assert.Equal("down", await Body(replaced));
        Assert.Equal("up", await Body(await app.Client.GetAsync("/v")));
    }

    [Fact]
    public async Task Hooks_see_abort_responses()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest(Trace("app"));
            a.MapView("/v", object () => throw Responses.Abort(404));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(new[] { "app" }, TraceOf(response));
    }

    [Fact]
    public async Task Hooks_run_on_the_500_of_an_invalid_return()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest(Trace("app"));
            a.MapView("/v", () => (object?)null);
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(new[] { "app" }, TraceOf(response));
    }

    [Fact]
    public async Task Hook_failing_on_the_500_is_logged_and_the_500_sent_without_hooks()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest(Trace("outer"));
            a.AfterRequest((response, _) => response.StatusCode == 500 ? throw new InvalidOperationException("hook broke") : response);
            a.MapView("/v", () => (object?)null);
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("(VRS0001)", await Body(response));
        Assert.Empty(TraceOf(response));
        Assert.Equal(new[] { "InvalidViewReturn", "ErrorResponseHookFailed" }, app.Errors.Select(e => e.EventId.Name));
        Assert.Equal("hook broke", app.Errors[1].Exception!.Message);
    }

    [Fact]
    public async Task A_hook_returning_null_is_the_null_rules_error_naming_the_hook()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest(Forgetful);
            a.MapView("/v", () => "page");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("The after-request hook 'Forgetful' did not return a valid response: it returned null instead of a Response (the one it was given, or another) (VRS0001).", await Body(response));
        Assert.Equal(new[] { "InvalidViewReturn", "ErrorResponseHookFailed" }, app.Errors.Select(e => e.EventId.Name));
        Assert.Equal("The after-request hook 'Forgetful' on route '/v' did not return a valid response (VRS0001).", app.Errors[0].Message);
    }

    [Fact]
    public async Task Hooks_do_not_touch_IResult_returns()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest(Trace("app"));
            a.MapView("/v", () => Results.Ok("aspnet"));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(TraceOf(response));
    }

    private static Response Forgetful(Response response, HttpContext context) => null!;

    [Fact]
    public async Task AfterThisRequest_outside_a_view_is_refused()
    {
        var context = new DefaultHttpContext();
        var error = Assert.Throws<InvalidOperationException>(() => context.AfterThisRequest(response => response));
        Assert.Contains("AfterThisRequest", error.Message);
    }
}
