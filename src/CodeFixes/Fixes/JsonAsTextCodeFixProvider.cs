using System.Collections.Generic;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0010: JSON text sent as text. A serializer's output becomes <c>Json(x)</c> (the serializer
/// call unwrapped; the runtime's JSON writer replaces the options); any JSON text can instead keep
/// its exact text and gain the content type: <c>new Response(text, mimetype: "application/json")</c>,
/// or the <c>mimetype</c> argument where a <c>new Response(text)</c> is already written.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JsonAsTextCodeFixProvider)), Shared]
public sealed class JsonAsTextCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string JsonEquivalenceKey = "VRS0010.Json";

    public const string ContentTypeEquivalenceKey = "VRS0010.ContentType";

    public JsonAsTextCodeFixProvider()
        : base(Descriptors.JsonAsText.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        if (context.ExpressionAt(diagnostic) is not { } text)
        {
            return;
        }

        // new Response(text, …): the body must stay text, so the content type is added.
        if (text.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } list }
            && TypeShapes.DerivesFrom(context.TypeOf(creation), context.Response))
        {
            if (list.Arguments.All(a => a.NameColon is null || a.NameColon.Name.Identifier.Text is not ("mimetype" or "contentType")))
            {
                rewrites.Add(new Rewrite("Send it as application/json", ContentTypeEquivalenceKey, list, node => AddMimetype((ArgumentListSyntax)node)));
            }

            return;
        }

        if (SerializerCalls.ValueIndex(context, text) is { } index)
        {
            var rewrite = ValueFixes.Bare(context, text, context.Response, "Send the value with Json(value)", JsonEquivalenceKey,
                inner => Generate.Responses("Json", SerializerCalls.Value(inner, index)));
            if (rewrite is not null)
            {
                rewrites.Add(rewrite);
            }
        }

        // new Response(body) takes a string: the text without the cast that boxed it.
        if (ValueFixes.ValueType(context, text)?.SpecialType == SpecialType.System_String
            && ValueFixes.Bare(context, text, context.Response, "Send the text as application/json", ContentTypeEquivalenceKey,
                inner => Generate.JsonResponse(ValueFixes.Unboxed(inner), ViewReturnRules.JsonMimetype)) is { } typed)
        {
            rewrites.Add(typed);
        }
    }

    private static ArgumentListSyntax AddMimetype(ArgumentListSyntax arguments)
    {
        var items = arguments.Arguments.ToList();
        items.Add(Generate.NamedArgument("mimetype", Generate.String(ViewReturnRules.JsonMimetype)));
        var separators = arguments.Arguments.GetSeparators().ToList();
        separators.Add(Generate.Comma());
        return arguments.WithArguments(SyntaxFactory.SeparatedList(items, separators));
    }
}
