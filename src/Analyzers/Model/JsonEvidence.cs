using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.Model;

/// <summary>Whether a text value is visibly JSON: a serializer's output or a JSON object/array literal.</summary>
internal static class JsonEvidence
{
    /// <summary>Where the JSON text comes from, in words ("JsonSerializer.Serialize", "a JSON literal"), or null.</summary>
    public static string? Of(Shape leaf, KnownSymbols known)
    {
        if (leaf.Kind != ShapeKind.Text || leaf.Origin is not { } origin)
        {
            return null;
        }

        if (origin is IInvocationOperation { TargetMethod: { } method })
        {
            if (method.Name == "Serialize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, known.JsonSerializer)
                || method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, known.NewtonsoftJsonConvert)
                || method.Name == "ToJsonString" && TypeShapes.DerivesFrom(method.ContainingType, known.JsonNode))
            {
                return method.ContainingType.Name + "." + method.Name;
            }

            return null;
        }

        return origin.ConstantValue is { HasValue: true, Value: string text } && JsonText.IsObjectOrArray(text) ? "a JSON literal" : null;
    }
}
