using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>A before-request function, with the name its messages and logs give it.</summary>
internal sealed record BeforeRequestFunction(Func<HttpContext, ValueTask<object?>> Invoke, string Name);

/// <summary>An error handler, with the name its messages and logs give it.</summary>
internal sealed record ErrorHandlerFunction(Func<Exception, HttpContext, ValueTask<object?>> Invoke, string Name);

/// <summary>A teardown function, with the name its log entries give it.</summary>
internal sealed record TeardownFunction(Func<Exception?, HttpContext, ValueTask> Invoke, string Name);

/// <summary>
/// The before-request functions, error handlers and teardown functions of one scope: the app
/// (Flask's app) or one route group (a blueprint). The app's are keyed by its root service
/// provider, as the after-request hooks are; a group's object is added once to the group's
/// endpoints as metadata by a group convention, so it reaches every view of the group (nested
/// groups' included) whenever they were mapped, and what is registered on the group later still
/// counts. Registration happens at startup; requests only read immutable snapshots.
/// </summary>
internal sealed class RequestFunctions
{
    private static readonly ConditionalWeakTable<IServiceProvider, RequestFunctions> PerApp = new();
    private static readonly ConditionalWeakTable<IEndpointConventionBuilder, RequestFunctions> PerGroup = new();
    private static readonly object GroupLock = new();

    private ImmutableArray<BeforeRequestFunction> _before = ImmutableArray<BeforeRequestFunction>.Empty;
    private ImmutableDictionary<int, ErrorHandlerFunction> _byCode = ImmutableDictionary<int, ErrorHandlerFunction>.Empty;
    private ImmutableDictionary<Type, ErrorHandlerFunction> _byType = ImmutableDictionary<Type, ErrorHandlerFunction>.Empty;
    private ImmutableArray<TeardownFunction> _teardown = ImmutableArray<TeardownFunction>.Empty;

    /// <summary>The app's functions.</summary>
    public static RequestFunctions ForApp(IEndpointRouteBuilder endpoints) => PerApp.GetValue(endpoints.ServiceProvider, _ => new RequestFunctions());

    /// <summary>A route group's functions for a group, the app's for anything else.</summary>
    public static RequestFunctions For(IEndpointRouteBuilder builder)
    {
        if (builder is not IEndpointConventionBuilder group)
        {
            return ForApp(builder);
        }

        lock (GroupLock)
        {
            if (!PerGroup.TryGetValue(group, out var functions))
            {
                functions = new RequestFunctions();
                var metadata = functions;
                group.Add(endpoint => endpoint.Metadata.Add(metadata));
                PerGroup.Add(group, functions);
            }

            return functions;
        }
    }

    /// <summary>In registration order, as Flask runs them.</summary>
    public ImmutableArray<BeforeRequestFunction> Before => _before;

    public ImmutableDictionary<int, ErrorHandlerFunction> ByCode => _byCode;

    public ImmutableDictionary<Type, ErrorHandlerFunction> ByType => _byType;

    /// <summary>In registration order; Flask runs them in reverse.</summary>
    public ImmutableArray<TeardownFunction> Teardown => _teardown;

    public bool HasErrorHandlers => !_byCode.IsEmpty || !_byType.IsEmpty;

    public void AddBefore(BeforeRequestFunction function) => ImmutableInterlocked.Update(ref _before, list => list.Add(function));

    /// <summary>One handler per code and scope: registering the code again replaces it, as in Flask.</summary>
    public void SetHandler(int code, ErrorHandlerFunction handler) => ImmutableInterlocked.Update(ref _byCode, map => map.SetItem(code, handler));

    /// <summary>One handler per exception type and scope: registering the type again replaces it, as in Flask.</summary>
    public void SetHandler(Type exceptionType, ErrorHandlerFunction handler) => ImmutableInterlocked.Update(ref _byType, map => map.SetItem(exceptionType, handler));

    public void AddTeardown(TeardownFunction function) => ImmutableInterlocked.Update(ref _teardown, list => list.Add(function));
}
