using System.Text;

namespace ReturnShape.Bench.CodeFixes;

/// <summary>
/// A generated source file with one violation per member (views) or per Map call (minimal APIs),
/// without <c>using static ReturnShape.Responses;</c>.
/// </summary>
internal static class ViolationFile
{
    private const string ViewUsings = "using System;\nusing System.Collections.Generic;\nusing System.Text.Json;\nusing System.Threading.Tasks;\nusing ReturnShape;\n\n";

    private const string ApiUsings = "using System.Collections.Generic;\nusing System.Text.Json;\nusing Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Http;\nusing Microsoft.AspNetCore.Routing;\n\n";

    private const string Person = "public class Person { public string Name { get; set; } = \"\"; }\n\n";

    /// <summary><paramref name="count"/> views, each <c>[View] public object? Vi() =&gt; value</c>.</summary>
    public static string Views(Func<int, string> value, int count) =>
        Members(i => "    [View(\"/v" + i + "\")] public object? V" + i + "() => " + value(i) + ";\n", count);

    /// <summary><paramref name="count"/> members of a Views class, each written whole by <paramref name="member"/>.</summary>
    public static string Members(Func<int, string> member, int count)
    {
        var sb = new StringBuilder(ViewUsings).Append(Person).Append("public class Views\n{\n");
        for (var i = 0; i < count; i++)
        {
            sb.Append(member(i));
        }

        return sb.Append("}\n").ToString();
    }

    /// <summary><paramref name="count"/> statements in one <c>Configure(IEndpointRouteBuilder app)</c>, each written by <paramref name="statement"/>.</summary>
    public static string Api(Func<int, string> statement, int count)
    {
        var sb = new StringBuilder(ApiUsings).Append(Person).Append("public static class Api\n{\n    public static void Configure(IEndpointRouteBuilder app)\n    {\n");
        for (var i = 0; i < count; i++)
        {
            sb.Append("        ").Append(statement(i)).Append('\n');
        }

        return sb.Append("    }\n}\n").ToString();
    }
}
