using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Flask's teardown functions (<c>@app.teardown_request</c>): they run once the response has been
/// sent, even when the view, an error handler or a hook threw, and receive the exception that went
/// unhandled (null when none did) — the place to close what the request opened.
/// </summary>
public static class TeardownRequestExtensions
{
    /// <summary>
    /// Registers a teardown function for the views of an app or of a route group, whenever they
    /// were mapped. As in Flask, the innermost group's run first and the app's last, each level's in
    /// reverse order of registration. One that throws is logged (event <c>TeardownFailed</c>) and
    /// the others still run.
    /// </summary>
    public static TBuilder TeardownRequest<TBuilder>(this TBuilder builder, Action<Exception?, HttpContext> function)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(function);
        return Add(builder, function.Method, (exception, context) =>
        {
            function(exception, context);
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>
    /// Registers an asynchronous teardown function (<c>async (exception, context) =&gt; await ...</c>),
    /// in the same order as the others. An expression lambda that returns a ValueTask
    /// (<c>DisposeAsync()</c>) would bind to the synchronous overload and not be awaited: write it
    /// <c>async (exception, context) =&gt; await connection.DisposeAsync()</c>.
    /// </summary>
    public static TBuilder TeardownRequest<TBuilder>(this TBuilder builder, Func<Exception?, HttpContext, Task> function)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(function);
        return Add(builder, function.Method, (exception, context) => new ValueTask(function(exception, context)));
    }

    private static TBuilder Add<TBuilder>(TBuilder builder, System.Reflection.MethodInfo method, Func<Exception?, HttpContext, ValueTask> invoke)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var functions = RequestFunctions.For(builder);
        var name = ViewNames.FromMethod(method) ?? "lambda #" + (functions.Teardown.Length + 1);
        functions.AddTeardown(new TeardownFunction(invoke, name));
        return builder;
    }
}
