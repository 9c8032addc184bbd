using ReturnShape;

namespace Gallery.Views;

public static class UnsupportedTypeViews
{
    public sealed record User(string Name, int Age);

    [View("/vrs0003")]
    public static object Profile() => new User("Ada", 36); // VRS0003: a record is not a body; Json(user) serializes it
}
