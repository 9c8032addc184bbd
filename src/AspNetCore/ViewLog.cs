using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReturnShape.AspNetCore;

internal static partial class ViewLog
{
    /// <summary>The logger category of view errors.</summary>
    public const string Category = "ReturnShape.AspNetCore.Views";

    public static ILogger For(HttpContext context) =>
        context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(Category) ?? NullLogger.Instance;

    /// <param name="subject">"The view", "The error handler", "The before-request function" or "The after-request hook".</param>
    [LoggerMessage(EventId = 1, EventName = "InvalidViewReturn", Level = LogLevel.Error,
        Message = "{Subject} '{ViewName}' on route '{Route}' did not return a valid response ({RuleId}).")]
    public static partial void InvalidViewReturn(ILogger logger, string subject, string viewName, string route, string ruleId, Exception exception);

    [LoggerMessage(EventId = 2, EventName = "ErrorResponseHookFailed", Level = LogLevel.Error,
        Message = "An after-request hook failed on the error response of view '{ViewName}' on route '{Route}'; the error response was sent without hooks.")]
    public static partial void ErrorResponseHookFailed(ILogger logger, string viewName, string route, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "UnhandledException", Level = LogLevel.Error,
        Message = "Exception on route '{Route}' [{Method}]; the 500 error handler '{HandlerName}' answers it.")]
    public static partial void UnhandledException(ILogger logger, string route, string method, string handlerName, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "ErrorHandlerResponseHookFailed", Level = LogLevel.Error,
        Message = "An after-request hook failed on the response of the 500 error handler '{HandlerName}' on route '{Route}'; the response was sent as the hooks before it left it.")]
    public static partial void ErrorHandlerResponseHookFailed(ILogger logger, string handlerName, string route, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "TeardownFailed", Level = LogLevel.Error,
        Message = "The teardown function '{Name}' failed on route '{Route}'; the other teardown functions still ran.")]
    public static partial void TeardownFailed(ILogger logger, string name, string route, Exception exception);
}
