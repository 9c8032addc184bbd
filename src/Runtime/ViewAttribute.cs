namespace ReturnShape;

/// <summary>
/// Marks a view: a method whose return value is coerced into a response (<c>[View("/path")]</c>),
/// or a delegate parameter whose argument is one (<c>MapView(pattern, [View] Delegate handler)</c>).
/// The ReturnShape analyzers check the return values of everything marked with it.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ViewAttribute : Attribute
{
    public ViewAttribute()
    {
    }

    public ViewAttribute(string path) => Path = path;

    /// <summary>The route pattern; null on a delegate parameter.</summary>
    public string? Path { get; }

    /// <summary>HTTP methods the view answers; null means GET (and HEAD).</summary>
    public string[]? Methods { get; init; }
}
