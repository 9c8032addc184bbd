using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ReturnShape.Testing;

/// <summary>
/// Reads the markup of Microsoft.CodeAnalysis.Testing: <c>[|…|]</c> (a diagnostic of the analyzer's
/// one rule), <c>{|VRS0005:…|}</c> (a diagnostic with that id) and <c>{|#0:…|}</c> (a location
/// that an expected diagnostic refers to with <c>WithLocation(0)</c>). Markers nest.
/// </summary>
public sealed class TestFileMarkup
{
    private TestFileMarkup(string source, IReadOnlyList<(string? Id, TextSpan Span)> diagnosticSpans, IReadOnlyDictionary<int, TextSpan> locations)
    {
        Source = source;
        DiagnosticSpans = diagnosticSpans;
        Locations = locations;
    }

    /// <summary>The source with every marker removed.</summary>
    public string Source { get; }

    /// <summary>Spans marked <c>[|…|]</c> (id null) or <c>{|ID:…|}</c>.</summary>
    public IReadOnlyList<(string? Id, TextSpan Span)> DiagnosticSpans { get; }

    /// <summary>Spans marked <c>{|#n:…|}</c>, by n.</summary>
    public IReadOnlyDictionary<int, TextSpan> Locations { get; }

    public static TestFileMarkup Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var open = new Stack<(char Kind, string? Name, int Start)>();
        var spans = new List<(string?, TextSpan)>();
        var locations = new Dictionary<int, TextSpan>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push(('[', null, output.Length));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException("Unterminated '{|name:' marker at offset " + i);
                }

                open.Push(('{', markup.Substring(i + 2, colon - i - 2), output.Length));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var kind = markup[i + 1] == ']' ? '[' : '{';
                if (open.Count == 0 || open.Peek().Kind != kind)
                {
                    throw new FormatException("Unbalanced '" + markup.Substring(i, 2) + "' marker at offset " + i);
                }

                var (_, name, start) = open.Pop();
                var span = TextSpan.FromBounds(start, output.Length);
                if (name is not null && name.StartsWith('#'))
                {
                    locations.Add(int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture), span);
                }
                else
                {
                    spans.Add((name, span));
                }

                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup marker opened at output offset " + open.Peek().Start);
        }

        return new TestFileMarkup(output.ToString(), spans, locations);
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
