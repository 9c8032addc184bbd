using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0104: a constant status outside 100..599 given to a Results/TypedResults factory or assigned
/// to HttpResponse.StatusCode. Kestrel writes it on the wire; HTTP clients refuse the response.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StatusRangeAnalyzer : MinimalApiAnalyzer
{
    public StatusRangeAnalyzer()
        : base(Descriptors.ResultStatusOutOfRange)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, AspNetSymbols symbols, OnceReporter report)
    {
        start.RegisterOperationAction(
            context =>
            {
                if (ResultCall.From(context.Operation, symbols) is { Status: { } status, StatusConstant: { } code }
                    && !ViewReturnRules.IsValidStatusCode(code))
                {
                    report.Report(context.ReportDiagnostic, status.Value.Syntax.GetLocation(), EnclosingFunction.Name(context.Operation, symbols), ViewReturnRules.OutOfRange(code));
                }
            },
            OperationKind.Invocation);

        start.RegisterOperationAction(
            context =>
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "StatusCode" } property }
                    && SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.HttpResponse)
                    && assignment.Value.ConstantValue is { HasValue: true, Value: int code }
                    && !ViewReturnRules.IsValidStatusCode(code))
                {
                    report.Report(context.ReportDiagnostic, assignment.Value.Syntax.GetLocation(), EnclosingFunction.Name(assignment, symbols), ViewReturnRules.OutOfRange(code));
                }
            },
            OperationKind.SimpleAssignment);
    }
}
