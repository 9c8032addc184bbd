using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// Maps views onto ASP.NET Core endpoint routing. Routing, parameter binding (route values, query,
/// body, services, <c>HttpContext</c>) and handler invocation are the framework's own minimal-API
/// machinery; a view only adds an endpoint filter that turns the return value into a response.
/// </summary>
public static class ViewEndpointRouteBuilderExtensions
{
    /// <summary>Maps a view answering GET and HEAD, as a Flask route without <c>methods</c> does.</summary>
    public static RouteHandlerBuilder MapView(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        [View] Delegate handler) =>
        MapView(endpoints, pattern, ViewMethods.Default, handler);

    /// <summary>Maps a view answering the given HTTP methods (HEAD is added wherever GET is).</summary>
    public static RouteHandlerBuilder MapView(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        IEnumerable<string> httpMethods,
        [View] Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(httpMethods);
        ArgumentNullException.ThrowIfNull(handler);

        var appHooks = AfterRequestHooks.For(endpoints);
        var appFunctions = RequestFunctions.ForApp(endpoints);
        return endpoints
            .MapMethods(pattern, ViewMethods.Normalize(httpMethods), handler)
            .AddEndpointFilterFactory((context, next) => new ViewFilter(context.MethodInfo, appHooks, appFunctions, next).InvokeAsync);
    }

    /// <summary>Maps every static <c>[View("/path")]</c> method declared on <typeparamref name="T"/>.</summary>
    public static IEndpointConventionBuilder MapViews<T>(this IEndpointRouteBuilder endpoints) =>
        MapViews(endpoints, new[] { typeof(T) });

    /// <summary>
    /// Maps every static <c>[View("/path")]</c> method declared on <paramref name="type"/> — the
    /// form for a static class of views, which C# does not allow as a type argument.
    /// </summary>
    public static IEndpointConventionBuilder MapViews(this IEndpointRouteBuilder endpoints, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return MapViews(endpoints, new[] { type });
    }

    /// <summary>Maps every static <c>[View("/path")]</c> method declared in <paramref name="assembly"/>.</summary>
    public static IEndpointConventionBuilder MapViews(this IEndpointRouteBuilder endpoints, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return MapViews(endpoints, assembly.GetTypes().OrderBy(type => type.FullName, StringComparer.Ordinal));
    }

    private static IEndpointConventionBuilder MapViews(IEndpointRouteBuilder endpoints, IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var builders = new List<RouteHandlerBuilder>();
        foreach (var type in types)
        {
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            var methods = type.GetMethods(Declared | BindingFlags.Static | BindingFlags.Instance)
                .OrderBy(method => method.MetadataToken);
            foreach (var method in methods)
            {
                if (method.GetCustomAttribute<ViewAttribute>() is not { Path: { } path } view)
                {
                    continue;
                }

                var methodsOf = view.Methods ?? ViewMethods.Default;
                builders.Add(MapView(endpoints, path, methodsOf, CreateDelegate(method)));
            }
        }

        return new ViewConventionBuilder(builders);
    }

    // Minimal APIs bind from a Delegate; a delegate over the method itself keeps its parameters'
    // attributes ([FromQuery], [FromServices]...) visible to the binder.
    private static Delegate CreateDelegate(MethodInfo method)
    {
        var name = method.DeclaringType?.FullName + "." + method.Name;
        if (!method.IsStatic)
        {
            throw new InvalidOperationException(
                $"The view {name} must be static to be mapped with MapViews: a view is a function, and its dependencies are parameters bound per request ([FromServices], HttpContext...).");
        }

        if (method.ContainsGenericParameters)
        {
            throw new InvalidOperationException($"The view {name} is generic; a route cannot choose its type arguments.");
        }

        var signature = method.GetParameters().Select(parameter => parameter.ParameterType).Append(method.ReturnType).ToArray();
        return method.CreateDelegate(Expression.GetDelegateType(signature));
    }
}
