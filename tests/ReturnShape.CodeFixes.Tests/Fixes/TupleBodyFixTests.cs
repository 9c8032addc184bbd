using ReturnShape.CodeFixes;
using VerifyCS = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.TupleBodyCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class TupleBodyFixTests
{
    [Fact]
    public Task A_null_body_becomes_empty() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => ({|VRS0006:(string?)null|}, 404);
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => ("", 404);
            """));

    [Fact]
    public Task A_number_body_becomes_its_text() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get(long n) => ({|VRS0006:n|}, 200);
            """),
            Source.WithUsing("""
                [View("/")] public object Get(long n) => (n.ToString(), 200);
            """));

    [Fact]
    public Task A_data_object_body_becomes_Json_in_a_tuple_and_in_MakeResponse() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                [View("/a")] public object A(Person p) => ({|VRS0006:p|}, 201);
                [View("/b")] public Response B(Person p) => ReturnShape.Responses.MakeResponse({|VRS0006:p|}, 201);
            """),
            Source.WithoutUsing("""
                [View("/a")] public object A(Person p) => (Json(p), 201);
                [View("/b")] public Response B(Person p) => ReturnShape.Responses.MakeResponse(Json(p), 201);
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic),
            TupleBodyCodeFixProvider.JsonEquivalenceKey);

    [Fact]
    public Task A_task_body_in_a_lambda_of_inferred_type_makes_the_lambda_async_and_sends_the_result_as_json() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                public void Configure() =>
                    Host.Map("/", () => ({|VRS0006:Data.LoadAsync()|}, 200));
            """),
            Source.WithUsing("""
                public void Configure() =>
                    Host.Map("/", async () => (Json(await Data.LoadAsync()), 200));
            """),
            TupleBodyCodeFixProvider.AwaitEquivalenceKey);
}
