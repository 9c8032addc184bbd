using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// The full text of every rule the runtime throws: "The view '{name}' did not return a valid
/// response: {detail} ({id}). {advice}", with the rule's help link.
/// </summary>
public class ErrorMessageTests
{
    private static readonly Dictionary<string, string> XA = new() { ["X-A"] = "1" };

    public static IEnumerable<object[]> Messages() => new[]
    {
        new object[]
        {
            (Func<object>)(() => MakeResponse(null)),
            "VRS0001",
            "The view 'Index' did not return a valid response: it returned null (VRS0001). Return a body (string, bytes, a JSON dictionary or list, a stream or a Response) or a tuple (body, status), (body, headers) or (body, status, headers).",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(123)),
            "VRS0002",
            "The view 'Index' did not return a valid response: it returned the int 123 (VRS0002). A number is neither a body nor a response: return MakeResponse(\"\", status) for a status, or a string for a body.",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(Task.FromResult("x"))),
            "VRS0003",
            "The view 'Index' did not return a valid response: it returned a Task<string> that was not awaited (VRS0003). Return Json(value) for a data object, await a task, or return a supported body.",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(ValueTuple.Create("ok"))),
            "VRS0004",
            "The view 'Index' did not return a valid response: it returned a tuple of 1 element (VRS0004). A response tuple has the form (body, status), (body, headers) or (body, status, headers).",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(("ok", XA, 201))),
            "VRS0005",
            "The view 'Index' did not return a valid response: status and headers are swapped (VRS0005). Write the tuple as (body, status, headers), or call MakeResponse(body, status, headers).",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(((string?)null, 404))),
            "VRS0006",
            "The view 'Index' did not return a valid response: the tuple's body is null (VRS0006). The first element of a response tuple is the body: a string, bytes, a JSON dictionary or list, a stream or a Response.",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(("ok", 1000))),
            "VRS0007",
            "The view 'Index' did not return a valid response: the status 1000 is outside 100..599 (VRS0007). A status is an int or HttpStatusCode from 100 to 599, or a status line such as \"404\" or \"404 Not Found\".",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(("ok", new Dictionary<string, string> { ["X-A"] = "a\r\nb" }))),
            "VRS0008",
            "The view 'Index' did not return a valid response: the value of header \"X-A\" contains a line break (VRS0008). Headers are a Headers object, a dictionary or a list of (name, value) pairs; names are tokens, values are visible ASCII, spaces and tabs (percent-encode other text).",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(("x", 200, new Dictionary<string, string> { ["X-A"] = "\u00e9" }))),
            "VRS0008",
            "The view 'Index' did not return a valid response: the value of header \"X-A\" contains the non-ASCII character \\u00e9 (VRS0008). Headers are a Headers object, a dictionary or a list of (name, value) pairs; names are tokens, values are visible ASCII, spaces and tabs (percent-encode other text).",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(("x", "200 \u00d6K"))),
            "VRS0007",
            "The view 'Index' did not return a valid response: the reason phrase contains the non-ASCII character \\u00d6 (VRS0007). A status is an int or HttpStatusCode from 100 to 599, or a status line such as \"404\" or \"404 Not Found\".",
        },
        new object[]
        {
            (Func<object>)(() => MakeResponse(new object[] { 1 }.Select(i => i)).GetData()),
            "VRS0014",
            "The view 'Index' did not return a valid response: the stream's item 0 (counting from 0) is the int 1, not text or bytes (VRS0014). A streamed body yields strings or byte arrays; serialize other elements first.",
        },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_rule_has_its_message_naming_the_view(Func<object> view, string id, string message)
    {
        using (ViewScope.Enter("Index"))
        {
            var ex = Assert.Throws<InvalidViewReturnException>(view);
            Assert.Equal(id, ex.RuleId);
            Assert.Equal("Index", ex.ViewName);
            Assert.Equal(message, ex.Message);
            Assert.Equal("https://github.com/returnshape/returnshape/blob/main/docs/rules/" + id + ".md", ex.HelpLink);
        }
    }

    [Fact]
    public void Outside_a_view_scope_the_view_is_unnamed()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(null));
        Assert.Equal("<view>", ex.ViewName);
        Assert.StartsWith("The view '<view>' did not return a valid response: it returned null (VRS0001).", ex.Message);
    }

    [Fact]
    public void Details_never_carry_a_line_break()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", 200, "X-A: 1\r\nX-B: 2")));
        Assert.Equal("the headers are the string \"X-A: 1\\r\\nX-B: 2\", not a header collection", ex.Detail);
    }

    /// <summary>A message becomes the body of a 500 in Development: it must have a UTF-8 form, and a line to itself.</summary>
    [Fact]
    public void Details_spell_out_controls_and_lone_surrogates_in_the_text_they_quote()
    {
        var views = new Func<object>[]
        {
            () => MakeResponse(("ok", "ab\ud800c\u0001")),
            () => MakeResponse(("ok", new Dictionary<string, string> { ["X-\udc00\u007f"] = "1" })),
            () => MakeResponse("ok").SetCookie("\ud83d\u0085", "1"),
            () => MakeResponse("ok").SetCookie("a", "1", sameSite: "\ud800\r"),
        };
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var view in views)
        {
            var ex = Assert.Throws<InvalidViewReturnException>(view);
            strict.GetBytes(ex.Message);
            Assert.DoesNotContain(ex.Detail, c => char.IsSurrogate(c) || char.IsControl(c));
        }
    }
}
