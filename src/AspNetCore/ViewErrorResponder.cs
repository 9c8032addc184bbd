using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Answers a view whose return value could not become a response: one log entry, then a 500 — or,
/// when part of the response is already on the wire, an aborted connection, so that the client
/// never takes a half-written response for a whole one.
/// </summary>
internal static class ViewErrorResponder
{
    public static async Task RespondAsync(InvalidViewReturnException error, string viewName, HttpContext context, ViewHooks hooks)
    {
        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(ViewLog.Category) ?? NullLogger.Instance;
        var route = ViewNames.RouteOf(context.GetEndpoint());
        ViewLog.InvalidViewReturn(logger, viewName, route, error.RuleId, error);

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
            ViewLog.ErrorResponseHookFailed(logger, viewName, route, hookFailure);
            context.Response.Clear();
            response = ErrorResponse(error, development);
        }

        await ViewResponseWriter.WriteAsync(response.Finalize(context.Request.Method), context);
    }

    // Outside Development the client gets Werkzeug's own 500 page, as from Flask, and no detail. The
    // message is encoded leniently: the error response must not fail on text the view gave it.
    private static Response ErrorResponse(InvalidViewReturnException error, bool development) =>
        development
            ? new Response(Encoding.UTF8.GetBytes(error.Message), StatusCodes.Status500InternalServerError, mimetype: "text/plain")
            : new HttpException(StatusCodes.Status500InternalServerError).GetResponse();
}
