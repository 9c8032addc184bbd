namespace ReturnShape;

/// <summary>
/// The name of the view being served, so that an <see cref="InvalidViewReturnException"/> can name it.
/// Hosts enter it around the call and the coercion:
/// <c>using (ViewScope.Enter(name)) { var r = Responses.MakeResponse(rv).Finalize(method); ... }</c>.
/// </summary>
public static class ViewScope
{
    // AsyncLocal so that concurrent requests on one thread pool each see their own view.
    private static readonly AsyncLocal<string?> CurrentName = new();

    /// <summary>The innermost entered view name, or null outside any scope.</summary>
    public static string? Current => CurrentName.Value;

    public static IDisposable Enter(string viewName)
    {
        ArgumentNullException.ThrowIfNull(viewName);
        var scope = new Scope(CurrentName.Value);
        CurrentName.Value = viewName;
        return scope;
    }

    private sealed class Scope : IDisposable
    {
        private readonly string? previous;
        private bool disposed;

        public Scope(string? previous) => this.previous = previous;

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            CurrentName.Value = previous;
        }
    }
}
