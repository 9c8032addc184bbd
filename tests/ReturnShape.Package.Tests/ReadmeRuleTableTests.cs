using Microsoft.CodeAnalysis;

namespace ReturnShape.Package.Tests;

/// <summary>The README's rule table says what the shipped descriptors say, row for row.</summary>
public sealed class ReadmeRuleTableTests
{
    [Fact]
    public void Every_rule_has_one_row_with_its_severity_title_fix_and_link()
    {
        var actual = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"))
            .Where(line => line.StartsWith("| VRS", StringComparison.Ordinal))
            .ToList();
        var expected = ShippedRules.Descriptors.Select(Row).ToList();

        Assert.True(
            expected.SequenceEqual(actual),
            "README.md's rule table does not match the analyzers' descriptors. Replace its rows with:\n" + string.Join('\n', expected));
    }

    [Fact]
    public void The_table_is_not_empty_and_links_every_rule_page()
    {
        Assert.NotEmpty(ShippedRules.Descriptors);
        Assert.All(ShippedRules.Descriptors, descriptor => Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri));
    }

    private static string Row(DiagnosticDescriptor descriptor) =>
        $"| {descriptor.Id} | {descriptor.DefaultSeverity} | {descriptor.Title} | {(ShippedRules.Fixable.Contains(descriptor.Id) ? "yes" : "no")} | [docs]({descriptor.HelpLinkUri}) |";
}
