using ReturnShape;

namespace Gallery.Views;

public static class InvalidStatusViews
{
    [View("/vrs0007")]
    public static object OutOfRange() => ("ok", 1000); // VRS0007: 1000 is outside the HTTP status range 100..599
}
