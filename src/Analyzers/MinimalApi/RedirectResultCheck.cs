using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0106: a redirect status (301, 302, 303, 307, 308) given to a Results/TypedResults factory in
/// code that never touches the response's headers, so nothing can have set Location: the client
/// gets a redirect to nowhere.
/// </summary>
internal sealed class RedirectResultCheck : MinimalApiCheck
{
    public RedirectResultCheck()
        : base(Descriptors.RedirectResult)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Result is not { Status: { } status, StatusConstant: { } code } call
            || !ViewReturnRules.IsRedirect(code)
            || TouchesResponse(EnclosingFunction.Body(subject.Operation), subject.Symbols))
        {
            return;
        }

        report.Report(
            status.Value.Syntax.GetLocation(),
            subject.EnclosingName,
            call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " answers " + code + " and nothing sets the " + ViewReturnRules.Location + " header");
    }

    // Code that reads the HttpContext or HttpResponse at all (headers, Redirect, a helper given the context)
    // may have set Location: only code that never sees the response is certainly without one.
    private static bool TouchesResponse(IOperation body, AspNetSymbols symbols)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation.Type is { } type && (SymbolEqualityComparer.Default.Equals(type, symbols.HttpContext)
                || SymbolEqualityComparer.Default.Equals(type, symbols.HttpResponse)
                || SymbolEqualityComparer.Default.Equals(type, symbols.HeaderDictionary)))
            {
                return true;
            }
        }

        return false;
    }
}
