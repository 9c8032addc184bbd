using System.Text.Json;

namespace Gallery.MinimalApi;

/// <summary>
/// The VRS01xx family: the same mistakes in plain ASP.NET Core minimal-API route handlers, which
/// answer with something other than what the code says and no SDK analyzer reports.
/// </summary>
public static class RouteHandlers
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/vrs0101", () => ("Not found", 404)); // VRS0101: minimal APIs do not read tuples: this answers 200 application/json {}
        app.MapGet("/vrs0102", () => Results.Text(JsonSerializer.Serialize(new[] { 1, 2 }))); // VRS0102: JSON text sent as text/plain; Results.Json(items) says application/json
        app.MapGet("/vrs0103", object? () => null); // VRS0103: null is sent as 200 application/json with the body null
        app.MapGet("/vrs0104", () => Results.StatusCode(99)); // VRS0104: 99 is no HTTP status; clients cannot read the response
        app.MapDelete("/vrs0105", () => Results.Text("deleted", statusCode: 204)); // VRS0105: a body with 204: Kestrel fails the request with 500
        app.MapGet("/vrs0106", () => Results.StatusCode(302)); // VRS0106: a 302 and nothing sets Location; Results.Redirect(url) does
        app.MapPost("/vrs0107", (HttpContext context) =>
        {
            context.Response.Cookies.Append("session", "1");
            context.Response.Headers.SetCookie = "theme=dark"; // VRS0107: assigning Set-Cookie replaces the cookie appended just before
            return "ok";
        });
        app.MapGet("/vrs0108", () => Results.Ok(JsonSerializer.Serialize(new { id = 1 }))); // VRS0108: the JSON text is serialized again: the client gets "{\u0022id\u0022:1}", one string
    }
}
