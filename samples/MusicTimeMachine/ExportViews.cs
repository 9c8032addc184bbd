using ReturnShape;

namespace MusicTimeMachine;

/// <summary>A CSV export streamed row by row: the view returns an iterator, never the whole file.</summary>
public static class ExportViews
{
    [View("/export.csv")]
    public static object Export(SongStore store) =>
        (Rows(store), new Dictionary<string, string>
        {
            ["Content-Type"] = "text/csv; charset=utf-8",
            ["Content-Disposition"] = "attachment; filename=\"songs.csv\"",
        });

    private static IEnumerable<string> Rows(SongStore store)
    {
        yield return "id,title,artist,year\r\n";
        foreach (var song in store.All())
        {
            yield return string.Join(",", song.Id, Csv(song.Title), Csv(song.Artist), song.Year) + "\r\n";
        }
    }

    // RFC 4180 quoting, plus a leading quote mark for values a spreadsheet would run as a formula.
    private static string Csv(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
