using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// The endpoint filter every view runs in: it calls the handler (already bound by minimal APIs),
/// coerces the return value as Flask's make_response does, runs the after-request hooks, finalises
/// and writes the response. IResult and RequestDelegate returns go back to ASP.NET Core unchanged.
/// </summary>
internal sealed class ViewFilter
{
    private readonly EndpointFilterDelegate _next;
    private readonly AfterRequestHooks _appHooks;
    private readonly string? _methodViewName;

    // Minimal APIs hand a filter EmptyHttpResult for void/Task/ValueTask handlers; such a view
    // returned nothing (Flask's None), which is refused rather than sent as an empty 200.
    private readonly bool _returnsNothing;

    public ViewFilter(MethodInfo handler, AfterRequestHooks appHooks, EndpointFilterDelegate next)
    {
        _next = next;
        _appHooks = appHooks;
        _methodViewName = ViewNames.FromMethod(handler);
        _returnsNothing = handler.ReturnType == typeof(void) || handler.ReturnType == typeof(Task) || handler.ReturnType == typeof(ValueTask);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation)
    {
        var context = invocation.HttpContext;
        var endpoint = context.GetEndpoint();
        var viewName = ViewNames.Resolve(endpoint, _methodViewName);
        var hooks = new ViewHooks(_appHooks, endpoint);
        context.Features.Set(hooks.ThisRequest);
        using var scope = ViewScope.Enter(viewName);
        try
        {
            object? returned;
            try
            {
                returned = await _next(invocation);
                if (_returnsNothing)
                {
                    returned = null;
                }
            }
            catch (HttpException raised)
            {
                // Flask turns a raised HTTPException (abort) into its error page, hooks included.
                returned = raised;
            }

            switch (returned)
            {
                case IResult result:
                    return result;
                case RequestDelegate requestDelegate:
                    return new RequestDelegateResult(requestDelegate);
            }

            var response = hooks.Apply(Responses.MakeResponse(returned), context);
            await ViewResponseWriter.WriteAsync(response.Finalize(context.Request.Method), context);
        }
        catch (InvalidViewReturnException invalid)
        {
            await ViewErrorResponder.RespondAsync(invalid, viewName, context, hooks);
        }
        finally
        {
            context.Features.Set<AfterThisRequestHooks>(null);
        }

        return Results.Empty;
    }
}
