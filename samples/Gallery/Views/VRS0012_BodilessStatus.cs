using ReturnShape;

namespace Gallery.Views;

public static class BodilessStatusViews
{
    [View("/vrs0012")]
    public static object Deleted() => ("deleted", 204); // VRS0012: 204 No Content carries no body; "deleted" is dropped
}
