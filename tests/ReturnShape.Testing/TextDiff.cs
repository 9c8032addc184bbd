using Xunit;

namespace ReturnShape.Testing;

/// <summary>Compares source texts line by line (line endings normalised) and names the first difference.</summary>
internal static class TextDiff
{
    public static void AssertEqual(string expected, string actual, string what)
    {
        var expectedLines = Normalize(expected).Split('\n');
        var actualLines = Normalize(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                Assert.Fail("The fixed code of " + what + " differs at line " + (i + 1) + ":" + Environment.NewLine
                    + "  expected: " + e + Environment.NewLine
                    + "  actual:   " + a + Environment.NewLine
                    + "Whole actual text:" + Environment.NewLine + actual);
            }
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
