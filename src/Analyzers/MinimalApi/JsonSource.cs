using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>Whether a string value is visibly JSON text: a serializer's output or a JSON object/array literal.</summary>
internal static class JsonSource
{
    /// <summary>Where the JSON text comes from, in words ("JsonSerializer.Serialize", "a JSON literal"), or null.</summary>
    public static string? Of(IOperation value, AspNetSymbols symbols)
    {
        if (value.Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        if (value is IInvocationOperation { TargetMethod: { } method })
        {
            return IsSerializer(method, symbols) ? method.ContainingType.Name + "." + method.Name : null;
        }

        return value.ConstantValue is { HasValue: true, Value: string text } && Model.JsonText.IsObjectOrArray(text) ? "a JSON literal" : null;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a serializer call that Results.Json can take the place of:
    /// Serialize(value) or Serialize(value, options), SerializeObject(value), node.ToJsonString().
    /// </summary>
    public static bool CanUnwrap(IOperation value, AspNetSymbols symbols)
    {
        if (value is not IInvocationOperation { TargetMethod: { } method } invocation || !IsSerializer(method, symbols))
        {
            return false;
        }

        switch (method.Name)
        {
            case "Serialize":
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Ordinal > 0 && !SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.JsonSerializerOptions))
                    {
                        return false;
                    }
                }

                return method.Parameters.Length is 1 or 2;
            case "SerializeObject":
                return method.Parameters.Length == 1;
            default:
                return invocation.Instance is not null && AllDefault(invocation);
        }
    }

    /// <summary>
    /// The value a serializer call serializes, when nothing else shapes its text: Serialize(value),
    /// SerializeObject(value), node.ToJsonString(). Options or settings passed with it would be lost
    /// by passing the value alone.
    /// </summary>
    public static IOperation? ValueOf(IOperation value, AspNetSymbols symbols)
    {
        if (value is not IInvocationOperation { TargetMethod: { } method } invocation || !IsSerializer(method, symbols))
        {
            return null;
        }

        return method.Name switch
        {
            "Serialize" or "SerializeObject" when method.Parameters.Length > 0 && OnlyFirstGiven(invocation) => invocation.Arguments[0].Value,
            "ToJsonString" when invocation.Instance is not null && AllDefault(invocation) => invocation.Instance,
            _ => null,
        };
    }

    // Serialize(value), with the optional options left out.
    private static bool OnlyFirstGiven(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 ? argument.ArgumentKind == ArgumentKind.DefaultValue : argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDefault(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSerializer(IMethodSymbol method, AspNetSymbols symbols) =>
        method.ReturnType.SpecialType == SpecialType.System_String
        && (method.Name == "Serialize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.JsonSerializer)
            || method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.NewtonsoftJsonConvert)
            || method.Name == "ToJsonString" && DerivesFrom(method.ContainingType, symbols.JsonNode));

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        // The base types end: the compiler breaks a cycle with an error type that has no base.
        for (; type is not null && baseType is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
