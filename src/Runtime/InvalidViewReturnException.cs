using ReturnShape.Rules;

namespace ReturnShape;

/// <summary>
/// A view returned a value that cannot become a response. The message is the rule's own text,
/// the same the analyzer reports at build time, and names the view and the rule id. An error
/// handler, a before-request function or an after-request hook whose value breaks a rule gets the
/// same exception, its message naming it as what it is ("The error handler 'NotFound' ...").
/// </summary>
public sealed class InvalidViewReturnException : Exception
{
    internal InvalidViewReturnException(ViewReturnRule rule, string viewName, string detail, Exception? inner = null, string subject = ViewSubjects.View)
        : base(rule.FormatMessage(subject, viewName, detail), inner)
    {
        RuleId = rule.Id;
        ViewName = viewName;
        Detail = detail;
        Subject = subject;
        HelpLink = rule.HelpLink;
    }

    /// <summary>The rule the value breaks, e.g. <c>VRS0001</c>.</summary>
    public string RuleId { get; }

    /// <summary>The name of the view (or error handler, or hook) whose value it was.</summary>
    public string ViewName { get; }

    /// <summary>What exactly is wrong, e.g. "it returned null".</summary>
    public string Detail { get; }

    /// <summary>"The view", "The error handler", "The before-request function" or "The after-request hook".</summary>
    internal string Subject { get; }
}
