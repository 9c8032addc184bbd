using System.Text;
using ReturnShape;
using static ReturnShape.Responses;

namespace MusicTimeMachine;

/// <summary>The HTML pages: views that return strings, redirects and aborts.</summary>
public static class PageViews
{
    [View("/")]
    public static string Index(SongStore store, Accounts accounts, HttpContext context)
    {
        var years = new StringBuilder("<p>Pick a year:</p>\n<ul>\n");
        foreach (var year in store.Years())
        {
            years.Append("<li><a href=\"/years/").Append(year).Append("\">").Append(year).Append("</a></li>\n");
        }

        years.Append("</ul>\n");
        return Html.Page("Every hit, any year", accounts.UserOf(context), years + Html.SongTable(store.All()));
    }

    [View("/years/{year:int}")]
    public static string Year(int year, SongStore store, Accounts accounts, HttpContext context)
    {
        var songs = store.OfYear(year);
        if (songs.Count == 0)
        {
            throw Abort(404, $"The time machine found no songs from {year}.");
        }

        return Html.Page($"The hits of {year}", accounts.UserOf(context), Html.SongTable(songs));
    }

    [View("/random")]
    public static Response Random(SongStore store)
    {
        var years = store.Years();
        if (years.Count == 0)
        {
            throw Abort(404, "The time machine has nowhere to go: there are no songs.");
        }

        return Redirect("/years/" + years[System.Random.Shared.Next(years.Count)]);
    }
}
