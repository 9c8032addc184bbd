using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>Noun phrases for values in error details: "null", "the int 123", "a Task&lt;string&gt; that was not awaited".</summary>
internal static class ValueDescriptions
{
    public static string Describe(object? value)
    {
        if (value is null)
        {
            return "null";
        }

        var type = value.GetType();
        if (ValueKinds.IsNumber(value))
        {
            return ViewReturnRules.Constant(TypeNames.Of(type), TypeNames.Literal(value));
        }

        switch (value)
        {
            case string text:
                return ViewReturnRules.Constant("string", TypeNames.Literal(text));
            case Task or ValueTask:
                return TypeNames.WithArticle(type) + " that was not awaited";
            case Delegate:
                return "a delegate (" + TypeNames.Of(type) + ") instead of its result";
            case ITuple:
                return ViewReturnRules.NestedTuple(TypeNames.Of(type));
            case JsonElement element:
                return "a JsonElement holding a JSON " + element.ValueKind.ToString().ToLowerInvariant();
            case JsonValue:
                return "a JsonValue (a JSON scalar, not an object or array)";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return TypeNames.WithArticle(type) + " that was not awaited";
        }

        if (TypeNames.IsAnonymous(type))
        {
            return "an anonymous object";
        }

        if (ValueKinds.ImplementsGeneric(type, typeof(ISet<>)) || ValueKinds.ImplementsGeneric(type, typeof(IReadOnlySet<>)))
        {
            return "a set (" + TypeNames.Of(type) + ")";
        }

        return TypeNames.WithArticle(type);
    }
}
