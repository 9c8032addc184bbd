using Microsoft.AspNetCore.Builder;

namespace ReturnShape.AspNetCore;

/// <summary>
/// The endpoints MapViews created, as one convention builder, so that
/// <c>MapViews&lt;T&gt;().RequireAuthorization()</c> applies to all of them.
/// </summary>
internal sealed class ViewConventionBuilder : IEndpointConventionBuilder
{
    private readonly IReadOnlyList<IEndpointConventionBuilder> _builders;

    public ViewConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) => _builders = builders;

    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var builder in _builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var builder in _builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}
