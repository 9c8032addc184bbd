using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0107: the Set-Cookie response header assigned (Headers["Set-Cookie"] = …, Headers.SetCookie = …)
/// after Cookies.Append or Cookies.Delete in the same function: the assignment replaces the header's
/// values, and the cookies appended before are never sent.
/// </summary>
internal sealed class SetCookieOverwriteCheck : MinimalApiCheck
{
    public SetCookieOverwriteCheck()
        : base(Descriptors.SetCookieOverwrite)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Assignment is not { } assignment
            || !IsSetCookie(assignment.Target, subject.Symbols)
            || FirstCookieCall(EnclosingFunction.Body(assignment), assignment, subject.Symbols) is not { } cookieCall)
        {
            return;
        }

        report.Report(
            assignment.Syntax.GetLocation(),
            subject.EnclosingName,
            "assigning the " + ViewReturnRules.SetCookie + " header replaces the cookie set by Cookies." + cookieCall.TargetMethod.Name + " before it",
            ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, FixKeys.Append));
    }

    private static bool IsSetCookie(IOperation target, AspNetSymbols symbols)
    {
        if (target is not IPropertyReferenceOperation { Property: { } property } reference
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.HeaderDictionary))
        {
            return false;
        }

        if (property.IsIndexer)
        {
            return reference.Arguments.Length == 1 && NamesSetCookie(reference.Arguments[0].Value);
        }

        return property.Name == "SetCookie";
    }

    // A constant, or HeaderNames.SetCookie (a static readonly field, not a constant, since .NET 6).
    private static bool NamesSetCookie(IOperation name) => name switch
    {
        { ConstantValue: { HasValue: true, Value: string text } } => string.Equals(text, ViewReturnRules.SetCookie, StringComparison.OrdinalIgnoreCase),
        IFieldReferenceOperation { Field: { Name: "SetCookie", ContainingType: { Name: "HeaderNames" } type } } =>
            type.ContainingNamespace.ToDisplayString() == "Microsoft.Net.Http.Headers",
        _ => false,
    };

    private static IInvocationOperation? FirstCookieCall(IOperation body, IOperation assignment, AspNetSymbols symbols)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod: { Name: "Append" or "Delete" } method } invocation
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ResponseCookies)
                && invocation.Syntax.SpanStart < assignment.Syntax.SpanStart)
            {
                return invocation;
            }
        }

        return null;
    }
}
