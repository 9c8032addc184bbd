namespace ReturnShape.Analyzers.Model;

internal enum ViewValueSource
{
    /// <summary>A view's return expression (one arm of it).</summary>
    Return,

    /// <summary>What a view's declaration says it returns: <c>void</c>, <c>Task</c>, an iterator's elements, a method group's return type.</summary>
    Declaration,

    /// <summary>The arguments of <c>Responses.MakeResponse(...)</c>.</summary>
    MakeResponse,
}

/// <summary>One value the runtime will coerce, found in source: a single arm, never a union.</summary>
internal sealed class ViewValue
{
    public ViewValue(string viewName, Shape shape, ViewValueSource source, bool nullMeansGoOn = false)
    {
        ViewName = viewName;
        Shape = shape;
        Source = source;
        NullMeansGoOn = nullMeansGoOn;
    }

    /// <summary>The view's name as the diagnostic's message shows it.</summary>
    public string ViewName { get; }

    public Shape Shape { get; }

    public ViewValueSource Source { get; }

    /// <summary>A before-request function's value: null there means "go on to the view", not a mistake.</summary>
    public bool NullMeansGoOn { get; }
}
