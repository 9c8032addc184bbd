using System.Collections;
using System.Runtime.CompilerServices;
using ReturnShape.Rules;

namespace ReturnShape.Coercion;

/// <summary>
/// Flask's make_response over C# values (docs/design/coercion.md): unpack a tuple, check the body, build or
/// take the response, apply the status, merge the headers. Stateless: it never mutates a value
/// the view returned, so one Response may be returned by many requests at once.
/// </summary>
internal static class ResponseCoercion
{
    private const string TupleBody = ViewReturnRules.TupleBodySubject;
    private const string ArgumentBody = ViewReturnRules.ArgumentBodySubject;

    public static Response Coerce(object? rv)
    {
        if (rv is not ITuple tuple)
        {
            return Build(rv, subject: null, status: null, headers: null);
        }

        // Each item is read once: a ValueTuple boxes a value-type item on every read.
        switch (tuple.Length)
        {
            case 3:
                var (body, status, headers) = (tuple[0], tuple[1], tuple[2]);
                CheckOrder3(body, status, headers);
                return Build(body, TupleBody, status, headers);
            case 2:
                var (first, second) = (tuple[0], tuple[1]);
                CheckOrder2(first, second);
                return ValueKinds.IsHeadersSlot(second)
                    ? Build(first, TupleBody, status: null, headers: second)
                    : Build(first, TupleBody, status: second, headers: null);
            default:
                var detail = tuple.Length == 0
                    ? ViewReturnRules.TupleLengthDetail(0)
                    : ViewReturnRules.TupleLengthDetail(tuple.Length);
                throw ViewErrors.Create(ViewReturnRules.TupleLength, detail);
        }
    }

    /// <summary>The typed overloads: positions are known, so only the order of body and status is checked.</summary>
    public static Response Coerce(object? body, object? status, IEnumerable? headers)
    {
        if (ValueKinds.IsStatusNumber(body) && IsBodyLike(status))
        {
            throw ViewErrors.Create(ViewReturnRules.MisorderedTuple, "the status comes before the body");
        }

        return Build(body, ArgumentBody, status, headers);
    }

    private static void CheckOrder3(object? body, object? status, object? headers)
    {
        if (ValueKinds.IsStatusNumber(body) && IsBodyLike(status))
        {
            throw ViewErrors.Create(ViewReturnRules.MisorderedTuple, "the status comes before the body");
        }

        if (LooksLikeHeadersBeforeBody(body, status))
        {
            throw ViewErrors.Create(ViewReturnRules.MisorderedTuple, "the headers come before the body");
        }

        if (ValueKinds.IsStatusNumber(headers) && (ValueKinds.IsHeadersSlot(status) || (status is string text && !IsStatusLine(text))))
        {
            throw ViewErrors.Create(ViewReturnRules.MisorderedTuple, "status and headers are swapped");
        }
    }

    private static void CheckOrder2(object? first, object? second)
    {
        if (ValueKinds.IsStatusNumber(first) && IsBodyLike(second))
        {
            throw ViewErrors.Create(ViewReturnRules.MisorderedTuple, "the status comes before the body");
        }

        if (LooksLikeHeadersBeforeBody(first, second))
        {
            throw ViewErrors.Create(ViewReturnRules.MisorderedTuple, "the headers come before the body");
        }
    }

    /// <summary>A header collection first and text second: a dictionary is a valid JSON body, but not with a body-like status.</summary>
    private static bool LooksLikeHeadersBeforeBody(object? first, object? second) =>
        ValueKinds.HeaderShapeOf(first) != HeaderShape.None
        && (second is byte[] or Response || (second is string text && !IsStatusLine(text)));

    private static bool IsStatusLine(string text) => ViewReturnRules.CheckStatusLine(text, out _) is null;

    private static bool IsBodyLike(object? value) =>
        value is not null && ValueKinds.Classify(value) is not (BodyKind.Number or BodyKind.Unsupported);

    /// <param name="subject">How the details name the body: null for a bare return value, else "the tuple's body" or "the body".</param>
    private static Response Build(object? body, string? subject, object? status, object? headers)
    {
        var kind = body is null ? BodyKind.Unsupported : ValueKinds.Classify(body);
        var unreadable = body is Stream { CanRead: false };
        if (kind is BodyKind.Number or BodyKind.Unsupported || unreadable)
        {
            var what = ValueDescriptions.Describe(body) + (unreadable ? " that cannot be read" : string.Empty);
            if (subject is not null)
            {
                throw ViewErrors.Create(ViewReturnRules.TupleBody, ViewReturnRules.BodyIs(subject, what));
            }

            var rule = body is null ? ViewReturnRules.NullValue : kind == BodyKind.Number ? ViewReturnRules.BareNumber : ViewReturnRules.UnsupportedType;
            throw ViewErrors.Create(rule, ViewReturnRules.Returned(what));
        }

        if (kind == BodyKind.Stream && ValueKinds.ElementThatIsNeverAChunk(body!.GetType()) is { } element)
        {
            // Refused before any status line or header exists, as Flask refuses a body that cannot be
            // iterated as text, rather than when the first item is reached with the headers sent.
            var sequence = ViewReturnRules.NeverChunks(ValueKinds.ImplementsGeneric(body.GetType(), typeof(IAsyncEnumerable<>)), TypeNames.Of(element));
            throw ViewErrors.Create(
                ViewReturnRules.InvalidStreamElement,
                subject is null ? ViewReturnRules.Returned(sequence) : ViewReturnRules.BodyIs(subject, sequence));
        }

        var line = status is null ? (StatusLine?)null : StatusLine.FromValue(status);

        // Flask merges headers only when the collection is non-empty ("if headers:").
        var entries = headers is null ? null : HeaderSource.Read(headers);
        if (entries is { Count: 0 })
        {
            entries = null;
        }

        switch (kind)
        {
            case BodyKind.Text:
                return Response.FromBytes(Response.EncodeText((string)body!, subject), line ?? StatusLine.Ok, entries);
            case BodyKind.Bytes:
                return Response.FromBytes(BytesOf(body!), line ?? StatusLine.Ok, entries);
            case BodyKind.Stream:
                return Response.Streamed(body!, line ?? StatusLine.Ok, entries, mimetype: null, contentType: null);
        }

        var response = kind switch
        {
            BodyKind.Response => (Response)body!,
            BodyKind.HttpException => ((HttpException)body!).GetResponse()
                ?? throw new InvalidOperationException(body.GetType() + ".GetResponse() returned null."),
            _ => Responses.Json(body),
        };
        if (line is null && entries is null)
        {
            return response;
        }

        // The update path works on a copy: the view's Response may be shared between requests.
        var updated = response.Copy();
        if (line is not null)
        {
            updated.SetStatus(line.Value);
        }

        if (entries is not null)
        {
            HeaderSource.Update(updated.Headers, entries);
        }

        return updated;
    }

    private static byte[] BytesOf(object body) => body switch
    {
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        Memory<byte> memory => memory.ToArray(),
        ArraySegment<byte> segment => segment.AsSpan().ToArray(),
        _ => throw new InvalidOperationException("not a byte body: " + body.GetType()),
    };
}
