using ReturnShape;

namespace Gallery.Views;

public static class BareNumberViews
{
    [View("/vrs0002")]
    public static object Count() => 404; // VRS0002: a bare number — meant as the status 404 or as the body "404"?
}
