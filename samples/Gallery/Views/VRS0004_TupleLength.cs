using ReturnShape;

namespace Gallery.Views;

public static class TupleLengthViews
{
    [View("/vrs0004")]
    public static object TooLong() => ("ok", 200, "X-A", "1"); // VRS0004: a four-element tuple; the longest form is (body, status, headers)
}
