using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>VRS0011: Json(...) given text that is already JSON, so one JSON string is sent.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonEncodedTwiceAnalyzer : ViewReturnAnalyzer
{
    public JsonEncodedTwiceAnalyzer()
        : base(Descriptors.JsonEncodedTwice)
    {
    }

    private protected override void Analyze(ViewFinder views, ref Reporter report)
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
