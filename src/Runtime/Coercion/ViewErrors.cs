using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>Builds the exception for a broken rule, naming the view in scope.</summary>
internal static class ViewErrors
{
    /// <summary>The name used when no host entered a <see cref="ViewScope"/>.</summary>
    public const string UnnamedView = "<view>";

    public static string CurrentViewName => ViewScope.Current ?? UnnamedView;

    public static InvalidViewReturnException Create(ViewReturnRule rule, string detail, string? viewName = null, Exception? inner = null) =>
        new(rule, viewName ?? CurrentViewName, detail, inner);
}
