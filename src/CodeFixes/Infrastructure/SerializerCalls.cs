using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.CodeFixes;

/// <summary>The value a serializer call turns into JSON text: <c>x</c> of <c>JsonSerializer.Serialize(x[, options])</c> or <c>JsonConvert.SerializeObject(x)</c>.</summary>
internal static class SerializerCalls
{
    /// <summary>The index, in the call's argument list, of the serialized value; null when the expression is no such call.</summary>
    public static int? ValueIndex(FixContext context, ExpressionSyntax expression)
    {
        if (expression is not InvocationExpressionSyntax invocation || context.OperationOf(invocation) is not IInvocationOperation { TargetMethod: { } method } operation)
        {
            return null;
        }

        var known = context.Known;
        var parameters = method.Parameters;
        var unwraps =
            method.Name == "Serialize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, known.JsonSerializer)
            && (parameters.Length == 1 || parameters.Length == 2 && parameters[1].Type.Name == "JsonSerializerOptions")
            || method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, known.NewtonsoftJsonConvert) && parameters.Length == 1;
        if (!unwraps)
        {
            return null;
        }

        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 && argument.Syntax is ArgumentSyntax syntax)
            {
                return invocation.ArgumentList.Arguments.IndexOf(syntax);
            }
        }

        return null;
    }

    /// <summary>The serialized value of a (rewritten) serializer call, without its trivia.</summary>
    public static ExpressionSyntax Value(ExpressionSyntax call, int index) =>
        ((InvocationExpressionSyntax)call).ArgumentList.Arguments[index].Expression.WithoutTrivia();
}

