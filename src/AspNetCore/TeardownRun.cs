using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ReturnShape.AspNetCore;

/// <summary>
/// One request's teardown functions (Flask's teardown_request). They run once, after the
/// response has been sent (<c>HttpResponse.OnCompleted</c>), with the exception that went
/// unhandled or null. When that exception leaves the adapter for ASP.NET Core's own exception
/// pipeline they run as it leaves instead, as Flask's do before it propagates an exception:
/// servers differ on calling OnCompleted after an unhandled exception (TestServer does not).
/// A teardown function that throws is logged, and the others still run.
/// </summary>
internal sealed class TeardownRun
{
    private readonly List<TeardownFunction> _functions;
    private readonly HttpContext _context;

    // Taken when the request starts: the request's service scope may be gone by the time the functions run.
    private readonly ILogger _logger;
    private Exception? _exception;
    private int _started;

    private TeardownRun(List<TeardownFunction> functions, HttpContext context)
    {
        _functions = functions;
        _context = context;
        _logger = ViewLog.For(context);
    }

    /// <summary>Registers the request's teardown functions, or returns null when there are none.</summary>
    public static TeardownRun? Register(RequestScopes scopes, HttpContext context)
    {
        if (scopes.Teardown() is not { } functions)
        {
            return null;
        }

        var run = new TeardownRun(functions, context);
        context.Response.OnCompleted(static state => ((TeardownRun)state).RunAsync(), run);
        return run;
    }

    /// <summary>The exception that went unhandled; the first one is kept (a failing 500 handler does not replace it).</summary>
    public void Record(Exception exception) => _exception ??= exception;

    public async Task RunAsync()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        foreach (var function in _functions)
        {
            try
            {
                await function.Invoke(_exception, _context);
            }
            catch (Exception failure)
            {
                ViewLog.TeardownFailed(_logger, function.Name, ViewNames.RouteOf(_context.GetEndpoint()), failure);
            }
        }
    }
}
