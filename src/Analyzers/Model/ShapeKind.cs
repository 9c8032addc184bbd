namespace ReturnShape.Analyzers.Model;

/// <summary>What a value becomes when the runtime coerces it (docs/design/coercion.md, "The C# values").</summary>
internal enum ShapeKind
{
    /// <summary>Nothing more can be seen (static type <c>object</c>, an interface, a type parameter): never reported.</summary>
    Unknown,

    /// <summary>An arm that produces no value (<c>throw</c>).</summary>
    Never,

    /// <summary>Several arms (<c>?:</c>, <c>switch</c>, <c>??</c>); see <see cref="Shape.Arms"/>.</summary>
    Union,

    /// <summary>The view cannot return a value: <c>void</c>, <c>Task</c>, <c>ValueTask</c>.</summary>
    NoValue,

    Null,
    Text,
    Bytes,
    JsonObject,
    JsonArray,
    Response,
    HttpException,
    Stream,

    /// <summary>A host's own result (ASP.NET Core <c>IResult</c>), handed to the host unchanged.</summary>
    Deferred,

    /// <summary>A number, bool, char or enum.</summary>
    Number,

    /// <summary>A <c>Headers</c> object: a header collection, not a body.</summary>
    HeaderCollection,

    Tuple,

    /// <summary>A type the coercion refuses: a data object, a set, a date, an un-awaited task…</summary>
    Unsupported,
}
