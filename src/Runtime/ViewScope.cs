namespace ReturnShape;

/// <summary>
/// The name of the view being served, so that an <see cref="InvalidViewReturnException"/> can name it.
/// Hosts enter it around the call and the coercion:
/// <c>using (ViewScope.Enter(name)) { var r = Responses.MakeResponse(rv).Finalize(method); ... }</c>.
/// </summary>
public static class ViewScope
{
    // AsyncLocal so that concurrent requests on one thread pool each see their own view.
    private static readonly AsyncLocal<Entry?> CurrentEntry = new();

    /// <summary>The innermost entered view name, or null outside any scope.</summary>
    public static string? Current => CurrentEntry.Value?.Name;

    /// <summary>How a message names what returned the value: "The view", or another of <see cref="ViewSubjects"/>.</summary>
    internal static string CurrentSubject => CurrentEntry.Value?.Subject ?? ViewSubjects.View;

    public static IDisposable Enter(string viewName) => Enter(viewName, ViewSubjects.View);

    /// <summary>Enters a function that is not a view but whose value follows the view rules (an error handler, a hook).</summary>
    internal static IDisposable Enter(string name, string subject)
    {
        ArgumentNullException.ThrowIfNull(name);
        var scope = new Scope(CurrentEntry.Value);
        CurrentEntry.Value = new Entry(name, subject);
        return scope;
    }

    private sealed record Entry(string Name, string Subject);

    private sealed class Scope : IDisposable
    {
        private readonly Entry? previous;
        private bool disposed;

        public Scope(Entry? previous) => this.previous = previous;

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            CurrentEntry.Value = previous;
        }
    }
}
