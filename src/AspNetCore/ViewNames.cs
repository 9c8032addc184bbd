using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReturnShape.AspNetCore;

/// <summary>
/// The name a view goes by in error messages and logs — Flask's endpoint name. An explicit
/// endpoint name (<c>WithName</c>) wins, then the method's own name, and for a lambda, which has
/// no name of its own, the route pattern.
/// </summary>
internal static partial class ViewNames
{
    public static string? FromMethod(MethodInfo method)
    {
        if (!method.Name.Contains('<'))
        {
            return method.Name;
        }

        // A local function compiles to "<Outer>g__Name|0_1".
        var local = LocalFunctionName().Match(method.Name);
        return local.Success ? local.Groups[1].Value : null;
    }

    public static string Resolve(Endpoint? endpoint, string? methodViewName) =>
        endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
        ?? methodViewName
        ?? RouteOf(endpoint);

    public static string RouteOf(Endpoint? endpoint) =>
        (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? endpoint?.DisplayName ?? "(no route)";

    [GeneratedRegex(@"g__([^|]+)\|")]
    private static partial Regex LocalFunctionName();
}
