using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Rules;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0011: <c>Json(JsonSerializer.Serialize(x))</c> becomes <c>Json(x)</c>; JSON text that no
/// serializer call can be unwrapped from (a literal, <c>ToJsonString()</c>) is sent as it is, with
/// the content type: <c>new Response(text, mimetype: "application/json")</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JsonEncodedTwiceCodeFixProvider)), Shared]
public sealed class JsonEncodedTwiceCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EquivalenceKey = "VRS0011.EncodeOnce";

    public JsonEncodedTwiceCodeFixProvider()
        : base(Descriptors.JsonEncodedTwice.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        if (context.ExpressionAt(diagnostic) is not { } text)
        {
            return;
        }

        if (SerializerCalls.ValueIndex(context, text) is { } index)
        {
            // The value replaces the text where it stands: that place must take it (Json's argument does; a string local does not).
            var value = ((InvocationExpressionSyntax)text).ArgumentList.Arguments[index].Expression;
            if (context.TypeOf(value) is not { } valueType || !Placement.Accepts(context, text, valueType))
            {
                return;
            }

            rewrites.Add(new Rewrite("Give Json the value, not its JSON text", EquivalenceKey, text,
                node => SerializerCalls.Value((ExpressionSyntax)node, index).WithTriviaFrom(node)));
            return;
        }

        if (text.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } }
            && context.IsResponsesCall(call, "Json"))
        {
            rewrites.Add(new Rewrite("Send the JSON text as it is, as application/json", EquivalenceKey, call, node =>
                Generate.JsonResponse(((InvocationExpressionSyntax)node).ArgumentList.Arguments[0].Expression, ViewReturnRules.JsonMimetype).WithTriviaFrom(node)));
        }
    }
}
