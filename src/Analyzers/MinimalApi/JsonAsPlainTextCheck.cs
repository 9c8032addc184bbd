using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0102: JSON text sent as text/plain — a serializer's output or a JSON literal returned by a
/// route handler as a string, or passed to Results.Text/Results.Content with no content type.
/// </summary>
internal sealed class JsonAsPlainTextCheck : MinimalApiCheck
{
    public JsonAsPlainTextCheck()
        : base(Descriptors.JsonAsPlainText)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Handler is { } handler)
        {
            AnalyzeHandler(handler, subject.Symbols, report);
        }
        else if (subject.Result is { Name: "Text" or "Content" } call)
        {
            AnalyzeTextResult(call, subject.Symbols, subject.EnclosingName, report);
        }
    }

    private static void AnalyzeHandler(RouteHandler handler, AspNetSymbols symbols, RuleReporter report)
    {
        var acceptsResult = handler.AcceptsResult(symbols);
        foreach (var returned in handler.Returns)
        {
            if (JsonSource.Of(returned.Value, symbols) is not { } source)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (acceptsResult && returned.TakesResult(symbols))
            {
                var unwrap = !returned.IsThroughLocal && JsonSource.CanUnwrap(returned.Value, symbols);
                properties = properties.Add(FixKeys.Fix, unwrap ? FixKeys.Json : FixKeys.TextAsJson);
            }

            report.Report(returned.Written.Syntax.GetLocation(), handler.Name, "the string returned is JSON text (" + source + ") and is sent as text/plain", properties);
        }
    }

    private static void AnalyzeTextResult(ResultCall call, AspNetSymbols symbols, string name, RuleReporter report)
    {
        if (call.Argument("content") is not { } content
            || call.Argument("contentType") is { } contentType && contentType.Value.ConstantValue is not { HasValue: true, Value: null })
        {
            return;
        }

        var written = ReturnedValue.StripConversions(content.Value);
        var value = ReturnedValue.ThroughLocal(written);

        if (JsonSource.Of(value, symbols) is not { } source)
        {
            return;
        }

        var onlyStatus = true;
        foreach (var argument in call.Invocation.Arguments)
        {
            onlyStatus &= argument.ArgumentKind == ArgumentKind.DefaultValue
                || argument == content
                || argument.Parameter?.Name == "statusCode"
                || argument.Parameter?.Name == "contentType";
        }

        var fix = ReferenceEquals(value, written) && onlyStatus && JsonSource.CanUnwrap(value, symbols) && call.MayChangeResultType(symbols)
            ? FixKeys.ResultsJson
            : FixKeys.AddContentType;
        report.Report(written.Syntax.GetLocation(), name,
            "the content of " + call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " is JSON text (" + source + ") and is sent as text/plain",
            ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, fix));
    }
}
