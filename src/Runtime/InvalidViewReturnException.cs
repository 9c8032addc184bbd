using ReturnShape.Rules;

namespace ReturnShape;

/// <summary>
/// A view returned a value that cannot become a response. The message is the rule's own text,
/// the same the analyzer reports at build time, and names the view and the rule id.
/// </summary>
public sealed class InvalidViewReturnException : Exception
{
    internal InvalidViewReturnException(ViewReturnRule rule, string viewName, string detail, Exception? inner = null)
        : base(rule.FormatMessage(viewName, detail), inner)
    {
        RuleId = rule.Id;
        ViewName = viewName;
        Detail = detail;
        HelpLink = rule.HelpLink;
    }

    /// <summary>The rule the value breaks, e.g. <c>VRS0001</c>.</summary>
    public string RuleId { get; }

    public string ViewName { get; }

    /// <summary>What exactly is wrong, e.g. "it returned null".</summary>
    public string Detail { get; }
}
