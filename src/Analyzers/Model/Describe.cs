using Microsoft.CodeAnalysis;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Model;

/// <summary>Types and values in the words of a diagnostic's detail, formatted as the runtime words them (ViewReturnRules).</summary>
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
        string text => ViewReturnRules.Quote(text),
        bool flag => flag ? "true" : "false",
        char c => "'" + c + "'",
        System.IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>"the int 404" or "the HttpStatusCode HttpStatusCode.NotFound (404)" for a constant, else "an int".</summary>
    public static string Number(Shape shape)
    {
        var noun = shape.Type is null ? "number" : Type(shape.Type);
        if (!shape.Constant.HasValue)
        {
            return WithArticle(noun);
        }

        var literal = Constant(shape.Constant.Value);
        if (EnumType(shape.Type) is { } enumType && MemberNamed(enumType, shape.Constant.Value) is { } member)
        {
            literal = ViewReturnRules.EnumLiteral(enumType.Name, member, literal);
        }

        return ViewReturnRules.Constant(noun, literal);
    }

    /// <summary>The value in a detail: "null", "the int 404", "the string \"x\"", "a DateTime", "a nested tuple (string, int)".</summary>
    public static string Value(Shape shape) => shape.Kind switch
    {
        ShapeKind.Null => "null",
        ShapeKind.Number => Number(shape),
        ShapeKind.Text when shape.Constant is { HasValue: true, Value: string text } => ViewReturnRules.Constant("string", Constant(text)),
        ShapeKind.Tuple => shape.Type is null ? "a nested tuple" : ViewReturnRules.NestedTuple(Type(shape.Type)),
        ShapeKind.Unsupported or ShapeKind.NoValue when shape.Description is not null => shape.Description!,
        _ => shape.Type is null ? "a value" : WithArticle(shape.Type),
    };

    private static INamedTypeSymbol? EnumType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments.Length == 1)
        {
            type = nullable.TypeArguments[0];
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named ? named : null;
    }

    // The runtime prints an enum value by its member's name: the first member declared with that value.
    private static string? MemberNamed(INamedTypeSymbol enumType, object? value)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return field.Name;
            }
        }

        return null;
    }
}
