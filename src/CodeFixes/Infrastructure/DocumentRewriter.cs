using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReturnShape.CodeFixes;

/// <summary>
/// Applies the rewrites of one document in one pass, whether one fix or Fix All: replaces the
/// nodes, then adds <c>using static ReturnShape.Responses;</c> once when a new call needs it and
/// no other member of the same name is in scope where a call was written (then the calls stay
/// qualified), and lets the simplifier shorten the qualified calls.
/// </summary>
internal static class DocumentRewriter
{
    private const string ResponsesNamespace = "ReturnShape";

    private const string PlacedKind = "ReturnShape.CodeFixes.PlacedCall";

    public static async Task<Document> ApplyAsync(FixContext context, IReadOnlyList<Rewrite> rewrites)
    {
        var byTarget = new Dictionary<SyntaxNode, Edit>();
        foreach (var rewrite in rewrites)
        {
            foreach (var edit in rewrite.Edits)
            {
                // Several diagnostics (one per Set-Cookie entry, two tasks in one lambda) may plan the same edit of one node.
                if (!byTarget.ContainsKey(edit.Target))
                {
                    byTarget.Add(edit.Target, edit);
                }
            }
        }

        // Each new call is marked with the position it was written at, in the original document,
        // where the names in scope are looked up.
        var calls = new List<(int Position, string Member)>();
        var root = context.Root.ReplaceNodes(byTarget.Keys, (original, rewritten) =>
        {
            var replacement = Generate.Settled(byTarget[original].Replace(rewritten));
            return replacement.ReplaceNodes(replacement.GetAnnotatedNodes(Generate.ResponsesMemberKind), (call, _) =>
            {
                var member = call.GetAnnotations(Generate.ResponsesMemberKind).First().Data!;
                calls.Add((original.SpanStart, member));
                return call.WithoutAnnotations(Generate.ResponsesMemberKind)
                    .WithAdditionalAnnotations(new SyntaxAnnotation(PlacedKind, original.SpanStart.ToString(CultureInfo.InvariantCulture) + ":" + member));
            });
        });

        var addUsing = NeedsUsing(context, calls) && root is CompilationUnitSyntax;
        root = root.ReplaceNodes(root.GetAnnotatedNodes(PlacedKind), (_, placed) =>
        {
            var data = placed.GetAnnotations(PlacedKind).First().Data!;
            var colon = data.IndexOf(':');
            var name = Name(context, int.Parse(data.Substring(0, colon), CultureInfo.InvariantCulture), data.Substring(colon + 1), addUsing);
            return name.WithTriviaFrom(placed);
        });

        if (addUsing)
        {
            root = AddUsing((CompilationUnitSyntax)root);
        }

        var document = context.Document.WithSyntaxRoot(root);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: context.CancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when some new call's simple name reaches nothing yet, and none reaches another member
    /// (a controller's own <c>Json</c>, another <c>using static</c>): the using would change or
    /// break what those names mean.
    /// </summary>
    private static bool NeedsUsing(FixContext context, List<(int Position, string Member)> calls)
    {
        var missing = false;
        foreach (var (position, member) in calls.Distinct())
        {
            var found = context.Model.LookupSymbols(position, name: member);
            if (found.IsEmpty)
            {
                missing = true;
                continue;
            }

            if (found.Any(symbol => !SymbolEqualityComparer.Default.Equals(symbol.ContainingType, context.Responses)))
            {
                return false;
            }
        }

        return missing;
    }

    /// <summary>
    /// The shortest name of <c>Responses.member</c> at a position: the simple name where it reaches
    /// only Responses (after the using, when one is added), else <c>Responses.member</c>,
    /// <c>ReturnShape.Responses.member</c> or <c>global::…</c>, whichever binds.
    /// </summary>
    private static ExpressionSyntax Name(FixContext context, int position, string member, bool usingAdded)
    {
        var found = context.Model.LookupSymbols(position, name: member);
        if (found.IsEmpty ? usingAdded : found.All(symbol => SymbolEqualityComparer.Default.Equals(symbol.ContainingType, context.Responses)))
        {
            return IdentifierName(member);
        }

        var type = context.Model.LookupSymbols(position, name: "Responses");
        if (type.Length == 1 && SymbolEqualityComparer.Default.Equals(type[0], context.Responses))
        {
            return ParseExpression("Responses." + member);
        }

        var ns = context.Model.LookupSymbols(position, name: ResponsesNamespace);
        var prefix = ns.Length == 1 && ns[0] is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true } ? string.Empty : "global::";
        return ParseExpression(prefix + ResponsesNamespace + ".Responses." + member);
    }

    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit)
    {
        var newLine = NewLine(unit);
        var directive = UsingDirective(
                Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(Space),
                Token(SyntaxKind.StaticKeyword).WithTrailingTrivia(Space),
                null,
                ParseName(ResponsesNamespace + ".Responses"),
                Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(EndOfLine(newLine)))
            .WithAdditionalAnnotations(Formatter.Annotation);

        // Usings inside a namespace (and none at the top) are the file's style: follow it.
        if (unit.Usings.Count == 0 && unit.Members.FirstOrDefault() is BaseNamespaceDeclarationSyntax { Usings.Count: > 0 } ns)
        {
            return unit.ReplaceNode(ns, ns.WithUsings(Insert(ns.Usings, directive)));
        }

        if (unit.Usings.Count > 0)
        {
            return unit.WithUsings(Insert(unit.Usings, directive));
        }

        // No usings at all: the using goes first, after a leading comment (a file header) that was there.
        var first = unit.GetFirstToken(includeZeroWidth: true);
        var header = first.LeadingTrivia;
        var separated = header.Count > 0
            ? directive.WithLeadingTrivia(header).WithTrailingTrivia(directive.GetTrailingTrivia().Add(EndOfLine(newLine)))
            : directive.WithTrailingTrivia(directive.GetTrailingTrivia().Add(EndOfLine(newLine)));
        var stripped = unit.ReplaceToken(first, first.WithLeadingTrivia());
        return stripped.WithUsings(stripped.Usings.Add(separated));
    }

    /// <summary>After the last using that sorts before it (static usings after the plain ones), else first.</summary>
    private static SyntaxList<UsingDirectiveSyntax> Insert(SyntaxList<UsingDirectiveSyntax> usings, UsingDirectiveSyntax directive)
    {
        var index = 0;
        for (var i = 0; i < usings.Count; i++)
        {
            var current = usings[i];
            if (current.Alias is null && current.GlobalKeyword.IsKind(SyntaxKind.None)
                && (current.StaticKeyword.IsKind(SyntaxKind.None) || string.CompareOrdinal(current.NamespaceOrType.ToString(), directive.NamespaceOrType.ToString()) < 0))
            {
                index = i + 1;
            }
        }

        return usings.Insert(index, directive);
    }

    /// <summary>The end of line the file already uses, so that added lines match it.</summary>
    internal static string NewLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }
}
