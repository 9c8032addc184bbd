using ReturnShape;

namespace Gallery.Views;

public static class NullValueViews
{
    [View("/vrs0001")]
    public static object? Missing() => null; // VRS0001: null is no response; Flask raises "The view function did not return a valid response"
}
