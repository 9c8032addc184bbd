using ReturnShape;

namespace Gallery.Views;

public static class SetCookieHeaderViews
{
    [View("/vrs0009")]
    public static object Login() =>
        ("welcome", 200, new Dictionary<string, string> { ["Set-Cookie"] = "sid=abc; HttpOnly" }); // VRS0009: a Set-Cookie header; SetCookie("sid", "abc", httpOnly: true) is the way
}
