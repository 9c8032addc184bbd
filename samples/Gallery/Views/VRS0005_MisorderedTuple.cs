using ReturnShape;

namespace Gallery.Views;

public static class MisorderedTupleViews
{
    [View("/vrs0005")]
    public static object StatusFirst() => (404, "Not found"); // VRS0005: the status comes before the body; write ("Not found", 404)
}
