using Microsoft.AspNetCore.Http;

namespace ReturnShape.AspNetCore;

/// <summary>
/// The scopes whose functions apply to one request: the route groups of its endpoint and the app.
/// Flask's order is written here once: before-request functions from the app inwards, error
/// handlers and teardown functions from the innermost group outwards.
/// </summary>
internal readonly struct RequestScopes
{
    // Group conventions add metadata outermost group first, each group in registration order.
    private readonly IReadOnlyList<RequestFunctions> _groupsOutermostFirst;

    public RequestScopes(RequestFunctions app, Endpoint? endpoint)
    {
        App = app;
        _groupsOutermostFirst = endpoint?.Metadata.GetOrderedMetadata<RequestFunctions>() ?? (IReadOnlyList<RequestFunctions>)Array.Empty<RequestFunctions>();
    }

    public RequestFunctions App { get; }

    /// <summary>Flask's preprocess_request: the app's functions, then each group's from the outermost in, each in registration order.</summary>
    public IEnumerable<BeforeRequestFunction> BeforeRequest()
    {
        foreach (var function in App.Before)
        {
            yield return function;
        }

        foreach (var group in _groupsOutermostFirst)
        {
            foreach (var function in group.Before)
            {
                yield return function;
            }
        }
    }

    public bool HasBeforeRequest
    {
        get
        {
            if (!App.Before.IsEmpty)
            {
                return true;
            }

            foreach (var group in _groupsOutermostFirst)
            {
                if (!group.Before.IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Flask's do_teardown_request: the innermost group's first, the app's last, each in reverse registration order.</summary>
    public List<TeardownFunction>? Teardown()
    {
        List<TeardownFunction>? functions = null;
        for (var g = _groupsOutermostFirst.Count - 1; g >= -1; g--)
        {
            var scope = g >= 0 ? _groupsOutermostFirst[g] : App;
            for (var i = scope.Teardown.Length - 1; i >= 0; i--)
            {
                (functions ??= new List<TeardownFunction>()).Add(scope.Teardown[i]);
            }
        }

        return functions;
    }

    /// <summary>
    /// Flask's _find_error_handler. An <see cref="HttpException"/> is looked up by its code first:
    /// in each scope from the innermost group to the app, a handler for a subclass of HttpException
    /// the exception is (most specific first), then the handler for its code. Then, for every
    /// exception, by type: in each scope in the same order, the exception's type and its base
    /// classes, most specific first. So a code handler of the app beats a group's HttpException
    /// handler, and within a scope a KeyError handler beats a LookupError handler whatever their
    /// registration order. Null when no handler is registered for it.
    /// </summary>
    public ErrorHandlerFunction? FindErrorHandler(Exception exception)
    {
        if (exception is HttpException { Code: var code })
        {
            for (var g = _groupsOutermostFirst.Count - 1; g >= -1; g--)
            {
                var scope = g >= 0 ? _groupsOutermostFirst[g] : App;
                if (!scope.HasErrorHandlers)
                {
                    continue;
                }

                for (var type = exception.GetType(); type != typeof(HttpException) && type is not null; type = type.BaseType)
                {
                    if (scope.ByType.TryGetValue(type, out var subclassHandler))
                    {
                        return subclassHandler;
                    }
                }

                if (scope.ByCode.TryGetValue(code, out var codeHandler))
                {
                    return codeHandler;
                }
            }
        }

        for (var g = _groupsOutermostFirst.Count - 1; g >= -1; g--)
        {
            var scope = g >= 0 ? _groupsOutermostFirst[g] : App;
            if (scope.ByType.IsEmpty)
            {
                continue;
            }

            for (var type = exception.GetType(); type is not null && typeof(Exception).IsAssignableFrom(type); type = type.BaseType)
            {
                if (scope.ByType.TryGetValue(type, out var handler))
                {
                    return handler;
                }
            }
        }

        return null;
    }
}
