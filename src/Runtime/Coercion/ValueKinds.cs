using System.Collections;
using System.Collections.Concurrent;
using System.Net;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReturnShape.Coercion;

/// <summary>
/// Classifies values by their runtime type. Results per type are cached; the caches only ever
/// grow with the same answer for a type, so concurrent readers need no lock.
/// </summary>
internal static class ValueKinds
{
    private static readonly ConcurrentDictionary<Type, BodyKind> BodyKinds = new();
    private static readonly ConcurrentDictionary<Type, HeaderShape> HeaderShapes = new();
    private static readonly ConcurrentDictionary<Type, Type?> NeverChunks = new();

    /// <summary>The types a streamed body's items may be (StreamBody writes these, and refuses the rest).</summary>
    private static readonly Type[] ChunkTypes = { typeof(string), typeof(byte[]), typeof(ReadOnlyMemory<byte>), typeof(Memory<byte>), typeof(ArraySegment<byte>) };

    public static BodyKind Classify(object value)
    {
        switch (value)
        {
            case JsonElement element:
                return element.ValueKind switch
                {
                    JsonValueKind.Object => BodyKind.JsonObject,
                    JsonValueKind.Array => BodyKind.JsonArray,
                    _ => BodyKind.Unsupported,
                };
            case JsonDocument document:
                return Classify(document.RootElement);
        }

        return BodyKinds.GetOrAdd(value.GetType(), ClassifyType);
    }

    public static bool IsNumber(object? value) => value is not null && IsNumberType(value.GetType());

    /// <summary>A value Flask would take as a status code: an integer or an <see cref="HttpStatusCode"/>.</summary>
    public static bool IsStatusNumber(object? value) =>
        value is HttpStatusCode or byte or sbyte or short or ushort or int or uint or long or ulong or nint or nuint;

    public static HeaderShape HeaderShapeOf(object? value) =>
        value is null || value is string ? HeaderShape.None : HeaderShapes.GetOrAdd(value.GetType(), ShapeOfType);

    /// <summary>
    /// Whether the second item of a 2-tuple is meant as headers. Flask takes every dict, list and
    /// tuple there as headers (and only then fails on its content); C# adds the other dictionary
    /// and pair types.
    /// </summary>
    public static bool IsHeadersSlot(object? value) =>
        HeaderShapeOf(value) != HeaderShape.None
        || value is ITuple
        || (value is IList && value is not byte[]);

    /// <summary>
    /// For a streamed body (a lazy or async sequence) whose element type says no item can ever be
    /// text or bytes (<c>IEnumerable&lt;int&gt;</c>), that element type; null when an item may be one
    /// (<c>IEnumerable&lt;object&gt;</c>, a non-generic sequence, a Stream).
    /// </summary>
    public static Type? ElementThatIsNeverAChunk(Type type) => NeverChunks.GetOrAdd(type, FindElementThatIsNeverAChunk);

    private static Type? FindElementThatIsNeverAChunk(Type type)
    {
        if (typeof(Stream).IsAssignableFrom(type))
        {
            return null;
        }

        // StreamBody reads an async sequence through its first IAsyncEnumerable<T>.
        foreach (var candidate in type.GetInterfaces().Prepend(type))
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                var element = candidate.GetGenericArguments()[0];
                return MayBeAChunk(element) ? null : element;
            }
        }

        // A sequence is read through IEnumerable, which may be any of its IEnumerable<T>: refused only when none may yield a chunk.
        Type? never = null;
        foreach (var element in EnumeratedTypes(type))
        {
            if (MayBeAChunk(element))
            {
                return null;
            }

            never ??= element;
        }

        return never;
    }

    private static bool MayBeAChunk(Type element)
    {
        element = Nullable.GetUnderlyingType(element) ?? element;
        foreach (var chunk in ChunkTypes)
        {
            if (element.IsAssignableFrom(chunk))
            {
                return true;
            }
        }

        return false;
    }

    private static BodyKind ClassifyType(Type type)
    {
        if (typeof(Response).IsAssignableFrom(type))
        {
            return BodyKind.Response;
        }

        if (typeof(HttpException).IsAssignableFrom(type))
        {
            return BodyKind.HttpException;
        }

        if (type == typeof(string))
        {
            return BodyKind.Text;
        }

        if (type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) || type == typeof(Memory<byte>) || type == typeof(ArraySegment<byte>))
        {
            return BodyKind.Bytes;
        }

        if (IsNumberType(type))
        {
            return BodyKind.Number;
        }

        if (typeof(Stream).IsAssignableFrom(type))
        {
            return BodyKind.Stream;
        }

        if (typeof(Headers).IsAssignableFrom(type) || typeof(JsonValue).IsAssignableFrom(type) || typeof(ITuple).IsAssignableFrom(type) || IsTask(type) || typeof(Delegate).IsAssignableFrom(type))
        {
            return BodyKind.Unsupported;
        }

        if (IsDictionary(type))
        {
            return BodyKind.JsonObject;
        }

        if (ImplementsGeneric(type, typeof(ISet<>)) || ImplementsGeneric(type, typeof(IReadOnlySet<>)))
        {
            return BodyKind.Unsupported;
        }

        if (ImplementsGeneric(type, typeof(IAsyncEnumerable<>)) || IsLazyLinq(type))
        {
            return BodyKind.Stream;
        }

        if (type.IsArray || typeof(IList).IsAssignableFrom(type) || ImplementsGeneric(type, typeof(IList<>)) || ImplementsGeneric(type, typeof(IReadOnlyList<>)))
        {
            return BodyKind.JsonArray;
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            // A materialised collection that is not a list (Queue, Stack, a dictionary's Keys) is no
            // more a stream than Python's deque is a generator.
            var isCollection = typeof(ICollection).IsAssignableFrom(type)
                || ImplementsGeneric(type, typeof(ICollection<>))
                || ImplementsGeneric(type, typeof(IReadOnlyCollection<>));
            return isCollection ? BodyKind.Unsupported : BodyKind.Stream;
        }

        return BodyKind.Unsupported;
    }

    private static HeaderShape ShapeOfType(Type type)
    {
        if (typeof(Headers).IsAssignableFrom(type))
        {
            return HeaderShape.Headers;
        }

        if (IsDictionary(type))
        {
            return HeaderShape.Dictionary;
        }

        foreach (var element in EnumeratedTypes(type))
        {
            if (element.IsGenericType)
            {
                var definition = element.GetGenericTypeDefinition();
                if (definition == typeof(KeyValuePair<,>) || definition == typeof(ValueTuple<,>) || definition == typeof(Tuple<,>))
                {
                    return HeaderShape.Pairs;
                }
            }
        }

        return HeaderShape.None;
    }

    private static bool IsNumberType(Type type) =>
        type.IsPrimitive
        || type == typeof(decimal) || type.IsEnum
        || type == typeof(BigInteger) || type == typeof(Int128) || type == typeof(UInt128) || type == typeof(Half);

    private static bool IsTask(Type type) =>
        typeof(Task).IsAssignableFrom(type)
        || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || ImplementsGeneric(type, typeof(IDictionary<,>))
        || ImplementsGeneric(type, typeof(IReadOnlyDictionary<,>));

    /// <summary>
    /// LINQ's iterators are lazy queries even where the framework lets one implement IList for
    /// speed: a view returning <c>items.Select(...)</c> streams, whatever the BCL version.
    /// </summary>
    private static bool IsLazyLinq(Type type) =>
        !type.IsPublic && !type.IsNestedPublic && type.Namespace == "System.Linq" && typeof(IEnumerable).IsAssignableFrom(type);

    public static bool ImplementsGeneric(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return true;
        }

        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Type> EnumeratedTypes(Type type)
    {
        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        foreach (var candidate in interfaces)
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                yield return candidate.GetGenericArguments()[0];
            }
        }
    }
}
