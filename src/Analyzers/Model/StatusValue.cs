using System;

namespace ReturnShape.Analyzers.Model;

/// <summary>What a status shape says when it is a constant.</summary>
internal static class StatusValue
{
    /// <summary>The constant status code, when the status is an integer or HttpStatusCode constant.</summary>
    public static long? Code(Shape status)
    {
        if (status.Kind != ShapeKind.Number || !status.IsStatusCodeType || status.Constant is not { HasValue: true, Value: { } constant })
        {
            return null;
        }

        try
        {
            return constant is ulong big ? (big > long.MaxValue ? long.MaxValue : (long)big) : Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
