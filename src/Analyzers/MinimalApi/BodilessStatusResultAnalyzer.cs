using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0105: a Results/TypedResults factory that writes a body, given a status that forbids one
/// (1xx, 204, 304). Kestrel fails the request with 500 on 1xx and 204, and drops the body on 304.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BodilessStatusResultAnalyzer : MinimalApiAnalyzer
{
    public BodilessStatusResultAnalyzer()
        : base(Descriptors.ResultBodyWithBodilessStatus)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, AspNetSymbols symbols, OnceReporter report) =>
        start.RegisterOperationAction(
            context =>
            {
                if (ResultCall.From(context.Operation, symbols) is not { Status: { } status, StatusConstant: { } code } call
                    || !ViewReturnRules.IsValidStatusCode(code)
                    || !ViewReturnRules.ForbidsBody(code)
                    || call.Body() is null)
                {
                    return;
                }

                var consequence = code == 304 ? "the body is dropped" : "Kestrel fails the request with 500 instead";
                var properties = call.MayChangeResultType(symbols) ? ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, FixKeys.StatusCode) : null;
                report.Report(
                    context.ReportDiagnostic,
                    status.Value.Syntax.GetLocation(),
                    EnclosingFunction.Name(context.Operation, symbols),
                    call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " writes a body with the status " + code + ": " + consequence,
                    properties);
            },
            Microsoft.CodeAnalysis.OperationKind.Invocation);
}
