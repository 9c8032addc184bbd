using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// The "Bad input" list: each value is refused with InvalidViewReturnException carrying
/// the rule's message and the view's name, never another exception and never a response.
/// </summary>
public class BadInputTests
{
    public static IEnumerable<object[]> Cases() => new (string What, string Rule, Func<object?> Act)[]
    {
        ("null", "VRS0001", () => MakeResponse(null)),
        ("a number", "VRS0002", () => MakeResponse(42)),
        ("a bool", "VRS0002", () => MakeResponse(false)),
        ("an unsupported type", "VRS0003", () => MakeResponse(new Uri("https://example.com"))),
        ("an empty tuple", "VRS0004", () => MakeResponse(default(ValueTuple))),
        ("a 4-tuple", "VRS0004", () => MakeResponse(("ok", 200, new Dictionary<string, string>(), 1))),
        ("a misordered tuple", "VRS0005", () => MakeResponse(("ok", new Dictionary<string, string>(), 200))),
        ("a non-numeric status", "VRS0007", () => MakeResponse(("ok", "custom-header"))),
        ("a status below 100", "VRS0007", () => MakeResponse(("ok", 99))),
        ("a status above 599", "VRS0007", () => MakeResponse(("ok", 600))),
        ("CR/LF in a status line", "VRS0007", () => MakeResponse(("ok", "200 OK\r\nSet-Cookie: a=1"))),
        ("a header name that is not a token", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, string> { ["X A"] = "1" }))),
        ("CR in a header value", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "a\rb" }))),
        ("LF in a header value", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "a\nb" }))),
        ("NUL in a header value", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "a\0b" }))),
        ("a control character in a header value", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "a\u0001b" }))),
        ("DEL in a header value", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "\u007f" }))),
        ("a non-ASCII header value", "VRS0008", () => MakeResponse(("x", 200, new Dictionary<string, string> { ["X-A"] = "\u00e9" }))),
        ("a non-ASCII header value on a JSON body", "VRS0008", () => MakeResponse((new[] { 1 }, new Dictionary<string, string> { ["X-A"] = "\u00e9" }))),
        ("a non-ASCII header value added to a Response", "VRS0008", () =>
        {
            MakeResponse("ok").Headers.Add("X-A", "\u00e9");
            return null;
        }),
        ("bytes outside ASCII as a header value", "VRS0008", () => MakeResponse(("ok", new Dictionary<string, object> { ["X-A"] = new byte[] { 0xE9 } }))),
        ("a Content-Length that is not a number", "VRS0008", () => MakeResponse((new[] { 1 }, new Dictionary<string, string> { ["Content-Length"] = "many" }))),
        ("a Content-Length that is not the body's", "VRS0008", () => MakeResponse((new[] { 1 }, new Dictionary<string, string> { ["Content-Length"] = "1" })).Finalize("GET")),
        ("a control character in a Location", "VRS0008", () => MakeResponse(("", 302, new Dictionary<string, string> { ["Location"] = "/\u0001" }))),
        ("a lone surrogate in a Location", "VRS0008", () => MakeResponse(("", 302, new Dictionary<string, string> { ["Location"] = "/\udc00" }))),
        ("a lone surrogate in a redirect", "VRS0008", () => Redirect("/\ud800")),
        ("a lone surrogate in a cookie value", "VRS0008", () => MakeResponse("ok").SetCookie("a", "\ud800")),
        ("a lone surrogate in a cookie path", "VRS0008", () => MakeResponse("ok").SetCookie("a", "1", path: "/\ud800")),
        ("a non-ASCII reason phrase", "VRS0007", () => MakeResponse(("x", "200 \u00d6K"))),
        ("a DEL in a reason phrase", "VRS0007", () => MakeResponse(("x", "200 O\u007fK"))),
        ("a non-ASCII reason phrase set on a Response", "VRS0007", () => new Response("x") { Status = "404 Nicht gefunden \u00fc" }),
        ("an invalid cookie name", "VRS0008", () => MakeResponse("ok").SetCookie("a b", "1")),
        ("an invalid SameSite", "VRS0008", () => MakeResponse("ok").SetCookie("a", "1", sameSite: "Loose")),
        ("NaN in JSON", "VRS0003", () => MakeResponse(new Dictionary<string, double> { ["x"] = double.NaN })),
        ("an unserializable JSON value", "VRS0003", () => Json(new Dictionary<string, object> { ["o"] = new object() })),
        ("a lone surrogate in a body", "VRS0003", () => MakeResponse("\ud800")),
        ("a lone surrogate in a Response", "VRS0003", () => new Response("a\udc00")),
        ("a lone surrogate in JSON", "VRS0003", () => Json(new[] { "\ud800x" })),
        ("a stream chunk that is neither text nor bytes", "VRS0014", () => MakeResponse(Chunks()).GetData()),
    }.Select(c => new object[] { c.What, c.Rule, c.Act });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refused_with_the_rule_naming_the_view(string what, string rule, Func<object?> act)
    {
        using (ViewScope.Enter("Bad"))
        {
            var ex = Assert.Throws<InvalidViewReturnException>(() => act());
            Assert.True(rule == ex.RuleId, what + ": " + ex.Message);
            Assert.Equal("Bad", ex.ViewName);
            Assert.StartsWith("The view 'Bad' did not return a valid response: ", ex.Message);
            Assert.Contains(" (" + rule + "). ", ex.Message);
            Assert.False(string.IsNullOrEmpty(ex.Detail));
        }
    }

    private static IEnumerable<object> Chunks()
    {
        yield return "text";
        yield return DateTime.UnixEpoch;
    }
}
