using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        else if (ValueFixes.IsJsonable(context, ValueFixes.ValueType(context, value)))
        {
            if (ValueFixes.Bare(context, value, context.Response, "Send it as JSON: Json(value)", JsonEquivalenceKey,
                    inner => Generate.Responses("Json", inner)) is { } json)
            {
                rewrites.Add(json);
            }
            else if (AtTheReturns(context, value) is { } returned)
            {
                rewrites.Add(returned);
            }
        }
    }

    /// <summary>
    /// A local that other code reads as the object it is (<c>if (item is null)</c>) and the view then
    /// returns: <c>Json(item)</c> where it is returned, the local left as it is.
    /// </summary>
    private static Rewrite? AtTheReturns(FixContext context, ExpressionSyntax value)
    {
        if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || context.Model.GetDeclaredSymbol(declarator, context.CancellationToken) is not ILocalSymbol local
            || Declarations.EnclosingFunction(declarator) is not { } function)
        {
            return null;
        }

        var edits = new List<Edit>();
        foreach (var name in Declarations.References(context, local, function))
        {
            if (Placement.Climb(name).Parent is ReturnStatementSyntax or ArrowExpressionClauseSyntax
                && Declarations.EnclosingFunction(name) == function
                && Placement.Accepts(context, name, context.Response))
            {
                edits.Add(new Edit(name, node => Generate.Responses("Json", ((ExpressionSyntax)node).WithoutTrivia()).WithTriviaFrom(node)));
            }
        }

        return edits.Count == 0 ? null : new Rewrite("Send it as JSON where it is returned: Json(" + local.Name + ")", JsonEquivalenceKey, edits);
    }
}
