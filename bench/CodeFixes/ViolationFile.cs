using System.Text;

namespace ReturnShape.Bench.CodeFixes;

/// <summary>A generated source file: one view per violation, all in one class, without <c>using static ReturnShape.Responses;</c>.</summary>
internal static class ViolationFile
{
    public static string Generate(Func<int, string> view, int count)
    {
        var sb = new StringBuilder();
        sb.Append("using System.Collections.Generic;\nusing ReturnShape;\n\npublic class Person { public string Name { get; set; } = \"\"; }\n\npublic class Views\n{\n");
        for (var i = 0; i < count; i++)
        {
            sb.Append("    [View(\"/v").Append(i).Append("\")] public object? V").Append(i).Append("() => ").Append(view(i)).Append(";\n");
        }

        return sb.Append("}\n").ToString();
    }
}
