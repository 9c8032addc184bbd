using System.Text;

namespace ReturnShape.Bench.Generator;

/// <summary>Writes the files every generated project shares: isolation from the repo's build settings, helpers.</summary>
internal static class ProjectWriter
{
    public const int HandlersPerFile = 50;

    public static void WriteIsolation(string directory)
    {
        Directory.CreateDirectory(directory);
        // Keep the repository's Directory.Build/Packages.props (warnings as errors, central versions) out of the generated build.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
    }

    /// <summary>Ordinary methods beside the handlers: the analyzers must look at them and stay silent.</summary>
    public static void AppendNonViewClass(StringBuilder file, int fileIndex, int firstHandler, int count)
    {
        file.Append("public static class Helpers").Append(fileIndex).AppendLine()
            .AppendLine("{");
        for (var i = firstHandler; i < firstHandler + count; i++)
        {
            var n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            file.Append((i % 4) switch
            {
                0 => $"    public static object? Find{n}(int key) => key == {n} ? null : key;\n",
                1 => $"    public static (string, int) Pair{n}() => (\"n{n}\", {n});\n",
                2 => $"    public static int Sum{n}(IEnumerable<int> values) => values.Where(v => v > {n} % 7).Sum();\n",
                _ => $"    public static string? Name{n}(string? input) {{ if (input is null) {{ return null; }} return input + \"{n}\"; }}\n",
            });
        }

        file.AppendLine("}");
    }

    public static void WriteFile(string directory, string name, StringBuilder content) =>
        File.WriteAllText(Path.Combine(directory, name), content.ToString());

    public static string Indent(string body) => body.Replace("\n", "\n    ");
}
