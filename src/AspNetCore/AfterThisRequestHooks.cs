namespace ReturnShape.AspNetCore;

/// <summary>The hooks one view registered for its own request; an HttpContext feature while the view runs.</summary>
internal sealed class AfterThisRequestHooks
{
    private readonly List<Func<Response, Response>> _hooks = new();

    public IReadOnlyList<Func<Response, Response>> Hooks => _hooks;

    public void Add(Func<Response, Response> hook) => _hooks.Add(hook);
}
