using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.CodeFixes;

/// <summary>VRS0001: <c>null</c> becomes an empty 204 response, <c>MakeResponse("", 204)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullValueCodeFixProvider)), Shared]
public sealed class NullValueCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EquivalenceKey = "VRS0001.NoContent";

    public NullValueCodeFixProvider()
        : base(Descriptors.NullValue.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        // A declaration that returns nothing (void, Task) has no value to replace.
        if (context.ExpressionAt(diagnostic) is not { } value || !IsNull(context, value))
        {
            return;
        }

        if (ValueFixes.Bare(context, value, context.Response, "Return an empty 204 response: MakeResponse(\"\", 204)", EquivalenceKey,
                _ => Generate.Responses("MakeResponse", Generate.String(string.Empty), Generate.Int(204))) is { } rewrite)
        {
            rewrites.Add(rewrite);
        }
    }

    private static bool IsNull(FixContext context, ExpressionSyntax value) =>
        context.OperationOf(value) is { } operation
        && ShapeBuilder.Unwrap(operation) is var unwrapped
        && (unwrapped.ConstantValue is { HasValue: true, Value: null } || unwrapped is IDefaultValueOperation);
}
