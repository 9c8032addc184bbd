using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers;

/// <summary>VRS0007: a status that is not an int, HttpStatusCode or status line, or a constant outside 100..599.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StatusAnalyzer : ViewReturnAnalyzer
{
    public StatusAnalyzer()
        : base(Descriptors.InvalidStatus)
    {
    }

    /// <summary>What is wrong with one status value, or null when it is valid or cannot be seen.</summary>
    internal static string? Check(Shape status)
    {
        switch (status.Kind)
        {
            case ShapeKind.Unknown:
            case ShapeKind.Null:
                return null;
            case ShapeKind.Number when status.IsStatusCodeType:
                return StatusCode(status) is { } code && !ViewReturnRules.IsValidStatusCode(code) ? ViewReturnRules.OutOfRange(code) : null;
            case ShapeKind.Text:
                return status.Constant is { HasValue: true, Value: string line } ? ViewReturnRules.CheckStatusLine(line, out _) : null;
            default:
                return "the status is " + Describe.Value(status) + ", not an int, HttpStatusCode or status line";
        }
    }

    /// <summary>The constant status code, when the status is an integer or HttpStatusCode constant.</summary>
    internal static long? StatusCode(Shape status)
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

    private protected override void Analyze(ViewFinder views, ref Reporter report)
    {
        foreach (var (value, layout) in TupleViews.WellFormed(views))
        {
            foreach (var status in TupleViews.Leaves(layout.Status))
            {
                if (Check(status) is { } detail)
                {
                    report.Report(status.Location, value.ViewName, detail);
                }
            }
        }
    }
}
