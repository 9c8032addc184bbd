using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// The syntax the fixes write. Calls into <c>Responses</c> are written fully qualified and marked;
/// <see cref="DocumentRewriter"/> then names them as the file's usings allow. Other type names are
/// left to the simplifier. The trivia is explicit, so the user's own code inside the new calls is
/// never reformatted.
/// </summary>
internal static class Generate
{
    /// <summary>Marks a call into <c>Responses</c>; its data is the member's name.</summary>
    public const string ResponsesMemberKind = "ReturnShape.CodeFixes.ResponsesMember";

    public const string ResponsesTypeName = "global::ReturnShape.Responses";

    public const string ResponseTypeName = "global::ReturnShape.Response";

    public static InvocationExpressionSyntax Responses(string member, params ExpressionSyntax[] arguments) =>
        Responses(member, Arguments(arguments));

    public static InvocationExpressionSyntax Responses(string member, ArgumentListSyntax arguments)
    {
        // The name is chosen once the document's usings are known (DocumentRewriter).
        var access = ParseExpression(ResponsesTypeName + "." + member).WithAdditionalAnnotations(new SyntaxAnnotation(ResponsesMemberKind, member));
        return InvocationExpression(access, arguments);
    }

    /// <summary><c>new ReturnShape.Response(body, mimetype: "application/json")</c>.</summary>
    public static ExpressionSyntax JsonResponse(ExpressionSyntax body, string mimetype) =>
        ObjectCreationExpression(Token(SyntaxKind.NewKeyword).WithTrailingTrivia(Space),
            ParseTypeName(ResponseTypeName).WithAdditionalAnnotations(Simplifier.Annotation),
            Arguments(Argument(body.WithoutTrivia()), NamedArgument("mimetype", String(mimetype))),
            null);

    public static ArgumentListSyntax Arguments(params ExpressionSyntax[] arguments)
    {
        var list = new List<ArgumentSyntax>(arguments.Length);
        foreach (var argument in arguments)
        {
            list.Add(Argument(argument));
        }

        return Arguments(list.ToArray());
    }

    public static ArgumentListSyntax Arguments(params ArgumentSyntax[] arguments) =>
        ArgumentList(Token(SyntaxKind.OpenParenToken), SeparatedList(arguments, Commas(arguments.Length - 1)), Token(SyntaxKind.CloseParenToken));

    public static ArgumentSyntax NamedArgument(string name, ExpressionSyntax value) =>
        Argument(NameColon(IdentifierName(name), Token(SyntaxKind.ColonToken).WithTrailingTrivia(Space)), default, value);

    public static IEnumerable<SyntaxToken> Commas(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Comma();
        }
    }

    public static SyntaxToken Comma() => Token(TriviaList(), SyntaxKind.CommaToken, TriviaList(Space));

    public static LiteralExpressionSyntax String(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    public static LiteralExpressionSyntax Int(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static LiteralExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Long(long value) =>
        value is >= int.MinValue and <= int.MaxValue ? Int((int)value) : ParseExpression(value.ToString(CultureInfo.InvariantCulture) + "L");

    /// <summary><c>expression.member(arguments)</c>, the expression parenthesized where it would not bind as the receiver.</summary>
    public static InvocationExpressionSyntax MemberCall(ExpressionSyntax receiver, string member, ArgumentListSyntax arguments) =>
        InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, AsReceiver(receiver), IdentifierName(member)),
            arguments);

    public static ExpressionSyntax AsReceiver(ExpressionSyntax expression) => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
        or ElementAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax or ObjectCreationExpressionSyntax
        ? expression
        : ParenthesizedExpression(expression);

    /// <summary>
    /// The node with its elastic trivia (what SyntaxFactory puts around tokens it makes) made
    /// plain: elastic trivia asks the code action's cleanup to format the node, which over
    /// thousands of Fix All edits costs seconds and may reformat the user's code inside.
    /// </summary>
    public static SyntaxNode Settled(SyntaxNode node) =>
        node.ReplaceTokens(
            node.DescendantTokens().Where(token => HasElastic(token.LeadingTrivia) || HasElastic(token.TrailingTrivia)),
            (_, token) => token.WithLeadingTrivia(Settle(token.LeadingTrivia)).WithTrailingTrivia(Settle(token.TrailingTrivia)));

    private static bool HasElastic(SyntaxTriviaList trivia) => trivia.Any(t => t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation));

    private static SyntaxTriviaList Settle(SyntaxTriviaList trivia)
    {
        var settled = new List<SyntaxTrivia>(trivia.Count);
        foreach (var item in trivia)
        {
            if (!item.HasAnnotation(SyntaxAnnotation.ElasticAnnotation))
            {
                settled.Add(item);
            }
            else if (item.Span.Length > 0)
            {
                settled.Add(item.IsKind(SyntaxKind.EndOfLineTrivia) ? EndOfLine(item.ToString()) : Whitespace(item.ToString()));
            }
        }

        return TriviaList(settled);
    }

    /// <summary><c>await expression</c>, keeping the expression's trivia outside.</summary>
    public static ExpressionSyntax Await(ExpressionSyntax expression) =>
        AwaitExpression(Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(Space), AsReceiver(expression.WithoutTrivia())).WithTriviaFrom(expression);
}
