using System.Net;
using System.Text;

namespace MusicTimeMachine;

/// <summary>The page layout; every value that reaches the HTML goes through Encode.</summary>
public static class Html
{
    public static string Encode(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public static string Page(string title, string? user, string content)
    {
        var page = new StringBuilder();
        page.Append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title)).Append(" · Music Time Machine</title></head>\n<body>\n")
            .Append("<header><a href=\"/\">Music Time Machine</a> · <a href=\"/random\">Take me somewhere</a> · <a href=\"/export.csv\">Export CSV</a> · ")
            .Append(user is null ? "not logged in" : "logged in as " + Encode(user))
            .Append("</header>\n<main>\n<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append(content)
            .Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    public static string SongTable(IEnumerable<Song> songs)
    {
        var table = new StringBuilder("<table>\n<tr><th>Title</th><th>Artist</th><th>Year</th></tr>\n");
        foreach (var song in songs)
        {
            table.Append("<tr><td>").Append(Encode(song.Title)).Append("</td><td>").Append(Encode(song.Artist))
                .Append("</td><td><a href=\"/years/").Append(song.Year).Append("\">").Append(song.Year).Append("</a></td></tr>\n");
        }

        return table.Append("</table>\n").ToString();
    }
}
