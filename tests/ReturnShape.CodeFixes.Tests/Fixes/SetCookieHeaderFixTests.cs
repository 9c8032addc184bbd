using VerifyCS = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.SetCookieHeaderCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class SetCookieHeaderFixTests
{
    [Fact]
    public Task Every_attribute_is_read_and_the_other_headers_stay() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                [View("/")]
                public object Get() => ("ok", 200, new Dictionary<string, string>
                {
                    { "X-A", "1" },
                    {|VRS0009:{ "Set-Cookie", "sid=abc123; Path=/app; Domain=example.com; Max-Age=3600; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure; HttpOnly; SameSite=lax" }|},
                });
            """),
            Source.WithoutUsing("""
                [View("/")]
                public object Get() => MakeResponse("ok", 200, new Dictionary<string, string>
                {
                    { "X-A", "1" },
                }).SetCookie("sid", "abc123", maxAge: 3600, expires: new DateTimeOffset(2026, 10, 21, 7, 28, 0, TimeSpan.Zero), path: "/app", domain: "example.com", secure: true, httpOnly: true, sameSite: "Lax");
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic));

    [Fact]
    public Task Only_cookies_leave_no_headers_and_a_missing_path_stays_missing() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => ("ok", new Dictionary<string, string> { {|VRS0009:["set-cookie"] = "a=1"|} });
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => MakeResponse("ok").SetCookie("a", "1", path: null);
            """));

    [Fact]
    public Task MakeResponse_with_two_cookies_chains_two_calls() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public Response Get() => MakeResponse("ok", 201, new Headers { {|VRS0009:{ "Set-Cookie", "a=1; Path=/" }|}, { "X-B", "2" }, {|VRS0009:{ "Set-Cookie", "b=2; Path=/" }|} });
            """),
            Source.WithUsing("""
                [View("/")] public Response Get() => MakeResponse("ok", 201, new Headers { { "X-B", "2" } }).SetCookie("a", "1", path: "/").SetCookie("b", "2", path: "/");
            """));

    [Fact]
    public Task A_cookie_that_is_not_a_constant_or_not_written_back_the_same_gets_no_fix() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/a")] public object A(string sid) => ("ok", 200, new Dictionary<string, string> { {|VRS0009:{ "Set-Cookie", "sid=" + sid }|} });
                [View("/b")] public object B() => ("ok", 200, new Dictionary<string, string> { {|VRS0009:{ "Set-Cookie", "a=\"quoted value\"" }|} });
                [View("/c")] public object C() => ("ok", 200, new Dictionary<string, string> { {|VRS0009:{ "Set-Cookie", "a=1; Priority=High" }|} });
            """));

    [Fact]
    public Task A_header_collection_in_a_local_read_only_by_the_tuple_gives_up_its_cookies() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/cart")]
                public object Cart()
                {
                    var headers = new Dictionary<string, string> { {|VRS0009:["Set-Cookie"] = "cart=1; Path=/"|}, ["X-Cart"] = "1" };
                    return ("ok", 200, headers);
                }
            """),
            Source.WithUsing("""
                [View("/cart")]
                public object Cart()
                {
                    var headers = new Dictionary<string, string> { ["X-Cart"] = "1" };
                    return MakeResponse("ok", 200, headers).SetCookie("cart", "1", path: "/");
                }
            """));

    [Fact]
    public Task A_local_left_with_no_header_becomes_an_empty_collection() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/cart")]
                public object Cart()
                {
                    var headers = new Dictionary<string, string> { {|VRS0009:["Set-Cookie"] = "cart=1; Path=/"|} };
                    return ("ok", 200, headers);
                }
            """),
            Source.WithUsing("""
                [View("/cart")]
                public object Cart()
                {
                    var headers = new Dictionary<string, string>();
                    return MakeResponse("ok", 200, headers).SetCookie("cart", "1", path: "/");
                }
            """));
}
