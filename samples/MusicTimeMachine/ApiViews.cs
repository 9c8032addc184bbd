using ReturnShape;
using static ReturnShape.Responses;

namespace MusicTimeMachine;

/// <summary>
/// The JSON API, mapped under the /api route group (<see cref="MusicTimeMachineApp"/>), where
/// <see cref="Api.RequireKey"/> guards every view and <see cref="Api.ErrorAsJson"/> turns their
/// HTTP errors into JSON: dictionaries and lists become JSON, tuples carry the status and headers.
/// </summary>
public static class ApiViews
{
    [View("/songs")]
    public static object List(int? year, SongStore store) =>
        (year is null ? store.All() : store.OfYear(year.Value)).Select(ToJson).ToList();

    [View("/songs/{id:int}")]
    public static object Get(int id, SongStore store) =>
        store.Find(id) is { } song ? ToJson(song) : throw Abort(404, $"There is no song {id}.");

    [View("/songs", Methods = new[] { "POST" })]
    public static object Add(SongInput input, SongStore store, Accounts accounts, HttpContext context)
    {
        if (accounts.UserOf(context) is null)
        {
            return (Error("Log in first: POST /api/login."), 401);
        }

        var maxYear = DateTime.UtcNow.Year;
        if (string.IsNullOrWhiteSpace(input.Title) || string.IsNullOrWhiteSpace(input.Artist) || input.Year is not { } year
            || year < SongStore.FirstYear || year > maxYear)
        {
            return (Error($"A song needs a title, an artist and a year from {SongStore.FirstYear} to {maxYear}."), 400);
        }

        var song = store.Add(input.Title.Trim(), input.Artist.Trim(), year);
        return (ToJson(song), 201, new Dictionary<string, string> { ["Location"] = "/api/songs/" + song.Id });
    }

    [View("/songs/{id:int}", Methods = new[] { "DELETE" })]
    public static object Remove(int id, SongStore store, Accounts accounts, HttpContext context)
    {
        if (accounts.UserOf(context) is null)
        {
            return (Error("Log in first: POST /api/login."), 401);
        }

        return store.Remove(id) ? MakeResponse("", 204) : throw Abort(404, $"There is no song {id}.");
    }

    private static Dictionary<string, object> ToJson(Song song) => new()
    {
        ["id"] = song.Id,
        ["title"] = song.Title,
        ["artist"] = song.Artist,
        ["year"] = song.Year,
        ["url"] = "/api/songs/" + song.Id,
    };

    private static Dictionary<string, string> Error(string message) => new() { ["error"] = message };
}
