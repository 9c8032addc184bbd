using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.CodeFixes.MinimalApi;

/// <summary>A document with its syntax root and semantic model, and the edits of the minimal-API fixes applied in one pass.</summary>
internal sealed class FixDocument
{
    public const string AspNetCoreHttp = "Microsoft.AspNetCore.Http";
    public const string ReturnShapeAspNetCore = "ReturnShape.AspNetCore";

    private FixDocument(Document document, SyntaxNode root, SemanticModel model)
    {
        Document = document;
        Root = root;
        Model = model;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public static async Task<FixDocument?> CreateAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : new FixDocument(document, root, model);
    }

    /// <summary>The node a diagnostic is reported on.</summary>
    public SyntaxNode? NodeAt(Location location) =>
        location.IsInSource && location.SourceTree == Root.SyntaxTree ? Root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) : null;

    /// <summary>The namespaces to import so that <c>Results</c> (or another type <paramref name="name"/> of Microsoft.AspNetCore.Http) names ASP.NET Core's at <paramref name="position"/>.</summary>
    public IReadOnlyList<string> UsingsForResults(int position, string name = "Results")
    {
        var results = Model.Compilation.GetTypeByMetadataName(AspNetCoreHttp + "." + name);
        var inScope = Model.LookupNamespacesAndTypes(position, name: name).Any(s => SymbolEqualityComparer.Default.Equals(s, results));
        return inScope ? new string[0] : new[] { AspNetCoreHttp };
    }

    /// <summary>The namespaces to import so that the extension method <paramref name="name"/> of <paramref name="receiver"/> binds at <paramref name="position"/>.</summary>
    public IReadOnlyList<string> UsingsForExtension(int position, ITypeSymbol? receiver, string name, string containingNamespace)
    {
        var inScope = receiver is not null && Model.LookupSymbols(position, receiver, name, includeReducedExtensionMethods: true)
            .Any(s => s.ContainingNamespace?.ToDisplayString() == containingNamespace);
        return inScope ? new string[0] : new[] { containingNamespace };
    }

    /// <summary>The document with <paramref name="rewrites"/> applied (one per target) and the usings they need added once.</summary>
    public Document Apply(IReadOnlyList<ResultRewrite> rewrites)
    {
        rewrites = rewrites.SelectMany(r => new[] { r }.Concat(r.With)).ToList();
        var byTarget = new Dictionary<SyntaxNode, ResultRewrite>();
        foreach (var rewrite in rewrites)
        {
            if (!byTarget.ContainsKey(rewrite.Target))
            {
                byTarget.Add(rewrite.Target, rewrite);
            }
        }

        var root = Root.ReplaceNodes(byTarget.Keys, (original, rewritten) => byTarget[original].Replace(rewritten).WithTriviaFrom(original));
        var usings = rewrites.SelectMany(r => r.Usings).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        if (usings.Count > 0 && root is CompilationUnitSyntax unit)
        {
            var present = new HashSet<string>(unit.Usings.Select(u => u.Name?.ToString() ?? string.Empty));
            var newLine = SyntaxFactory.EndOfLine(DocumentRewriter.NewLine(unit));
            var added = usings.Where(n => !present.Contains(n))
                .Select(n => SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(n)).NormalizeWhitespace().WithTrailingTrivia(newLine))
                .ToArray();

            // The usings stay apart from the code that follows them by a blank line.
            var following = unit.Usings.Count > 0 ? unit.Usings.Last().GetLastToken().GetNextToken() : unit.GetFirstToken();
            if (added.Length > 0 && !following.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia))
            {
                added[added.Length - 1] = added[added.Length - 1].WithTrailingTrivia(newLine, newLine);
            }

            root = unit.WithUsings(unit.Usings.AddRange(added));
        }

        return Document.WithSyntaxRoot(root);
    }
}
