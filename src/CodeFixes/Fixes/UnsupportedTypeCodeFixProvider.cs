using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ReturnShape.Analyzers;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0003: a data object (class, record, struct, anonymous object, set, date) is sent as JSON,
/// <c>Json(value)</c>; a task that was not awaited is awaited, and its result sent as JSON when
/// it is such an object. Delegates, plain <c>object</c>s and
/// <c>Headers</c> have no fix: what they should have been is the user's call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsupportedTypeCodeFixProvider)), Shared]
public sealed class UnsupportedTypeCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string JsonEquivalenceKey = "VRS0003.Json";

    public const string AwaitEquivalenceKey = "VRS0003.Await";

    public UnsupportedTypeCodeFixProvider()
        : base(Descriptors.UnsupportedType.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        if (context.ExpressionAt(diagnostic) is not { } flagged)
        {
            return;
        }

        var value = ValueFixes.Awaited(flagged);

        if (ValueFixes.AwaitAsBody(context, value, "Await the task", "Await the task and send its result as JSON", AwaitEquivalenceKey) is { } awaited)
        {
            rewrites.Add(awaited);
        }
        else if (ValueFixes.IsJsonable(context, ValueFixes.ValueType(context, value))
                 && ValueFixes.Bare(context, value, context.Response, "Send it as JSON: Json(value)", JsonEquivalenceKey,
                     inner => Generate.Responses("Json", inner)) is { } json)
        {
            rewrites.Add(json);
        }
    }
}
