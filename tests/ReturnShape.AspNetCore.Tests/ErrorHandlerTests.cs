using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static ReturnShape.AspNetCore.Tests.HttpAssert;
using static ReturnShape.Responses;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>Flask's error handlers: by code and by exception type, on the app and on route groups, their values coerced like a view's.</summary>
public sealed class ErrorHandlerTests
{
    private const string ViewLogCategory = "ReturnShape.AspNetCore.Views";

    [Fact]
    public async Task A_code_handler_answers_abort_and_its_bare_string_is_a_200_as_in_flask()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, (e, _) => "custom: " + e.Description);
            a.MapView("/v", object () => throw Abort(404, "no such song"));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("custom: no such song", await Body(response));
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task A_handler_keeps_the_code_with_a_tuple_and_sends_json()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, (e, _) => (Json(new Dictionary<string, object> { ["error"] = e.Name, ["code"] = e.Code }), e.Code));
            a.MapView("/v", object () => throw new HttpException(404));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", Header(response, "Content-Type"));
        Assert.Equal("{\"code\":404,\"error\":\"Not Found\"}\n", await Body(response));
    }

    [Fact]
    public async Task A_type_handler_catches_subclasses_and_the_most_specific_type_wins_whatever_the_order()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler<ApiError>((e, _) => ("api: " + e.Message, 400));
            a.ErrorHandler<NotAllowedError>((e, _) => ("not allowed: " + e.Message, 403));
            a.MapView("/api", object () => throw new ApiError("bad input"));
            a.MapView("/allowed", object () => throw new NotAllowedError("admins only"));
            a.MapView("/quota", object () => throw new QuotaError("too many"));
        });
        var api = await app.Client.GetAsync("/api");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("api: bad input", await Body(api));
        var allowed = await app.Client.GetAsync("/allowed");
        Assert.Equal(HttpStatusCode.Forbidden, allowed.StatusCode);
        Assert.Equal("not allowed: admins only", await Body(allowed));

        // QuotaError derives from NotAllowedError: its nearest base class with a handler answers.
        Assert.Equal("not allowed: too many", await Body(await app.Client.GetAsync("/quota")));
    }

    [Fact]
    public async Task Code_handlers_come_before_type_handlers_in_every_scope()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler<HttpException>((e, _) => ("app HttpException " + e.Code, e.Code));
            a.ErrorHandler(404, (_, _) => ("app 404", 404));
            var api = a.MapGroup("/api");
            api.ErrorHandler<HttpException>((e, _) => ("group HttpException " + e.Code, e.Code));
            api.MapView("/missing", object () => throw Abort(404));
            api.MapView("/gone", object () => throw Abort(410));
            a.MapView("/gone", object () => throw Abort(410));
        });

        // The app's code handler beats the group's HttpException handler (Flask: lookup_app_code_beats_bp_class).
        Assert.Equal("app 404", await Body(await app.Client.GetAsync("/api/missing")));
        Assert.Equal("group HttpException 410", await Body(await app.Client.GetAsync("/api/gone")));
        Assert.Equal("app HttpException 410", await Body(await app.Client.GetAsync("/gone")));
    }

    [Fact]
    public async Task A_handler_for_an_HttpException_subclass_beats_the_code_handler_of_its_scope()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, (_, _) => ("any 404", 404));
            a.ErrorHandler<SongNotFound>((e, _) => ("song " + e.Id + " not found", 404));
            a.MapView("/song", object () => throw new SongNotFound(7));
            a.MapView("/other", object () => throw Abort(404));
        });
        Assert.Equal("song 7 not found", await Body(await app.Client.GetAsync("/song")));
        Assert.Equal("any 404", await Body(await app.Client.GetAsync("/other")));
    }

    [Fact]
    public async Task Group_handlers_come_first_and_stay_in_their_group()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, (_, _) => ("app 404", 404));
            var outer = a.MapGroup("/outer");
            var inner = outer.MapGroup("/inner");
            inner.MapView("/v", object () => throw Abort(404));
            outer.MapView("/v", object () => throw Abort(404));
            a.MapView("/v", object () => throw Abort(404));

            // Registered after the views were mapped: still theirs.
            outer.ErrorHandler(404, (_, _) => ("outer 404", 404));
            inner.ErrorHandler(404, (_, _) => ("first inner 404", 404));
            inner.ErrorHandler(404, (_, _) => ("inner 404", 404));
        });
        Assert.Equal("inner 404", await Body(await app.Client.GetAsync("/outer/inner/v")));
        Assert.Equal("outer 404", await Body(await app.Client.GetAsync("/outer/v")));
        Assert.Equal("app 404", await Body(await app.Client.GetAsync("/v")));
    }

    [Fact]
    public async Task An_Exception_handler_catches_http_errors_too()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler<Exception>((e, _) => "caught " + e.GetType().Name);
            a.MapView("/v", object () => throw Abort(404));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("caught HttpException", await Body(response));
    }

    [Fact]
    public async Task Abort_with_a_response_skips_the_handlers()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(403, (_, _) => "403 handler");
            a.ErrorHandler<HttpException>((_, _) => "HttpException handler");
            a.MapView("/v", object () => throw Abort(new Response("denied", 403, mimetype: "text/plain")));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("denied", await Body(response));
        Assert.Equal("text/plain; charset=utf-8", Header(response, "Content-Type"));
    }

    [Fact]
    public async Task An_unhandled_exception_reaches_the_500_handler_with_the_exception_inside_and_is_logged()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(500, (e, _) => ("handled " + e.InnerException!.GetType().Name + ": " + e.InnerException.Message, 500));
            a.MapView("/v", object () => throw new InvalidOperationException("boom"));
        }, environment: "Production");
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("handled InvalidOperationException: boom", await Body(response));
        var entry = Assert.Single(app.Errors);
        Assert.Equal(ViewLogCategory, entry.Category);
        Assert.Equal("UnhandledException", entry.EventId.Name);
        Assert.Equal("Exception on route '/v' [GET]; the 500 error handler '500' answers it.", entry.Message);
        Assert.Equal("boom", entry.Exception!.Message);
    }

    [Fact]
    public async Task Without_a_500_handler_other_exceptions_stay_aspnetcore_business()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, (_, _) => "not this one");
            a.ErrorHandler<ArgumentException>((_, _) => "nor this one");
            a.MapView("/v", object () => throw new InvalidOperationException("boom"));
        }, environment: "Production");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Client.GetAsync("/v"));
        Assert.Equal("boom", error.Message);
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Category == ViewLogCategory);
    }

    [Fact]
    public async Task An_exception_a_handler_raises_goes_to_the_500_handler()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, object? (_, _) => throw new InvalidOperationException("handler failed"));
            a.ErrorHandler(500, (e, _) => ("500: " + e.InnerException!.Message, 500));
            a.MapView("/v", object () => throw Abort(404));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("500: handler failed", await Body(response));
    }

    [Fact]
    public async Task An_invalid_view_return_reaches_the_500_handler_and_keeps_its_log_entry()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(500, (e, _) => ("500: " + ((InvalidViewReturnException)e.InnerException!).RuleId, 500));
            a.MapView("/v", () => (object?)null);
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("500: VRS0001", await Body(response));
        Assert.Equal("InvalidViewReturn", Assert.Single(app.Errors).EventId.Name);
    }

    [Fact]
    public async Task The_500_handler_answers_a_stream_that_failed_before_its_first_chunk_without_its_headers()
    {
        static IEnumerable<object> FirstChunkIsANumber()
        {
            yield return 1;
        }

        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(500, (e, _) => ("500: " + ((InvalidViewReturnException)e.InnerException!).RuleId, 500));
            a.MapView("/v", () => (FirstChunkIsANumber(), new Dictionary<string, string> { ["X-View"] = "1", ["Content-Type"] = "text/csv" }));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("500: VRS0014", await Body(response));
        Assert.Null(Header(response, "X-View"));
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
    }

    public static TheoryData<string, Action<WebApplication>> BadHandlers => new()
    {
        { "The error handler '404' did not return a valid response: it returned null (VRS0001).", a => a.ErrorHandler(404, (_, _) => null) },
        { "The error handler 'ValueIsANumber' did not return a valid response: it returned the int 404 (VRS0002).", a => a.ErrorHandler(404, ValueIsANumber) },
        { "The error handler 'ArgumentException' did not return a valid response: the tuple's body is null (VRS0006).", a => a.ErrorHandler<ArgumentException>((_, _) => ((string?)null, 400)) },
        { "The error handler '500' did not return a valid response: the status 1000 is outside 100..599 (VRS0007).", a => a.ErrorHandler(500, (_, _) => ("x", 1000)) },
    };

    [Theory]
    [MemberData(nameof(BadHandlers))]
    public async Task A_bad_value_from_a_handler_is_the_rules_error_naming_the_handler(string message, Action<WebApplication> register)
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            register(a);
            a.MapView("/abort", object () => throw Abort(404));
            a.MapView("/argument", object () => throw new ArgumentException("bad"));
            a.MapView("/crash", object () => throw new InvalidOperationException("boom"));
        });
        var path = message.Contains("'ArgumentException'") ? "/argument" : message.Contains("'500'") ? "/crash" : "/abort";
        var response = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith(message, await Body(response));
        var entry = Assert.Single(app.Errors, e => e.EventId.Name == "InvalidViewReturn");
        Assert.StartsWith(message[..message.IndexOf(" did not", StringComparison.Ordinal)] + " on route '" + path + "' did not return a valid response (VRS", entry.Message);
    }

    [Fact]
    public async Task In_production_a_bad_handler_value_is_werkzeugs_500_page_as_in_flask()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, (_, _) => null);
            a.MapView("/v", object () => throw Abort(404));
        }, environment: "Production");
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<title>500 Internal Server Error</title>", await Body(response));
        Assert.Equal("VRS0001", ((InvalidViewReturnException)Assert.Single(app.Errors).Exception!).RuleId);
    }

    [Fact]
    public async Task Handler_responses_go_through_the_after_request_hooks()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest((response, _) => response.SetCookie("seen", "1"));
            a.ErrorHandler(404, (_, _) => ("custom", 404));
            a.MapView("/v", object () => throw Abort(404));
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal("custom", await Body(response));
        Assert.StartsWith("seen=1", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task A_500_handler_whose_hooks_fail_sends_its_response_as_the_hooks_before_left_it()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.AfterRequest((_, _) => throw new InvalidOperationException("hook failed"));
            a.AfterRequest((response, _) =>
            {
                response.Headers.Add("X-Ran", "yes");
                return response;
            });
            a.ErrorHandler(500, (_, _) => ("handled", 500));
            a.MapView("/v", () => "fine");
        });
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("handled", await Body(response));
        Assert.Equal("yes", Header(response, "X-Ran"));
        Assert.Equal(new[] { "UnhandledException", "ErrorHandlerResponseHookFailed" }, app.Errors.Select(e => e.EventId.Name));
    }

    [Fact]
    public async Task An_async_handler_and_an_IResult_value()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.ErrorHandler(404, async (e, _) =>
            {
                await Task.Yield();
                return (e.Description, 404);
            });
            a.ErrorHandler<ArgumentException>((e, _) => Results.Problem(e.Message, statusCode: 400));
            a.MapView("/missing", object () => throw Abort(404, "nothing here"));
            a.MapView("/problem", object () => throw new ArgumentException("bad argument"));
        });
        var missing = await app.Client.GetAsync("/missing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("nothing here", await Body(missing));
        var problem = await app.Client.GetAsync("/problem");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal("application/problem+json", Header(problem, "Content-Type"));
    }

    [Fact]
    public void A_handler_is_for_an_error_status()
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => app.ErrorHandler(302, (_, _) => "no"));
        Assert.Throws<ArgumentOutOfRangeException>(() => app.ErrorHandler(600, (_, _) => "no"));
    }

    private static object? ValueIsANumber(HttpException error, HttpContext context) => error.Code;

    private class ApiError : Exception
    {
        public ApiError(string message)
            : base(message)
        {
        }
    }

    private class NotAllowedError : ApiError
    {
        public NotAllowedError(string message)
            : base(message)
        {
        }
    }

    private sealed class QuotaError : NotAllowedError
    {
        public QuotaError(string message)
            : base(message)
        {
        }
    }

    private sealed class SongNotFound : HttpException
    {
        public SongNotFound(int id)
            : base(404) => Id = id;

        public int Id { get; }
    }
}
