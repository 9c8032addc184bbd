using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0102: JSON text sent as text/plain — a serializer's output or a JSON literal returned by a
/// route handler as a string, or passed to Results.Text/Results.Content with no content type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonAsPlainTextAnalyzer : MinimalApiAnalyzer
{
    public JsonAsPlainTextAnalyzer()
        : base(Descriptors.JsonTextFromRouteHandler)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, AspNetSymbols symbols, OnceReporter report)
    {
        start.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (RouteHandler.Find(invocation, symbols) is { } handler)
                {
                    AnalyzeHandler(handler, symbols, (location, detail, properties) =>
                        report.Report(context.ReportDiagnostic, location, handler.Name, detail, properties));
                }
                else if (ResultCall.From(invocation, symbols) is { Name: "Text" or "Content" } call)
                {
                    AnalyzeTextResult(call, symbols, (location, detail, properties) =>
                        report.Report(context.ReportDiagnostic, location, EnclosingFunction.Name(invocation, symbols), detail, properties));
                }
            },
            OperationKind.Invocation);
    }

    private static void AnalyzeHandler(RouteHandler handler, AspNetSymbols symbols, System.Action<Location, string, ImmutableDictionary<string, string?>> report)
    {
        var acceptsResult = handler.AcceptsResult(symbols);
        foreach (var returned in handler.Returns)
        {
            if (JsonSource.Of(returned.Value, symbols) is not { } source)
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (acceptsResult)
            {
                var unwrap = !returned.IsThroughLocal && JsonSource.CanUnwrap(returned.Value, symbols);
                properties = properties.Add(FixKeys.Fix, unwrap ? FixKeys.Json : FixKeys.TextAsJson);
            }

            report(returned.Written.Syntax.GetLocation(), "the string returned is JSON text (" + source + ") and is sent as text/plain", properties);
        }
    }

    private static void AnalyzeTextResult(ResultCall call, AspNetSymbols symbols, System.Action<Location, string, ImmutableDictionary<string, string?>> report)
    {
        if (call.Argument("content") is not { } content
            || call.Argument("contentType") is { } contentType && contentType.Value.ConstantValue is not { HasValue: true, Value: null })
        {
            return;
        }

        var written = ReturnedValue.StripConversions(content.Value);
        var value = written;
        if (written is ILocalReferenceOperation { Local: { } local }
            && new Model.LocalValues(ImmutableArray.Create(EnclosingFunction.Body(written))).TryGetSingleValue(local, out var initializer, out _))
        {
            value = ReturnedValue.StripConversions(initializer);
        }

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
        report(written.Syntax.GetLocation(),
            "the content of " + call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " is JSON text (" + source + ") and is sent as text/plain",
            ImmutableDictionary<string, string?>.Empty.Add(FixKeys.Fix, fix));
    }
}
