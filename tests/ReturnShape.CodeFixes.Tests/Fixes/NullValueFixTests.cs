using ReturnShape.Analyzers;
using VerifyCS = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.NullValueCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class NullValueFixTests
{
    [Fact]
    public Task Null_in_a_block_body_becomes_an_empty_204_and_the_using_is_added() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                [View("/")]
                public object? Get()
                {
                    return {|VRS0001:null|}; // nothing to say
                }
            """),
            Source.WithoutUsing("""
                [View("/")]
                public object? Get()
                {
                    return MakeResponse("", 204); // nothing to say
                }
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic));

    [Fact]
    public Task A_suppressed_null_goes_with_its_suppression() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0001:null|}!;
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => MakeResponse("", 204);
            """));

    [Fact]
    public Task Expression_bodied_member_and_existing_using() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object? Get() => {|VRS0001:null|};
            """),
            Source.WithUsing("""
                [View("/")] public object? Get() => MakeResponse("", 204);
            """));

    [Fact]
    public Task Ternary_arm_and_lambda() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                public void Configure(bool found) =>
                    Host.MapFunc("/", () => found ? "here" : {|VRS0001:null|});
            """),
            Source.WithUsing("""
                public void Configure(bool found) =>
                    Host.MapFunc("/", () => found ? "here" : MakeResponse("", 204));
            """));

    [Fact]
    public Task MakeResponse_given_null_alone_is_replaced_whole() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public Response Get() => MakeResponse({|VRS0001:null|});
            """),
            Source.WithUsing("""
                [View("/")] public Response Get() => MakeResponse("", 204);
            """));

    [Fact]
    public Task A_conflicting_Json_or_MakeResponse_member_keeps_the_call_qualified() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                private static string MakeResponse(string s) => s;

                [View("/")] public object? Get() => {|VRS0001:null|};
            """),
            Source.WithoutUsing("""
                private static string MakeResponse(string s) => s;

                [View("/")] public object? Get() => Responses.MakeResponse("", 204);
            """));

    [Fact]
    public Task Fix_all_adds_one_using_for_many_fixes() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                [View("/a")] public object? A() => {|VRS0001:null|};
                [View("/b")] public object? B() => {|VRS0001:default|};
                [View("/c")] public object? C(bool x) => x ? {|VRS0001:null|} : "c";
            """),
            Source.WithoutUsing("""
                [View("/a")] public object? A() => MakeResponse("", 204);
                [View("/b")] public object? B() => MakeResponse("", 204);
                [View("/c")] public object? C(bool x) => x ? MakeResponse("", 204) : "c";
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic));

    [Fact]
    public Task A_declared_type_that_cannot_hold_a_response_is_changed() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public string? Get() => {|VRS0001:null|};
                [View("/v")] public {|VRS0001:void|} Void() { }
            """),
            Source.WithUsing("""
                [View("/")] public Response Get() => MakeResponse("", 204);
                [View("/v")] public Response Void() { return MakeResponse("", 204); }
            """));

    [Fact]
    public Task A_view_declared_void_returns_the_response_wherever_it_ended() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private int visits;

                [View("/touch")]
                public {|VRS0001:void|} Touch(string item)
                {
                    if (item.Length == 0)
                    {
                        return; // nothing to touch
                    }

                    Action count = () => { visits++; return; };
                    count();
                }

                [View("/log")] public {|VRS0001:void|} Log() => Console.WriteLine("seen");

                [View("/fail")] public {|VRS0001:void|} Fail() => throw new InvalidOperationException();

                [View("/save")]
                public async {|VRS0001:Task|} Save()
                {
                    await Task.Yield();
                }

                [View("/flush")]
                public async {|VRS0001:ValueTask|} Flush()
                {
                    await Task.Yield();
                    throw new InvalidOperationException();
                }
            """),
            Source.WithUsing("""
                private int visits;

                [View("/touch")]
                public Response Touch(string item)
                {
                    if (item.Length == 0)
                    {
                        return MakeResponse("", 204); // nothing to touch
                    }

                    Action count = () => { visits++; return; };
                    count();
                    return MakeResponse("", 204);
                }

                [View("/log")] public Response Log() { Console.WriteLine("seen"); return MakeResponse("", 204); }

                [View("/fail")] public Response Fail() => throw new InvalidOperationException();

                [View("/save")]
                public async Task<Response> Save()
                {
                    await Task.Yield();
                    return MakeResponse("", 204);
                }

                [View("/flush")]
                public async ValueTask<Response> Flush()
                {
                    await Task.Yield();
                    throw new InvalidOperationException();
                }
            """));

    [Fact]
    public Task A_declaration_that_others_depend_on_gets_no_fix() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/called")] public {|VRS0001:void|} Called() { }

                public void Caller() => Called();
            """) + """

            public interface IPing { void Ping(); }

            public class Pinger : IPing
            {
                [View("/ping")] public {|VRS0001:void|} Ping() { }
            }

            public abstract class Base { public abstract void Ping(); }

            public class Derived : Base
            {
                [View("/ping2")] public override {|VRS0001:void|} Ping() { }
            }
            """);
}
