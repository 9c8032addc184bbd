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

    [Fact]
    public Task A_view_declared_with_a_tuple_type_is_declared_Response() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/headers")]
                public (string, Dictionary<string, string>, int) Headers() =>
                    {|VRS0005:("ok", new Dictionary<string, string> { ["X-Version"] = "2" }, 200)|};

                [View("/missing")] public static (int, string) Missing() => {|VRS0005:(404, "gone")|};
            """),
            Source.WithUsing("""
                [View("/headers")]
                public Response Headers() =>
                    MakeResponse("ok", 200, new Dictionary<string, string> { ["X-Version"] = "2" });

                [View("/missing")] public static Response Missing() => MakeResponse("gone", 404);
            """));

    [Fact]
    public Task A_view_with_several_returns_is_declared_object() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/{id}")]
                public (int, string) Find(int id)
                {
                    if (id == 0)
                    {
                        return {|VRS0005:(404, "none")|};
                    }

                    return {|VRS0005:(200, "one")|};
                }
            """),
            Source.WithUsing("""
                [View("/{id}")]
                public object Find(int id)
                {
                    if (id == 0)
                    {
                        return MakeResponse("none", 404);
                    }

                    return MakeResponse("one", 200);
                }
            """));

    [Fact]
    public Task A_tuple_view_that_other_code_calls_gets_no_MakeResponse() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/missing")] public (int, string) Missing() => {|VRS0005:(404, "gone")|};

                public string Body() => Missing().Item2;
            """),
            MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey);

    [Fact]
    public Task A_tuple_in_a_var_local_is_fixed_at_its_initializer() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/report")]
                public object Report()
                {
                    var headers = new Dictionary<string, string> { ["X-Report"] = "weekly" };
                    var r = {|VRS0005:("ok", headers, 200)|};
                    return r;
                }

                [View("/missing")]
                public object Missing()
                {
                    (int, string) notFound = {|VRS0005:(404, "none")|};
                    return notFound;
                }
            """),
            Source.WithUsing("""
                [View("/report")]
                public object Report()
                {
                    var headers = new Dictionary<string, string> { ["X-Report"] = "weekly" };
                    var r = MakeResponse("ok", 200, headers);
                    return r;
                }

                [View("/missing")]
                public object Missing()
                {
                    var notFound = MakeResponse("none", 404);
                    return notFound;
                }
            """));

    [Fact]
    public Task A_local_read_for_its_parts_is_not_retyped() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/")]
                public object Get()
                {
                    var r = {|VRS0005:(404, "none")|};
                    Console.WriteLine(r.Item1);
                    return r;
                }
            """),
            MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey);

    [Fact]
    public Task A_helper_only_views_return_is_fixed_where_it_builds_the_tuple() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private static (int, string) Misordered() => (404, "no such order");

                [View("/order")] public object Order() => {|VRS0005:Misordered()|};

                [View("/orders")]
                public object Orders()
                {
                    return {|VRS0005:Misordered()|};
                }
            """),
            Source.WithUsing("""
                private static Response Misordered() => MakeResponse("no such order", 404);

                [View("/order")] public object Order() => Misordered();

                [View("/orders")]
                public object Orders()
                {
                    return Misordered();
                }
            """));

    [Fact]
    public Task A_helper_that_other_code_reads_is_unpacked_where_the_view_returns_it() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private static (int, string) Misordered() => (404, "no such order");

                [View("/order")] public object Order() => {|VRS0005:Misordered()|} /* helper */;

                [View("/orders/{body}")] public object Orders(string body) => {|VRS0005:Misordered()|};

                public int Status() => Misordered().Item1;
            """),
            Source.WithUsing("""
                private static (int, string) Misordered() => (404, "no such order");

                [View("/order")] public object Order() => Misordered() switch { var (status, body) => MakeResponse(body, status) } /* helper */;

                [View("/orders/{body}")] public object Orders(string body) => Misordered() switch { var (status, body2) => MakeResponse(body2, status) };

                public int Status() => Misordered().Item1;
            """));

    [Fact]
    public Task System_tuples_become_MakeResponse() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/gone")] public object Gone() => {|VRS0005:Tuple.Create(404, "gone")|};
                [View("/made")] public object Made() => {|VRS0005:new Tuple<int, string>(201, "made")|};
            """),
            Source.WithUsing("""
                [View("/gone")] public object Gone() => MakeResponse("gone", 404);
                [View("/made")] public object Made() => MakeResponse("made", 201);
            """));

    [Fact]
    public Task A_tuple_given_to_MakeResponse_becomes_its_arguments() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private static readonly Dictionary<string, string> Headers = new() { ["X"] = "1" };

                [View("/a")] public Response A() => MakeResponse({|VRS0005:("ok", Headers, 200)|});
                [View("/b")] public Response B() => MakeResponse({|VRS0005:(404, "missing")|});
            """),
            Source.WithUsing("""
                private static readonly Dictionary<string, string> Headers = new() { ["X"] = "1" };

                [View("/a")] public Response A() => MakeResponse("ok", 200, Headers);
                [View("/b")] public Response B() => MakeResponse("missing", 404);
            """));

    [Fact]
    public Task A_local_function_passed_as_a_view_is_retyped() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                public void Configure()
                {
                    Host.Map("/gone", Gone);

                    (int, string) Gone() => {|VRS0005:(410, "gone")|};
                }
            """),
            Source.WithUsing("""
                public void Configure()
                {
                    Host.Map("/gone", Gone);

                    Response Gone() => MakeResponse("gone", 410);
                }
            """));

    [Fact]
    public Task A_view_that_another_file_calls_keeps_its_type() =>
        new ReturnShape.Testing.CSharpCodeFixVerifier<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, MisorderedTupleCodeFixProvider>.Test
        {
            TestState =
            {
                Sources =
                {
                    Source.WithUsing("""
                        [View("/missing")] public (int, string) Missing() => {|VRS0005:(404, "gone")|};
                    """),
                    "public static class Caller { public static int Status(Views v) => v.Missing().Item1; }\n",
                },
            },
            FixedState =
            {
                Sources =
                {
                    Source.WithUsing("""
                        [View("/missing")] public (int, string) Missing() => {|VRS0005:(404, "gone")|};
                    """),
                    "public static class Caller { public static int Status(Views v) => v.Missing().Item1; }\n",
                },
            },
            CodeActionEquivalenceKey = MisorderedTupleCodeFixProvider.MakeResponseEquivalenceKey,
        }.RunAsync();
}
