using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0006: the body of a tuple (or of <c>MakeResponse(body, …)</c>) fixed as VRS0001-0003 fix a
/// bare value, in the body's place: null becomes the empty body <c>""</c>, a number its text, a
/// data object <c>Json(value)</c>, a task <c>await task</c>. The status and headers stay.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TupleBodyCodeFixProvider)), Shared]
public sealed class TupleBodyCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EmptyBodyEquivalenceKey = "VRS0006.EmptyBody";

    public const string TextEquivalenceKey = "VRS0006.Text";

    public const string JsonEquivalenceKey = "VRS0006.Json";

    public const string AwaitEquivalenceKey = "VRS0006.Await";

    public TupleBodyCodeFixProvider()
        : base(Descriptors.TupleBody.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        if (context.ExpressionAt(diagnostic) is not { } flagged || context.OperationOf(ValueFixes.Awaited(flagged)) is not { } operation)
        {
            return;
        }

        var body = ValueFixes.Awaited(flagged);

        var unwrapped = ShapeBuilder.Unwrap(operation);
        var stringType = context.Compilation.GetSpecialType(SpecialType.System_String);
        if (unwrapped.ConstantValue is { HasValue: true, Value: null } || unwrapped is IDefaultValueOperation && unwrapped.Type is { IsValueType: false })
        {
            Add(Replace(context, body, stringType, "Send an empty body: \"\"", EmptyBodyEquivalenceKey, Generate.String(string.Empty)));
            return;
        }

        if (ValueFixes.AwaitAsBody(context, body, "Await the task", "Await the task and send its result as JSON", AwaitEquivalenceKey) is { } awaited)
        {
            rewrites.Add(awaited);
            return;
        }

        if (unwrapped.Type is { } type && IsNumber(type) && ValueFixes.Text(context, body) is { } text)
        {
            Add(Replace(context, body, stringType, "Send it as the body text", TextEquivalenceKey, text));
            return;
        }

        if (ValueFixes.IsJsonable(context, unwrapped.Type) && !IsNumber(unwrapped.Type!) && unwrapped.Type is not INamedTypeSymbol { IsTupleType: true })
        {
            Add(Replace(context, body, context.Response, "Send it as JSON: Json(value)", JsonEquivalenceKey, null));
        }

        void Add(Rewrite? rewrite)
        {
            if (rewrite is not null)
            {
                rewrites.Add(rewrite);
            }
        }
    }

    private static Rewrite? Replace(FixContext context, ExpressionSyntax body, ITypeSymbol newType, string title, string key, ExpressionSyntax? replacement) =>
        Placement.Accepts(context, body, newType)
            ? new Rewrite(title, key, body, node => (replacement ?? Generate.Responses("Json", ((ExpressionSyntax)node).WithoutTrivia())).WithTriviaFrom(node))
            : null;

    private static bool IsNumber(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum
        || type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_Double
        || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable && IsNumber(nullable.TypeArguments[0]);
}
