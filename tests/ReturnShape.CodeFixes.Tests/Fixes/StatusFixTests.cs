using Bodiless = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.BodilessStatusCodeFixProvider>;
using Redirect = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.RedirectWithoutLocationCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class StatusFixTests
{
    [Fact]
    public Task A_body_with_204_or_304_is_dropped() =>
        Bodiless.FixAsync(
            Source.WithUsing("""
                [View("/a")] public object A() => ({|VRS0012:"done"|}, 204);
                [View("/b")] public Response B() => MakeResponse({|VRS0012:"same"|}, HttpStatusCode.NotModified);
            """),
            Source.WithUsing("""
                [View("/a")] public object A() => ("", 204);
                [View("/b")] public Response B() => MakeResponse("", HttpStatusCode.NotModified);
            """));

    [Fact]
    public Task A_visible_url_becomes_a_redirect() =>
        Redirect.FixAsync(
            Source.WithoutUsing("""
                [View("/a")] public object A() => {|VRS0013:("/login", 302)|};
                [View("/b")] public object B() => {|VRS0013:("https://example.com/x", HttpStatusCode.MovedPermanently)|};
            """),
            Source.WithoutUsing("""
                [View("/a")] public object A() => Redirect("/login", 302);
                [View("/b")] public object B() => Redirect("https://example.com/x", (int)HttpStatusCode.MovedPermanently);
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic));

    [Fact]
    public Task No_visible_url_no_redirect() =>
        Redirect.NoFixAsync(
            Source.WithUsing("""
                [View("/a")] public object A() => {|VRS0013:("Moved", 301)|};
                [View("/b")] public object B() => {|VRS0013:("/login", 302, new Dictionary<string, string> { { "X-A", "1" } })|};
            """));
}
