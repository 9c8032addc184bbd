using ReturnShape.CodeFixes;
using AsText = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.JsonAsTextCodeFixProvider>;
using Twice = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.JsonEncodedTwiceCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class JsonFixTests
{
    [Fact]
    public Task Serialize_with_options_is_unwrapped_into_Json() =>
        AsText.FixAsync(
            Source.WithoutUsing("""
                private static readonly JsonSerializerOptions Options = new();

                [View("/a")] public object A(Person p) => {|VRS0010:JsonSerializer.Serialize(p, Options)|};
                [View("/b")] public object B(Person p) => ({|VRS0010:JsonSerializer.Serialize<Person>(p)|}, 201);
            """),
            Source.WithoutUsing("""
                private static readonly JsonSerializerOptions Options = new();

                [View("/a")] public object A(Person p) => Json(p);
                [View("/b")] public object B(Person p) => (Json(p), 201);
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic),
            JsonAsTextCodeFixProvider.JsonEquivalenceKey);

    [Fact]
    public Task A_json_literal_keeps_its_text_with_the_content_type() =>
        AsText.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0010:"{\"ok\":true}"|};
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => new Response("{\"ok\":true}", mimetype: "application/json");
            """),
            JsonAsTextCodeFixProvider.ContentTypeEquivalenceKey);

    [Fact]
    public Task A_new_Response_gets_the_mimetype_argument() =>
        AsText.FixAsync(
            Source.WithUsing("""
                [View("/")] public Response Get(Person p) => new Response({|VRS0010:JsonSerializer.Serialize(p)|}, 201);
            """),
            Source.WithUsing("""
                [View("/")] public Response Get(Person p) => new Response(JsonSerializer.Serialize(p), 201, mimetype: "application/json");
            """),
            JsonAsTextCodeFixProvider.ContentTypeEquivalenceKey);

    [Fact]
    public Task Json_of_serialized_text_encodes_once() =>
        Twice.FixAsync(
            Source.WithUsing("""
                [View("/a")] public Response A(Person p) => Json({|VRS0011:JsonSerializer.Serialize(p)|});
                [View("/b")] public Response B() => Json({|VRS0011:"[1, 2]"|});
            """),
            Source.WithUsing("""
                [View("/a")] public Response A(Person p) => Json(p);
                [View("/b")] public Response B() => new Response("[1, 2]", mimetype: "application/json");
            """));

    [Fact]
    public Task A_view_declared_to_return_string_is_declared_to_return_the_response() =>
        AsText.FixAsync(
            Source.WithUsing("""
                [View("/")] public string Get(Person p) => {|VRS0010:JsonSerializer.Serialize(p)|};
            """),
            Source.WithUsing("""
                [View("/")] public Response Get(Person p) => Json(p);
            """));

    [Fact]
    public Task A_string_view_that_other_code_calls_keeps_its_type_and_gets_no_fix() =>
        AsText.NoFixAsync(
            Source.WithUsing("""
                [View("/")] public string Get(Person p) => {|VRS0010:JsonSerializer.Serialize(p)|};

                public int Length(Person p) => Get(p).Length;
            """));

    [Fact]
    public Task A_json_literal_tuple_body_becomes_a_typed_response() =>
        AsText.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => ({|VRS0010:"[1, 2]"|}, 201);
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => (new Response("[1, 2]", mimetype: "application/json"), 201);
            """),
            JsonAsTextCodeFixProvider.ContentTypeEquivalenceKey);

    [Fact]
    public Task An_arm_of_a_tuple_body_keeps_its_text_where_the_other_arm_is_a_string() =>
        // (b ? new Response(...) : "", 204): the arms have no common type, so the element has none (found by the fuzzer).
        AsText.NoFixAsync(
            Source.WithUsing("""
                [View("/")] public object Get(bool b) => (b ? {|VRS0010:"[1, 2]"|} : "", 201);
            """));

    [Fact]
    public Task Serialized_text_kept_in_a_string_local_is_not_unwrapped() =>
        Twice.NoFixAsync(
            Source.WithUsing("""
                [View("/")]
                public Response Get(Person p)
                {
                    string text = {|VRS0011:JsonSerializer.Serialize(p)|};
                    return Json(text);
                }
            """));
}
