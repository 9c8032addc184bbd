using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.Model;

/// <summary>Types and values in the words of a diagnostic's detail.</summary>
internal static class Describe
{
    public static string Type(ITypeSymbol type) =>
        type.IsAnonymousType ? "anonymous object" : type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    public static string WithArticle(ITypeSymbol type) => WithArticle(Type(type));

    public static string WithArticle(string noun) =>
        (noun.Length > 0 && "aeiouAEIOU".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

    public static string Constant(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\r", "\\r").Replace("\n", "\\n") + "\"",
        bool flag => flag ? "true" : "false",
        char c => "'" + c + "'",
        System.IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>"the int 404" for a constant, else "an int", as the runtime words a number.</summary>
    public static string Number(Shape shape)
    {
        var noun = shape.Type is null ? "number" : Type(shape.Type);
        return shape.Constant.HasValue ? "the " + noun + " " + Constant(shape.Constant.Value) : WithArticle(noun);
    }

    /// <summary>The value in a detail: "null", "an int (404)", "a DateTime", "a tuple".</summary>
    public static string Value(Shape shape) => shape.Kind switch
    {
        ShapeKind.Null => "null",
        ShapeKind.Number => Number(shape),
        ShapeKind.Tuple => "a tuple",
        ShapeKind.Unsupported or ShapeKind.NoValue when shape.Description is not null => shape.Description!,
        _ => shape.Type is null ? "a value" : WithArticle(shape.Type),
    };
}
