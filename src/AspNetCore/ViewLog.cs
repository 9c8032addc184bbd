using Microsoft.Extensions.Logging;

namespace ReturnShape.AspNetCore;

internal static partial class ViewLog
{
    /// <summary>The logger category of view errors.</summary>
    public const string Category = "ReturnShape.AspNetCore.Views";

    [LoggerMessage(EventId = 1, EventName = "InvalidViewReturn", Level = LogLevel.Error,
        Message = "The view '{ViewName}' on route '{Route}' did not return a valid response ({RuleId}).")]
    public static partial void InvalidViewReturn(ILogger logger, string viewName, string route, string ruleId, Exception exception);

    [LoggerMessage(EventId = 2, EventName = "ErrorResponseHookFailed", Level = LogLevel.Error,
        Message = "An after-request hook failed on the error response of view '{ViewName}' on route '{Route}'; the error response was sent without hooks.")]
    public static partial void ErrorResponseHookFailed(ILogger logger, string viewName, string route, Exception exception);
}
