using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>Builds the exception for a broken rule, naming the view in scope.</summary>
internal static class ViewErrors
{
    /// <summary>The name used when no host entered a <see cref="ViewScope"/>.</summary>
    public const string UnnamedView = "<view>";

    public static string CurrentViewName => ViewScope.Current ?? UnnamedView;

    /// <param name="viewName">The name to give, with <paramref name="subject"/>; null for the scope's.</param>
    public static InvalidViewReturnException Create(ViewReturnRule rule, string detail, string? viewName = null, Exception? inner = null, string? subject = null) =>
        viewName is null
            ? new(rule, CurrentViewName, detail, inner, ViewScope.CurrentSubject)
            : new(rule, viewName, detail, inner, subject ?? ViewSubjects.View);
}
