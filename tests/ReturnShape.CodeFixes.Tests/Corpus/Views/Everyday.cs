// The mistakes of a first week with views: each value at the return, in plain sight.
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using ReturnShape;

namespace Corpus.Everyday;

public record Note(int Id, string Text);

public class NotesViews
{
    private readonly Dictionary<int, Note> notes = new();

    [View("/notes/{id}")]
    public object Show(int id)
    {
        if (!notes.TryGetValue(id, out var note))
        {
            return (404, "No such note"); // status first, as in a Result
        }

        return note;
    }

    [View("/notes/{id}/text")]
    public object? Text(int id) => notes.TryGetValue(id, out var note) ? note.Text : null;

    [View("/notes/count")]
    public object Count() => notes.Count;

    [View("/notes/export")]
    public object Export() => JsonSerializer.Serialize(notes.Values);

    [View("/notes/export2")]
    public Response ExportAgain() => Responses.Json(JsonSerializer.Serialize(notes.Values));

    [View("/notes/login")]
    public object Login() => ("ok", 200, new Dictionary<string, string> { ["Set-Cookie"] = "session=abc; Path=/; HttpOnly" });

    [View("/notes/{id}/delete")]
    public object Delete(int id)
    {
        notes.Remove(id);
        return ("deleted", 204);
    }

    [View("/notes/old")]
    public object Old() => ("/notes", HttpStatusCode.MovedPermanently);

    [View("/notes/blank")]
    public object Blank() => ((string?)null, 400);

    [View("/notes/headers")]
    public object WithHeaders() => ("ok", new Dictionary<string, string> { ["X-Notes"] = "1" }, 200);
}
