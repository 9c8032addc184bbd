using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Flask's after-request hooks: functions that see, and may replace, every view's response before
/// it is finalised and written — the place for headers no view sets itself, such as security headers.
/// </summary>
public static class AfterRequestExtensions
{
    /// <summary>
    /// Registers a hook for the views of an app (<c>app.AfterRequest(...)</c>) or of a route group
    /// (<c>app.MapGroup("/api").AfterRequest(...)</c>), whenever they were mapped. As in Flask, the
    /// hooks of the innermost group run first and the app's last, each level's in reverse order of
    /// registration. A hook must return a response: null is refused (VRS0001, naming the hook).
    /// </summary>
    public static TBuilder AfterRequest<TBuilder>(this TBuilder builder, [AfterRequest] Func<Response, HttpContext, Response> hook)
        where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(hook);
        if (builder is IEndpointConventionBuilder group)
        {
            group.Add(endpoint => endpoint.Metadata.Add(new AfterRequestMetadata(hook)));
        }
        else
        {
            AfterRequestHooks.For(builder).Add(hook);
        }

        return builder;
    }

    /// <summary>
    /// From inside a view, registers a hook for this request's response only (Flask's
    /// after_this_request). Such hooks run first, in the order they were registered.
    /// </summary>
    /// <exception cref="InvalidOperationException">No view is running on this request.</exception>
    public static void AfterThisRequest(this HttpContext context, [AfterRequest] Func<Response, Response> hook)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(hook);
        var hooks = context.Features.Get<AfterThisRequestHooks>()
            ?? throw new InvalidOperationException("AfterThisRequest can only be called while a view mapped with MapView or MapViews is running.");
        hooks.Add(hook);
    }
}
