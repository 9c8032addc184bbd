using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0105: a Results/TypedResults factory that writes a body, given a status that forbids one
/// (1xx, 204, 304). Measured on .NET 10: Text and Content fail the request with 500 on 1xx and 204;
/// Json and Problem drop the body on 204 but send it after a 1xx status; every body is dropped on 304.
/// </summary>
internal sealed class BodilessStatusResultCheck : MinimalApiCheck
{
    public BodilessStatusResultCheck()
        : base(Descriptors.BodilessStatusResult)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Result is not { Status: { } status, StatusConstant: { } code } call
            || !ViewReturnRules.IsValidStatusCode(code)
            || !ViewReturnRules.ForbidsBody(code)
            || call.Body() is null)
        {
            return;
        }

        var properties = call.MayChangeResultType(subject.Symbols) ? ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, FixKeys.StatusCode) : null;
        report.Report(
            status.Value.Syntax.GetLocation(),
            subject.EnclosingName,
            call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " writes a body with the status " + code + ": " + Consequence(call.Name, code),
            properties);
    }

    private static string Consequence(string factory, int code) => (factory, code) switch
    {
        (_, 304) => "the body is dropped",
        ("Text" or "Content", _) => "Kestrel fails the request with 500 instead",
        (_, 204) => "the body is dropped",
        _ => "the body is sent after a 1xx status, which HTTP forbids",
    };
}
