using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

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
        foreach (var value in views.Values)
        {
            Check(value.Shape, value.ViewName, report);
        }

        foreach (var (value, layout) in views.WellFormedTuples)
        {
            foreach (var body in TupleViews.Leaves(layout.Body))
            {
                Check(body, value.ViewName, report);
            }
        }
    }

    private static void Check(Shape stream, string viewName, RuleReporter report)
    {
        if (stream.Kind == ShapeKind.Stream && stream.IsLazy && stream.ElementType is { } element && !IsChunk(element))
        {
            report.Report(stream.Location, viewName, "the stream's items are " + Describe.Type(element) + ", not text or bytes");
        }
    }

    /// <summary>Chunks the runtime writes (string, byte[]), or whose run-time type cannot be seen (object).</summary>
    private static bool IsChunk(ITypeSymbol element) =>
        element.SpecialType is SpecialType.System_String or SpecialType.System_Object
        || element is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
        || element is INamedTypeSymbol { Name: "ReadOnlyMemory" or "Memory" or "ArraySegment", TypeArguments.Length: 1 } buffer
           && buffer.TypeArguments[0].SpecialType == SpecialType.System_Byte
        || element.TypeKind is TypeKind.TypeParameter or TypeKind.Error or TypeKind.Dynamic or TypeKind.Interface;
}
