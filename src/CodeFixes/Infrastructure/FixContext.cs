using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.CodeFixes;

/// <summary>What every fix of one document reads: its root, its semantic model and the ReturnShape symbols.</summary>
internal sealed class FixContext
{
    private FixContext(Document document, SyntaxNode root, SemanticModel model, KnownSymbols known, INamedTypeSymbol response, INamedTypeSymbol responses, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        Known = known;
        Response = response;
        Responses = responses;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public KnownSymbols Known { get; }

    public INamedTypeSymbol Response { get; }

    public INamedTypeSymbol Responses { get; }

    public TypeShapes Types => Known.Types;

    public CancellationToken CancellationToken { get; }

    public Compilation Compilation => Model.Compilation;

    /// <summary>The context of a document whose project references the ReturnShape runtime, else null.</summary>
    public static async Task<FixContext?> CreateAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || KnownSymbols.For(model.Compilation) is not { Response: { } response, Responses: { } responses } known)
        {
            return null;
        }

        return new FixContext(document, root, model, known, response, responses, cancellationToken);
    }

    /// <summary>The expression a diagnostic points at, exactly; null when it points at anything else.</summary>
    public ExpressionSyntax? ExpressionAt(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != Root.SyntaxTree || !Root.FullSpan.Contains(span))
        {
            return null;
        }

        return Root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax expression && expression.Span == span ? expression : null;
    }

    public ITypeSymbol? TypeOf(ExpressionSyntax expression) => Model.GetTypeInfo(expression, CancellationToken).Type;

    public IOperation? OperationOf(SyntaxNode node) => Model.GetOperation(node, CancellationToken);

    /// <summary>True when <paramref name="invocation"/> calls <c>Responses.MakeResponse</c> (or another member of it by name).</summary>
    public bool IsResponsesCall(InvocationExpressionSyntax invocation, string name) =>
        Model.GetSymbolInfo(invocation, CancellationToken).Symbol is IMethodSymbol { Name: var called } method
        && called == name
        && SymbolEqualityComparer.Default.Equals(method.ContainingType, Responses);

    /// <summary>True when <paramref name="candidate"/>, a call, would bind to a method where <paramref name="original"/> stands.</summary>
    public bool Binds(ExpressionSyntax original, ExpressionSyntax candidate) =>
        Model.GetSpeculativeSymbolInfo(original.SpanStart, candidate, SpeculativeBindingOption.BindAsExpression).Symbol is IMethodSymbol;

    public bool Converts(ITypeSymbol source, ITypeSymbol? destination) =>
        destination is not null && destination.TypeKind != TypeKind.Error && Compilation.ClassifyCommonConversion(source, destination).IsImplicit;
}
