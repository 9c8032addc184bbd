namespace ReturnShape.Coercion;

/// <summary>What a view's body value is to the coercion (docs/design/coercion.md, "Flask's algorithm, in order", step 3).</summary>
internal enum BodyKind
{
    Response,
    HttpException,
    Text,
    Bytes,
    Stream,
    JsonObject,
    JsonArray,
    Number,
    Unsupported,
}
