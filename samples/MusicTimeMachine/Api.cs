using System.Security.Cryptography;
using System.Text;
using ReturnShape;
using static ReturnShape.Responses;

namespace MusicTimeMachine;

/// <summary>The API key every /api request carries in the X-Api-Key header (configuration key <c>ApiKey</c>).</summary>
public sealed record ApiKey(string Value);

/// <summary>
/// What the /api route group adds to its views, as a Flask app adds it with
/// <c>@app.before_request</c> and <c>@app.errorhandler</c>: an API-key gate that answers 401
/// instead of the view, and JSON instead of Werkzeug's HTML error pages.
/// </summary>
public static class Api
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>A before-request function: null lets the request go on to the view; without the right key, a 401 answers instead.</summary>
    public static object? RequireKey(HttpContext context)
    {
        var expected = Encoding.UTF8.GetBytes(context.RequestServices.GetRequiredService<ApiKey>().Value);
        var given = Encoding.UTF8.GetBytes(context.Request.Headers[KeyHeader].ToString());
        if (CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        return (
            Json(new Dictionary<string, string> { ["error"] = "An API key is required: send it in the " + KeyHeader + " header." }),
            401,
            new Dictionary<string, string> { ["WWW-Authenticate"] = "ApiKey header=\"" + KeyHeader + "\"" });
    }

    /// <summary>
    /// An error handler for every HttpException of the API's views — <c>Abort(404, ...)</c>, and the 500
    /// of an exception no view handled — keeping its code: <c>{"code": 404, "error": "There is no song 7."}</c>.
    /// </summary>
    public static object ErrorAsJson(HttpException error, HttpContext context) =>
        (Json(new Dictionary<string, object> { ["code"] = error.Code, ["error"] = error.Description ?? error.Name }), error.Code);
}
