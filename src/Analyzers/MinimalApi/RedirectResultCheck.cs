using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers.Model;
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

        var properties = IsRedirectInDisguise(call, code, subject.Symbols) ? ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, FixKeys.Redirect) : null;
        report.Report(
            status.Value.Syntax.GetLocation(),
            subject.EnclosingName,
            call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " answers " + code + " and nothing sets the " + ViewReturnRules.Location + " header",
            properties);
    }

    // Text("/login", statusCode: 302) names its target: Redirect(url[, permanent][, preserveMethod])
    // says the same with Location set. Redirect has no form for 303, and drops a content type or
    // encoding, so a call that gives one keeps its diagnostic without a fix.
    private static bool IsRedirectInDisguise(ResultCall call, int code, AspNetSymbols symbols)
    {
        if (code == 303 || call.Name is not ("Text" or "Content")
            || call.Argument("content") is not { } content
            || content.Value.ConstantValue is not { HasValue: true, Value: string url } || !RedirectTarget.IsUrl(url))
        {
            return false;
        }

        foreach (var argument in call.Invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name is not ("content" or "statusCode")
                && argument.Value.ConstantValue is not { HasValue: true, Value: null })
            {
                return false;
            }
        }

        // TypedResults.Redirect is a RedirectHttpResult, not the ContentHttpResult the place may be typed for.
        return call.MayChangeResultType(symbols) || call.IsInferredLambdaReturn();
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
