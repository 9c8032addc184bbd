using Microsoft.AspNetCore.Http;
using ReturnShape.Coercion;
using ReturnShape.Rules;

namespace ReturnShape.AspNetCore;

/// <summary>
/// All the after-request hooks of one request, applied in Flask's order (process_response): the
/// view's own after_this_request hooks, then the route groups' from the innermost out, then the app's.
/// </summary>
internal sealed class ViewHooks
{
    private readonly AfterRequestHooks _app;
    private readonly Endpoint? _endpoint;

    public ViewHooks(AfterRequestHooks app, Endpoint? endpoint)
    {
        _app = app;
        _endpoint = endpoint;
    }

    public AfterThisRequestHooks ThisRequest { get; } = new();

    public Response Apply(Response response, HttpContext context)
    {
        foreach (var hook in ThisRequest.Hooks)
        {
            response = Checked(hook(response), hook);
        }

        // Group conventions add metadata outermost group first, each group in registration order,
        // so the reversed list is exactly Flask's order.
        if (_endpoint is not null)
        {
            var groups = _endpoint.Metadata.GetOrderedMetadata<AfterRequestMetadata>();
            for (var i = groups.Count - 1; i >= 0; i--)
            {
                response = Checked(groups[i].Hook(response, context), groups[i].Hook);
            }
        }

        var app = _app.Hooks;
        for (var i = app.Length - 1; i >= 0; i--)
        {
            response = Checked(app[i](response, context), app[i]);
        }

        return response;
    }

    // Flask passes a None on to the next hook and fails in the server; here it is the null rule's
    // error, naming the hook, and the adapter's usual 500 with its log entry.
    private static Response Checked(Response? response, Delegate hook) =>
        response ?? throw ViewErrors.Create(
            ViewReturnRules.NullValue,
            "it returned null instead of a Response (the one it was given, or another)",
            ViewNames.FromMethod(hook.Method) ?? "lambda",
            subject: ViewSubjects.AfterRequest);
}
