using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.Fuzzing.Tests;

public enum MutationKind
{
    /// <summary>The source cut off anywhere, as while typing.</summary>
    Truncate,

    DeleteToken,

    DuplicateToken,

    SwapTokens,

    /// <summary>An identifier removed: a member without a name, a call without a target (<c>int I.(…)</c>).</summary>
    RemoveIdentifier,

    /// <summary>A closing brace or parenthesis removed.</summary>
    RemoveCloser,

    /// <summary>A literal replaced by <c>null</c>, <c>default</c> or a literal of another type.</summary>
    ReplaceLiteral,

    /// <summary><c>return;</c>, <c>return null;</c>, <c>return (1, 2, 3, 4, 5);</c> or <c>yield return 1;</c> before a statement.</summary>
    InsertStatement,

    /// <summary>An identifier replaced by another one of the same source: calls to the wrong member, locals read in their own initializer.</summary>
    ReplaceIdentifier,

    /// <summary>A local's initializer replaced by reads of the local itself (<c>var r = (r, r, r);</c>): cycles through locals.</summary>
    SelfReference,

    /// <summary>
    /// A method written as an explicit interface implementation, <c>I.M(…)</c>, or half-typed without
    /// its name, <c>I.(…)</c>: the one place the parser keeps a method whose name is missing (removing
    /// the name of any other method leaves no method at all).
    /// </summary>
    ExplicitInterface,
}

/// <summary>One variant: a mutated seed and what was done to it.</summary>
public sealed class Variant
{
    public Variant(int index, Seed seed, string text, IReadOnlyList<(MutationKind Kind, string Description)> mutations)
    {
        Index = index;
        Seed = seed;
        Text = text;
        Mutations = mutations;
    }

    public int Index { get; }

    public Seed Seed { get; }

    public string Text { get; }

    public IReadOnlyList<(MutationKind Kind, string Description)> Mutations { get; }

    public string Describe() => "variant #" + Index + " of " + Seed.Name + ": " + string.Join("; ", Mutations.Select(m => m.Description));
}

/// <summary>Mutates a seed's text at random, one to three mutations at a time; the same random sequence gives the same variant.</summary>
public static class Mutator
{
    private static readonly string[] Literals =
    {
        "null", "default", "0", "404", "-1", "1000", "99999999999", "1.5", "'c'", "true", "\"\"", "\"x\"", "\"{\\\"a\\\": 1}\"",
        "\"404 NOT FOUND\"", "(object)null", "default(int)", "HttpStatusCode.NotFound",
    };

    private static readonly string[] Numbers = { "0", "99", "100", "200", "204", "302", "304", "404", "599", "600", "-1", "1000" };

    private static readonly string[] Strings =
    {
        "\"\"", "\"ok\"", "\"/login\"", "\"{\\\"a\\\": 1}\"", "\"[1, 2]\"", "\"404 NOT FOUND\"", "\"Set-Cookie\"", "\"a=1; Path=/\"",
        "\"Content-Type\"", "\"Location\"", "\"X-A\"", "\"bad header\"",
    };

    private static readonly string[] Statements = { "return;", "return null;", "return (1, 2, 3, 4, 5);", "yield return 1;", "return default;", "return (404, \"x\");" };

    private static readonly string[] SelfReferences = { "{0}", "({0}, {0}, {0}, {0}, {0}, {0}, {0})", "({0}, 1)", "b ? {0} : {0}", "{0} ?? {0}", "await {0}" };

    // Every kind once, and a name removed once more: a declaration whose name is not typed yet is the commonest half-typed state.
    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>().Append(MutationKind.RemoveIdentifier).ToArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static Variant Mutate(int index, Seed seed, Random random)
    {
        var text = seed.Text;
        var applied = new List<(MutationKind, string)>();
        var count = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        for (var attempt = 0; applied.Count < count && attempt < count * 4; attempt++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            // Mostly after the prelude, where the code under test is; a quarter anywhere (the prelude declares the [View] parameters).
            var start = random.Next(4) == 0 ? 0 : Math.Min(seed.MutableStart, text.Length);
            if (TryMutate(kind, text, start, random, out var mutated, out var description))
            {
                text = mutated;
                applied.Add((kind, kind + " " + description));
            }
        }

        if (applied.Count == 0)
        {
            var at = text.Length == 0 ? 0 : random.Next(Math.Min(seed.MutableStart, text.Length - 1), text.Length);
            applied.Add((MutationKind.Truncate, MutationKind.Truncate + " at " + at));
            text = text.Substring(0, at);
        }

        return new Variant(index, seed, text, applied);
    }

    private static bool TryMutate(MutationKind kind, string text, int start, Random random, out string mutated, out string description)
    {
        mutated = text;
        description = string.Empty;
        if (kind == MutationKind.Truncate)
        {
            if (text.Length <= start)
            {
                return false;
            }

            var at = random.Next(start, text.Length);
            mutated = text.Substring(0, at);
            description = "at " + Where(text, at);
            return true;
        }

        var root = CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot();
        var tokens = root.DescendantTokens().Where(t => t.SpanStart >= start && !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToList();
        switch (kind)
        {
            case MutationKind.DeleteToken:
                return Pick(tokens, random, out var deleted) && Replace(text, deleted.Span.Start, deleted.Span.Length, string.Empty, out mutated, out description);
            case MutationKind.DuplicateToken:
                return Pick(tokens, random, out var duplicated) && Replace(text, duplicated.Span.End, 0, " " + duplicated.Text, out mutated, out description);
            case MutationKind.SwapTokens:
            {
                if (tokens.Count < 2)
                {
                    return false;
                }

                var first = random.Next(tokens.Count);
                var second = random.Next(2) == 0
                    ? Math.Clamp(first + random.Next(-6, 7), 0, tokens.Count - 1)
                    : random.Next(tokens.Count);
                if (first == second)
                {
                    return false;
                }

                var (a, b) = first < second ? (tokens[first], tokens[second]) : (tokens[second], tokens[first]);
                mutated = text.Substring(0, a.SpanStart) + b.Text + text.Substring(a.Span.End, b.SpanStart - a.Span.End) + a.Text + text.Substring(b.Span.End);
                description = "'" + a.Text + "' at " + Where(text, a.SpanStart) + " and '" + b.Text + "' at " + Where(text, b.SpanStart);
                return true;
            }

            case MutationKind.RemoveIdentifier:
            {
                // Half the time the name of a declaration: a member, type, parameter or local without a name yet.
                var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                var declared = identifiers.Where(IsDeclaredName).ToList();
                return Pick(random.Next(2) == 0 && declared.Count > 0 ? declared : identifiers, random, out var identifier)
                       && Replace(text, identifier.SpanStart, identifier.Span.Length, string.Empty, out mutated, out description);
            }
            case MutationKind.RemoveCloser:
                return Pick(tokens.Where(t => t.IsKind(SyntaxKind.CloseBraceToken) || t.IsKind(SyntaxKind.CloseParenToken)).ToList(), random, out var closer)
                       && Replace(text, closer.SpanStart, closer.Span.Length, string.Empty, out mutated, out description);
            case MutationKind.ReplaceLiteral:
            {
                // Half the time a literal of the same kind, which keeps most sources compiling (and their fixes checked).
                if (!Pick(tokens.Where(IsLiteral).ToList(), random, out var literal))
                {
                    return false;
                }

                var choices = random.Next(2) == 0 && SameKind(literal) is { } same ? same : Literals;
                return Replace(text, literal.SpanStart, literal.Span.Length, choices[random.Next(choices.Length)], out mutated, out description);
            }
            case MutationKind.InsertStatement:
            {
                var statements = root.DescendantNodes().OfType<StatementSyntax>().Where(s => s.SpanStart >= start && s is not BlockSyntax).ToList();
                return Pick(statements, random, out var statement)
                       && Replace(text, statement.SpanStart, 0, Statements[random.Next(Statements.Length)] + " ", out mutated, out description);
            }

            case MutationKind.ReplaceIdentifier:
            {
                var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                var names = identifiers.Select(t => t.ValueText).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
                return Pick(identifiers, random, out var replaced) && names.Count > 1
                       && Replace(text, replaced.SpanStart, replaced.Span.Length, names[random.Next(names.Count)], out mutated, out description);
            }

            case MutationKind.SelfReference:
            {
                var declarators = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.SpanStart >= start && d.Initializer is not null).ToList();
                return Pick(declarators, random, out var declarator)
                       && Replace(text, declarator.Initializer!.Value.SpanStart, declarator.Initializer.Value.Span.Length,
                           string.Format(System.Globalization.CultureInfo.InvariantCulture, SelfReferences[random.Next(SelfReferences.Length)], declarator.Identifier.ValueText),
                           out mutated, out description);
            }

            case MutationKind.ExplicitInterface:
            {
                var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.SpanStart >= start && m.ExplicitInterfaceSpecifier is null).ToList();
                return Pick(methods, random, out var method)
                       && Replace(text, method.Identifier.SpanStart, method.Identifier.Span.Length, "I." + (random.Next(2) == 0 ? method.Identifier.Text : string.Empty),
                           out mutated, out description);
            }

            default:
                return false;
        }
    }

    private static string[]? SameKind(SyntaxToken literal) => literal.Kind() switch
    {
        SyntaxKind.NumericLiteralToken => Numbers,
        SyntaxKind.StringLiteralToken => Strings,
        SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword => new[] { "true", "false" },
        _ => null,
    };

    private static bool IsDeclaredName(SyntaxToken token) =>
        token.Parent is MemberDeclarationSyntax or ParameterSyntax or VariableDeclaratorSyntax or LocalFunctionStatementSyntax or TypeParameterSyntax
        || token.Parent?.Parent is NameEqualsSyntax { Parent: UsingDirectiveSyntax };

    private static bool IsLiteral(SyntaxToken token) =>
        token.Kind() is SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword or SyntaxKind.DefaultKeyword;

    private static bool Pick<T>(IReadOnlyList<T> items, Random random, out T item)
    {
        if (items.Count == 0)
        {
            item = default!;
            return false;
        }

        item = items[random.Next(items.Count)];
        return true;
    }

    private static bool Replace(string text, int start, int length, string replacement, out string mutated, out string description)
    {
        mutated = text.Substring(0, start) + replacement + text.Substring(start + length);
        var removed = text.Substring(start, length);
        description = (length == 0 ? "'" + replacement + "'" : "'" + Abbreviate(removed) + "'" + (replacement.Length == 0 ? string.Empty : " -> '" + replacement + "'"))
                      + " at " + Where(text, start);
        return true;
    }

    private static string Abbreviate(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 40 ? line : line.Substring(0, 37) + "...";
    }

    /// <summary>line:column, 1-based, of an offset.</summary>
    private static string Where(string text, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return line + ":" + column;
    }
}
