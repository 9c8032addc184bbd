using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Tests;

/// <summary>Every rule is complete: a descriptor, one check in its family's analyzer, a doc page, a release entry, a help link, tests; and nothing extra.</summary>
public partial class MetaTests
{
    private static readonly string DocsDirectory = Path.Combine(AppContext.BaseDirectory, "docs", "rules");
    private static readonly string ReleasesDirectory = Path.Combine(AppContext.BaseDirectory, "releases");

    /// <summary>Both families of the rule table: the views (VRS00xx) and the minimal APIs (VRS01xx).</summary>
    private static readonly IReadOnlyList<ViewReturnRule> Rules = ViewReturnRules.All.Concat(ViewReturnRules.MinimalApi).ToList();

    public static TheoryData<string> RuleIds => new(Rules.Select(r => r.Id));

    [Fact]
    public void DescriptorsAreTheRuleTable()
    {
        var descriptors = Descriptors.All.ToList();
        Assert.Equal(Rules.Select(r => r.Id), descriptors.Select(d => d.Id));
        foreach (var (rule, descriptor) in Rules.Zip(descriptors))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(ViewReturnRules.Category, descriptor.Category);
            Assert.Equal(rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    /// <summary>Every check of both families, with the rule it reports.</summary>
    private static readonly IReadOnlyList<(Type Type, DiagnosticDescriptor Rule)> Checks = typeof(ViewReturnAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && (typeof(ViewCheck).IsAssignableFrom(t) || typeof(ReturnShape.Analyzers.MinimalApi.MinimalApiCheck).IsAssignableFrom(t)))
        .Select(t => (t, (DiagnosticDescriptor)t.GetProperty("Rule")!.GetValue(Activator.CreateInstance(t))!))
        .ToList();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasOneFamilyAnalyzerAndOneCheck(string id)
    {
        Assert.Single(Verify.AllAnalyzers, a => a.SupportedDiagnostics.Any(d => d.Id == id));
        Assert.Single(Checks, c => c.Rule.Id == id);
    }

    [Fact]
    public void EveryCheckIsNamedAfterItsRule()
    {
        Assert.Equal(Rules.Count, Checks.Count);
        foreach (var (type, rule) in Checks)
        {
            Assert.Equal(RuleName(rule) + "Check", type.Name);
            Assert.Contains(rule.Id, ReleaseRows().Where(r => r.Notes == type.Name).Select(r => r.Id));
        }
    }

    [Fact]
    public void EachFamilyIsOneAnalyzer()
    {
        Assert.Equal(2, typeof(ViewReturnAnalyzer).Assembly.GetTypes().Count(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)));
        foreach (var analyzer in Verify.AllAnalyzers)
        {
            Assert.Equal(LanguageNames.CSharp, Assert.Single(analyzer.GetType().GetCustomAttribute<DiagnosticAnalyzerAttribute>()!.Languages));
        }
    }

    /// <summary>The rule's one name on every side: the Descriptors property that holds it.</summary>
    internal static string RuleName(DiagnosticDescriptor rule) =>
        typeof(Descriptors).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(p => p.PropertyType == typeof(DiagnosticDescriptor) && ReferenceEquals(p.GetValue(null), rule)).Name;

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasADocPageWithEverySection(string id)
    {
        var path = Path.Combine(DocsDirectory, id + ".md");
        Assert.True(File.Exists(path), "No page " + path);
        var page = File.ReadAllText(path);
        var rule = Rules.Single(r => r.Id == id);
        Assert.StartsWith("# " + id + ": " + rule.Title, page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Configure severity", "## Examples" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.Contains("dotnet_diagnostic." + id + ".severity", page, StringComparison.Ordinal);
        var check = Checks.Single(c => c.Rule.Id == id);
        var family = Verify.AllAnalyzers.Single(a => a.SupportedDiagnostics.Any(d => d.Id == id)).GetType().Name;
        Assert.Contains("| Analyzer | `" + family + "`, check `" + check.Type.Name + "` |", page, StringComparison.Ordinal);
        Assert.Contains("`", page.Substring(page.IndexOf("## Examples", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("[" + id + "](" + id + ".md)", File.ReadAllText(Path.Combine(DocsDirectory, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDocPageHasADescriptor()
    {
        var pages = Directory.GetFiles(DocsDirectory, "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => n != "README").ToList();
        Assert.NotEmpty(pages);
        Assert.Equal(pages.OrderBy(p => p, StringComparer.Ordinal), Descriptors.All.Select(d => d.Id).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasAReleaseTrackingEntry(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        var row = Assert.Single(ReleaseRows(), r => r.Id == id);
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
    }

    [Fact]
    public void EveryReleaseTrackingEntryHasADescriptor() =>
        Assert.All(ReleaseRows(), row => Assert.Contains(Descriptors.All, d => d.Id == row.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasAHelpLinkToItsPage(string id)
    {
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        Assert.Equal(ViewReturnRules.HelpBaseUrl + id + ".md", descriptor.HelpLinkUri);
        Assert.Matches(HelpLinkForm(), descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasTestsThatFireAndStaySilent(string id)
    {
        var type = Assert.Single(typeof(MetaTests).Assembly.GetTypes(), t => t.Name == id + "Tests");
        var firing = Rows(type, "Firing");
        var silent = Rows(type, "Silent");
        Assert.True(firing.Count >= 5, id + " has " + firing.Count + " firing examples");
        Assert.True(silent.Count >= 3, id + " has " + silent.Count + " silent examples");
        Assert.All(firing, source => Assert.True(source.Contains("[|", StringComparison.Ordinal) || source.Contains("{|", StringComparison.Ordinal), "A firing example marks no diagnostic: " + source));
        Assert.All(silent, source => Assert.DoesNotContain("[|", source, StringComparison.Ordinal));
    }

    private static List<string> Rows(Type type, string property)
    {
        // A row's source may be split over several string arguments (members, then helper code).
        var data = type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IEnumerable<object?[]>;
        Assert.True(data is not null, type.Name + " has no theory data named " + property);
        return data!.Select(row => string.Concat(row.OfType<string>())).ToList();
    }

    private static IEnumerable<(string Id, string Category, string Severity, string Notes)> ReleaseRows()
    {
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadAllLines(Path.Combine(ReleasesDirectory, file)))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length == 4 && cells[0].StartsWith("VRS", StringComparison.Ordinal))
                {
                    yield return (cells[0], cells[1], cells[2], cells[3]);
                }
            }
        }
    }

    [GeneratedRegex(@"^https://github\.com/[^/]+/[^/]+/blob/main/docs/rules/VRS\d{4}\.md$")]
    private static partial Regex HelpLinkForm();
}
