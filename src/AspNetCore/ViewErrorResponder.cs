using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Answers a value that could not become a response — a view's, an error handler's, a
/// before-request function's, or an after-request hook's null — when no 500 error handler takes
/// it: one log entry, then a 500 — or, when part of the response is already on the wire, an
/// aborted connection, so that the client never takes a half-written response for a whole one.
/// </summary>
internal static class ViewErrorResponder
{
    /// <param name="logged">The InvalidViewReturn entry was already written (on the way to a 500 handler).</param>
    public static async Task RespondAsync(InvalidViewReturnException error, HttpContext context, ViewHooks hooks, bool logged = false)
    {
        var logger = ViewLog.For(context);
        var route = ViewNames.RouteOf(context.GetEndpoint());
        if (!logged)
        {
            Log(error, context);
        }

        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        var development = context.RequestServices.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        var response = ErrorResponse(error, development);
        try
        {
            // Flask runs the after-request hooks on its error responses too (security headers belong there as well).
            response = hooks.Apply(response, context);
        }
        catch (Exception hookFailure)
        {
            ViewLog.ErrorResponseHookFailed(logger, error.ViewName, route, hookFailure);
            context.Response.Clear();
            response = ErrorResponse(error, development);
        }

        await ViewResponseWriter.WriteAsync(response.Finalize(context.Request.Method), context);
    }

    /// <summary>The one log entry of an invalid value: event 1, naming what returned it, the route and the rule.</summary>
    public static void Log(InvalidViewReturnException error, HttpContext context) =>
        ViewLog.InvalidViewReturn(ViewLog.For(context), error.Subject, error.ViewName, ViewNames.RouteOf(context.GetEndpoint()), error.RuleId, error);

    // Outside Development the client gets Werkzeug's own 500 page, as from Flask, and no detail. The
    // message is encoded leniently: the error response must not fail on text the view gave it.
    private static Response ErrorResponse(InvalidViewReturnException error, bool development) =>
        development
            ? new Response(Encoding.UTF8.GetBytes(error.Message), StatusCodes.Status500InternalServerError, mimetype: "text/plain")
            : new HttpException(StatusCodes.Status500InternalServerError).GetResponse();
}
