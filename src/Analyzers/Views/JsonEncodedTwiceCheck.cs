using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>VRS0011: Json(...) given text that is already JSON, so one JSON string is sent.</summary>
internal sealed class JsonEncodedTwiceCheck : ViewCheck
{
    public JsonEncodedTwiceCheck()
        : base(Descriptors.JsonEncodedTwice)
    {
    }

    public override void Run(ViewFinder views, RuleReporter report)
    {
        foreach (var call in views.JsonCalls)
        {
            foreach (var leaf in views.Builder.Build(call.Arguments[0].Value).Leaves())
            {
                if (JsonEvidence.Of(leaf, views.Builder.Known) is { } source)
                {
                    report.Report(leaf.Location, views.OwnerName, "Json is given JSON text (" + source + "), which it encodes again as one string");
                }
            }
        }
    }
}
