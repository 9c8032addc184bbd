using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Rules;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>
/// The expressions the minimal-API fixes write, as text parsed once: the arguments keep the user's
/// own text (comments and line breaks inside them included), only the call around them is new.
/// </summary>
internal static class Build
{
    /// <summary><c>receiver.name(argument, argument…)</c>; each argument is source text such as <c>"statusCode: 404"</c>.</summary>
    public static ExpressionSyntax Call(string receiver, string name, params string[] arguments) =>
        SyntaxFactory.ParseExpression(receiver + "." + name + "(" + string.Join(", ", arguments) + ")");

    public static ExpressionSyntax Results(string name, params string[] arguments) => Call("Results", name, arguments);

    /// <summary>
    /// The text of <paramref name="node"/> with the comments around it but not its line breaks and
    /// indentation; a // comment becomes /* */, since code now follows it on the same line.
    /// </summary>
    public static string Text(SyntaxNode node)
    {
        var text = new System.Text.StringBuilder();
        foreach (var trivia in node.GetLeadingTrivia())
        {
            AppendComment(text, trivia);
        }

        text.Append(node.WithoutTrivia().ToFullString());
        foreach (var trivia in node.GetTrailingTrivia())
        {
            AppendComment(text, trivia);
        }

        return text.ToString().Trim();
    }

    private static void AppendComment(System.Text.StringBuilder text, SyntaxTrivia trivia)
    {
        if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
        {
            text.Append(' ').Append(trivia.ToFullString()).Append(' ');
        }
        else if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
        {
            text.Append(" /* ").Append(trivia.ToFullString().Substring(2).Trim().Replace("*/", "* /")).Append(" */ ");
        }
    }

    public static string Named(string name, string value) => name + ": " + value;

    public static string JsonContentType() => Named("contentType", SyntaxFactory.Literal(ViewReturnRules.JsonMimetype).Text);

    /// <summary>The text of a status argument: an HttpStatusCode is cast to int.</summary>
    public static string Status(ExpressionSyntax status, ITypeSymbol? type) =>
        type?.TypeKind == TypeKind.Enum
            ? "(int)" + (status is IdentifierNameSyntax or MemberAccessExpressionSyntax ? Text(status) : "(" + Text(status) + ")")
            : Text(status);

    /// <summary>The argument list of <paramref name="invocation"/> as texts, in order.</summary>
    public static string[] Arguments(InvocationExpressionSyntax invocation) => invocation.ArgumentList.Arguments.Select(a => Text(a)).ToArray();
}
