using ReturnShape.Rules;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReturnShape.Coercion;

/// <summary>Names types and values the way a C# developer writes them, for error details.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char",
        [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (IsAnonymous(type))
        {
            return "anonymous type";
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Of(underlying) + "?";
        }

        var args = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        if (typeof(ITuple).IsAssignableFrom(type) && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal))
        {
            return "(" + string.Join(", ", args.Select(Of)) + ")";
        }

        // A nested type of a generic type carries its parent's type arguments first: Dictionary<string, int>.KeyCollection.
        var prefix = string.Empty;
        var own = args;
        if (type.IsNested && type.DeclaringType is { } parent && !type.IsGenericParameter)
        {
            var parentArity = parent.IsGenericTypeDefinition ? parent.GetGenericArguments().Length : 0;
            prefix = (parentArity > 0 && args.Length >= parentArity ? Of(parent.MakeGenericType(args.Take(parentArity).ToArray())) : Of(parent)) + ".";
            own = args.Skip(parentArity).ToArray();
        }

        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            name = name.Substring(0, tick);
        }

        return prefix + name + (own.Length == 0 ? string.Empty : "<" + string.Join(", ", own.Select(Of)) + ">");
    }

    public static bool IsAnonymous(Type type) =>
        type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.IsDefined(typeof(CompilerGeneratedAttribute), false);

    /// <summary>"a DateTime", "an int[]": the type name with its article.</summary>
    public static string WithArticle(Type type)
    {
        var name = Of(type);
        return ("aeiouAEIOU".IndexOf(name[0]) >= 0 ? "an " : "a ") + name;
    }

    /// <summary>A scalar as a C# literal: 123, true, 'x', 1.5, "text".</summary>
    public static string Literal(object value) => value switch
    {
        bool b => b ? "true" : "false",
        char c => "'" + Printable(c.ToString()) + "'",
        string s => "\"" + Printable(s) + "\"",
        Enum e => ViewReturnRules.EnumLiteral(e.GetType().Name, e.ToString(), e.ToString("D")),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Control characters spelled out so a detail never carries a line break.</summary>
    public static string Printable(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escaped = c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escaped is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 8);
            sb.Append(escaped);
        }

        return sb?.ToString() ?? text;
    }
}
