using System.Text.Json;
using ReturnShape;
using static ReturnShape.Responses;

namespace Gallery.Views;

public static class JsonEncodedTwiceViews
{
    [View("/vrs0011")]
    public static object Items() => Json(JsonSerializer.Serialize(new[] { 1, 2, 3 })); // VRS0011: serialized, then serialized again: the client gets the string "[1,2,3]"
}
