namespace ReturnShape;

/// <summary>
/// What an error message calls the function whose value broke a view rule. Error handlers,
/// before-request functions and after-request hooks follow the same rules as views, and their
/// messages name them as what they are: "The error handler 'NotFound' did not return a valid response: ...".
/// </summary>
internal static class ViewSubjects
{
    public const string View = "The view";

    public const string ErrorHandler = "The error handler";

    public const string BeforeRequest = "The before-request function";

    public const string AfterRequest = "The after-request hook";
}
