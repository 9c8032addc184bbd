using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// The app-wide after-request hooks. An app and all its route groups share one root service
/// provider, so it keys them: no service registration is needed, and two apps in one process
/// (as in tests) keep their own.
/// </summary>
internal sealed class AfterRequestHooks
{
    private static readonly ConditionalWeakTable<IServiceProvider, AfterRequestHooks> PerApp = new();

    private ImmutableArray<Func<Response, HttpContext, Response>> _hooks = ImmutableArray<Func<Response, HttpContext, Response>>.Empty;

    public static AfterRequestHooks For(IEndpointRouteBuilder endpoints) => PerApp.GetValue(endpoints.ServiceProvider, _ => new AfterRequestHooks());

    /// <summary>Hooks run in reverse order of registration, as Flask runs its after_request functions.</summary>
    public ImmutableArray<Func<Response, HttpContext, Response>> Hooks => _hooks;

    public void Add(Func<Response, HttpContext, Response> hook) => ImmutableInterlocked.Update(ref _hooks, hooks => hooks.Add(hook));
}
