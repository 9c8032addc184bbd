using ReturnShape.CodeFixes;
using VerifyCS = ReturnShape.CodeFixes.Tests.Verify<ReturnShape.Analyzers.Views.ViewReturnAnalyzer, ReturnShape.CodeFixes.BareNumberCodeFixProvider>;

namespace ReturnShape.CodeFixes.Tests.Fixes;

public class BareNumberFixTests
{
    [Fact]
    public Task As_status() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0002:404|};
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => MakeResponse("", 404);
            """),
            BareNumberCodeFixProvider.AsStatusEquivalenceKey);

    [Fact]
    public Task As_body() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0002:123|};
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => MakeResponse("123");
            """),
            BareNumberCodeFixProvider.AsBodyEquivalenceKey);

    [Fact]
    public Task A_variable_as_status_and_as_body() =>
        Task.WhenAll(
            VerifyCS.FixAsync(
                Source.WithUsing("""
                    [View("/")] public object Get(int code) { return {|VRS0002:code|}; }
                """),
                Source.WithUsing("""
                    [View("/")] public object Get(int code) { return MakeResponse("", code); }
                """),
                BareNumberCodeFixProvider.AsStatusEquivalenceKey),
            VerifyCS.FixAsync(
                Source.WithUsing("""
                    [View("/")] public object Get(int a, int b) { return {|VRS0002:a + b|}; }
                """),
                Source.WithUsing("""
                    [View("/")] public object Get(int a, int b) { return MakeResponse((a + b).ToString()); }
                """),
                BareNumberCodeFixProvider.AsBodyEquivalenceKey));

    [Fact]
    public Task HttpStatusCode_as_status_keeps_the_enum() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0002:HttpStatusCode.NotFound|};
            """),
            Source.WithUsing("""
                [View("/")] public object Get() => MakeResponse("", HttpStatusCode.NotFound);
            """),
            BareNumberCodeFixProvider.AsStatusEquivalenceKey);

    [Fact]
    public Task A_bool_is_no_status_but_can_be_a_body() =>
        Task.WhenAll(
            VerifyCS.NoFixAsync(
                Source.WithUsing("""
                    [View("/")] public object Get() => {|VRS0002:true|};
                """),
                BareNumberCodeFixProvider.AsStatusEquivalenceKey),
            VerifyCS.FixAsync(
                Source.WithUsing("""
                    [View("/")] public object Get() => {|VRS0002:true|};
                """),
                Source.WithUsing("""
                    [View("/")] public object Get() => MakeResponse("True");
                """),
                BareNumberCodeFixProvider.AsBodyEquivalenceKey));

    [Fact]
    public Task A_status_outside_the_range_is_not_offered_as_a_status() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/")] public object Get() => {|VRS0002:1000|};
            """),
            BareNumberCodeFixProvider.AsStatusEquivalenceKey);

    [Fact]
    public Task Lambdas_of_inferred_and_given_types_fixed_all_at_once() =>
        VerifyCS.FixAsync(
            Source.WithoutUsing("""
                public void Configure()
                {
                    Host.Map("/a", () => {|VRS0002:404|});
                    Host.MapFunc("/b", () =>
                    {
                        if (DateTime.Now.Second == 0)
                        {
                            return {|VRS0002:500|}; // rare
                        }

                        return "ok";
                    });
                }
            """),
            Source.WithoutUsing("""
                public void Configure()
                {
                    Host.Map("/a", () => MakeResponse("", 404));
                    Host.MapFunc("/b", () =>
                    {
                        if (DateTime.Now.Second == 0)
                        {
                            return MakeResponse("", 500); // rare
                        }

                        return "ok";
                    });
                }
            """).Replace("using ReturnShape;\n", "using ReturnShape;\n" + Source.UsingStatic),
            BareNumberCodeFixProvider.AsStatusEquivalenceKey);

    [Fact]
    public Task A_view_declared_int_or_double_is_declared_Response() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private int visits;

                [View("/count")] public int Count() => {|VRS0002:5|};

                [View("/ratio")] public double Ratio() => {|VRS0002:visits / 3.0|};
            """),
            Source.WithUsing("""
                private int visits;

                [View("/count")] public Response Count() => MakeResponse("5");

                [View("/ratio")] public Response Ratio() => MakeResponse((visits / 3.0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            """),
            BareNumberCodeFixProvider.AsBodyEquivalenceKey);

    [Fact]
    public Task Chars_bools_and_fractions_are_sent_as_their_text_and_never_as_a_status() =>
        VerifyCS.FixAsync(
            Source.WithUsing("""
                private readonly double average = 3.5;

                [View("/grade")] public object Grade() => {|VRS0002:'A'|};
                [View("/passed")] public object Passed() => {|VRS0002:true|};
                [View("/average")] public object Average() => {|VRS0002:average|};
                [View("/pi")] public object Pi() => {|VRS0002:3.14|};
            """),
            Source.WithUsing("""
                private readonly double average = 3.5;

                [View("/grade")] public object Grade() => MakeResponse("A");
                [View("/passed")] public object Passed() => MakeResponse("True");
                [View("/average")] public object Average() => MakeResponse(average.ToString(System.Globalization.CultureInfo.InvariantCulture));
                [View("/pi")] public object Pi() => MakeResponse("3.14");
            """),
            BareNumberCodeFixProvider.AsBodyEquivalenceKey);

    [Fact]
    public Task A_char_or_a_fraction_is_never_offered_as_a_status() =>
        VerifyCS.NoFixAsync(
            Source.WithUsing("""
                [View("/grade")] public object Grade() => {|VRS0002:'A'|};
                [View("/pi")] public object Pi() => {|VRS0002:3.14|};
            """),
            BareNumberCodeFixProvider.AsStatusEquivalenceKey);
}
