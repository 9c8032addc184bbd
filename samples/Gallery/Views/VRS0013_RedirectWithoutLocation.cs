using ReturnShape;

namespace Gallery.Views;

public static class RedirectWithoutLocationViews
{
    [View("/vrs0013")]
    public static object Moved() => ("/new-home", 301); // VRS0013: a 301 with no Location header; the browser has nowhere to go. Redirect("/new-home", 301)
}
