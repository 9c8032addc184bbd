using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Flask's before-request functions (<c>@app.before_request</c>): functions that run before every
/// view of the app or of a route group. Returning null lets the request go on; any other value
/// answers it instead of the view — coerced like a view's value, its messages naming the function —
/// and the after-request hooks still run on that response. An exception one raises goes to the
/// error handlers, as a view's does.
/// </summary>
public static class BeforeRequestExtensions
{
    /// <summary>
    /// Registers a before-request function for the views of an app or of a route group, whenever
    /// they were mapped. As in Flask, the app's run first, then each group's from the outermost
    /// in, each level's in registration order; the first that returns a value stops the others
    /// and the view.
    /// </summary>
    public static TBuilder BeforeRequest<TBuilder>(this TBuilder builder, [BeforeRequest] Func<HttpContext, object?> function)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(function);
        return Add(builder, function.Method, context => new ValueTask<object?>(function(context)));
    }

    /// <summary>
    /// Registers an asynchronous before-request function (<c>async context =&gt; ...</c>), in the
    /// same order as the others. Its awaited value is what counts: null goes on, anything else answers.
    /// </summary>
    public static TBuilder BeforeRequest<TBuilder>(this TBuilder builder, [BeforeRequest] Func<HttpContext, ValueTask<object?>> function)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(function);
        return Add(builder, function.Method, context => function(context));
    }

    private static TBuilder Add<TBuilder>(TBuilder builder, System.Reflection.MethodInfo method, Func<HttpContext, ValueTask<object?>> invoke)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var functions = RequestFunctions.For(builder);
        var name = ViewNames.FromMethod(method) ?? "lambda #" + (functions.Before.Length + 1);
        functions.AddBefore(new BeforeRequestFunction(invoke, name));
        return builder;
    }
}
