using ReturnShape;

namespace Gallery.Views;

public static class TupleBodyViews
{
    [View("/vrs0006")]
    public static object NullBody() => ((string?)null, 404); // VRS0006: the tuple's body is null; a 404 still needs a body, "" at least
}
