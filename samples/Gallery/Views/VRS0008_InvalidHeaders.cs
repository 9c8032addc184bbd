using ReturnShape;

namespace Gallery.Views;

public static class InvalidHeadersViews
{
    [View("/vrs0008")]
    public static object SpaceInName() =>
        ("ok", 200, new Dictionary<string, string> { ["X Request Id"] = "7" }); // VRS0008: a header name holds no spaces (it is an HTTP token)
}
