using Microsoft.AspNetCore.Http;

namespace ReturnShape.AspNetCore;

/// <summary>
/// A view that returns a RequestDelegate hands the request back to ASP.NET Core, as a Flask view
/// returning a WSGI application does.
/// </summary>
internal sealed class RequestDelegateResult : IResult
{
    private readonly RequestDelegate _requestDelegate;

    public RequestDelegateResult(RequestDelegate requestDelegate) => _requestDelegate = requestDelegate;

    public Task ExecuteAsync(HttpContext httpContext) => _requestDelegate(httpContext);
}
