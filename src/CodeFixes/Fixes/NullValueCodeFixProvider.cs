using System.Collections.Generic;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0001: <c>null</c> becomes an empty 204 response, <c>MakeResponse("", 204)</c>; a view declared
/// <c>void</c>, <c>Task</c> or <c>ValueTask</c> is declared <c>Response</c> (<c>Task&lt;Response&gt;</c>…)
/// and returns that response wherever it returned nothing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullValueCodeFixProvider)), Shared]
public sealed class NullValueCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EquivalenceKey = "VRS0001.NoContent";

    private const string Title = "Return an empty 204 response: MakeResponse(\"\", 204)";

    public NullValueCodeFixProvider()
        : base(Descriptors.NullValue.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        // A return type is an expression node too: the declaration is looked at first.
        if (DeclaredWithoutValue(context, diagnostic) is { } declaration)
        {
            rewrites.Add(declaration);
            return;
        }

        if (context.ExpressionAt(diagnostic) is { } value && IsNull(context, value) && ValueFixes.Bare(context, value, context.Response, Title, EquivalenceKey, _ => NoContent()) is { } rewrite)
        {
            rewrites.Add(rewrite);
        }
    }

    private static ExpressionSyntax NoContent() => Generate.Responses("MakeResponse", Generate.String(string.Empty), Generate.Int(204));

    private static bool IsNull(FixContext context, ExpressionSyntax value) =>
        context.OperationOf(value) is { } operation
        && ShapeBuilder.Unwrap(operation) is var unwrapped
        && (unwrapped.ConstantValue is { HasValue: true, Value: null } || unwrapped is IDefaultValueOperation);

    /// <summary>
    /// A method or local function that returns nothing (the diagnostic is on its return type): retyped,
    /// each <c>return;</c> given the response, and the response returned at the end when the end is reached.
    /// </summary>
    private static Rewrite? DeclaredWithoutValue(FixContext context, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (diagnostic.Location.SourceTree != context.Root.SyntaxTree || !context.Root.FullSpan.Contains(span)
            || context.Root.FindNode(span, getInnermostNodeForTie: true) is not TypeSyntax returnType
            || returnType.Parent is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax) || Declarations.ReturnTypeOf(returnType.Parent) != returnType
            || context.Model.GetDeclaredSymbol(returnType.Parent, context.CancellationToken) is not IMethodSymbol method
            || Declarations.ReturnedValues(returnType.Parent) is null)
        {
            return null;
        }

        var function = returnType.Parent;
        var newReturn = method.IsAsync ? Declarations.TaskOf(context, method.ReturnType, context.Response) : method.ReturnsVoid ? context.Response : null;
        if (newReturn is null || !Declarations.CanRetype(context, method, newReturn))
        {
            return null;
        }

        var (body, expressionBody) = Bodies(function);
        if (expressionBody is null && body is null)
        {
            return null;
        }

        var endReached = body is not null && (body.Statements.Count == 0 || context.Model.AnalyzeControlFlow(body.Statements.First(), body.Statements.Last()) is { Succeeded: true, EndPointIsReachable: true });
        var newReturnName = Declarations.TypeName(context, newReturn, function.SpanStart);
        return new Rewrite(Title + " (and change the declared type)", EquivalenceKey, function, node => Rewritten(node, newReturnName, endReached));
    }

    private static (BlockSyntax? Body, ArrowExpressionClauseSyntax? ExpressionBody) Bodies(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => (method.Body, method.ExpressionBody),
        LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody),
        _ => (null, null),
    };

    private static SyntaxNode Rewritten(SyntaxNode function, TypeSyntax newReturn, bool endReached)
    {
        // Its own return statements only: those of the lambdas and local functions inside it return from them.
        var returns = function.DescendantNodes(node => node == function || node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<ReturnStatementSyntax>().Where(r => r.Expression is null);
        var rewritten = function.ReplaceNodes(returns, (_, r) => r.WithReturnKeyword(r.ReturnKeyword.WithTrailingTrivia(Space)).WithExpression(NoContent()));
        var returnType = Declarations.ReturnTypeOf(rewritten)!;
        rewritten = rewritten.ReplaceNode(returnType, newReturn.WithTriviaFrom(returnType));

        var (body, expressionBody) = Bodies(rewritten);
        if (expressionBody is not null)
        {
            // => Log(); becomes { Log(); return …; } on the same line; a throw expression needs no return.
            if (expressionBody.Expression is ThrowExpressionSyntax)
            {
                return rewritten;
            }

            var semicolon = rewritten is MethodDeclarationSyntax m ? m.SemicolonToken : ((LocalFunctionStatementSyntax)rewritten).SemicolonToken;
            var block = Block(
                Token(expressionBody.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(Space)),
                List(new StatementSyntax[]
                {
                    ExpressionStatement(expressionBody.Expression.WithoutTrivia(), Token(TriviaList(), SyntaxKind.SemicolonToken, TriviaList(Space))),
                    ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), NoContent(), Token(TriviaList(), SyntaxKind.SemicolonToken, TriviaList(Space))),
                }),
                Token(TriviaList(), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
            return rewritten switch
            {
                MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
                LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
                _ => rewritten,
            };
        }

        if (!endReached || body is null)
        {
            return rewritten;
        }

        return rewritten.ReplaceNode(body, WithFinalReturn(body));
    }

    /// <summary>The block with <c>return MakeResponse("", 204);</c> last, laid out as its other statements are.</summary>
    private static BlockSyntax WithFinalReturn(BlockSyntax body)
    {
        var keyword = Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space);
        var oneLine = !body.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) && body.Statements.Count == 0
                      && !body.CloseBraceToken.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        if (oneLine)
        {
            var statement = ReturnStatement(keyword, NoContent(), Token(TriviaList(), SyntaxKind.SemicolonToken, TriviaList(Space)));
            return body.WithOpenBraceToken(body.OpenBraceToken.WithTrailingTrivia(Space)).WithStatements(List(new StatementSyntax[] { statement }));
        }

        var newLine = DocumentRewriter.NewLine(body.SyntaxTree.GetRoot());
        var lastLine = body.Statements.Count > 0 ? body.Statements.Last() : null;
        if (lastLine is not null && !lastLine.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
        {
            // { Log(); } stays on its line.
            var inline = ReturnStatement(keyword, NoContent(), Token(TriviaList(), SyntaxKind.SemicolonToken, lastLine.GetTrailingTrivia()));
            return body.WithStatements(body.Statements.Replace(lastLine, lastLine.WithTrailingTrivia(Space)).Add(inline));
        }

        var indentation = lastLine is not null ? Indentation(lastLine.GetLeadingTrivia()) : Indentation(body.CloseBraceToken.LeadingTrivia) + "    ";
        var last = ReturnStatement(keyword, NoContent(), Token(TriviaList(), SyntaxKind.SemicolonToken, TriviaList(EndOfLine(newLine))))
            .WithLeadingTrivia(Whitespace(indentation));
        var open = body.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) ? body.OpenBraceToken : body.OpenBraceToken.WithTrailingTrivia(EndOfLine(newLine));
        return body.WithOpenBraceToken(open).WithStatements(body.Statements.Add(last));
    }

    private static string Indentation(SyntaxTriviaList leading)
    {
        var whitespace = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        return whitespace.IsKind(SyntaxKind.WhitespaceTrivia) ? whitespace.ToString() : string.Empty;
    }
}
