namespace ReturnShape.Coercion;

/// <summary>What a view's body value is to the coercion (COERCION.md, step 3).</summary>
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
