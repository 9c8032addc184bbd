using Microsoft.CodeAnalysis;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// Which element of a response tuple (or argument of <c>MakeResponse(body, status, headers)</c>)
/// is the body, the status and the headers, by position as the runtime unpacks them; and whether
/// the elements are visibly in the wrong order, judged by the runtime's own order checks over
/// what the source shows.
/// </summary>
internal sealed class TupleLayout
{
    private TupleLayout(int length) => Length = length;

    public int Length { get; }

    public bool HasValidLength => Length >= ViewReturnRules.MinTupleLength && Length <= ViewReturnRules.MaxTupleLength;

    public Shape? Body { get; private set; }

    public Shape? Status { get; private set; }

    public Shape? Headers { get; private set; }

    /// <summary>When the elements are in the wrong order: what is wrong, in words; else null.</summary>
    public string? Misorder { get; private set; }

    /// <summary>True when body, status and headers can be read by position: right length, right order.</summary>
    public bool IsWellFormed => HasValidLength && Misorder is null;

    public static TupleLayout Of(Shape tuple)
    {
        var elements = tuple.Elements;
        var layout = new TupleLayout(elements.Length);
        if (!layout.HasValidLength)
        {
            return layout;
        }

        layout.Body = elements[0];
        if (tuple.IsCall)
        {
            for (var i = 1; i < elements.Length; i++)
            {
                if (tuple.ElementRoles[i] == "headers")
                {
                    layout.Headers = elements[i];
                }
                else
                {
                    layout.Status = elements[i];
                }
            }

            // The typed overloads fix the positions: only a status given as the body can be out of place.
            layout.Misorder = layout.Status is { } status && StatusBeforeBody(elements[0], status) ? StatusFirst : null;
            return layout;
        }

        if (elements.Length == 3)
        {
            layout.Status = elements[1];
            layout.Headers = elements[2];
            layout.Misorder = Misorder3(elements[0], elements[1], elements[2]);
            return layout;
        }

        switch (IsHeadersSlot(elements[1]))
        {
            case true:
                layout.Headers = elements[1];
                break;
            case false:
                layout.Status = elements[1];
                break;
        }

        layout.Misorder = Misorder2(elements[0], elements[1]);
        return layout;
    }

    private const string StatusFirst = "the status comes before the body";
    private const string HeadersFirst = "the headers come before the body";
    private const string Swapped = "status and headers are swapped";

    private static string? Misorder3(Shape body, Shape status, Shape headers)
    {
        if (StatusBeforeBody(body, status))
        {
            return StatusFirst;
        }

        if (HeadersBeforeBody(body, status))
        {
            return HeadersFirst;
        }

        return All(headers, IsStatusNumber) && All(status, leaf => IsHeadersSlot(leaf) == true || IsInvalidStatusLine(leaf)) ? Swapped : null;
    }

    private static string? Misorder2(Shape first, Shape second)
    {
        if (StatusBeforeBody(first, second))
        {
            return StatusFirst;
        }

        return HeadersBeforeBody(first, second) ? HeadersFirst : null;
    }

    private static bool StatusBeforeBody(Shape first, Shape second) => All(first, IsStatusNumber) && All(second, IsBodyLike);

    private static bool HeadersBeforeBody(Shape first, Shape second) =>
        All(first, leaf => leaf.Kind != ShapeKind.Text && IsHeaderCollection(leaf))
        && All(second, leaf => leaf.Kind == ShapeKind.Bytes && leaf.Type is IArrayTypeSymbol || leaf.Kind == ShapeKind.Response || IsInvalidStatusLine(leaf));

    /// <summary>True when every value <paramref name="shape"/> may take satisfies <paramref name="test"/> (and there is one).</summary>
    private static bool All(Shape shape, System.Func<Shape, bool> test)
    {
        var any = false;
        foreach (var leaf in shape.Leaves())
        {
            if (!test(leaf))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>An integer or HttpStatusCode: what the runtime takes for a status code.</summary>
    private static bool IsStatusNumber(Shape leaf) => leaf.Kind == ShapeKind.Number && leaf.IsStatusCodeType;

    /// <summary>A value the runtime would make a body of: text, bytes, JSON, a stream, a response.</summary>
    private static bool IsBodyLike(Shape leaf) =>
        leaf.Kind is ShapeKind.Text or ShapeKind.Bytes or ShapeKind.Stream or ShapeKind.JsonObject or ShapeKind.JsonArray
            or ShapeKind.Response or ShapeKind.HttpException
        && leaf.Constant is not { HasValue: true, Value: null };

    private static bool IsInvalidStatusLine(Shape leaf) =>
        leaf.Kind == ShapeKind.Text && leaf.Constant is { HasValue: true, Value: string text } && ViewReturnRules.CheckStatusLine(text, out _) is not null;

    private static bool IsHeaderCollection(Shape leaf) =>
        leaf.Kind == ShapeKind.HeaderCollection || leaf.Kind is ShapeKind.JsonObject or ShapeKind.JsonArray && leaf.IsHeaderPairs;

    /// <summary>
    /// Whether the runtime reads the second of two elements as headers: a header collection, a
    /// tuple or a list is headers, anything else a status; null when the source cannot tell.
    /// </summary>
    private static bool? IsHeadersSlot(Shape element)
    {
        bool? result = null;
        foreach (var leaf in element.Leaves())
        {
            bool? leafResult = leaf.Kind switch
            {
                ShapeKind.Unknown => null,
                ShapeKind.HeaderCollection or ShapeKind.JsonArray or ShapeKind.Tuple => true,
                ShapeKind.JsonObject => leaf.IsHeaderPairs,
                ShapeKind.Null => false,
                _ => IsHeaderCollection(leaf),
            };

            if (leafResult is null || result is not null && result != leafResult)
            {
                return null;
            }

            result = leafResult;
        }

        return result;
    }
}
