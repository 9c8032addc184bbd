using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// The endpoint filter every view runs in: it runs the before-request functions and calls the
/// handler (already bound by minimal APIs), sends exceptions to the error handlers, coerces the
/// value as Flask's make_response does, runs the after-request hooks, finalises and writes the
/// response (<see cref="ViewRequest"/>). IResult and RequestDelegate values go back to ASP.NET
/// Core unchanged.
/// </summary>
internal sealed class ViewFilter
{
    private readonly EndpointFilterDelegate _next;
    private readonly AfterRequestHooks _appHooks;
    private readonly RequestFunctions _appFunctions;
    private readonly string? _methodViewName;

    // Minimal APIs hand a filter EmptyHttpResult for void/Task/ValueTask handlers.
    private readonly bool _returnsNothing;

    public ViewFilter(MethodInfo handler, AfterRequestHooks appHooks, RequestFunctions appFunctions, EndpointFilterDelegate next)
    {
        _next = next;
        _appHooks = appHooks;
        _appFunctions = appFunctions;
        _methodViewName = ViewNames.FromMethod(handler);
        _returnsNothing = handler.ReturnType == typeof(void) || handler.ReturnType == typeof(Task) || handler.ReturnType == typeof(ValueTask);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation)
    {
        var context = invocation.HttpContext;
        var endpoint = context.GetEndpoint();
        var hooks = new ViewHooks(_appHooks, endpoint);
        var request = new ViewRequest(invocation, _next, _returnsNothing, ViewNames.Resolve(endpoint, _methodViewName), hooks, new RequestScopes(_appFunctions, endpoint));
        context.Features.Set(hooks.ThisRequest);
        try
        {
            return await request.RunAsync();
        }
        finally
        {
            context.Features.Set<AfterThisRequestHooks>(null);
        }
    }
}
