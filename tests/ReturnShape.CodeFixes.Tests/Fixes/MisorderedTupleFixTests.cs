using ReturnShape.CodeFixes;
using VerifyCS = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.MisorderedTupleCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class MisorderedTupleFixTests
{
    [Fact]
    public Task Status_before_body_becomes_MakeResponse() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                [View("/")] public object Get() => {|VRS0005:(404, "Not found")|};
            """),
            Source.WithoutUsing("""
                [View("/")] public object Get() => MakeResponse("Not found", 404);
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic),
            MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey);

    [Fact]
    public Task Status_and_headers_swapped_are_reordered_on_multiple_lines_with_comments() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")]
                public object Get()
                {
                    return {|VRS0005:(
                        "created", // body
                        new Dictionary<string, string> { { "X-A", "1" } }, // headers
                        201)|};
                }
            """),
            Source.WithUsing("""
                [View("/")]
                public object Get()
                {
                    return MakeResponse(
                        "created", // body
                        201, // headers
                        new Dictionary<string, string> { { "X-A", "1" } });
                }
            """),
            MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey);

    [Fact]
    public Task Headers_first_reordered_as_a_tuple() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0005:(new Dictionary<string, string> { ["X-A"] = "1" }, new byte[] { 1 }, 200)|};
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => (new byte[] { 1 }, 200, new Dictionary<string, string> { ["X-A"] = "1" });
            """),
            MisorderedTupleCodeFixProvider.ReorderEquivalenceKey);

    [Fact]
    public Task Misordered_MakeResponse_arguments_are_swapped() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public Response Get() => {|VRS0005:MakeResponse(404, "gone")|};
            """),
            Source.WithUsing("""
                [View("/")] public Response Get() => MakeResponse("gone", 404);
            """),
            MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey);

    [Fact]
    public Task Fix_all_in_lambdas() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                public void Configure()
                {
                    Host.MapFunc("/a", () => {|VRS0005:(500, "boom")|});
                    Host.Map("/b", () => {|VRS0005:(201, "made")|});
                }
            """),
            Source.WithUsing("""
                public void Configure()
                {
                    Host.MapFunc("/a", () => ("boom", 500));
                    Host.Map("/b", () => ("made", 201));
                }
            """),
            MisorderedTupleCodeFixProvider.ReorderEquivalenceKey);

    [Fact]
    public Task A_tuple_kept_in_a_local_of_its_own_type_gets_no_reorder() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/")]
                public object Get()
                {
                    var t = {|VRS0005:(404, "x")|};
                    Console.WriteLine(t.Item1);
                    return t;
                }
            """),
            MisorderedTupleCodeFixProvider.ReorderEquivalenceKey);

    [Fact]
    public Task Both_arms_of_a_ternary() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get(bool x) => x ? {|VRS0005:(500, "boom")|} : {|VRS0005:(201, "made")|};
            """),
            Source.WithUsing("""
                [View("/")] public object Get(bool x) => x ? MakeResponse("boom", 500) : MakeResponse("made", 201);
            """),
            MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey);

    [Fact]
    public Task A_string_in_the_status_slot_is_not_moved_into_the_headers() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0005:("ok", "custom-header", 200)|};
            """));
}
