using System.Text;

namespace ReturnShape.Http;

/// <summary>MarkupSafe's escape, which Werkzeug's HTML pages use: &amp; &lt; &gt; " '.</summary>
internal static class HtmlEscape
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&#34;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }
}
