namespace ReturnShape;

/// <summary>
/// Marks a delegate parameter whose argument is an after-request hook (Flask's
/// <c>after_request</c>): it receives the response of a view, an error handler or a
/// before-request function and returns the response to send — the same one, changed, or
/// another. It must not return null: the runtime refuses that (VRS0001, naming the hook).
/// Analyzers can check the return values of the delegates passed to such a parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class AfterRequestAttribute : Attribute
{
}
