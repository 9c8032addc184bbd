using ReturnShape;

namespace MusicTimeMachine;

/// <summary>An after-request hook: headers every response should carry and no view sets itself.</summary>
public static class SecurityHeaders
{
    public static Response Add(Response response, HttpContext context)
    {
        response.Headers.Set("X-Content-Type-Options", "nosniff");
        response.Headers.Set("X-Frame-Options", "DENY");
        response.Headers.Set("Referrer-Policy", "same-origin");
        return response;
    }
}
