using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReturnShape.Analyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>The rewrites of one value that several rules share: as JSON, awaited, as text.</summary>
internal static class ValueFixes
{
    /// <summary>
    /// The value a diagnostic is about: a host awaits a view's task, so the analyzer may point at
    /// the task inside <c>await task</c>, whose result is the value.
    /// </summary>
    public static ExpressionSyntax Awaited(ExpressionSyntax value)
    {
        while (value.Parent is AwaitExpressionSyntax awaited)
        {
            value = awaited;
        }

        return value;
    }

    /// <summary>
    /// What a fix of a bare value replaces: the value, or the whole <c>MakeResponse(value)</c> call
    /// it is the only argument of (<c>MakeResponse(MakeResponse("", 204))</c> would say nothing more).
    /// </summary>
    public static ExpressionSyntax BareTarget(FixContext context, ExpressionSyntax value)
    {
        // null! : the suppression goes with the value it suppressed, or it would be left behind.
        if (value.Parent is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            value = suppressed;
        }

        return value.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } }
               && context.IsResponsesCall(call, "MakeResponse")
            ? call
            : value;
    }

    /// <summary>A bare-value rewrite: <paramref name="make"/> gets the value and returns the new expression; trivia kept.</summary>
    public static Rewrite? Bare(FixContext context, ExpressionSyntax value, ITypeSymbol newType, string title, string key, System.Func<ExpressionSyntax, ExpressionSyntax> make)
    {
        var target = BareTarget(context, value);
        var isCall = target is InvocationExpressionSyntax call && !call.Span.Equals(value.Span) && context.IsResponsesCall(call, "MakeResponse");
        if ((isCall ? new Edit[0] : Placement.Find(context, target, newType)) is not { } declarations)
        {
            return null;
        }

        return new Rewrite(title, key, target, node =>
        {
            var inner = isCall ? ((InvocationExpressionSyntax)node).ArgumentList.Arguments[0].Expression : (ExpressionSyntax)node;
            if (inner is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression))
            {
                inner = suppressed.Operand;
            }

            return make(inner.WithoutTrivia()).WithTriviaFrom(node);
        }, declarations);
    }

    /// <summary>The value's own type, before its conversion to <c>object</c>.</summary>
    public static ITypeSymbol? ValueType(FixContext context, ExpressionSyntax value) =>
        context.OperationOf(value) is { } operation ? ShapeBuilder.Unwrap(operation).Type : null;

    /// <summary>True for a value that <c>Json(value)</c> serializes: not a task, delegate, stream, response, header collection or plain object.</summary>
    public static bool IsJsonable(FixContext context, ITypeSymbol? type)
    {
        if (type is null || type.TypeKind is TypeKind.Error or TypeKind.Delegate or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.TypeParameter or TypeKind.Dynamic)
        {
            return false;
        }

        if (type.SpecialType is SpecialType.System_Object or SpecialType.System_Delegate or SpecialType.System_MulticastDelegate || type.IsRefLikeType)
        {
            return false;
        }

        var known = context.Known;
        return !context.Types.IsTask(type)
               && !TypeShapes.DerivesFrom(type, known.Stream)
               && !TypeShapes.DerivesFrom(type, known.Response)
               && !TypeShapes.DerivesFrom(type, known.HttpException)
               && !SymbolEqualityComparer.Default.Equals(type, known.Headers)
               && !(type.Name == "Type" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true });
    }

    /// <summary>
    /// <c>await value</c> for a task with a result, in an async function, or in a lambda whose
    /// type is inferred (it becomes async; its new type is still taken); else null.
    /// </summary>
    public static Rewrite? Await(FixContext context, ExpressionSyntax value, string title, string key) =>
        Await(context, value, title, key, asJson: false);

    /// <summary>
    /// As <see cref="Await(FixContext, ExpressionSyntax, string, string)"/>, and when the task's result is
    /// a data object the coercion refuses, sent as JSON in the same step (<c>Json(await value)</c>), so
    /// that one fix leaves no second diagnostic behind.
    /// </summary>
    public static Rewrite? AwaitAsBody(FixContext context, ExpressionSyntax value, string title, string jsonTitle, string key) =>
        ValueType(context, value) is { } type && context.Types.TaskResultType(type) is { } result && NeedsJson(context, result, value)
            ? Await(context, value, jsonTitle, key, asJson: true)
            : Await(context, value, title, key, asJson: false);

    private static bool NeedsJson(FixContext context, ITypeSymbol result, ExpressionSyntax value) =>
        IsJsonable(context, result) && context.Types.Classify(result, null, value.GetLocation()).Kind == ShapeKind.Unsupported;

    private static Rewrite? Await(FixContext context, ExpressionSyntax value, string title, string key, bool asJson)
    {
        if (ValueType(context, value) is not { } type || context.Types.TaskResultType(type) is not { } result)
        {
            return null;
        }

        SyntaxNode? function = null;
        foreach (var ancestor in value.Ancestors())
        {
            if (ancestor is LockStatementSyntax or QueryExpressionSyntax)
            {
                return null;
            }

            if (ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)
            {
                function = ancestor;
                break;
            }
        }

        var edits = new List<Edit>
        {
            new(value, node => asJson ? Generate.Responses("Json", Generate.Await((ExpressionSyntax)node)) : Generate.Await((ExpressionSyntax)node)),
        };
        var awaitedType = asJson ? context.Response : result;
        if (!IsAsync(function))
        {
            switch (function)
            {
                case LambdaExpressionSyntax lambda when CanBecomeAsync(context, lambda):
                    edits.Add(new Edit(lambda, node => MakeAsync((LambdaExpressionSyntax)node)));
                    break;
                case MethodDeclarationSyntax or LocalFunctionStatementSyntax when Placement.Accepts(context, value, awaitedType) && BecomeAsync(context, function) is { } declaration:
                    edits.Add(declaration);
                    title += " (and make the function async)";
                    break;
                default:
                    return null;
            }
        }
        else if (Placement.Find(context, value, awaitedType) is { } declarations)
        {
            edits.AddRange(declarations);
        }
        else
        {
            return null;
        }

        return new Rewrite(title, key, edits);
    }

    /// <summary>
    /// The text a number, bool, char or enum would be sent as: a literal for a constant, else
    /// <c>value.ToString()</c> (invariant for fractions); null for types with no plain text.
    /// </summary>
    public static ExpressionSyntax? Text(FixContext context, ExpressionSyntax value)
    {
        if (context.OperationOf(value) is not { } operation)
        {
            return null;
        }

        var unwrapped = ShapeBuilder.Unwrap(operation);
        var type = unwrapped.Type;
        if (type is null)
        {
            return null;
        }

        var underlying = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol nullable ? nullable.TypeArguments[0] : type;
        if (underlying.TypeKind != TypeKind.Enum && unwrapped.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return Generate.String(constant switch
            {
                bool flag => flag ? "True" : "False",
                System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => constant.ToString() ?? string.Empty,
            });
        }

        var receiver = Unboxed(value);
        var fractional = underlying.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
        var arguments = fractional && SymbolEqualityComparer.Default.Equals(type, underlying)
            ? Generate.Arguments(ParseExpression("global::System.Globalization.CultureInfo.InvariantCulture").WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation))
            : Generate.Arguments(System.Array.Empty<ExpressionSyntax>());
        return Generate.MemberCall(receiver, "ToString", arguments);
    }

    /// <summary>The value as written, without a cast to <c>object</c> that only boxed it.</summary>
    public static ExpressionSyntax Unboxed(ExpressionSyntax value)
    {
        var current = value.WithoutTrivia();
        while (current is CastExpressionSyntax cast && IsObjectCast(cast))
        {
            current = cast.Expression.WithoutTrivia();
        }

        return current;
    }

    /// <summary><c>(object)value</c> or <c>(object?)value</c>: a cast that only boxes.</summary>
    public static bool IsObjectCast(CastExpressionSyntax cast) =>
        cast.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ObjectKeyword }
            or NullableTypeSyntax { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ObjectKeyword } };

    private static bool IsAsync(SyntaxNode? function) => function switch
    {
        AnonymousFunctionExpressionSyntax anonymous => anonymous.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
        BaseMethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
        _ => false,
    };

    /// <summary>
    /// A method or local function made async, its return type <c>T</c> becoming <c>Task&lt;T&gt;</c>: every value
    /// it returns keeps its place, and its callers (method groups passed to a view, calls) still compile.
    /// </summary>
    private static Edit? BecomeAsync(FixContext context, SyntaxNode function)
    {
        if (context.Model.GetDeclaredSymbol(function, context.CancellationToken) is not IMethodSymbol method
            || method.ReturnsVoid || context.Types.IsTask(method.ReturnType) || method.Parameters.Any(p => p.RefKind != RefKind.None)
            || Declarations.ReturnedValues(function) is null
            || Declarations.TaskOf(context, context.Known.Task!, method.ReturnType) is not { } newReturn
            || !Declarations.CanRetype(context, method, newReturn))
        {
            return null;
        }

        return new Edit(function, node =>
        {
            var returnType = Declarations.ReturnTypeOf(node)!;
            var retyped = node.ReplaceNode(returnType, Declarations.TypeName(context, newReturn, function.SpanStart).WithTriviaFrom(returnType));
            return retyped switch
            {
                MethodDeclarationSyntax m => m.WithModifiers(WithAsync(m.Modifiers, m.ReturnType, out var type)).WithReturnType(type),
                LocalFunctionStatementSyntax l => l.WithModifiers(WithAsync(l.Modifiers, l.ReturnType, out var type)).WithReturnType(type),
                _ => retyped,
            };
        });
    }

    /// <summary>The modifiers with <c>async</c> last; with none before it, <c>async</c> takes the return type's leading trivia.</summary>
    private static SyntaxTokenList WithAsync(SyntaxTokenList modifiers, TypeSyntax returnType, out TypeSyntax newReturnType)
    {
        if (modifiers.Count == 0)
        {
            newReturnType = returnType.WithLeadingTrivia();
            return TokenList(Token(returnType.GetLeadingTrivia(), SyntaxKind.AsyncKeyword, TriviaList(Space)));
        }

        newReturnType = returnType;
        return modifiers.Add(Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(Space));
    }

    private static bool CanBecomeAsync(FixContext context, LambdaExpressionSyntax lambda)
    {
        if (lambda is ParenthesizedLambdaExpressionSyntax { ReturnType: not null }
            || lambda is ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: var parameters } && parameters.Any(p => p.Modifiers.Count > 0))
        {
            return false;
        }

        var converted = context.Model.GetTypeInfo(lambda, context.CancellationToken).ConvertedType;
        return converted?.SpecialType is SpecialType.System_Delegate or SpecialType.System_MulticastDelegate or SpecialType.System_Object;
    }

    private static LambdaExpressionSyntax MakeAsync(LambdaExpressionSyntax lambda)
    {
        var leading = lambda.GetLeadingTrivia();
        var bare = lambda.WithoutLeadingTrivia();
        return bare.WithModifiers(bare.Modifiers.Insert(0, Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(Space))).WithLeadingTrivia(leading);
    }
}
