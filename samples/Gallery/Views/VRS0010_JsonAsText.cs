using System.Text.Json;
using ReturnShape;

namespace Gallery.Views;

public static class JsonAsTextViews
{
    [View("/vrs0010")]
    public static object Items() => JsonSerializer.Serialize(new[] { 1, 2, 3 }); // VRS0010: JSON text served as text/html; Json(items) sends application/json
}
