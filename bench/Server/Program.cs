// The same payloads served twice: by ReturnShape views (MapView) and by plain minimal-API
// handlers (MapGet), so bench/server.sh can load both on one server and compare them.
using ReturnShape;
using ReturnShape.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var song = new Dictionary<string, object?> { ["id"] = 7, ["title"] = "Heroes", ["year"] = 1977 };
var headers = new Dictionary<string, string> { ["Cache-Control"] = "no-store" };

app.MapView("/view/text", () => "Hello, world");
app.MapView("/view/json", () => song);
app.MapView("/view/tuple", () => ("created", 201, headers));

app.MapGet("/plain/text", () => Results.Content("Hello, world", "text/html; charset=utf-8"));
app.MapGet("/plain/json", () => Results.Json(song));
app.MapGet("/plain/tuple", (HttpContext context) =>
{
    context.Response.Headers.CacheControl = "no-store";
    return Results.Content("created", "text/html; charset=utf-8", statusCode: 201);
});

app.Run();
