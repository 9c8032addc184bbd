using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis.Operations;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// VRS0108: JSON text — a serializer's output or a JSON literal — given as the value of a result
/// that serializes its value (Results.Ok, Results.Json, Results.Created, TypedResults.Accepted…):
/// the client receives one JSON string holding escaped JSON. Results.Text and Results.Content
/// write text as it is and are VRS0102's.
/// </summary>
internal sealed class ResultJsonEncodedTwiceCheck : MinimalApiCheck
{
    public ResultJsonEncodedTwiceCheck()
        : base(Descriptors.ResultJsonEncodedTwice)
    {
    }

    public override void Run(in ApiSubject subject, RuleReporter report)
    {
        if (subject.Result is not { } call || SerializedValue(call) is not { } argument)
        {
            return;
        }

        var symbols = subject.Symbols;
        var written = ReturnedValue.StripConversions(argument.Value);
        var value = ReturnedValue.ThroughLocal(written);

        if (JsonSource.Of(value, symbols) is not { } source)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (ReferenceEquals(value, written) && JsonSource.ValueOf(value, symbols) is not null)
        {
            properties = properties.Add(FixKeys.Fix, FixKeys.Value);
        }

        report.Report(
            written.Syntax.GetLocation(),
            subject.EnclosingName,
            "the value of " + call.Invocation.TargetMethod.ContainingType.Name + "." + call.Name + " is JSON text (" + source + ") and is serialized again, as one JSON string",
            properties);
    }

    // The factories that write their value with the JSON serializer, and the parameter that takes it.
    private static IArgumentOperation? SerializedValue(ResultCall call) => call.Name switch
    {
        "Json" => call.Argument("data"),
        "Ok" or "Created" or "CreatedAtRoute" or "Accepted" or "AcceptedAtRoute" or "NotFound" or "InternalServerError" => call.Argument("value"),
        "BadRequest" or "Conflict" or "UnprocessableEntity" => call.Argument("error"),
        _ => null,
    };
}
