using ReturnShape.Analyzers;
using ReturnShape.Testing;

namespace ReturnShape.CodeFixes.Tests.Fixes;

/// <summary>Where the fixes put <c>using static ReturnShape.Responses;</c>, and when they qualify instead.</summary>
public class UsingTests
{
    [Fact]
    public Task Fix_all_in_project_and_solution_adds_one_using_to_each_file() =>
        RunAsync(
            new[]
            {
                "using ReturnShape;\n\npublic class A\n{\n    [View(\"/a1\")] public object? A1() => {|VRS0001:null|};\n    [View(\"/a2\")] public object? A2() => {|VRS0001:null|};\n}\n",
                "using ReturnShape;\n\npublic class B\n{\n    [View(\"/b\")] public object? B1() => {|VRS0001:null|};\n}\n",
            },
            new[]
            {
                "using ReturnShape;\nusing static ReturnShape.Responses;\n\npublic class A\n{\n    [View(\"/a1\")] public object? A1() => MakeResponse(\"\", 204);\n    [View(\"/a2\")] public object? A2() => MakeResponse(\"\", 204);\n}\n",
                "using ReturnShape;\nusing static ReturnShape.Responses;\n\npublic class B\n{\n    [View(\"/b\")] public object? B1() => MakeResponse(\"\", 204);\n}\n",
            });

    [Fact]
    public Task A_file_without_usings_keeps_its_header_comment_first() =>
        RunAsync(
            new[] { "// Copyright header\n\npublic class A\n{\n    [ReturnShape.View(\"/a\")] public object? A1() => {|VRS0001:null|};\n}\n" },
            new[] { "// Copyright header\n\nusing static ReturnShape.Responses;\n\npublic class A\n{\n    [ReturnShape.View(\"/a\")] public object? A1() => MakeResponse(\"\", 204);\n}\n" });

    [Fact]
    public Task Usings_inside_a_namespace_get_the_new_one_there() =>
        RunAsync(
            new[] { "namespace App\n{\n    using ReturnShape;\n\n    public class A\n    {\n        [View(\"/a\")] public object? A1() => {|VRS0001:null|};\n    }\n}\n" },
            new[] { "namespace App\n{\n    using ReturnShape;\n    using static ReturnShape.Responses;\n\n    public class A\n    {\n        [View(\"/a\")] public object? A1() => MakeResponse(\"\", 204);\n    }\n}\n" });

    [Fact]
    public Task A_controller_like_Json_member_keeps_Json_qualified_and_adds_no_using() =>
        RunAsync(
            new[] { "using ReturnShape;\n\npublic class Person { }\n\npublic class A\n{\n    protected object Json(object value) => value;\n\n    [View(\"/a\")] public object A1() => {|VRS0003:new Person()|};\n}\n" },
            new[] { "using ReturnShape;\n\npublic class Person { }\n\npublic class A\n{\n    protected object Json(object value) => value;\n\n    [View(\"/a\")] public object A1() => Responses.Json(new Person());\n}\n" },
            unsupported: true);

    private static Task RunAsync(string[] sources, string[] fixedSources, bool unsupported = false) => unsupported
        ? RunAsync(new CSharpCodeFixVerifier<ViewReturnAnalyzer, UnsupportedTypeCodeFixProvider>.Test(), sources, fixedSources)
        : RunAsync(new CSharpCodeFixVerifier<ViewReturnAnalyzer, NullValueCodeFixProvider>.Test(), sources, fixedSources);

    private static Task RunAsync(CodeFixTest<DefaultVerifier> test, string[] sources, string[] fixedSources)
    {
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        return test.RunAsync();
    }
}
