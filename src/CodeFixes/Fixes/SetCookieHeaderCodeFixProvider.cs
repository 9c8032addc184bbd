using System.Collections.Generic;
using System.Composition;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using ReturnShape.Analyzers;
using ReturnShape.Rules;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0009: a tuple (or <c>MakeResponse</c> call) whose header collection, written in place,
/// holds <c>Set-Cookie</c> entries becomes <c>MakeResponse(body, status, otherHeaders)</c> with
/// one <c>.SetCookie(name, value, …)</c> per cookie, its attributes read from the constant. A
/// cookie that is not a constant, or that SetCookie would not write back the same, leaves the
/// code as it is: no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetCookieHeaderCodeFixProvider)), Shared]
public sealed class SetCookieHeaderCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string EquivalenceKey = "VRS0009.SetCookie";

    public SetCookieHeaderCodeFixProvider()
        : base(Descriptors.SetCookieHeader.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || context.Root.FindNode(span, getInnermostNodeForTie: true) is not { } entry
            || entry.Parent is not InitializerExpressionSyntax initializer
            || initializer.Parent is not BaseObjectCreationExpressionSyntax headers)
        {
            return;
        }

        // The headers are written in the tuple, or in a local that only the tuple reads: the cookies then leave the local's initializer.
        var inLocal = headers.Parent is EqualsValueClauseSyntax;
        if ((inLocal ? OnlyRead(context, headers) : headers.Parent) is not ArgumentSyntax { NameColon: null } headersArgument)
        {
            return;
        }

        // Where the body, status and headers are: a tuple's positions, or the call's parameters.
        ExpressionSyntax target;
        SeparatedSyntaxList<ArgumentSyntax> parts;
        IReadOnlyList<Edit>? declarations = null;
        switch (headersArgument.Parent)
        {
            case TupleExpressionSyntax tuple when (declarations = Placement.Find(context, tuple, context.Response)) is not null:
                target = tuple;
                parts = tuple.Arguments;
                break;
            case ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list when context.IsResponsesCall(call, "MakeResponse") && list.Arguments.All(a => a.NameColon is null):
                target = call;
                parts = list.Arguments;
                break;
            default:
                return;
        }

        var headersIndex = parts.IndexOf(headersArgument);
        if (headersIndex != parts.Count - 1 || parts.Count is < 2 or > 3)
        {
            return;
        }

        var cookies = new List<CookieText>();
        var removed = new List<int>();
        for (var i = 0; i < initializer.Expressions.Count; i++)
        {
            // An entry that cannot be read may be a Set-Cookie too: then the headers are left alone.
            if (Entry(context, initializer.Expressions[i]) is not { } read)
            {
                return;
            }

            if (!string.Equals(read.Name, ViewReturnRules.SetCookie, System.StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (read.Value is null || CookieText.Parse(read.Value) is not { } cookie)
            {
                return;
            }

            cookies.Add(cookie);
            removed.Add(i);
        }

        if (cookies.Count == 0)
        {
            return;
        }

        // A tuple takes any status (a long, a string that is no status line); MakeResponse's overloads may not.
        var keepsHeaders = inLocal || removed.Count < initializer.Expressions.Count;
        var candidate = Generate.Responses("MakeResponse", parts.Take(keepsHeaders ? parts.Count : parts.Count - 1).Select(p => p.Expression).ToArray());
        if (!context.Binds(target, candidate))
        {
            return;
        }

        rewrites.Add(new Rewrite("Use MakeResponse(…).SetCookie(…)", EquivalenceKey, target, node =>
        {
            var arguments = node is TupleExpressionSyntax t ? t.Arguments : ((InvocationExpressionSyntax)node).ArgumentList.Arguments;
            var kept = new List<ExpressionSyntax>();
            for (var i = 0; i < arguments.Count - 1; i++)
            {
                kept.Add(arguments[i].Expression.WithoutTrivia());
            }

            if (inLocal)
            {
                kept.Add(arguments[arguments.Count - 1].Expression.WithoutTrivia());
            }
            else if (keepsHeaders)
            {
                var creation = (BaseObjectCreationExpressionSyntax)arguments[arguments.Count - 1].Expression;
                kept.Add(creation.WithInitializer(creation.Initializer!.WithExpressions(Without(creation.Initializer.Expressions, removed))).WithoutTrivia());
            }

            ExpressionSyntax result = Generate.Responses("MakeResponse", kept.ToArray());
            foreach (var cookie in cookies)
            {
                result = Generate.MemberCall(result, "SetCookie", Arguments(cookie));
            }

            return result.WithTriviaFrom(node);
        }, inLocal ? WithoutCookies(declarations ?? new Edit[0], headers, removed) : declarations ?? new Edit[0]));
    }

    /// <summary>The edits, and the local's headers without their cookies: <c>new Dictionary&lt;string, string&gt;()</c> when nothing else is left.</summary>
    private static IReadOnlyList<Edit> WithoutCookies(IReadOnlyList<Edit> declarations, BaseObjectCreationExpressionSyntax headers, List<int> removed)
    {
        var edits = new List<Edit>(declarations)
        {
            new(headers, node =>
            {
                var creation = (BaseObjectCreationExpressionSyntax)node;
                var entries = creation.Initializer!.Expressions;
                if (removed.Count < entries.Count)
                {
                    return creation.WithInitializer(creation.Initializer.WithExpressions(Without(entries, removed)));
                }

                // new Dictionary<string, string> { [...] = ... } → new Dictionary<string, string>()
                var emptied = creation.WithInitializer(null);
                return (emptied.ArgumentList is null && emptied is ObjectCreationExpressionSyntax named
                        ? named.WithType(named.Type.WithoutTrailingTrivia()).WithArgumentList(ArgumentList())
                        : emptied.WithoutTrailingTrivia())
                    .WithTrailingTrivia(creation.GetTrailingTrivia());
            }),
        };
        return edits;
    }

    /// <summary>
    /// The one read of the local that <paramref name="headers"/> initializes, when it is read once and
    /// never written again (so the cookies taken out of it are set on the response it goes into); else null.
    /// </summary>
    private static SyntaxNode? OnlyRead(FixContext context, BaseObjectCreationExpressionSyntax headers)
    {
        if (headers.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { IsConst: false } } } declarator }
            || context.Model.GetDeclaredSymbol(declarator, context.CancellationToken) is not ILocalSymbol local
            || Declarations.EnclosingFunction(declarator) is not { } function)
        {
            return null;
        }

        var references = Declarations.References(context, local, function).Take(2).ToList();
        return references.Count == 1 ? references[0].Parent : null;
    }

    /// <summary>
    /// The entries but the removed ones, each kept entry with the separator that followed it, and
    /// the layout at the end of the list (a trailing comma, the space or line break before the brace) kept.
    /// </summary>
    private static SeparatedSyntaxList<ExpressionSyntax> Without(SeparatedSyntaxList<ExpressionSyntax> entries, List<int> removed)
    {
        var items = new List<ExpressionSyntax>();
        var separators = new List<SyntaxToken>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (removed.Contains(i))
            {
                continue;
            }

            items.Add(entries[i]);
            separators.Add(i < entries.SeparatorCount ? entries.GetSeparator(i) : Generate.Comma());
        }

        var trailing = entries.SeparatorCount == entries.Count;
        if (!trailing)
        {
            separators.RemoveAt(separators.Count - 1);
            items[items.Count - 1] = items[items.Count - 1].WithTrailingTrivia(entries[entries.Count - 1].GetTrailingTrivia());
        }
        else
        {
            separators[separators.Count - 1] = entries.GetSeparator(entries.SeparatorCount - 1);
        }

        return SeparatedList(items, separators);
    }

    /// <summary>The constant name and value of a header entry; value null when it is not a constant.</summary>
    private static (string Name, string? Value)? Entry(FixContext context, ExpressionSyntax element)
    {
        ExpressionSyntax name;
        ExpressionSyntax value;
        switch (element)
        {
            case InitializerExpressionSyntax { Expressions.Count: 2 } pair when element.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                name = pair.Expressions[0];
                value = pair.Expressions[1];
                break;
            case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } access } assignment:
                name = access.ArgumentList.Arguments[0].Expression;
                value = assignment.Right;
                break;
            default:
                return null;
        }

        if (context.Model.GetConstantValue(name, context.CancellationToken) is not { HasValue: true, Value: string headerName })
        {
            return null;
        }

        return (headerName, context.Model.GetConstantValue(value, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null);
    }

    private static ArgumentListSyntax Arguments(CookieText cookie)
    {
        var arguments = new List<ArgumentSyntax> { Argument(Generate.String(cookie.Name)), Argument(Generate.String(cookie.Value)) };
        if (cookie.MaxAge is { } maxAge)
        {
            arguments.Add(Generate.NamedArgument("maxAge", Generate.Int(maxAge)));
        }

        if (cookie.Expires is { } expires)
        {
            var utc = expires.UtcDateTime;
            var parts = new[] { utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second }.Select(p => (ExpressionSyntax)Generate.Int(p))
                .Append(ParseExpression("global::System.TimeSpan.Zero").WithAdditionalAnnotations(Simplifier.Annotation)).ToArray();
            var creation = ObjectCreationExpression(Token(SyntaxKind.NewKeyword).WithTrailingTrivia(Space),
                ParseTypeName("global::System.DateTimeOffset").WithAdditionalAnnotations(Simplifier.Annotation), Generate.Arguments(parts), null);
            arguments.Add(Generate.NamedArgument("expires", creation));
        }

        // SetCookie writes Path=/ unless told otherwise; a header without Path had none.
        arguments.Add(Generate.NamedArgument("path", cookie.Path is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : Generate.String(cookie.Path)));
        if (cookie.Domain is { } domain)
        {
            arguments.Add(Generate.NamedArgument("domain", Generate.String(domain)));
        }

        if (cookie.Secure)
        {
            arguments.Add(Generate.NamedArgument("secure", Generate.Bool(true)));
        }

        if (cookie.HttpOnly)
        {
            arguments.Add(Generate.NamedArgument("httpOnly", Generate.Bool(true)));
        }

        if (cookie.SameSite is { } sameSite)
        {
            arguments.Add(Generate.NamedArgument("sameSite", Generate.String(sameSite)));
        }

        return Generate.Arguments(arguments.ToArray());
    }
}
