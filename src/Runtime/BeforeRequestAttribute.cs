namespace ReturnShape;

/// <summary>
/// Marks a delegate parameter whose argument is a before-request function (Flask's
/// <c>before_request</c>): it runs before the view, and its value is coerced like a view's, with
/// one exception — null means "go on": the next function, then the view, runs. Any other value
/// answers the request instead of the view, and the after-request hooks still run on it.
/// Analyzers can check the return values of the delegates passed to such a parameter as view
/// values that may also be null.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class BeforeRequestAttribute : Attribute
{
}
