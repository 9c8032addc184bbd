using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReturnShape.Rules;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Flask's error handlers (<c>@app.errorhandler(404)</c>, <c>@app.errorhandler(APIError)</c>):
/// functions that answer an exception raised by a view or a before-request function — a thrown
/// <see cref="HttpException"/> (<c>throw Abort(404)</c>) by its code, any exception by its type —
/// on the app or on a route group (Flask's blueprint). What a handler returns is coerced like a
/// view's value (same rules, same exceptions, its messages naming the handler), then goes through
/// the after-request hooks. Nothing of the error is kept: a handler returning a bare string sends
/// 200, as in Flask; return <c>(body, 404)</c> or a Response to keep the code.
/// </summary>
public static class ErrorHandlerExtensions
{
    /// <summary>
    /// Registers the handler for HTTP errors of one code (an <see cref="HttpException"/> with that
    /// <see cref="HttpException.Code"/>) on the app or a route group; registering the code again on
    /// the same app or group replaces the handler. A handler for 500 also answers the exceptions no
    /// other handler takes (and errors raised by handlers, hooks and the coercion): it receives
    /// <c>HttpException(500)</c> with the exception as <see cref="Exception.InnerException"/>.
    /// </summary>
    /// <param name="code">An error status, 400 to 599.</param>
    public static TBuilder ErrorHandler<TBuilder>(this TBuilder builder, int code, [View] Func<HttpException, HttpContext, object?> handler)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(handler);
        return CodeHandler(builder, code, handler.Method, (e, context) => new ValueTask<object?>(handler((HttpException)e, context)));
    }

    /// <inheritdoc cref="ErrorHandler{TBuilder}(TBuilder, int, Func{HttpException, HttpContext, object?})"/>
    public static TBuilder ErrorHandler<TBuilder>(this TBuilder builder, int code, [View] Func<HttpException, HttpContext, ValueTask<object?>> handler)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(handler);
        return CodeHandler(builder, code, handler.Method, (e, context) => handler((HttpException)e, context));
    }

    /// <summary>
    /// Registers the app's handler for exceptions of type <typeparamref name="TException"/> and its
    /// subclasses (<c>app.ErrorHandler&lt;ApiError&gt;(...)</c>). A more specific type's handler wins
    /// whatever the order of registration; a code handler wins over a type handler for an
    /// HttpException. A handler for <see cref="Exception"/> catches HTTP errors too.
    /// </summary>
    public static IEndpointRouteBuilder ErrorHandler<TException>(this IEndpointRouteBuilder builder, [View] Func<TException, HttpContext, object?> handler)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(handler);
        return TypeHandler<IEndpointRouteBuilder, TException>(builder, handler.Method, (e, context) => new ValueTask<object?>(handler((TException)e, context)));
    }

    /// <inheritdoc cref="ErrorHandler{TException}(IEndpointRouteBuilder, Func{TException, HttpContext, object?})"/>
    public static IEndpointRouteBuilder ErrorHandler<TException>(this IEndpointRouteBuilder builder, [View] Func<TException, HttpContext, ValueTask<object?>> handler)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(handler);
        return TypeHandler<IEndpointRouteBuilder, TException>(builder, handler.Method, (e, context) => handler((TException)e, context));
    }

    /// <summary>
    /// Registers a route group's handler for exceptions of type <typeparamref name="TException"/>
    /// and its subclasses; it answers only for the group's views, before the app's handlers.
    /// </summary>
    public static RouteGroupBuilder ErrorHandler<TException>(this RouteGroupBuilder builder, [View] Func<TException, HttpContext, object?> handler)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(handler);
        return TypeHandler<RouteGroupBuilder, TException>(builder, handler.Method, (e, context) => new ValueTask<object?>(handler((TException)e, context)));
    }

    /// <inheritdoc cref="ErrorHandler{TException}(RouteGroupBuilder, Func{TException, HttpContext, object?})"/>
    public static RouteGroupBuilder ErrorHandler<TException>(this RouteGroupBuilder builder, [View] Func<TException, HttpContext, ValueTask<object?>> handler)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(handler);
        return TypeHandler<RouteGroupBuilder, TException>(builder, handler.Method, (e, context) => handler((TException)e, context));
    }

    private static TBuilder CodeHandler<TBuilder>(TBuilder builder, int code, System.Reflection.MethodInfo method, Func<Exception, HttpContext, ValueTask<object?>> invoke)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (code < 400 || code > ViewReturnRules.MaxStatus)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "An error handler is registered for an error status, 400 to 599.");
        }

        var name = ViewNames.FromMethod(method) ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        RequestFunctions.For(builder).SetHandler(code, new ErrorHandlerFunction(invoke, name));
        return builder;
    }

    private static TBuilder TypeHandler<TBuilder, TException>(TBuilder builder, System.Reflection.MethodInfo method, Func<Exception, HttpContext, ValueTask<object?>> invoke)
        where TBuilder : IEndpointRouteBuilder
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = ViewNames.FromMethod(method) ?? typeof(TException).Name;
        RequestFunctions.For(builder).SetHandler(typeof(TException), new ErrorHandlerFunction(invoke, name));
        return builder;
    }
}
