using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0104: a constant status outside 100..599 given to a Results/TypedResults factory or assigned
/// to HttpResponse.StatusCode. Kestrel writes it on the wire; HTTP clients refuse the response.
/// </summary>
internal sealed class StatusRangeCheck : MinimalApiCheck
{
    public StatusRangeCheck()
        : base(Descriptors.StatusRange)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Result is { Status: { } status, StatusConstant: { } code } && !ViewReturnRules.IsValidStatusCode(code))
        {
            report.Report(status.Value.Syntax.GetLocation(), subject.EnclosingName, ViewReturnRules.OutOfRange(code));
        }
        else if (subject.Assignment is { Target: IPropertyReferenceOperation { Property: { Name: "StatusCode" } property } } assignment
                 && SymbolEqualityComparer.Default.Equals(property.ContainingType, subject.Symbols.HttpResponse)
                 && assignment.Value.ConstantValue is { HasValue: true, Value: int assigned }
                 && !ViewReturnRules.IsValidStatusCode(assigned))
        {
            report.Report(assignment.Value.Syntax.GetLocation(), subject.EnclosingName, ViewReturnRules.OutOfRange(assigned));
        }
    }
}
