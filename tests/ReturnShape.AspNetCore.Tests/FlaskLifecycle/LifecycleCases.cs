using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static ReturnShape.Responses;

namespace ReturnShape.AspNetCore.Tests.FlaskLifecycle;

/// <summary>
/// The 40 Flask lifecycle cases of ../shared/flask-parity/lifecycle/lifecycle-cases.json, each
/// rebuilt in C#: the same functions registered in the same order, appending the same strings to
/// the trace (Python's type names spelled by <see cref="Py.Name"/>). A Flask blueprint is a route
/// group; <c>raise ValueError</c> throws the <see cref="ValueError"/> below.
/// </summary>
internal static class LifecycleCases
{
    public static readonly IReadOnlyDictionary<string, Action<WebApplication, LifecycleTrace>> All = new Dictionary<string, Action<WebApplication, LifecycleTrace>>
    {
        // ---- what an error handler returns ----
        ["eh_code_str"] = (app, trace) =>
        {
            app.MapView("/", AbortingView(trace, 404));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return "custom not found";
            });
        },
        ["eh_code_dict"] = (app, trace) =>
        {
            app.MapView("/", AbortingView(trace, 404));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return new Dictionary<string, object> { ["error"] = "not found", ["code"] = e.Code };
            });
        },
        ["eh_code_tuple_status"] = (app, trace) =>
        {
            app.MapView("/", AbortingView(trace, 404));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return ("custom not found", 404);
            });
        },
        ["eh_code_response"] = (app, trace) =>
        {
            app.MapView("/", AbortingView(trace, 404));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return new Response("custom not found", 404, mimetype: "text/plain");
            });
        },
        ["eh_code_none"] = (app, trace) =>
        {
            app.MapView("/", AbortingView(trace, 404));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return null;
            });
        },
        ["eh_class_str"] = (app, trace) =>
        {
            app.MapView("/", RaisingView(trace));
            app.ErrorHandler<ValueError>((e, _) =>
            {
                trace.Add("handler(ValueError):" + Py.Name(e));
                return "handled: " + e.Message;
            });
        },
        ["eh_class_tuple_status"] = (app, trace) =>
        {
            app.MapView("/", RaisingView(trace));
            app.ErrorHandler<ValueError>((e, _) =>
            {
                trace.Add("handler(ValueError):" + Py.Name(e));
                return ("handled: " + e.Message, 400);
            });
        },
        ["eh_class_tuple_status_headers"] = (app, trace) =>
        {
            app.MapView("/", RaisingView(trace));
            app.ErrorHandler<ValueError>((e, _) =>
            {
                trace.Add("handler(ValueError):" + Py.Name(e));
                return ("handled: " + e.Message, 422, new Dictionary<string, string> { ["X-Error"] = "value" });
            });
        },
        ["eh_class_response"] = (app, trace) =>
        {
            app.MapView("/", RaisingView(trace));
            app.ErrorHandler<ValueError>((e, _) =>
            {
                trace.Add("handler(ValueError):" + Py.Name(e));
                return new Response("handled: " + e.Message, 400, mimetype: "text/plain");
            });
        },
        ["eh_class_int"] = (app, trace) =>
        {
            app.MapView("/", RaisingView(trace));
            app.ErrorHandler<ValueError>((e, _) =>
            {
                trace.Add("handler(ValueError):" + Py.Name(e));
                return 500;
            });
        },

        // ---- which handler ----
        ["lookup_mro_most_specific"] = (app, trace) =>
        {
            app.ErrorHandler<LookupError>((e, _) =>
            {
                trace.Add("handler(LookupError):" + Py.Name(e));
                return ("lookup handler", 400);
            });
            app.ErrorHandler<KeyError>((e, _) =>
            {
                trace.Add("handler(KeyError):" + Py.Name(e));
                return ("key handler", 400);
            });
            app.MapView("/", object () =>
            {
                trace.Add("view");
                throw new KeyError("k");
            });
        },
        ["lookup_code_before_httpexception"] = (app, trace) =>
        {
            app.ErrorHandler<HttpException>((e, _) =>
            {
                trace.Add("handler(HTTPException):" + Py.Name(e));
                return ("generic " + e.Code, e.Code);
            });
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return ("specific 404", 404);
            });
            app.MapView("/", AbortingView(trace, 404));
        },
        ["lookup_exception_catches_http"] = (app, trace) =>
        {
            app.ErrorHandler<Exception>((e, _) =>
            {
                trace.Add("handler(Exception):" + Py.Name(e));
                return "caught " + Py.Name(e);
            });
            app.MapView("/", AbortingView(trace, 404));
        },
        ["lookup_exception_before_500"] = (app, trace) =>
        {
            app.ErrorHandler(500, (e, _) =>
            {
                trace.Add("handler(500):" + Py.Name(e) + " original=" + Py.Name(e.InnerException));
                return ("500 handler", 500);
            });
            app.ErrorHandler<Exception>((e, _) =>
            {
                trace.Add("handler(Exception):" + Py.Name(e));
                return ("exception handler", 503);
            });
            app.MapView("/", RaisingView(trace));
        },
        ["lookup_bp_before_app"] = (app, trace) =>
        {
            var bp = app.MapGroup("/bp");
            bp.ErrorHandler(404, (e, _) =>
            {
                trace.Add("bp handler(404):" + Py.Name(e));
                return ("blueprint 404", 404);
            });
            bp.MapView("/page", AbortingView(trace, 404, "bp view"));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("app handler(404):" + Py.Name(e));
                return ("app 404", 404);
            });
        },
        ["lookup_app_code_beats_bp_class"] = (app, trace) =>
        {
            var bp = app.MapGroup("/bp");
            bp.ErrorHandler<HttpException>((e, _) =>
            {
                trace.Add("bp handler(HTTPException):" + Py.Name(e));
                return ("blueprint HTTPException", e.Code);
            });
            bp.MapView("/page", AbortingView(trace, 404, "bp view"));
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("app handler(404):" + Py.Name(e));
                return ("app 404", 404);
            });
        },
        ["lookup_custom_http_exception_code"] = (app, trace) =>
        {
            app.ErrorHandler(418, (e, _) =>
            {
                trace.Add("handler(418):" + Py.Name(e));
                return ("handled 418", 418);
            });
            app.MapView("/", object () =>
            {
                trace.Add("view");
                throw new Teapot();
            });
        },
        ["lookup_raise_notfound"] = (app, trace) =>
        {
            app.ErrorHandler(404, (e, _) =>
            {
                trace.Add("handler(404):" + Py.Name(e));
                return (e.Description, e.Code);
            });
            app.MapView("/", object () =>
            {
                trace.Add("view");
                throw new HttpException(404, "no such widget");
            });
        },
        ["lookup_abort_response_skips_handlers"] = (app, trace) =>
        {
            app.ErrorHandler(403, (_, _) =>
            {
                trace.Add("handler(403)");
                return ("403 handler", 403);
            });
            app.ErrorHandler<HttpException>((_, _) =>
            {
                trace.Add("handler(HTTPException)");
                return ("HTTPException handler", 500);
            });
            app.MapView("/", object () =>
            {
                trace.Add("view");
                throw Abort(new Response("denied", 403, mimetype: "text/plain"));
            });
        },

        // ---- nothing handled it ----
        ["unhandled_404_default"] = (app, trace) => app.MapView("/", AbortingView(trace, 404)),
        ["unhandled_error_default_500"] = (app, trace) =>
        {
            app.AfterRequest((response, _) =>
            {
                trace.Add("after:" + response.Status);
                response.Headers["X-After"] = "ran";
                return response;
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception)));
            app.MapView("/", RaisingView(trace));
        },
        ["unhandled_error_500_handler"] = (app, trace) =>
        {
            app.ErrorHandler(500, (e, _) =>
            {
                trace.Add("handler(500):" + Py.Name(e) + " original=" + Py.Name(e.InnerException));
                return ("handled " + Py.Name(e.InnerException), 500);
            });
            app.MapView("/", RaisingView(trace));
        },
        ["unhandled_error_testing_propagates"] = (app, trace) =>
        {
            app.ErrorHandler(500, (e, _) =>
            {
                trace.Add("handler(500):" + Py.Name(e) + " original=" + Py.Name(e.InnerException));
                return ("handled", 500);
            });
            app.MapView("/", RaisingView(trace));
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception)));
        },
        ["propagate_false_overrides_testing"] = (app, trace) =>
        {
            app.ErrorHandler(500, (e, _) =>
            {
                trace.Add("handler(500):" + Py.Name(e) + " original=" + Py.Name(e.InnerException));
                return ("handled", 500);
            });
            app.MapView("/", RaisingView(trace));
        },

        // ---- before_request ----
        ["before_none_continues"] = (app, trace) =>
        {
            app.BeforeRequest(_ =>
            {
                trace.Add("before");
                return null;
            });
            app.MapView("/", TextView(trace, "from view"));
            app.AfterRequest(MarkAfter(trace, "after"));
        },
        ["before_value_short_circuits"] = (app, trace) =>
        {
            app.BeforeRequest(_ =>
            {
                trace.Add("before");
                return "from before";
            });
            app.MapView("/", TextView(trace, "from view"));
            app.AfterRequest(MarkAfter(trace, "after"));
        },
        ["before_several_order"] = (app, trace) =>
        {
            app.BeforeRequest(_ =>
            {
                trace.Add("before:A");
                return null;
            });
            app.BeforeRequest(_ =>
            {
                trace.Add("before:B");
                return ("stopped at B", 202);
            });
            app.BeforeRequest(_ =>
            {
                trace.Add("before:C");
                return null;
            });
            app.MapView("/", TextView(trace, "from view"));
            app.AfterRequest(MarkAfter(trace, "after"));
        },
        ["before_bp_nested_order"] = (app, trace) =>
        {
            var parent = app.MapGroup("/parent");
            var child = parent.MapGroup("/child");
            app.BeforeRequest(Before(trace, "before:app1"));
            app.BeforeRequest(Before(trace, "before:app2"));
            parent.BeforeRequest(Before(trace, "before:parent"));
            child.BeforeRequest(Before(trace, "before:child"));
            child.MapView("/page", TextView(trace, "child page"));
        },

        // ---- after_request ----
        ["after_order_app"] = (app, trace) =>
        {
            app.AfterRequest(AddAfter(trace, "after:A", "A"));
            app.AfterRequest(AddAfter(trace, "after:B", "B"));
            app.AfterRequest(AddAfter(trace, "after:C", "C"));
            app.MapView("/", TextView(trace, "from view"));
        },
        ["after_order_bp_and_app"] = (app, trace) =>
        {
            var bp = app.MapGroup("/bp");
            app.AfterRequest(AddAfter(trace, "after:appA", "appA"));
            app.AfterRequest(AddAfter(trace, "after:appB", "appB"));
            bp.AfterRequest(AddAfter(trace, "after:bpC", "bpC"));
            bp.AfterRequest(AddAfter(trace, "after:bpD", "bpD"));
            bp.MapView("/page", TextView(trace, "bp page"));
        },
        ["after_this_request_order"] = (app, trace) =>
        {
            app.AfterRequest(AddAfter(trace, "after:A", "A"));
            app.AfterRequest(AddAfter(trace, "after:B", "B"));
            app.MapView("/", (HttpContext context) =>
            {
                trace.Add("view");
                context.AfterThisRequest(response =>
                {
                    trace.Add("after_this_request:first");
                    response.Headers.Add("X-After", "first");
                    return response;
                });
                context.AfterThisRequest(response =>
                {
                    trace.Add("after_this_request:second");
                    response.Headers.Add("X-After", "second");
                    return response;
                });
                return "from view";
            });
        },
        ["after_returns_none"] = (app, trace) =>
        {
            app.AfterRequest((_, _) =>
            {
                trace.Add("after");
                return null!;
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception)));
            app.MapView("/", TextView(trace, "from view"));
        },
        ["after_raises_during_500"] = (app, trace) =>
        {
            app.AfterRequest((response, _) =>
            {
                trace.Add("after:B " + response.Status);
                throw new RuntimeError("after_request failed");
            });
            app.AfterRequest((response, _) =>
            {
                trace.Add("after:A " + response.Status);
                response.Headers.Add("X-After", "A");
                return response;
            });
            app.ErrorHandler(500, (e, _) =>
            {
                trace.Add("handler(500):" + Py.Name(e) + " original=" + Py.Name(e.InnerException));
                return ("handled 500", 500);
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception)));
            app.MapView("/", TextView(trace, "from view"));
        },

        // ---- teardown_request ----
        ["teardown_order"] = (app, trace) =>
        {
            var bp = app.MapGroup("/bp");
            app.TeardownRequest((exception, _) => trace.Add("teardown:appA exc=" + Py.Name(exception)));
            app.TeardownRequest((exception, _) => trace.Add("teardown:appB exc=" + Py.Name(exception)));
            bp.TeardownRequest((exception, _) => trace.Add("teardown:bp exc=" + Py.Name(exception)));
            app.AfterRequest((response, _) =>
            {
                trace.Add("after");
                return response;
            });
            bp.MapView("/page", TextView(trace, "bp page"));
        },
        ["teardown_unhandled_exception"] = (app, trace) =>
        {
            app.ErrorHandler(500, (_, _) =>
            {
                trace.Add("handler(500)");
                return ("handled 500", 500);
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception) + ": " + exception?.Message));
            app.MapView("/", RaisingView(trace));
        },
        ["teardown_propagated_exception"] = (app, trace) =>
        {
            app.AfterRequest((response, _) =>
            {
                trace.Add("after");
                return response;
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception) + ": " + exception?.Message));
            app.MapView("/", RaisingView(trace));
        },

        // ---- handlers that fail ----
        ["handler_raises_to_500_handler"] = (app, trace) =>
        {
            app.ErrorHandler(404, object? (_, _) =>
            {
                trace.Add("handler(404)");
                throw new ValueError("handler failed");
            });
            app.ErrorHandler(500, (e, _) =>
            {
                trace.Add("handler(500):" + Py.Name(e) + " original=" + Py.Name(e.InnerException) + ": " + e.InnerException!.Message);
                return ("handled 500", 500);
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception)));
            app.MapView("/", AbortingView(trace, 404));
        },
        ["handler_raises_testing"] = (app, trace) =>
        {
            app.ErrorHandler(404, object? (_, _) =>
            {
                trace.Add("handler(404)");
                throw new ValueError("handler failed");
            });
            app.MapView("/", AbortingView(trace, 404));
        },
        ["handler_500_raises"] = (app, trace) =>
        {
            app.ErrorHandler(500, object? (_, _) =>
            {
                trace.Add("handler(500)");
                throw new RuntimeError("500 handler failed");
            });
            app.TeardownRequest((exception, _) => trace.Add("teardown exc=" + Py.Name(exception)));
            app.MapView("/", RaisingView(trace));
        },
        ["handler_500_returns_none"] = (app, trace) =>
        {
            app.ErrorHandler(500, (_, _) =>
            {
                trace.Add("handler(500)");
                return null;
            });
            app.MapView("/", RaisingView(trace));
        },
    };

    private static Func<object> AbortingView(LifecycleTrace trace, int code, string name = "view") => () =>
    {
        trace.Add(name);
        throw Abort(code);
    };

    private static Func<object> RaisingView(LifecycleTrace trace) => () =>
    {
        trace.Add("view");
        throw new ValueError("bad value");
    };

    private static Func<string> TextView(LifecycleTrace trace, string text) => () =>
    {
        trace.Add("view");
        return text;
    };

    private static Func<HttpContext, object?> Before(LifecycleTrace trace, string entry) => _ =>
    {
        trace.Add(entry);
        return null;
    };

    private static Func<Response, HttpContext, Response> MarkAfter(LifecycleTrace trace, string entry) => (response, _) =>
    {
        trace.Add(entry);
        response.Headers["X-After"] = "ran";
        return response;
    };

    private static Func<Response, HttpContext, Response> AddAfter(LifecycleTrace trace, string entry, string value) => (response, _) =>
    {
        trace.Add(entry);
        response.Headers.Add("X-After", value);
        return response;
    };
}

/// <summary>Python's ValueError, as the cases raise it.</summary>
internal sealed class ValueError : Exception
{
    public ValueError(string message)
        : base(message)
    {
    }
}

/// <summary>Python's LookupError, KeyError's base class.</summary>
internal class LookupError : Exception
{
    public LookupError(string message)
        : base(message)
    {
    }
}

internal sealed class KeyError : LookupError
{
    public KeyError(string message)
        : base(message)
    {
    }
}

internal sealed class RuntimeError : Exception
{
    public RuntimeError(string message)
        : base(message)
    {
    }
}

/// <summary>The case's <c>class Teapot(HTTPException): code = 418</c>.</summary>
internal sealed class Teapot : HttpException
{
    public Teapot()
        : base(418, "Custom teapot.")
    {
    }
}

/// <summary>The names Python gives what the C# cases see.</summary>
internal static class Py
{
    public static string Name(Exception? exception) => exception switch
    {
        null => "NoneType",

        // Flask's TypeError for a value make_response cannot take is ReturnShape's rule exception.
        InvalidViewReturnException => "TypeError",

        // Werkzeug has one class per code; ReturnShape has HttpException with a code.
        HttpException plain when plain.GetType() == typeof(HttpException) => plain.Code switch
        {
            400 => "BadRequest",
            403 => "Forbidden",
            404 => "NotFound",
            418 => "ImATeapot",
            500 => "InternalServerError",
            _ => "HTTPException",
        },
        _ => exception.GetType().Name,
    };
}
