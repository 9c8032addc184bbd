using System.Linq;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0014: a lazy stream whose elements are not strings or byte arrays.</summary>
internal sealed class InvalidStreamElementCheck : ViewCheck
{
    public InvalidStreamElementCheck()
        : base(Descriptors.InvalidStreamElement)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        var asyncSequence = views.Builder.Known.IAsyncEnumerableOfT;
        foreach (var value in views.Values)
        {
            if (NeverChunks(value.Shape, asyncSequence) is { } sequence)
            {
                report.Report(value.Shape.Location, value.ViewName, Details.Returned(value, sequence));
            }
        }

        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var body in TupleViews.Leaves(layout.Body))
            {
                if (NeverChunks(body, asyncSequence) is { } sequence)
                {
                    var subject = value.Shape.IsCall ? ViewReturnRules.ArgumentBodySubject : ViewReturnRules.TupleBodySubject;
                    report.Report(body.Location, value.ViewName, ViewReturnRules.BodyIs(subject, sequence));
                }
            }
        }
    }

    /// <summary>The runtime's words for a lazy stream whose elements can never be text or bytes, or null.</summary>
    private static string? NeverChunks(Shape stream, INamedTypeSymbol? asyncSequence)
    {
        if (stream.Kind != ShapeKind.Stream || !stream.IsLazy || stream.ElementType is not { } element || IsChunk(element))
        {
            return null;
        }

        var isAsync = stream.Type is { } type && asyncSequence is not null
            && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, asyncSequence)
                || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, asyncSequence)));
        return ViewReturnRules.NeverChunks(isAsync, Describe.Type(element));
    }

    /// <summary>Chunks the runtime writes (string, byte[]), or whose run-time type cannot be seen (object).</summary>
    private static bool IsChunk(ITypeSymbol element) =>
        element.SpecialType is SpecialType.System_String or SpecialType.System_Object
        || element is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
        || element is INamedTypeSymbol { Name: "ReadOnlyMemory" or "Memory" or "ArraySegment", TypeArguments.Length: 1 } buffer
           && buffer.TypeArguments[0].SpecialType == SpecialType.System_Byte
        || element.TypeKind is TypeKind.TypeParameter or TypeKind.Error or TypeKind.Dynamic or TypeKind.Interface;
}
