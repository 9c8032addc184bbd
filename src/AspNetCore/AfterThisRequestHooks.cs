namespace ReturnShape.AspNetCore;

/// <summary>The hooks one view registered for its own request; an HttpContext feature while the view runs.</summary>
internal sealed class AfterThisRequestHooks
{
    // Most views register none: the list is made on the first one.
    private List<Func<Response, Response>>? _hooks;

    public IReadOnlyList<Func<Response, Response>> Hooks => (IReadOnlyList<Func<Response, Response>>?)_hooks ?? Array.Empty<Func<Response, Response>>();

    public void Add(Func<Response, Response> hook) => (_hooks ??= new List<Func<Response, Response>>()).Add(hook);
}
