using Microsoft.AspNetCore.Http;

namespace ReturnShape.AspNetCore;

/// <summary>
/// A route group's after-request hook, carried as endpoint metadata so that it reaches every view
/// of the group, including those mapped before the hook was registered.
/// </summary>
internal sealed class AfterRequestMetadata
{
    public AfterRequestMetadata(Func<Response, HttpContext, Response> hook) => Hook = hook;

    public Func<Response, HttpContext, Response> Hook { get; }
}
