namespace ReturnShape.Coercion;

/// <summary>How a header collection is read (docs/design/coercion.md, "The C# values": a header collection).</summary>
internal enum HeaderShape
{
    None,

    /// <summary>A <see cref="ReturnShape.Headers"/>: merged name by name with all its values.</summary>
    Headers,

    /// <summary>A dictionary: one entry per name; list values give one header per element.</summary>
    Dictionary,

    /// <summary>A sequence of (name, value) pairs: duplicates are meaningful.</summary>
    Pairs,
}
