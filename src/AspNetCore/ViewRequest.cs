using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// One request through a view, in the order of Flask's request handling:
/// <list type="number">
/// <item>dispatch (full_dispatch_request): the before-request functions, then — unless one of them
/// returned a value — the view; an exception either raises goes to the error handlers
/// (handle_user_exception), and an HttpException no handler takes becomes its own error page;</item>
/// <item>finalize (finalize_request): the value is coerced, the after-request hooks run, and the
/// response is finalised and written;</item>
/// <item>an exception nothing handled — raised by a view or before-request function with no handler,
/// by an error handler, by the coercion or a hook — takes the 500 path (handle_exception): the 500
/// error handler if one is registered, else the adapter's 500 for an invalid value, else ASP.NET
/// Core's own exception pipeline.</item>
/// </list>
/// Each function's value is coerced inside a <see cref="ViewScope"/> of its own name, so that a bad
/// value names the handler or function that returned it.
/// </summary>
internal sealed class ViewRequest
{
    private readonly EndpointFilterInvocationContext _invocation;
    private readonly EndpointFilterDelegate _next;
    private readonly bool _viewReturnsNothing;
    private readonly string _viewName;
    private readonly RequestScopes _scopes;
    private readonly TeardownRun? _teardown;

    public ViewRequest(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, bool viewReturnsNothing, string viewName, ViewHooks hooks, RequestScopes scopes)
    {
        _invocation = invocation;
        _next = next;
        _viewReturnsNothing = viewReturnsNothing;
        _viewName = viewName;
        Hooks = hooks;
        _scopes = scopes;
        _teardown = TeardownRun.Register(scopes, invocation.HttpContext);
    }

    public ViewHooks Hooks { get; }

    private HttpContext Context => _invocation.HttpContext;

    public async ValueTask<object?> RunAsync()
    {
        Produced produced;
        try
        {
            produced = await DispatchAsync();
        }
        catch (Exception unhandled)
        {
            return await HandleExceptionAsync(unhandled);
        }

        try
        {
            return await FinalizeAsync(produced);
        }
        catch (Exception unhandled)
        {
            return await HandleExceptionAsync(unhandled);
        }
    }

    private async ValueTask<Produced> DispatchAsync()
    {
        try
        {
            if (_scopes.HasBeforeRequest)
            {
                foreach (var function in _scopes.BeforeRequest())
                {
                    object? value;
                    using (ViewScope.Enter(function.Name, ViewSubjects.BeforeRequest))
                    {
                        value = await function.Invoke(Context);
                    }

                    if (value is not null)
                    {
                        return new Produced(value, function.Name, ViewSubjects.BeforeRequest);
                    }
                }
            }

            object? returned;
            using (ViewScope.Enter(_viewName))
            {
                returned = await _next(_invocation);
            }

            // Minimal APIs hand a filter EmptyHttpResult for void/Task/ValueTask handlers; such a view
            // returned nothing (Flask's None), which is refused rather than sent as an empty 200.
            return new Produced(_viewReturnsNothing ? null : returned, _viewName, ViewSubjects.View);
        }
        catch (Exception raised) when (raised is not InvalidViewReturnException && !ClientIsGone(raised))
        {
            // Werkzeug's abort(response): sent as it is, no handler consulted.
            if (raised is HttpException { Response: not null })
            {
                return new Produced(raised, _viewName, ViewSubjects.View);
            }

            var handler = _scopes.FindErrorHandler(raised);
            if (handler is null)
            {
                if (raised is HttpException)
                {
                    // Flask turns a raised HTTPException (abort) into its error page, hooks included.
                    return new Produced(raised, _viewName, ViewSubjects.View);
                }

                throw;
            }

            // An exception the handler raises leaves here for the 500 path.
            object? value;
            using (ViewScope.Enter(handler.Name, ViewSubjects.ErrorHandler))
            {
                value = await handler.Invoke(raised, Context);
            }

            return new Produced(value, handler.Name, ViewSubjects.ErrorHandler);
        }
    }

    private async ValueTask<object?> FinalizeAsync(Produced produced)
    {
        switch (produced.Value)
        {
            case IResult result:
                return result;
            case RequestDelegate requestDelegate:
                return new RequestDelegateResult(requestDelegate);
        }

        using (ViewScope.Enter(produced.Name, produced.Subject))
        {
            var response = Hooks.Apply(Responses.MakeResponse(produced.Value), Context);
            await ViewResponseWriter.WriteAsync(response.Finalize(Context.Request.Method), Context);
        }

        return Results.Empty;
    }

    /// <summary>Flask's handle_exception, for an exception nothing handled.</summary>
    private async ValueTask<object?> HandleExceptionAsync(Exception unhandled)
    {
        _teardown?.Record(unhandled);
        var invalid = unhandled as InvalidViewReturnException;
        if (ClientIsGone(unhandled))
        {
            await TeardownBeforeLeavingAsync();
            ExceptionDispatchInfo.Throw(unhandled);
        }

        var serverError = new HttpException(StatusCodes.Status500InternalServerError, null, unhandled);
        var handler = Context.Response.HasStarted ? null : _scopes.FindErrorHandler(serverError);
        if (handler is null)
        {
            if (invalid is not null)
            {
                await ViewErrorResponder.RespondAsync(invalid, Context, Hooks);
                return Results.Empty;
            }

            await TeardownBeforeLeavingAsync();
            ExceptionDispatchInfo.Throw(unhandled);
        }

        // What the failed response already put on the HttpResponse (a stream that failed before its
        // first chunk was sent has set its status and headers) is not the handler's.
        Context.Response.Clear();
        if (invalid is not null)
        {
            ViewErrorResponder.Log(invalid, Context);
        }
        else
        {
            ViewLog.UnhandledException(ViewLog.For(Context), ViewNames.RouteOf(Context.GetEndpoint()), Context.Request.Method, handler.Name, unhandled);
        }

        object? value;
        try
        {
            using (ViewScope.Enter(handler.Name, ViewSubjects.ErrorHandler))
            {
                value = await handler.Invoke(serverError, Context);
            }
        }
        catch (InvalidViewReturnException bad)
        {
            await ViewErrorResponder.RespondAsync(bad, Context, Hooks);
            return Results.Empty;
        }
        catch (Exception)
        {
            // As in Flask, what the 500 handler raises reaches the server; teardown sees the original exception.
            await TeardownBeforeLeavingAsync();
            throw;
        }

        switch (value)
        {
            case IResult result:
                return result;
            case RequestDelegate requestDelegate:
                return new RequestDelegateResult(requestDelegate);
        }

        using (ViewScope.Enter(handler.Name, ViewSubjects.ErrorHandler))
        {
            try
            {
                var response = Responses.MakeResponse(value);
                var sent = response;
                try
                {
                    sent = Hooks.Apply(response, Context);
                }
                catch (Exception hookFailure)
                {
                    // Flask's finalize_request(from_error_handler=True): logged, and the response is the
                    // one the coercion built, as the hooks before the failing one left it.
                    ViewLog.ErrorHandlerResponseHookFailed(ViewLog.For(Context), handler.Name, ViewNames.RouteOf(Context.GetEndpoint()), hookFailure);
                }

                await ViewResponseWriter.WriteAsync(sent.Finalize(Context.Request.Method), Context);
            }
            catch (InvalidViewReturnException bad)
            {
                await ViewErrorResponder.RespondAsync(bad, Context, Hooks);
            }
        }

        return Results.Empty;
    }

    /// <summary>An exception is about to leave the adapter for ASP.NET Core's pipeline: the teardown functions run first.</summary>
    private async ValueTask TeardownBeforeLeavingAsync()
    {
        if (_teardown is not null)
        {
            await _teardown.RunAsync();
        }
    }

    /// <summary>The client went away: nothing to answer, and no error handler to bother.</summary>
    private bool ClientIsGone(Exception exception) =>
        exception is OperationCanceledException && Context.RequestAborted.IsCancellationRequested;

    /// <summary>A value to coerce, and what returned it (its name and what messages call it).</summary>
    private readonly record struct Produced(object? Value, string Name, string Subject);
}
