using ReturnShape.CodeFixes;
using VerifyCS = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.UnsupportedTypeCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class UnsupportedTypeFixTests
{
    [Fact]
    public Task A_data_object_is_sent_as_json_keeping_a_multi_line_initializer() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                [View("/")]
                public object Get() =>
                    {|VRS0003:new Person
                    {
                        Name = "Ada", // first
                    }|};
            """),
            Source.WithoutUsing("""
                [View("/")]
                public object Get() =>
                    Json(new Person
                    {
                        Name = "Ada", // first
                    });
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic),
            UnsupportedTypeCodeFixProvider.JsonEquivalenceKey);

    [Fact]
    public Task Ternary_arms_anonymous_objects_and_sets() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/a")] public object A(bool some, Person p) => some ? {|VRS0003:p|} : {|VRS0003:new Person()|};
                [View("/b")] public object B() => {|VRS0003:new { id = 1 }|};
                [View("/c")] public object C() => {|VRS0003:new HashSet<int> { 1 }|};
            """),
            Source.WithUsing("""
                [View("/a")] public object A(bool some, Person p) => some ? Json(p) : Json(new Person());
                [View("/b")] public object B() => Json(new { id = 1 });
                [View("/c")] public object C() => Json(new HashSet<int> { 1 });
            """),
            UnsupportedTypeCodeFixProvider.JsonEquivalenceKey);

    [Fact]
    public Task MakeResponse_of_a_data_object_becomes_Json() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public Response Get(Person p) => MakeResponse({|VRS0003:p|});
            """),
            Source.WithUsing("""
                [View("/")] public Response Get(Person p) => Json(p);
            """),
            UnsupportedTypeCodeFixProvider.JsonEquivalenceKey);

    [Fact]
    public Task A_task_in_an_async_view_is_awaited_then_its_result_sent_as_json() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")]
                public async Task<object> Get()
                {
                    await Task.Yield();
                    return {|VRS0003:Data.LoadAsync()|};
                }
            """),
            Source.WithUsing("""
                [View("/")]
                public async Task<object> Get()
                {
                    await Task.Yield();
                    return Json(await Data.LoadAsync());
                }
            """));

    [Fact]
    public Task A_view_that_returns_a_task_without_awaiting_it_becomes_async() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0003:Data.LoadAsync()|};

                [View("/text")]
                public static object Text()
                {
                    // cached
                    return {|VRS0003:Task.FromResult<object>("ok")|};
                }
            """),
            Source.WithUsing("""
                [View("/")] public async Task<object> Get() => Json(await Data.LoadAsync());

                [View("/text")]
                public static async Task<object> Text()
                {
                    // cached
                    return await Task.FromResult<object>("ok");
                }
            """));

    [Fact]
    public Task A_task_where_the_function_cannot_become_async_gets_no_fix() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/")] public object Get(ref int n) => {|VRS0003:Data.LoadAsync()|};

                [View("/called")] public object Called() => {|VRS0003:Data.LoadAsync()|};

                public string Caller() => Called().ToString()!;
            """));

    [Fact]
    public Task Delegates_and_headers_get_no_fix() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/a")] public object A() => {|VRS0003:new Func<string>(() => "x")|};
                [View("/b")] public object B() => {|VRS0003:new Headers()|};
            """));

    [Fact]
    public Task A_local_read_before_it_is_returned_is_sent_as_json_where_it_is_returned() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private readonly List<Person> people = new();

                [View("/{name}")]
                public object Find(string name)
                {
                    var person = {|VRS0003:people.Find(p => p.Name == name)|};
                    if (person is null)
                    {
                        return ("no one", 404);
                    }

                    return person; // found
                }
            """),
            Source.WithUsing("""
                private readonly List<Person> people = new();

                [View("/{name}")]
                public object Find(string name)
                {
                    var person = people.Find(p => p.Name == name);
                    if (person is null)
                    {
                        return ("no one", 404);
                    }

                    return Json(person); // found
                }
            """));
}
