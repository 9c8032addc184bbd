using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// What the minimal-API checks look at in one operation, worked out once for all of them: the route
/// handler a Map call registers, the Results/TypedResults call an invocation is, or an assignment.
/// </summary>
internal readonly struct ApiSubject
{
    private ApiSubject(IOperation operation, AspNetSymbols symbols, RouteHandler? handler, ResultCall? result, ISimpleAssignmentOperation? assignment)
    {
        Operation = operation;
        Symbols = symbols;
        Handler = handler;
        Result = result;
        Assignment = assignment;
    }

    public IOperation Operation { get; }

    public AspNetSymbols Symbols { get; }

    /// <summary>The handler, when the operation is a Map call.</summary>
    public RouteHandler? Handler { get; }

    /// <summary>The factory call, when the operation is a Results or TypedResults call.</summary>
    public ResultCall? Result { get; }

    public ISimpleAssignmentOperation? Assignment { get; }

    /// <summary>The member the operation is in, as messages about code outside a route handler name it.</summary>
    public string EnclosingName => EnclosingFunction.Name(Operation, Symbols);

    public static ApiSubject Of(IOperation operation, AspNetSymbols symbols) => operation switch
    {
        IInvocationOperation invocation => new(operation, symbols, RouteHandler.Find(invocation, symbols), ResultCall.From(invocation, symbols), null),
        ISimpleAssignmentOperation assignment => new(operation, symbols, null, null, assignment),
        _ => new(operation, symbols, null, null, null),
    };
}
