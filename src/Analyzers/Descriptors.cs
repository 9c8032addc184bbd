using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers;

/// <summary>
/// Every diagnostic descriptor of ReturnShape, built from the rule table that the runtime also
/// compiles, so an id, title, message or help link is written in exactly one place.
/// </summary>
internal static class Descriptors
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = Build();

    public static DiagnosticDescriptor NullValue { get; } = For(ViewReturnRules.NullValue);

    public static DiagnosticDescriptor BareNumber { get; } = For(ViewReturnRules.BareNumber);

    public static DiagnosticDescriptor UnsupportedType { get; } = For(ViewReturnRules.UnsupportedType);

    public static DiagnosticDescriptor TupleLength { get; } = For(ViewReturnRules.TupleLength);

    public static DiagnosticDescriptor MisorderedTuple { get; } = For(ViewReturnRules.MisorderedTuple);

    public static DiagnosticDescriptor TupleBody { get; } = For(ViewReturnRules.TupleBody);

    public static DiagnosticDescriptor InvalidStatus { get; } = For(ViewReturnRules.InvalidStatus);

    public static DiagnosticDescriptor InvalidHeaders { get; } = For(ViewReturnRules.InvalidHeaders);

    public static DiagnosticDescriptor SetCookieHeader { get; } = For(ViewReturnRules.SetCookieHeader);

    public static DiagnosticDescriptor JsonAsText { get; } = For(ViewReturnRules.JsonAsText);

    public static DiagnosticDescriptor JsonEncodedTwice { get; } = For(ViewReturnRules.JsonEncodedTwice);

    public static DiagnosticDescriptor BodilessStatus { get; } = For(ViewReturnRules.BodilessStatus);

    public static DiagnosticDescriptor RedirectWithoutLocation { get; } = For(ViewReturnRules.RedirectWithoutLocation);

    public static DiagnosticDescriptor InvalidStreamElement { get; } = For(ViewReturnRules.InvalidStreamElement);

    public static DiagnosticDescriptor TupleReturn { get; } = For(ViewReturnRules.TupleReturn);

    public static DiagnosticDescriptor JsonAsPlainText { get; } = For(ViewReturnRules.JsonAsPlainText);

    public static DiagnosticDescriptor NullReturn { get; } = For(ViewReturnRules.NullReturn);

    public static DiagnosticDescriptor StatusRange { get; } = For(ViewReturnRules.StatusRange);

    public static DiagnosticDescriptor BodilessStatusResult { get; } = For(ViewReturnRules.BodilessStatusResult);

    public static DiagnosticDescriptor RedirectResult { get; } = For(ViewReturnRules.RedirectResult);

    public static DiagnosticDescriptor SetCookieOverwrite { get; } = For(ViewReturnRules.SetCookieOverwrite);

    public static DiagnosticDescriptor ResultJsonEncodedTwice { get; } = For(ViewReturnRules.ResultJsonEncodedTwice);

    /// <summary>All descriptors, in the rule table's order: the view rules, then the minimal-API family.</summary>
    public static IEnumerable<DiagnosticDescriptor> All
    {
        get
        {
            foreach (var rule in Rules())
            {
                yield return ById[rule.Id];
            }
        }
    }

    private static IEnumerable<ViewReturnRule> Rules() => ViewReturnRules.All.Concat(ViewReturnRules.MinimalApi);

    private static DiagnosticDescriptor For(ViewReturnRule rule) => ById[rule.Id];

    private static ImmutableDictionary<string, DiagnosticDescriptor> Build()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
        foreach (var rule in Rules())
        {
            builder.Add(rule.Id, Create(rule));
        }

        return builder.ToImmutable();
    }

#pragma warning disable RS1017 // The ids come from the rule table shared with the runtime; they are constants there.
    private static DiagnosticDescriptor Create(ViewReturnRule rule) => new(
        rule.Id,
        rule.Title,
        rule.MessageFormat,
        ViewReturnRules.Category,
        rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: rule.Advice,
        helpLinkUri: rule.HelpLink);
#pragma warning restore RS1017
}
