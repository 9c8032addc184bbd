namespace ReturnShape.Coercion;

/// <summary>One name of a header collection with its value(s); IsList when given as a list (one header per element).</summary>
internal sealed record HeaderEntry(string Name, IReadOnlyList<string> Values, bool IsList);
